import type * as k8s from '@kubernetes/client-node';
import { rolloutStatus } from './rollout-wait.ts';
import { podProblems } from './pods.ts';

const dep = (gen: number, status: k8s.V1DeploymentStatus, replicas = 3): k8s.V1Deployment => ({
  metadata: { name: 'web', generation: gen },
  spec: { replicas, selector: {}, template: {} },
  status,
});

// The rules of kubectl's DeploymentStatusViewer (RELIABILITY §1a), one row each.
test.each([
  [
    'spec not observed yet, old pods all ready (fault #1)',
    dep(2, { observedGeneration: 1, replicas: 3, updatedReplicas: 3, availableReplicas: 3 }),
    false,
    /spec update to be observed/,
  ],
  [
    'fewer updated than wanted',
    dep(2, { observedGeneration: 2, replicas: 3, updatedReplicas: 1, availableReplicas: 3 }),
    false,
    /1 out of 3 new replicas/,
  ],
  [
    'old replicas still terminating',
    dep(2, { observedGeneration: 2, replicas: 4, updatedReplicas: 3, availableReplicas: 3 }),
    false,
    /1 old replicas are pending termination/,
  ],
  [
    'updated but not available',
    dep(2, { observedGeneration: 2, replicas: 3, updatedReplicas: 3, availableReplicas: 2 }),
    false,
    /2 of 3 updated replicas are available/,
  ],
  [
    'done',
    dep(2, { observedGeneration: 2, replicas: 3, updatedReplicas: 3, availableReplicas: 3 }),
    true,
    /successfully rolled out/,
  ],
  ['scaled to zero is done', dep(2, { observedGeneration: 2 }, 0), true, /successfully rolled out/],
])('%s', (_name, d, done, message) => {
  const s = rolloutStatus(d);
  expect(s.done).toBe(done);
  expect(s.failed).toBeUndefined();
  expect(s.message).toMatch(message);
});

test('ProgressDeadlineExceeded fails (fault #2)', () => {
  const d = dep(2, {
    observedGeneration: 2,
    replicas: 3,
    updatedReplicas: 1,
    conditions: [
      {
        type: 'Progressing',
        status: 'False',
        reason: 'ProgressDeadlineExceeded',
        message: 'ReplicaSet "web-7f" has timed out progressing.',
      },
    ],
  });
  expect(rolloutStatus(d)).toMatchObject({
    done: false,
    failed: 'deployment "web" exceeded its progress deadline',
  });
});

const pod = (cs: Partial<k8s.V1ContainerStatus>, phase = 'Running'): k8s.V1Pod => ({
  metadata: { name: 'web-1' },
  status: {
    phase,
    containerStatuses: [{ name: 'web', image: 'x', imageID: '', ready: false, restartCount: 0, ...cs }],
  },
});

test('pod problems: pull errors and crash loops are fatal, not-ready is not', () => {
  expect(
    podProblems(
      pod({ state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "x"' } } }),
    ),
  ).toEqual([
    {
      pod: 'web-1',
      container: 'web',
      reason: 'ImagePullBackOff',
      message: 'Back-off pulling image "x"',
      fatal: true,
    },
  ]);
  const crash = podProblems(
    pod({
      restartCount: 3,
      state: { waiting: { reason: 'CrashLoopBackOff' } },
      lastState: { terminated: { exitCode: 1, reason: 'Error' } },
    }),
  );
  expect(crash[0]).toMatchObject({
    reason: 'CrashLoopBackOff',
    message: 'restarted 3 times (exit code 1, Error)',
    fatal: true,
  });
  expect(podProblems(pod({ state: { running: {} } }))[0]).toMatchObject({ reason: 'NotReady', fatal: false });
  expect(podProblems(pod({ ready: true, state: { running: {} } }))).toEqual([]);
  expect(podProblems(pod({}, 'Failed'))[0]).toMatchObject({ reason: 'Failed', fatal: true });
});
