/**
 * Canary traffic routers, the weight matrix on real pods, the progress deadline and a watch that
 * keeps closing — against kube-sim with the real client-node.
 */
import { runDeploy, type DeployOptions } from '../deploy.ts';
import { parseManifests } from '../manifests.ts';
import { splitReplicas } from '../weights.ts';
import { appManifests, deployOptions, useKubeSim } from './test-utils.ts';

const fx = useKubeSim('kube-routers', { 'reg/slow:*': { neverReady: true }, 'reg/*': { readyAfterMs: 5 } });
const app = (name: string, replicas: number, deadline = 600) =>
  appManifests(name, replicas, { progressDeadlineSeconds: deadline });

const opts = (name: string, over: Partial<DeployOptions>): DeployOptions =>
  deployOptions(fx.kube, name, over);

const canary = (name: string, over: Partial<DeployOptions> = {}) =>
  runDeploy(
    opts(name, { strategy: 'canary', version: '2.0.0', images: [{ ref: 'reg/web:2.0.0' }], ...over }),
  );

test('gateway-api: HTTPRoute backendRefs carry the weights; stable keeps its pods; promote resets', async () => {
  await runDeploy(opts('gw', { manifests: app('gw', 3) }));
  await fx.kube.custom.createNamespacedCustomObject({
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    namespace: 'default',
    plural: 'httproutes',
    body: {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'gw' },
      spec: { parentRefs: [{ name: 'gateway' }], rules: [{ backendRefs: [{ name: 'gw', port: 80 }] }] },
    },
  });
  const r = await canary('gw', { router: 'gateway-api', canaryWeight: 5, baseline: true });
  expect(r).toMatchObject({ status: 'succeeded', requestedWeight: 5, effectiveWeight: 5 });
  const route = (await fx.kube.custom.getNamespacedCustomObject({
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    namespace: 'default',
    plural: 'httproutes',
    name: 'gw',
  })) as { spec: { rules: { backendRefs: unknown[] }[] } };
  expect(route.spec.rules[0]?.backendRefs).toEqual([
    { name: 'gw', port: 80, weight: 90 },
    { name: 'gw-canary', port: 80, weight: 5 },
    { name: 'gw-baseline', port: 80, weight: 5 },
  ]);
  expect(
    (await fx.kube.apps.readNamespacedDeployment({ name: 'gw', namespace: 'default' })).spec?.replicas,
  ).toBe(3);
  const canarySvc = await fx.kube.core.readNamespacedService({ name: 'gw-canary', namespace: 'default' });
  expect(canarySvc.spec?.selector).toEqual({ 'shipgate.dev/track': 'canary', 'shipgate.dev/app': 'gw' });
  // the app's own Service must not select canary pods (they carry app=gw-canary)
  const canaryPods = await fx.kube.core.listNamespacedPod({
    namespace: 'default',
    labelSelector: 'shipgate.dev/track=canary,shipgate.dev/app=gw',
  });
  expect(canaryPods.items.every((p) => p.metadata?.labels?.app === 'gw-canary')).toBe(true);
  await runDeploy(
    opts('gw', {
      strategy: 'canary',
      mode: 'promote',
      version: '2.0.0',
      router: 'gateway-api',
      baseline: true,
    }),
  );
  const after = (await fx.kube.custom.getNamespacedCustomObject({
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    namespace: 'default',
    plural: 'httproutes',
    name: 'gw',
  })) as { spec: { rules: { backendRefs: unknown[] }[] } };
  expect(after.spec.rules[0]?.backendRefs).toEqual([{ name: 'gw', port: 80, weight: 100 }]);
});

test('istio: VirtualService route weights; abort removes the canary', async () => {
  await runDeploy(opts('vs', { manifests: app('vs', 2) }));
  await fx.kube.custom.createNamespacedCustomObject({
    group: 'networking.istio.io',
    version: 'v1',
    namespace: 'default',
    plural: 'virtualservices',
    body: {
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      metadata: { name: 'vs' },
      spec: { hosts: ['vs'], http: [{ route: [{ destination: { host: 'vs' } }] }] },
    },
  });
  const r = await canary('vs', { router: 'istio', canaryWeight: 20 });
  expect(r).toMatchObject({ status: 'succeeded', effectiveWeight: 20 });
  const vs = (await fx.kube.custom.getNamespacedCustomObject({
    group: 'networking.istio.io',
    version: 'v1',
    namespace: 'default',
    plural: 'virtualservices',
    name: 'vs',
  })) as { spec: { http: { route: unknown[] }[] } };
  expect(vs.spec.http[0]?.route).toEqual([
    { destination: { host: 'vs' }, weight: 80 },
    { destination: { host: 'vs-canary' }, weight: 20 },
  ]);
  const a = await runDeploy(
    opts('vs', { strategy: 'canary', mode: 'abort', version: '2.0.0', router: 'istio' }),
  );
  expect(a.status).toBe('rolled-back');
  await expect(
    fx.kube.apps.readNamespacedDeployment({ name: 'vs-canary', namespace: 'default' }),
  ).rejects.toMatchObject({ code: 404 });
});

test('nginx: a canary Ingress with canary-weight; baseline is refused before any change', async () => {
  await runDeploy(opts('ng', { manifests: app('ng', 2) }));
  const ingress = parseManifests(
    `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: ng}
spec:
  rules: [{host: ng.example.com, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: ng, port: {number: 80}}}}]}}]
`,
    'ing.yaml',
  )[0];
  await fx.kube.networking.createNamespacedIngress({ namespace: 'default', body: ingress as never });
  const seq = fx.sim.audit.lastSeq();
  await expect(canary('ng', { router: 'nginx', canaryWeight: 15, baseline: true })).rejects.toThrow(
    /baseline/,
  );
  expect(fx.sim.audit.mutations(seq).filter((e) => e.resource !== 'leases')).toEqual([]);
  const r = await canary('ng', { router: 'nginx', canaryWeight: 15 });
  expect(r).toMatchObject({ status: 'succeeded', effectiveWeight: 15 });
  const ing = await fx.kube.networking.readNamespacedIngress({ name: 'ng-canary', namespace: 'default' });
  expect(ing.metadata?.annotations).toMatchObject({
    'nginx.ingress.kubernetes.io/canary': 'true',
    'nginx.ingress.kubernetes.io/canary-weight': '15',
  });
  expect(ing.spec?.rules?.[0]?.http?.paths[0]?.backend.service?.name).toBe('ng-canary');
  await runDeploy(opts('ng', { strategy: 'canary', mode: 'abort', version: '2.0.0', router: 'nginx' }));
  await expect(
    fx.kube.networking.readNamespacedIngress({ name: 'ng-canary', namespace: 'default' }),
  ).rejects.toMatchObject({ code: 404 });
});

test.each([
  [4, 25],
  [10, 10],
  [3, 25],
  [5, 10],
])('weight matrix on real pods: %i replicas at %i%%', async (replicas, pct) => {
  const name = `m${replicas}x${pct}`;
  await runDeploy(opts(name, { manifests: app(name, replicas) }));
  const r = await canary(name, { canaryWeight: pct });
  const want = splitReplicas(replicas, pct);
  expect(r.status).toBe('succeeded');
  expect(r.effectiveWeight).toBe(want.effectivePercent);
  const pods = await fx.kube.core.listNamespacedPod({ namespace: 'default', labelSelector: `app=${name}` });
  const ready = pods.items.filter(
    (p) =>
      !p.metadata?.deletionTimestamp &&
      p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
  );
  const canaryReady = ready.filter((p) => p.metadata?.labels?.['shipgate.dev/track'] === 'canary').length;
  expect(canaryReady).toBe(want.canary);
  expect(ready.length - canaryReady).toBe(want.stable);
});

test('progress deadline exceeded: reported and rolled back (fault #2)', async () => {
  await runDeploy(opts('pd', { manifests: app('pd', 2, 1) }));
  const r = await runDeploy(opts('pd', { version: '1.1.0', images: [{ ref: 'reg/slow:1.1.0' }] }));
  expect(r.status).toBe('rolled-back');
  expect(r.message).toMatch(/exceeded its progress deadline/);
  expect(r.problems.some((p) => p.reason === 'NotReady')).toBe(true);
  expect(
    (await fx.kube.apps.readNamespacedDeployment({ name: 'pd', namespace: 'default' })).spec?.template?.spec
      ?.containers[0]?.image,
  ).toBe('reg/web:1.0.0');
});

test('the action’s own timeout ends a rollout that never becomes ready', async () => {
  await runDeploy(opts('to', { manifests: app('to', 1) }));
  const r = await runDeploy(
    opts('to', {
      version: '1.1.0',
      images: [{ ref: 'reg/slow:1.1.0' }],
      timeoutMs: 1_500,
      autoRollback: false,
    }),
  );
  expect(r.status).toBe('failed');
  expect(r.message).toMatch(/did not finish rolling out in time/);
});

test('a watch that keeps dropping is re-established from a fresh GET (fault #6)', async () => {
  await runDeploy(opts('wd', { manifests: app('wd', 2) }));
  fx.sim.faults.inject({ verb: 'watch', resource: 'deployments', drop: true, count: 3 });
  const r = await runDeploy(opts('wd', { version: '1.1.0', images: [{ ref: 'reg/web:1.1.0' }] }));
  expect(r.status).toBe('succeeded');
});
