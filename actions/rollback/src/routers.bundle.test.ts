/**
 * Canary rollbacks through each traffic router the record names (Gateway API HTTPRoute, Istio
 * VirtualService, NGINX canary Ingress), through the built bundle against kube-sim: after the
 * rollback the live routing objects send everything to stable and the canary's objects are gone.
 * Build first: npm run build -- rollback
 */
import { parseManifests, type KubeClient, type RouterName } from '@shipgate/kube';
import type { KubeSim } from '@shipgate/kube-sim';
import {
  appManifests,
  deploy,
  deploymentOf,
  leaseHolder,
  putSecret,
  startWorld,
  type World,
} from './test-setup.ts';

let w: World;
let sim: KubeSim;
let kube: KubeClient;

beforeAll(async () => {
  w = await startWorld('routers', ['v1.0.0', 'v1.1.0']);
  ({ sim, kube } = w);
});
afterAll(() => w.stop());

const HTTPROUTES = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes' };
const VIRTUALSERVICES = { group: 'networking.istio.io', version: 'v1', plural: 'virtualservices' };

/** The routing object each router weights, created as a user would before the first canary. */
const routes: Record<Exclude<RouterName, 'replicas'>, (app: string) => Promise<unknown>> = {
  'gateway-api': (app) =>
    kube.custom.createNamespacedCustomObject({
      ...HTTPROUTES,
      namespace: 'default',
      body: {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: app },
        spec: { parentRefs: [{ name: 'gateway' }], rules: [{ backendRefs: [{ name: app, port: 80 }] }] },
      },
    }),
  istio: (app) =>
    kube.custom.createNamespacedCustomObject({
      ...VIRTUALSERVICES,
      namespace: 'default',
      body: {
        apiVersion: 'networking.istio.io/v1',
        kind: 'VirtualService',
        metadata: { name: app },
        spec: { hosts: [app], http: [{ route: [{ destination: { host: app } }] }] },
      },
    }),
  nginx: (app) =>
    kube.networking.createNamespacedIngress({
      namespace: 'default',
      body: parseManifests(
        `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: ${app}}
spec:
  rules: [{host: ${app}.example.com, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: ${app}, port: {number: 80}}}}]}}]
`,
        'ingress.yaml',
      )[0] as never,
    }),
};

/** What the router's objects say about traffic, in one comparable shape. */
async function routing(router: RouterName, app: string): Promise<unknown> {
  if (router === 'gateway-api') {
    const r = (await kube.custom.getNamespacedCustomObject({
      ...HTTPROUTES,
      namespace: 'default',
      name: app,
    })) as {
      spec: { rules: { backendRefs: unknown[] }[] };
    };
    return r.spec.rules.map((rule) => rule.backendRefs);
  }
  if (router === 'istio') {
    const vs = (await kube.custom.getNamespacedCustomObject({
      ...VIRTUALSERVICES,
      namespace: 'default',
      name: app,
    })) as { spec: { http: { route: unknown[] }[] } };
    return vs.spec.http.map((h) => h.route);
  }
  const canary = await kube.networking
    .readNamespacedIngress({ name: `${app}-canary`, namespace: 'default' })
    .catch((e: { code?: number }) => (e.code === 404 ? undefined : Promise.reject(e)));
  const main = await kube.networking.readNamespacedIngress({ name: app, namespace: 'default' });
  return {
    main: main.spec?.rules?.[0]?.http?.paths[0]?.backend.service?.name,
    canaryWeight: canary?.metadata?.annotations?.['nginx.ingress.kubernetes.io/canary-weight'],
  };
}

test.each([
  [
    'gateway-api',
    'gw',
    [
      [
        { name: 'gw', port: 80, weight: 75 },
        { name: 'gw-canary', port: 80, weight: 25 },
      ],
    ],
    [[{ name: 'gw', port: 80, weight: 100 }]],
  ],
  [
    'istio',
    'vs',
    [
      [
        { destination: { host: 'vs' }, weight: 75 },
        { destination: { host: 'vs-canary' }, weight: 25 },
      ],
    ],
    [[{ destination: { host: 'vs' }, weight: 100 }]],
  ],
  ['nginx', 'ng', { main: 'ng', canaryWeight: '25' }, { main: 'ng', canaryWeight: undefined }],
] as const)(
  'canary through %s: after the rollback the routing sends all traffic to stable and the canary is gone',
  async (router, app, during, after) => {
    await putSecret(kube, app, 's');
    await deploy(kube, app, '1.0.0', { manifests: appManifests(app, 'reg/web:1.0.0', 4) });
    await routes[router](app);
    await deploy(kube, app, '1.1.0', { strategy: 'canary', router, canaryWeight: 25 });
    expect(await routing(router, app)).toEqual(during);
    const r = await w.rollback({ app, reason: 'error rate 5%' });
    expect(r.stdout).not.toMatch(/::error/);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ status: 'rolled-back', strategy: 'canary', 'to-version': '1.0.0' });
    expect(await routing(router, app)).toEqual(after);
    expect(deploymentOf(sim, `${app}-canary`)).toBeUndefined();
    expect(sim.store.get(sim.store.type('', 'services')!, 'default', `${app}-canary`)).toBeUndefined();
    expect(deploymentOf(sim, app)?.spec.replicas).toBe(4);
    expect(deploymentOf(sim, app)?.spec.template.spec.containers[0].image).toBe('reg/web:1.0.0');
    expect(leaseHolder(sim, app)).toBeUndefined();
  },
);
