import type { KubeObject } from '../store/store.ts';
import { condition, deployment, rolledOut, setImage, startSim, waitFor, type Sim } from './test-helpers.ts';

let sim: Sim;
afterEach(() => sim?.stop());

const revision = (o: KubeObject | undefined): string | undefined =>
  o?.metadata.annotations?.['deployment.kubernetes.io/revision'];

function rsByImage(s: Sim): Map<string, KubeObject> {
  const out = new Map<string, KubeObject>();
  for (const rs of s.store.list(s.rt('apps', 'replicasets'), 'default').items)
    out.set(rs.spec.template.spec.containers[0].image, rs);
  return out;
}

async function rollTo(s: Sim, name: string, image: string, rev: string): Promise<KubeObject> {
  setImage(s, name, image);
  const deployments = s.rt('apps', 'deployments');
  return waitFor(
    s.store,
    () => {
      const d = s.store.get(deployments, 'default', name);
      return d && revision(d) === rev && rolledOut(d) && d;
    },
    10_000,
    `revision ${rev}`,
  );
}

test('revisions bump per template; rolling back to an old template reuses its ReplicaSet with the next revision', async () => {
  sim = startSim();
  const deployments = sim.rt('apps', 'deployments');
  sim.store.create(deployments, deployment('app', 'app:1', { replicas: 2 }));
  await waitFor(sim.store, () => rolledOut(sim.store.get(deployments, 'default', 'app')));
  await rollTo(sim, 'app', 'app:2', '2');
  await rollTo(sim, 'app', 'app:3', '3');
  let sets = rsByImage(sim);
  expect([...sets.keys()].sort()).toEqual(['app:1', 'app:2', 'app:3']);
  expect(revision(sets.get('app:1'))).toBe('1');
  expect(sets.get('app:1')!.spec.replicas).toBe(0);
  const rs1 = sets.get('app:1')!;
  // Undo to revision 1 the way kubectl does: copy that ReplicaSet's template (without the hash label) into the Deployment.
  const d = sim.store.get(deployments, 'default', 'app')!;
  const template = structuredClone(rs1.spec.template);
  delete template.metadata.labels['pod-template-hash'];
  d.spec.template = template;
  sim.store.update(deployments, d);
  const back = await waitFor(sim.store, () => {
    const x = sim.store.get(deployments, 'default', 'app');
    return x && revision(x) === '4' && rolledOut(x) && x;
  });
  sets = rsByImage(sim);
  expect(sets.size).toBe(3); // no new ReplicaSet
  expect(sets.get('app:1')!.metadata.uid).toBe(rs1.metadata.uid);
  expect(revision(sets.get('app:1'))).toBe('4');
  expect(sets.get('app:1')!.metadata.annotations?.['deployment.kubernetes.io/revision-history']).toBe('1');
  expect(sets.get('app:1')!.spec.replicas).toBe(2);
  expect(sets.get('app:3')!.spec.replicas).toBe(0);
  expect(condition(back, 'Progressing')).toMatchObject({ reason: 'NewReplicaSetAvailable' });
});

test('revisionHistoryLimit deletes the oldest scaled-down ReplicaSets', async () => {
  sim = startSim();
  const deployments = sim.rt('apps', 'deployments');
  sim.store.create(deployments, deployment('h', 'h:1', { spec: { revisionHistoryLimit: 1 } }));
  await waitFor(sim.store, () => rolledOut(sim.store.get(deployments, 'default', 'h')));
  await rollTo(sim, 'h', 'h:2', '2');
  await rollTo(sim, 'h', 'h:3', '3');
  await waitFor(sim.store, () => rsByImage(sim).size === 2, 5000, 'history cleanup');
  expect([...rsByImage(sim).keys()].sort()).toEqual(['h:2', 'h:3']);
});

test('Recreate: every old pod is gone before the first new one exists', async () => {
  sim = startSim({ images: { 'r:*': { readyAfterMs: 10 } } });
  const deployments = sim.rt('apps', 'deployments');
  const pods = sim.rt('', 'pods');
  sim.store.create(deployments, deployment('r', 'r:1', { replicas: 3, strategy: { type: 'Recreate' } }));
  await waitFor(sim.store, () => rolledOut(sim.store.get(deployments, 'default', 'r')));
  const mixes: string[] = [];
  sim.store.subscribe(() => {
    const images = new Set(sim.store.list(pods, 'default').items.map((p) => p.spec.containers[0].image));
    mixes.push([...images].sort().join('+'));
  });
  const done = await rollTo(sim, 'r', 'r:2', '2');
  expect(mixes).not.toContain('r:1+r:2');
  expect(mixes).toContain(''); // there was a moment with no pods at all
  expect(done.status).toMatchObject({ replicas: 3, updatedReplicas: 3, availableReplicas: 3 });
});

test('paused: a template change makes no ReplicaSet until resumed; conditions DeploymentPaused / DeploymentResumed', async () => {
  sim = startSim();
  const deployments = sim.rt('apps', 'deployments');
  sim.store.create(deployments, deployment('p', 'p:1', { replicas: 2 }));
  await waitFor(sim.store, () => rolledOut(sim.store.get(deployments, 'default', 'p')));
  let d = sim.store.get(deployments, 'default', 'p')!;
  d.spec.paused = true;
  sim.store.update(deployments, d);
  await waitFor(
    sim.store,
    () => condition(sim.store.get(deployments, 'default', 'p'), 'Progressing')?.reason === 'DeploymentPaused',
  );
  expect(condition(sim.store.get(deployments, 'default', 'p'), 'Progressing')).toMatchObject({
    status: 'Unknown',
    reason: 'DeploymentPaused',
  });
  setImage(sim, 'p', 'p:2');
  await sim.controllers.idle();
  expect(rsByImage(sim).size).toBe(1);
  d = sim.store.get(deployments, 'default', 'p')!;
  expect(d.status.observedGeneration).toBe(d.metadata.generation);
  expect(revision(d)).toBe('1');
  const reasons: string[] = [];
  sim.store.subscribe((e) => {
    const r = condition(e.object, 'Progressing')?.reason;
    if (e.object.kind === 'Deployment' && r && reasons.at(-1) !== r) reasons.push(r);
  });
  d.spec.paused = false;
  sim.store.update(deployments, d);
  const done = await waitFor(sim.store, () => {
    const x = sim.store.get(deployments, 'default', 'p');
    return (
      x &&
      revision(x) === '2' &&
      rolledOut(x) &&
      condition(x, 'Progressing')?.reason === 'NewReplicaSetAvailable' &&
      x
    );
  });
  // The first event is our own spec update, still carrying the paused condition.
  expect(reasons.slice(0, 3)).toEqual(['DeploymentPaused', 'DeploymentResumed', 'NewReplicaSetCreated']);
  expect(reasons.at(-1)).toBe('NewReplicaSetAvailable');
  expect(done.status.updatedReplicas).toBe(2);
});

test('an image that cannot be pulled: ErrImagePull / ImagePullBackOff, then ProgressDeadlineExceeded', async () => {
  sim = startSim({ images: { 'bad:*': { pullError: 'ErrImagePull' } }, timeScale: 0.02 });
  const deployments = sim.rt('apps', 'deployments');
  sim.store.create(
    deployments,
    deployment('x', 'good:1', { replicas: 2, spec: { progressDeadlineSeconds: 5 } }),
  );
  await waitFor(sim.store, () => rolledOut(sim.store.get(deployments, 'default', 'x')));
  const started = Date.now();
  setImage(sim, 'x', 'bad:2');
  const failed = await waitFor(
    sim.store,
    () => {
      const d = sim.store.get(deployments, 'default', 'x');
      return condition(d, 'Progressing')?.reason === 'ProgressDeadlineExceeded' && d;
    },
    10_000,
    'ProgressDeadlineExceeded',
  );
  expect(Date.now() - started).toBeGreaterThanOrEqual(5 * 1000 * 0.02 - 5);
  expect(condition(failed, 'Progressing')).toMatchObject({
    status: 'False',
    message: expect.stringContaining('has timed out progressing'),
  });
  // The old pods keep serving (maxUnavailable 25% of 2 rounds down to 0).
  expect(failed.status.availableReplicas).toBe(2);
  const pods = sim.store
    .list(sim.rt('', 'pods'), 'default')
    .items.filter((p) => p.spec.containers[0].image === 'bad:2');
  expect(pods.length).toBeGreaterThan(0);
  const waiting = await waitFor(
    sim.store,
    () => {
      const p = sim.store.get(sim.rt('', 'pods'), 'default', pods[0]!.metadata.name);
      const reason = p?.status?.containerStatuses?.[0]?.state?.waiting?.reason;
      return reason === 'ImagePullBackOff' && p;
    },
    5000,
    'ImagePullBackOff',
  );
  expect(waiting.status.phase).toBe('Pending');
  const reasons = sim.store
    .list(sim.rt('', 'events'), 'default')
    .items.map((e) => `${e['type']} ${e['reason']}`);
  expect(reasons).toEqual(expect.arrayContaining(['Warning Failed', 'Normal BackOff']));
});

test('minReadySeconds delays availability', async () => {
  sim = startSim({ timeScale: 0.05 });
  const deployments = sim.rt('apps', 'deployments');
  const t0 = Date.now();
  sim.store.create(deployments, deployment('m', 'm:1', { replicas: 2, spec: { minReadySeconds: 10 } }));
  await waitFor(
    sim.store,
    () =>
      (sim.store.get(
        sim.rt('apps', 'replicasets'),
        'default',
        sim.store.list(sim.rt('apps', 'replicasets'), 'default').items[0]?.metadata.name ?? '-',
      )?.status?.readyReplicas ?? 0) === 2,
  );
  expect(sim.store.get(deployments, 'default', 'm')!.status.availableReplicas ?? 0).toBe(0);
  await waitFor(sim.store, () => rolledOut(sim.store.get(deployments, 'default', 'm')));
  expect(Date.now() - t0).toBeGreaterThanOrEqual(10 * 1000 * 0.05 - 5);
});
