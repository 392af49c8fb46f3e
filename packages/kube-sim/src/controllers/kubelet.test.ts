import { fileURLToPath } from 'node:url';
import type { KubeObject } from '../store/store.ts';
import { deployment, startSim, waitFor, type Sim } from './test-helpers.ts';

let sim: Sim;
afterEach(() => sim?.stop());

const firstPod = (s: Sim, image: string): KubeObject | undefined =>
  s.store.list(s.rt('', 'pods'), 'default').items.find((p) => p.spec.containers[0].image === image);

test('crash loop: CrashLoopBackOff with a growing restartCount, lastState terminated with the exit code, and logs', async () => {
  sim = startSim({
    images: { 'crash:1': { crashLoop: { exitCode: 3, logs: ['starting', 'panic: no config'] } } },
    timeScale: 0.002,
  });
  sim.store.create(sim.rt('apps', 'deployments'), deployment('c', 'crash:1'));
  const restartsSeen = new Set<number>();
  const pod = await waitFor(
    sim.store,
    () => {
      const p = firstPod(sim, 'crash:1');
      const cs = p?.status?.containerStatuses?.[0];
      if (cs) restartsSeen.add(cs.restartCount);
      return cs && cs.restartCount >= 3 && cs.state.waiting?.reason === 'CrashLoopBackOff' && p;
    },
    10_000,
    'three restarts',
  );
  const cs = pod.status.containerStatuses[0];
  expect(cs.ready).toBe(false);
  expect(cs.lastState.terminated).toMatchObject({ exitCode: 3, reason: 'Error' });
  expect(cs.state.waiting.message).toContain('back-off');
  expect(pod.status.phase).toBe('Running');
  expect([...restartsSeen]).toEqual(expect.arrayContaining([1, 2, 3]));
  const ready = pod.status.conditions.find((c: { type: string }) => c.type === 'Ready');
  expect(ready).toMatchObject({ status: 'False', reason: 'ContainersNotReady' });
  expect(sim.controllers.podLogs('default', pod.metadata.name)).toBe('starting\npanic: no config\n');
  expect(sim.controllers.podLogs('default', pod.metadata.name, { tailLines: 1 })).toBe('panic: no config\n');
  expect(sim.controllers.podLogs('default', pod.metadata.name, { previous: true })).toBe(
    'starting\npanic: no config\n',
  );
  const events = sim.store
    .list(sim.rt('', 'events'), 'default')
    .items.filter((e) => e['reason'] === 'BackOff');
  expect(events[0]).toMatchObject({
    type: 'Warning',
    message: expect.stringContaining('Back-off restarting failed container app'),
  });
  expect(Number(events[0]!['count'])).toBeGreaterThanOrEqual(3);
});

test('backoff grows: restarts slow down (10 s doubling, scaled)', async () => {
  sim = startSim({ images: { 'crash:2': { crashLoop: {} } }, timeScale: 0.002 });
  sim.store.create(sim.rt('apps', 'deployments'), deployment('g', 'crash:2'));
  const at: number[] = [];
  await waitFor(sim.store, () => {
    const n = firstPod(sim, 'crash:2')?.status?.containerStatuses?.[0]?.restartCount ?? 0;
    if (n > at.length) at.push(Date.now());
    return n >= 4;
  });
  const gaps = at.slice(1).map((t, i) => t - at[i]!);
  // Restart n+1 comes at least back-off(n) = 10 s * 2^(n-1) * timeScale after restart n: 20, 40, 80 ms here.
  expect(gaps[0]!).toBeGreaterThanOrEqual(20 - 2);
  expect(gaps[1]!).toBeGreaterThanOrEqual(40 - 2);
  expect(gaps[2]!).toBeGreaterThanOrEqual(80 - 2);
});

test('neverReady: Running, never Ready; readyAfterMs delays readiness', async () => {
  sim = startSim({ images: { 'stuck:1': { neverReady: true }, 'slow:1': { readyAfterMs: 60 } } });
  const deployments = sim.rt('apps', 'deployments');
  sim.store.create(deployments, deployment('n', 'stuck:1'));
  const t0 = Date.now();
  sim.store.create(deployments, deployment('s', 'slow:1'));
  await waitFor(sim.store, () => firstPod(sim, 'slow:1')?.status?.containerStatuses?.[0]?.ready === true);
  expect(Date.now() - t0).toBeGreaterThanOrEqual(55);
  const stuck = firstPod(sim, 'stuck:1')!;
  expect(stuck.status.phase).toBe('Running');
  expect(stuck.status.containerStatuses[0]).toMatchObject({
    ready: false,
    started: true,
    state: { running: {} },
  });
  expect(sim.store.get(deployments, 'default', 'n')!.status.availableReplicas ?? 0).toBe(0);
});

test('killPod: the ReplicaSet replaces the pod; failPod: container terminated, restarted', async () => {
  sim = startSim({ timeScale: 0.002 });
  const deployments = sim.rt('apps', 'deployments');
  sim.store.create(deployments, deployment('k', 'k:1', { replicas: 2 }));
  await waitFor(sim.store, () => sim.store.get(deployments, 'default', 'k')?.status?.availableReplicas === 2);
  const [a, b] = sim.store.list(sim.rt('', 'pods'), 'default').items as [KubeObject, KubeObject];
  sim.controllers.killPod('default', a.metadata.name);
  await waitFor(sim.store, () => {
    const names = sim.store
      .list(sim.rt('', 'pods'), 'default')
      .items.filter((p) => p.status?.containerStatuses?.[0]?.ready)
      .map((p) => p.metadata.name);
    return names.length === 2 && !names.includes(a.metadata.name);
  });
  sim.controllers.failPod('default', b.metadata.name, 'OOMKilled');
  const failed = await waitFor(sim.store, () => {
    const p = sim.store.get(sim.rt('', 'pods'), 'default', b.metadata.name);
    return p?.status?.containerStatuses?.[0]?.lastState?.terminated?.reason === 'OOMKilled' && p;
  });
  expect(failed.status.containerStatuses[0].restartCount).toBe(1);
  await waitFor(
    sim.store,
    () =>
      sim.store.get(sim.rt('', 'pods'), 'default', b.metadata.name)?.status?.containerStatuses?.[0]?.ready ===
      true,
  );
  expect(() => sim.controllers.failPod('default', 'nope')).toThrow(/nope/);
});

test('bad image behaviour is rejected with the image and the allowed values', () => {
  sim = startSim();
  expect(() => sim.controllers.setImageBehaviour('x:1', { pullError: 'Nope' as 'ErrImagePull' })).toThrow(
    /x:1.*pullError must be "ErrImagePull" or "ImagePullBackOff".*Nope/,
  );
  expect(() => sim.controllers.setImageBehaviour('x:1', { readyAfterMs: -1 })).toThrow(
    /readyAfterMs must be a number >= 0 \(got -1\)/,
  );
});

test("a process pod is probed on its container's readinessProbe path: a 503 there keeps it unready", async () => {
  const server = fileURLToPath(new URL('./fixtures/echo-server.mjs', import.meta.url));
  sim = startSim({
    images: { 'probe:1': { process: { command: process.execPath, args: [server] } } },
    probeIntervalMs: 20,
  });
  const d = deployment('pr', 'probe:1');
  d.spec.template.spec.containers[0].readinessProbe = { httpGet: { path: '/unready', port: 8080 } };
  sim.store.create(sim.rt('apps', 'deployments'), d);
  const pod = await waitFor(
    sim.store,
    () => firstPod(sim, 'probe:1')?.status?.containerStatuses?.[0]?.started && firstPod(sim, 'probe:1'),
  );
  const deadline = Date.now() + 10_000;
  while (
    (sim.controllers.podLogs('default', pod!.metadata.name) ?? '').split('GET /unready').length < 4 &&
    Date.now() < deadline
  ) {
    await new Promise((r) => setTimeout(r, 20));
  }
  expect(sim.controllers.podLogs('default', pod!.metadata.name)).toContain(
    'GET /unready\nGET /unready\nGET /unready',
  );
  expect(firstPod(sim, 'probe:1')!.status.containerStatuses[0].ready).toBe(false);
});
