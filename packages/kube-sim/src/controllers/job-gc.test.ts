import type { KubeObject } from '../store/store.ts';
import { condition, deployment, rolledOut, startSim, waitFor, type Sim } from './test-helpers.ts';

let sim: Sim;
afterEach(() => sim?.stop());

function job(name: string, image: string, spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name, namespace: 'default' },
    spec: {
      template: { spec: { restartPolicy: 'Never', containers: [{ name: 'migrate', image }] } },
      ...spec,
    },
  };
}

test('a Job runs its pods to completion: Complete, succeeded, completionTime', async () => {
  sim = startSim({ images: { 'migrate:ok': { readyAfterMs: 20 } } });
  const jobs = sim.rt('batch', 'jobs');
  sim.store.create(jobs, job('m', 'migrate:ok', { completions: 2, parallelism: 1 }));
  const done = await waitFor(sim.store, () => {
    const j = sim.store.get(jobs, 'default', 'm');
    return condition(j, 'Complete')?.status === 'True' && j;
  });
  expect(done.status).toMatchObject({
    succeeded: 2,
    startTime: expect.any(String),
    completionTime: expect.any(String),
  });
  expect(done.status.failed).toBeUndefined();
  const pods = sim.store.list(sim.rt('', 'pods'), 'default').items;
  expect(pods.map((p) => p.status.phase)).toEqual(['Succeeded', 'Succeeded']);
  expect(pods[0]!.status.containerStatuses[0].state.terminated).toMatchObject({
    exitCode: 0,
    reason: 'Completed',
  });
  expect(pods[0]!.metadata.labels?.['job-name']).toBe('m');
});

test('a failing Job stops after backoffLimit: Failed BackoffLimitExceeded with failed = backoffLimit + 1', async () => {
  sim = startSim({
    images: {
      'migrate:bad': { crashLoop: { exitCode: 2, logs: ['ERROR: relation "users" does not exist'] } },
    },
  });
  const jobs = sim.rt('batch', 'jobs');
  sim.store.create(jobs, job('bad', 'migrate:bad', { backoffLimit: 2 }));
  const failed = await waitFor(sim.store, () => {
    const j = sim.store.get(jobs, 'default', 'bad');
    return condition(j, 'Failed')?.status === 'True' && j;
  });
  expect(condition(failed, 'Failed')).toMatchObject({ reason: 'BackoffLimitExceeded' });
  expect(failed.status.failed).toBe(3);
  await sim.controllers.idle();
  const pods = sim.store.list(sim.rt('', 'pods'), 'default').items;
  expect(pods).toHaveLength(3);
  expect(pods.every((p) => p.status.phase === 'Failed')).toBe(true);
  expect(sim.controllers.podLogs('default', pods[0]!.metadata.name)).toContain(
    'relation "users" does not exist',
  );
});

test('activeDeadlineSeconds fails a Job that runs too long: Failed DeadlineExceeded, its pods deleted', async () => {
  sim = startSim({ images: { 'migrate:slow': { readyAfterMs: 60_000 } }, timeScale: 0.01 });
  const jobs = sim.rt('batch', 'jobs');
  const t0 = Date.now();
  sim.store.create(jobs, job('slow', 'migrate:slow', { activeDeadlineSeconds: 10 }));
  const failed = await waitFor(sim.store, () => {
    const j = sim.store.get(jobs, 'default', 'slow');
    return condition(j, 'Failed')?.status === 'True' && j;
  });
  expect(Date.now() - t0).toBeGreaterThanOrEqual(100 - 5);
  expect(condition(failed, 'Failed')).toMatchObject({ reason: 'DeadlineExceeded' });
  await sim.controllers.idle();
  expect(sim.store.list(sim.rt('', 'pods'), 'default').items).toHaveLength(0);
});

test('a ReplicaSet adopts orphaned pods its selector matches instead of creating new ones', async () => {
  sim = startSim();
  const rsType = sim.rt('apps', 'replicasets');
  const pods = sim.rt('', 'pods');
  const rs = (name: string): KubeObject => ({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'o' } },
      template: { metadata: { labels: { app: 'o' } }, spec: { containers: [{ name: 'c', image: 'o:1' }] } },
    },
  });
  sim.store.create(rsType, rs('first'));
  await waitFor(sim.store, () => sim.store.get(rsType, 'default', 'first')?.status?.readyReplicas === 2);
  const before = sim.store
    .list(pods, 'default')
    .items.map((p) => p.metadata.uid)
    .sort();
  sim.store.delete(rsType, 'default', 'first', { propagationPolicy: 'Orphan' });
  const second = sim.store.create(rsType, rs('second'));
  await waitFor(sim.store, () => sim.store.get(rsType, 'default', 'second')?.status?.readyReplicas === 2);
  const after = sim.store.list(pods, 'default').items;
  expect(after.map((p) => p.metadata.uid).sort()).toEqual(before);
  expect(after.every((p) => p.metadata.ownerReferences?.[0]?.uid === second.metadata.uid)).toBe(true);
});

test('deleting a Deployment cascades to its ReplicaSets and pods; Orphan keeps them without the owner', async () => {
  sim = startSim();
  const deployments = sim.rt('apps', 'deployments');
  const rsType = sim.rt('apps', 'replicasets');
  const pods = sim.rt('', 'pods');
  sim.store.create(deployments, deployment('a', 'a:1', { replicas: 2 }));
  sim.store.create(deployments, deployment('b', 'b:1', { replicas: 2 }));
  await waitFor(
    sim.store,
    () =>
      rolledOut(sim.store.get(deployments, 'default', 'a')) &&
      rolledOut(sim.store.get(deployments, 'default', 'b')),
  );
  sim.store.delete(deployments, 'default', 'a', { propagationPolicy: 'Background' });
  await sim.controllers.idle();
  const left = (sel: string): number =>
    sim.store.list(rsType, 'default', { labelSelector: sel }).items.length +
    sim.store.list(pods, 'default', { labelSelector: sel }).items.length;
  expect(left('app=a')).toBe(0);
  sim.store.delete(deployments, 'default', 'b', { propagationPolicy: 'Orphan' });
  await sim.controllers.idle();
  const [rs] = sim.store.list(rsType, 'default', { labelSelector: 'app=b' }).items;
  expect(rs!.metadata.ownerReferences ?? []).toEqual([]);
  expect(sim.store.list(pods, 'default', { labelSelector: 'app=b' }).items).toHaveLength(2);
  // A new Deployment with the same selector and template adopts the orphan instead of making another ReplicaSet.
  const again = sim.store.create(deployments, deployment('b', 'b:1', { replicas: 2 }));
  await waitFor(sim.store, () => rolledOut(sim.store.get(deployments, 'default', 'b')));
  const sets = sim.store.list(rsType, 'default', { labelSelector: 'app=b' }).items;
  expect(sets.map((r) => r.metadata.uid)).toEqual([rs!.metadata.uid]);
  expect(sets[0]!.metadata.ownerReferences).toEqual([
    expect.objectContaining({ uid: again.metadata.uid, controller: true }),
  ]);
  expect(sim.store.list(pods, 'default', { labelSelector: 'app=b' }).items).toHaveLength(2);
});

test('the garbage collector deletes dependents the store did not cascade (cascade off, or a dangling owner)', async () => {
  sim = startSim({}, { cascade: false });
  const deployments = sim.rt('apps', 'deployments');
  const rsType = sim.rt('apps', 'replicasets');
  const pods = sim.rt('', 'pods');
  const configmaps = sim.rt('', 'configmaps');
  sim.store.create(deployments, deployment('g', 'g:1', { replicas: 2 }));
  await waitFor(sim.store, () => rolledOut(sim.store.get(deployments, 'default', 'g')));
  sim.store.delete(deployments, 'default', 'g');
  await waitFor(
    sim.store,
    () =>
      sim.store.list(rsType, 'default').items.length === 0 &&
      sim.store.list(pods, 'default').items.length === 0,
    5000,
    'cascade',
  );
  const ref = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    name: 'gone',
    uid: '00000000-0000-0000-0000-000000000000',
  };
  sim.store.create(configmaps, {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'dangling', namespace: 'default', ownerReferences: [ref] },
    data: {},
  });
  const owner = sim.store.create(configmaps, {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'owner', namespace: 'default' },
    data: {},
  });
  const both = [ref, { apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: owner.metadata.uid! }];
  sim.store.create(configmaps, {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'shared', namespace: 'default', ownerReferences: both },
    data: {},
  });
  await waitFor(
    sim.store,
    () => !sim.store.get(configmaps, 'default', 'dangling'),
    5000,
    'dangling dependent deleted',
  );
  await sim.controllers.idle();
  expect(sim.store.get(configmaps, 'default', 'shared')!.metadata.ownerReferences).toEqual([both[1]]);
});
