// End to end: the real kubectl 1.32 against startKubeSim, on what the controllers decide (failure detection,
// history with change-cause, undo to the previous revision, pod states and logs as kubectl shows them).
import { useKubectlSim } from '../../../../test/support/kubectl-sim.ts';
import { waitFor } from './test-helpers.ts';

const fx = useKubectlSim('kube-sim-rollout', {
  controllers: {
    images: {
      'shop:broken': { pullError: 'ErrImagePull' },
      'shop:crash': { crashLoop: { exitCode: 1, logs: ['boot', 'fatal: DATABASE_URL is not set'] } },
      'shop:*': { readyAfterMs: 20 },
    },
    timeScale: 0.01,
  },
});
const { kubectl, kubectlFails } = fx;

test('rollout status fails on ProgressDeadlineExceeded; history shows change-cause; undo goes back to the previous revision', async () => {
  await kubectl('create', 'deployment', 'shop', '--image=shop:1', '--replicas=3');
  await kubectl(
    'patch',
    'deploy',
    'shop',
    '--type',
    'merge',
    '-p',
    '{"spec":{"progressDeadlineSeconds":30}}',
  );
  expect(await kubectl('rollout', 'status', 'deploy/shop', '--timeout=20s')).toContain(
    'deployment "shop" successfully rolled out',
  );
  // As upstream, the Deployment's annotations are copied to its current ReplicaSet: annotate after the template change.
  await kubectl('set', 'image', 'deploy/shop', 'shop=shop:2');
  await kubectl('annotate', 'deploy', 'shop', 'kubernetes.io/change-cause=release 2');
  expect(await kubectl('rollout', 'status', 'deploy/shop', '--timeout=20s')).toContain(
    'successfully rolled out',
  );
  await kubectl('set', 'image', 'deploy/shop', 'shop=shop:broken');
  await kubectl('annotate', 'deploy', 'shop', '--overwrite', 'kubernetes.io/change-cause=release 3 (broken)');
  // 30 s deadline at timeScale 0.01 = 300 ms: kubectl exits 1 with upstream's message.
  const failed = await kubectlFails('rollout', 'status', 'deploy/shop', '--timeout=20s');
  expect(failed.code).toBe(1);
  expect(failed.stderr).toContain('deployment "shop" exceeded its progress deadline');
  const states = await kubectl(
    'get',
    'pods',
    '-l',
    'app=shop',
    '-o',
    'jsonpath={range .items[*]}{.status.phase}/{.status.containerStatuses[0].ready}/{.status.containerStatuses[0].state.waiting.reason}{"\\n"}{end}',
  );
  const lines = states.split('\n').sort();
  expect(lines.filter((l) => l === 'Running/true/')).toHaveLength(3);
  expect(
    lines.filter((l) => /^Pending\/false\/(ErrImagePull|ImagePullBackOff)$/.test(l)).length,
  ).toBeGreaterThan(0);
  const history = await kubectl('rollout', 'history', 'deploy/shop');
  expect(history).toMatch(/1\s+<none>\n2\s+release 2\n3\s+release 3 \(broken\)/);
  expect(await kubectl('rollout', 'undo', 'deploy/shop')).toBe('deployment.apps/shop rolled back');
  expect(await kubectl('rollout', 'status', 'deploy/shop', '--timeout=20s')).toContain(
    'successfully rolled out',
  );
  expect(
    await kubectl(
      'get',
      'deploy',
      'shop',
      '-o',
      'jsonpath={.spec.template.spec.containers[0].image} {.metadata.annotations.deployment\\.kubernetes\\.io/revision}',
    ),
  ).toBe('shop:2 4');
  expect(await kubectl('rollout', 'history', 'deploy/shop')).toMatch(
    /1\s+<none>\n3\s+release 3 \(broken\)\n4\s+release 2/,
  );
  const reasons = await kubectl(
    'get',
    'events',
    '--field-selector',
    'involvedObject.kind=Deployment,involvedObject.name=shop',
    '-o',
    'jsonpath={.items[*].reason}',
  );
  expect(reasons).toContain('ScalingReplicaSet');
});

test('a crash-looping pod: kubectl get shows CrashLoopBackOff, restarts and exit code, kubectl logs --previous its output', async () => {
  await kubectl('create', 'deployment', 'worker', '--image=shop:crash');
  const name = await kubectl('get', 'pods', '-l', 'app=worker', '-o', 'jsonpath={.items[0].metadata.name}');
  await waitFor(
    fx.sim.store,
    () =>
      (fx.sim.store.get(fx.sim.store.type('', 'pods')!, 'default', name)?.status?.containerStatuses?.[0]
        ?.restartCount ?? 0) >= 2,
  );
  const [restarts, reason, exit] = (
    await kubectl(
      'get',
      'pod',
      name,
      '-o',
      'jsonpath={.status.containerStatuses[0].restartCount} {.status.containerStatuses[0].state.waiting.reason} {.status.containerStatuses[0].lastState.terminated.exitCode}',
    )
  ).split(' ');
  expect(Number(restarts)).toBeGreaterThanOrEqual(2);
  expect(reason).toBe('CrashLoopBackOff');
  expect(exit).toBe('1');
  expect(await kubectl('logs', name, '--previous')).toBe('boot\nfatal: DATABASE_URL is not set');
  expect(await kubectl('logs', name, '--tail=1')).toBe('fatal: DATABASE_URL is not set');
});
