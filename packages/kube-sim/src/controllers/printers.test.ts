import { humanDuration, podSummary, toTable } from './printers.ts';
import { deployment, rolledOut, startSim, waitFor, type Sim } from './test-helpers.ts';

let sim: Sim;
afterEach(() => sim?.stop());

test('humanDuration formats like kubectl AGE', () => {
  expect(
    [
      5_000,
      119_000,
      125_000,
      600_000,
      179 * 60_000,
      3 * 3600_000 + 60_000,
      7 * 3600_000 + 5 * 60_000,
      30 * 3600_000,
      3 * 86_400_000 + 3600_000,
      400 * 86_400_000,
      -5000,
    ].map(humanDuration),
  ).toEqual(['5s', '119s', '2m5s', '10m', '179m', '3h1m', '7h5m', '30h', '3d1h', '400d', '<invalid>']);
});

test('pod READY / STATUS / RESTARTS as kubectl prints them, for each image behaviour', async () => {
  sim = startSim({
    images: { 'p:crash': { crashLoop: {} }, 'p:pull': { pullError: 'ErrImagePull' } },
    timeScale: 0.002,
  });
  const deployments = sim.rt('apps', 'deployments');
  const pods = sim.rt('', 'pods');
  for (const [name, image] of [
    ['ok', 'p:ok'],
    ['crash', 'p:crash'],
    ['pull', 'p:pull'],
  ])
    sim.store.create(deployments, deployment(name!, image!));
  sim.store.create(sim.rt('batch', 'jobs'), {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'once', namespace: 'default' },
    spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'x', image: 'p:ok' }] } } },
  });
  const pod = (app: string) => sim.store.list(pods, 'default', { labelSelector: app }).items[0];
  await waitFor(
    sim.store,
    () =>
      (pod('app=crash')?.status?.containerStatuses?.[0]?.restartCount ?? 0) >= 2 &&
      pod('job-name=once')?.status?.phase === 'Succeeded' &&
      rolledOut(sim.store.get(deployments, 'default', 'ok')),
  );
  await waitFor(
    sim.store,
    () =>
      pod('app=crash')?.status?.containerStatuses?.[0]?.state?.waiting &&
      pod('app=pull')?.status?.containerStatuses?.[0]?.state?.waiting,
  );
  expect(podSummary(pod('app=ok')!)).toEqual({ ready: '1/1', status: 'Running', restarts: '0' });
  const crash = podSummary(pod('app=crash')!);
  expect(crash).toMatchObject({ ready: '0/1', status: 'CrashLoopBackOff' });
  expect(crash.restarts).toMatch(/^\d+ \(\d+s ago\)$/);
  expect(podSummary(pod('app=pull')!).status).toMatch(/^(ErrImagePull|ImagePullBackOff)$/);
  expect(podSummary(pod('job-name=once')!)).toEqual({ ready: '0/1', status: 'Completed', restarts: '0' });

  const table = toTable('Deployment', sim.store.list(deployments, 'default').items, '42') as {
    columnDefinitions: { name: string }[];
    rows: { cells: unknown[]; object: { kind: string } }[];
  };
  expect(table).toMatchObject({
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion: '42' },
  });
  expect(table.columnDefinitions.map((c) => c.name).slice(0, 5)).toEqual([
    'Name',
    'Ready',
    'Up-to-date',
    'Available',
    'Age',
  ]);
  expect(table.rows.find((r) => r.cells[0] === 'ok')!.cells.slice(0, 4)).toEqual(['ok', '1/1', 1, 1]);
  expect(table.rows[0]!.object.kind).toBe('PartialObjectMetadata');
  const other = toTable('ConfigMap', [], '1') as { columnDefinitions: { name: string }[] };
  expect(other.columnDefinitions.map((c) => c.name)).toEqual(['Name', 'Age']);
});
