import { condition, deployment, rolledOut, setImage, startSim, waitFor, type Sim } from './test-helpers.ts';
import type { KubeObject } from '../store/store.ts';

let sim: Sim;
afterEach(() => sim?.stop());

interface Step {
  specTotal: number;
  pods: number;
  available: number;
}

/** Records, at every store event, the ReplicaSets' replica sum, the live pods and the ready pods of `app`. */
function recordSteps(s: Sim, app: string): Step[] {
  const steps: Step[] = [];
  const rs = s.rt('apps', 'replicasets');
  const pods = s.rt('', 'pods');
  s.store.subscribe(() => {
    const sets = s.store.list(rs, 'default', { labelSelector: `app=${app}` }).items;
    const live = s.store
      .list(pods, 'default', { labelSelector: `app=${app}` })
      .items.filter((p) => !p.metadata.deletionTimestamp);
    const ready = live.filter((p) =>
      (p.status?.conditions ?? []).some(
        (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
      ),
    );
    steps.push({
      specTotal: sets.reduce((n, r) => n + r.spec.replicas, 0),
      pods: live.length,
      available: ready.length,
    });
  });
  return steps;
}

async function rollingCase(
  replicas: number,
  maxSurge: number | string,
  maxUnavailable: number | string,
  surge: number,
  unavailable: number,
): Promise<void> {
  sim = startSim({ images: { 'web:*': { readyAfterMs: 15 } } });
  const deployments = sim.rt('apps', 'deployments');
  sim.store.create(
    deployments,
    deployment('web', 'web:1', {
      replicas,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } },
    }),
  );
  await waitFor(
    sim.store,
    () => rolledOut(sim.store.get(deployments, 'default', 'web')),
    10_000,
    'first rollout',
  );
  const steps = recordSteps(sim, 'web');
  setImage(sim, 'web', 'web:2');
  const done = await waitFor(
    sim.store,
    () => {
      const d = sim.store.get(deployments, 'default', 'web');
      return d && d.metadata.annotations?.['deployment.kubernetes.io/revision'] === '2' && rolledOut(d) && d;
    },
    10_000,
    'second rollout',
  );
  expect(steps.length).toBeGreaterThan(10);
  for (const s of steps) {
    expect(s.specTotal).toBeLessThanOrEqual(replicas + surge);
    expect(s.pods).toBeLessThanOrEqual(replicas + surge);
    expect(s.available).toBeGreaterThanOrEqual(replicas - unavailable);
  }
  // The limits were used, not just respected: the rollout went as wide as allowed.
  expect(Math.max(...steps.map((s) => s.specTotal))).toBe(replicas + surge);
  expect(Math.min(...steps.map((s) => s.available))).toBe(replicas - unavailable);
  expect(done.status).toMatchObject({
    replicas,
    updatedReplicas: replicas,
    readyReplicas: replicas,
    availableReplicas: replicas,
    observedGeneration: done.metadata.generation,
  });
  expect(condition(done, 'Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
  expect(condition(done, 'Available')).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable' });
}

test('rolling update honours integer maxSurge/maxUnavailable at every observed step', () =>
  rollingCase(4, 1, 1, 1, 1));
test('rolling update with percentages: surge rounds up, unavailable rounds down (10 replicas, 25%)', () =>
  rollingCase(10, '25%', '25%', 3, 2));
test('maxUnavailable 0 keeps every replica available', () => rollingCase(3, 1, 0, 1, 0));

test('a ReplicaSet per template hash, owned by the Deployment, with revision annotations and events', async () => {
  sim = startSim();
  const deployments = sim.rt('apps', 'deployments');
  const rsType = sim.rt('apps', 'replicasets');
  const d = sim.store.create(deployments, deployment('api', 'api:1', { replicas: 2 }));
  await waitFor(sim.store, () => rolledOut(sim.store.get(deployments, 'default', 'api')));
  const [rs] = sim.store.list(rsType, 'default').items as [KubeObject];
  const hash = rs.metadata.labels!['pod-template-hash']!;
  expect(rs.metadata.name).toBe(`api-${hash}`);
  expect(rs.spec.selector.matchLabels).toEqual({ app: 'api', 'pod-template-hash': hash });
  expect(rs.spec.template.metadata.labels['pod-template-hash']).toBe(hash);
  expect(rs.metadata.ownerReferences).toEqual([
    expect.objectContaining({ kind: 'Deployment', name: 'api', uid: d.metadata.uid, controller: true }),
  ]);
  expect(rs.metadata.annotations).toMatchObject({
    'deployment.kubernetes.io/revision': '1',
    'deployment.kubernetes.io/desired-replicas': '2',
    'deployment.kubernetes.io/max-replicas': '3',
  });
  expect(rs.status).toMatchObject({
    replicas: 2,
    readyReplicas: 2,
    availableReplicas: 2,
    fullyLabeledReplicas: 2,
    observedGeneration: 1,
  });
  const pods = sim.store.list(sim.rt('', 'pods'), 'default').items;
  expect(pods).toHaveLength(2);
  for (const p of pods) {
    expect(p.spec.nodeName).toBe('kube-sim-node');
    expect(p.status.podIP).toMatch(/^127\.0\.\d+\.\d+$/);
    expect(p.status.phase).toBe('Running');
    expect(p.status.containerStatuses[0]).toMatchObject({
      name: 'app',
      ready: true,
      restartCount: 0,
      state: { running: {} },
    });
    expect(p.status.conditions.map((c: { type: string }) => c.type)).toEqual(
      expect.arrayContaining(['PodScheduled', 'Initialized', 'ContainersReady', 'Ready']),
    );
  }
  const events = sim.store.list(sim.rt('', 'events'), 'default').items;
  expect(events.map((e) => `${e['reason']}: ${e['message']}`)).toContain(
    `ScalingReplicaSet: Scaled up replica set ${rs.metadata.name} from 0 to 2`,
  );
  const live = sim.store.get(deployments, 'default', 'api')!;
  expect(live.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
});

test('scaling a Deployment scales its ReplicaSet without a new revision', async () => {
  sim = startSim();
  const deployments = sim.rt('apps', 'deployments');
  sim.store.create(deployments, deployment('s', 's:1', { replicas: 2 }));
  await waitFor(sim.store, () => rolledOut(sim.store.get(deployments, 'default', 's')));
  const d = sim.store.get(deployments, 'default', 's')!;
  d.spec.replicas = 5;
  sim.store.update(deployments, d);
  const after = await waitFor(sim.store, () => {
    const x = sim.store.get(deployments, 'default', 's');
    return x && x.status?.availableReplicas === 5 && rolledOut(x) && x;
  });
  expect(after.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
  expect(sim.store.list(sim.rt('apps', 'replicasets'), 'default').items).toHaveLength(1);
});

test('scaling in the middle of a rollout scales the ReplicaSets proportionally and the rollout still completes', async () => {
  sim = startSim({ images: { 'mid:1': { readyAfterMs: 0 }, 'mid:2': { neverReady: true } } });
  const deployments = sim.rt('apps', 'deployments');
  const rsType = sim.rt('apps', 'replicasets');
  sim.store.create(
    deployments,
    deployment('mid', 'mid:1', {
      replicas: 10,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 3, maxUnavailable: 2 } },
    }),
  );
  await waitFor(sim.store, () => rolledOut(sim.store.get(deployments, 'default', 'mid')));
  setImage(sim, 'mid', 'mid:2'); // never ready: the rollout stalls with old 8, new 5
  await sim.controllers.idle();
  const sizes = (): Record<string, number> =>
    Object.fromEntries(
      sim.store
        .list(rsType, 'default')
        .items.map((rs) => [rs.spec.template.spec.containers[0].image, rs.spec.replicas]),
    );
  expect(sizes()).toEqual({ 'mid:1': 8, 'mid:2': 5 });
  const d = sim.store.get(deployments, 'default', 'mid')!;
  d.spec.replicas = 20;
  sim.store.update(deployments, d);
  await sim.controllers.idle();
  // 20 + 3 surge = 23 allowed; 10 more split 8:5 by size (round(8*23/13)=14, round(5*23/13)=9).
  expect(sizes()).toEqual({ 'mid:1': 14, 'mid:2': 9 });
  const rs2 = sim.store
    .list(rsType, 'default')
    .items.find((rs) => rs.spec.template.spec.containers[0].image === 'mid:2')!;
  expect(rs2.metadata.annotations?.['deployment.kubernetes.io/desired-replicas']).toBe('20');
  sim.controllers.setImageBehaviour('mid:3', { readyAfterMs: 0 });
  setImage(sim, 'mid', 'mid:3');
  const done = await waitFor(sim.store, () => {
    const x = sim.store.get(deployments, 'default', 'mid');
    return x && x.metadata.annotations?.['deployment.kubernetes.io/revision'] === '3' && rolledOut(x) && x;
  });
  expect(done.status).toMatchObject({ replicas: 20, updatedReplicas: 20, availableReplicas: 20 });
  expect(sizes()).toEqual({ 'mid:1': 0, 'mid:2': 0, 'mid:3': 20 });
});

test('rollover: a new template mid-rollout scales the half-rolled ReplicaSet down within the same limits', async () => {
  sim = startSim({
    images: { 'ro:1': { readyAfterMs: 0 }, 'ro:2': { readyAfterMs: 40 }, 'ro:3': { readyAfterMs: 10 } },
  });
  const deployments = sim.rt('apps', 'deployments');
  sim.store.create(
    deployments,
    deployment('ro', 'ro:1', {
      replicas: 6,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 2, maxUnavailable: 1 } },
    }),
  );
  await waitFor(sim.store, () => rolledOut(sim.store.get(deployments, 'default', 'ro')));
  const steps = recordSteps(sim, 'ro');
  setImage(sim, 'ro', 'ro:2');
  await waitFor(sim.store, () =>
    sim.store
      .list(sim.rt('', 'pods'), 'default', { labelSelector: 'app=ro' })
      .items.some((p) => p.spec.containers[0].image === 'ro:2'),
  );
  setImage(sim, 'ro', 'ro:3');
  const done = await waitFor(sim.store, () => {
    const d = sim.store.get(deployments, 'default', 'ro');
    return d && d.metadata.annotations?.['deployment.kubernetes.io/revision'] === '3' && rolledOut(d) && d;
  });
  for (const s of steps) {
    expect(s.specTotal).toBeLessThanOrEqual(8);
    expect(s.available).toBeGreaterThanOrEqual(5);
  }
  const sizes = sim.store
    .list(sim.rt('apps', 'replicasets'), 'default')
    .items.map((rs) => `${rs.spec.template.spec.containers[0].image}=${rs.spec.replicas}`);
  expect(sizes.sort()).toEqual(['ro:1=0', 'ro:2=0', 'ro:3=6']);
  expect(done.status).toMatchObject({ replicas: 6, updatedReplicas: 6, availableReplicas: 6 });
});

test('controllers restarted mid-rollout pick it up from the store and finish it', async () => {
  sim = startSim({ images: { 'rs:2': { readyAfterMs: 30 } } });
  const deployments = sim.rt('apps', 'deployments');
  sim.store.create(deployments, deployment('rs', 'rs:1', { replicas: 4 }));
  await waitFor(sim.store, () => rolledOut(sim.store.get(deployments, 'default', 'rs')));
  setImage(sim, 'rs', 'rs:2');
  await waitFor(
    sim.store,
    () => (sim.store.get(deployments, 'default', 'rs')?.status?.updatedReplicas ?? 0) > 0,
  );
  await sim.controllers.stop();
  const { startControllers } = await import('./index.ts');
  const again = startControllers(sim.store, { images: { 'rs:2': { readyAfterMs: 30 } } });
  try {
    const done = await waitFor(sim.store, () => {
      const d = sim.store.get(deployments, 'default', 'rs');
      return d && d.metadata.annotations?.['deployment.kubernetes.io/revision'] === '2' && rolledOut(d) && d;
    });
    expect(done.status).toMatchObject({ replicas: 4, updatedReplicas: 4, availableReplicas: 4 });
    expect(sim.store.list(sim.rt('apps', 'replicasets'), 'default').items).toHaveLength(2);
  } finally {
    await again.stop();
  }
});
