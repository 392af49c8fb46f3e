import { fileURLToPath } from 'node:url';
import type { KubeObject } from '../store/store.ts';
import { deployment, startSim, waitFor, type Sim } from './test-helpers.ts';

const server = fileURLToPath(new URL('./fixtures/echo-server.mjs', import.meta.url));
let sim: Sim;

beforeAll(async () => {
  sim = startSim({
    images: {
      'web:*': { process: { command: process.execPath, args: [server], readinessPath: '/healthz' } },
    },
  });
  const deployments = sim.rt('apps', 'deployments');
  const services = sim.rt('', 'services');
  for (const [name, track, replicas, version] of [
    ['web-stable', 'stable', 3, 'v1'],
    ['web-canary', 'canary', 1, 'v2'],
  ] as const) {
    const d = deployment(name, `web:${version}`, { replicas, labels: { app: 'web', track } });
    d.spec.template.spec.containers[0].env = [{ name: 'VERSION', value: version }];
    sim.store.create(deployments, d);
    sim.store.create(services, service(name, { app: 'web', track }));
  }
  sim.store.create(services, service('web', { app: 'web' }));
  await waitFor(sim.store, () => readyAddresses('web') === 4, 20_000, 'four ready endpoints');
  await sim.controllers.idle();
});
afterAll(() => sim?.stop());

function service(name: string, selector: Record<string, string>): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default' },
    spec: { selector, ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
  };
}

function readyAddresses(name: string): number {
  const ep = sim.store.get(sim.rt('', 'endpoints'), 'default', name);
  return ((ep?.['subsets'] as { addresses?: unknown[] }[] | undefined) ?? []).reduce(
    (n, s) => n + (s.addresses?.length ?? 0),
    0,
  );
}

async function hit(port: number, n: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const res = await fetch(`http://127.0.0.1:${port}/hello`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { version: string };
    counts[body.version] = (counts[body.version] ?? 0) + 1;
  }
  return counts;
}

test('Endpoints list the ready pods with the resolved target port', () => {
  const ep = sim.store.get(sim.rt('', 'endpoints'), 'default', 'web')!;
  const [subset] = ep['subsets'] as [
    { addresses: { ip: string; targetRef: { kind: string } }[]; ports: unknown[] },
  ];
  expect(subset.ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
  expect(subset.addresses.every((a) => /^127\.0\./.test(a.ip) && a.targetRef.kind === 'Pod')).toBe(true);
});

test('a canary by replica ratio (1 of 4 pods) carries a quarter of real requests through the Service proxy', async () => {
  const port = sim.controllers.servicePort('default', 'web')!;
  expect(port).toBeGreaterThan(0);
  expect(await hit(port, 40)).toEqual({ v1: 30, v2: 10 });
  expect(await hit(sim.controllers.servicePort('default', 'web-canary')!, 3)).toEqual({ v2: 3 });
});

test('HTTPRoute backendRef weights decide, on the route proxy and on the Service the route is attached to', async () => {
  const routes = sim.rt('gateway.networking.k8s.io', 'httproutes');
  sim.store.create(routes, {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      parentRefs: [{ group: '', kind: 'Service', name: 'web' }],
      rules: [
        {
          backendRefs: [
            { name: 'web-stable', port: 80, weight: 90 },
            { name: 'web-canary', port: 80, weight: 10 },
          ],
        },
      ],
    },
  });
  await sim.controllers.idle();
  expect(await hit(sim.controllers.routePort('default', 'web')!, 100)).toEqual({ v1: 90, v2: 10 });
  expect(await hit(sim.controllers.servicePort('default', 'web')!, 20)).toEqual({ v1: 18, v2: 2 });
  const route = sim.store.get(routes, 'default', 'web')!;
  route.spec.rules[0].backendRefs[1].weight = 0;
  sim.store.update(routes, route);
  expect(await hit(sim.controllers.servicePort('default', 'web')!, 10)).toEqual({ v1: 10 });
  sim.store.delete(routes, 'default', 'web');
  await sim.controllers.idle();
  expect(sim.controllers.routePort('default', 'web')).toBeUndefined();
  expect(await hit(sim.controllers.servicePort('default', 'web')!, 8)).toEqual({ v1: 6, v2: 2 });
});

test('an Istio VirtualService and an ingress-nginx canary Ingress split the Service by their weights', async () => {
  const vsType = sim.rt('networking.istio.io', 'virtualservices');
  sim.store.create(vsType, {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      hosts: ['web-stable.default.svc.cluster.local'],
      http: [
        { match: [{ uri: { prefix: '/v2-only' } }], route: [{ destination: { host: 'web-canary' } }] },
        {
          route: [
            { destination: { host: 'web-stable' }, weight: 80 },
            { destination: { host: 'web-canary' }, weight: 20 },
          ],
        },
      ],
    },
  });
  const port = sim.controllers.servicePort('default', 'web-stable')!;
  expect(await hit(port, 50)).toEqual({ v1: 40, v2: 10 });
  const only = await (await fetch(`http://127.0.0.1:${port}/v2-only/x`)).json();
  expect(only).toMatchObject({ version: 'v2', path: '/v2-only/x' });
  sim.store.delete(vsType, 'default', 'web');
  expect(await hit(port, 6)).toEqual({ v1: 6 });

  const ingresses = sim.rt('networking.k8s.io', 'ingresses');
  const ingress = (name: string, service: string, annotations?: Record<string, string>): KubeObject => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, namespace: 'default', ...(annotations ? { annotations } : {}) },
    spec: {
      rules: [
        {
          host: 'shop.example',
          http: {
            paths: [
              {
                path: '/',
                pathType: 'Prefix',
                backend: { service: { name: service, port: { number: 80 } } },
              },
            ],
          },
        },
      ],
    },
  });
  sim.store.create(ingresses, ingress('web', 'web-stable'));
  sim.store.create(
    ingresses,
    ingress('web-canary', 'web-canary', {
      'nginx.ingress.kubernetes.io/canary': 'true',
      'nginx.ingress.kubernetes.io/canary-weight': '25',
    }),
  );
  expect(await hit(port, 40)).toEqual({ v1: 30, v2: 10 });
  sim.store.delete(ingresses, 'default', 'web-canary');
  sim.store.delete(ingresses, 'default', 'web');
});

test('a pod process that exits is seen as a terminated container (restartCount, exit code); its output is the pod log', async () => {
  const pods = sim.rt('', 'pods');
  const canary = sim.store.list(pods, 'default', { labelSelector: 'track=canary' }).items[0]!;
  const log = sim.controllers.podLogs('default', canary.metadata.name)!;
  const pid = Number(/pid (\d+) listening/.exec(log)?.[1]);
  expect(pid).toBeGreaterThan(0);
  // Kill it from outside: the kubelet sees the exit, marks the container terminated and restarts it.
  process.kill(pid, 'SIGKILL');
  const restarted = await waitFor(
    sim.store,
    () => {
      const p = sim.store.get(pods, 'default', canary.metadata.name);
      const cs = p?.status?.containerStatuses?.[0];
      return cs?.restartCount === 1 && p;
    },
    5000,
    'restart',
  );
  expect(restarted.status.containerStatuses[0].lastState.terminated.exitCode).toBe(137);
  sim.controllers.killPod('default', canary.metadata.name);
  await waitFor(sim.store, () => readyAddresses('web-canary') === 1, 20_000, 'replacement canary');
});

test('stop() kills the processes and closes the proxies', async () => {
  const pods = sim.store.list(sim.rt('', 'pods'), 'default').items;
  const pids = pods
    .map((p) =>
      Number(/pid (\d+) listening/.exec(sim.controllers.podLogs('default', p.metadata.name) ?? '')?.[1]),
    )
    .filter((n) => n > 0);
  expect(pids.length).toBe(4);
  const port = sim.controllers.servicePort('default', 'web')!;
  await sim.stop();
  // Signal 0 probes a pid: ESRCH means no such process (EPERM would mean it still runs).
  for (const pid of pids)
    expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toMatchObject({
    cause: { code: 'ECONNREFUSED' },
  });
});
