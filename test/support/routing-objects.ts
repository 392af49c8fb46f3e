/**
 * The routing objects of each traffic router as a user would have them before a canary (an
 * HTTPRoute, a VirtualService, an Ingress), and their live weights per backend Service read back
 * from the cluster — what a gateway, mesh or ingress controller would route by. For the router
 * tests of deploy, canary-monitor and rollback.
 */
import type { KubeClient, RouterName } from '@shipgate/kube';

export interface RouterCase {
  router: RouterName;
  /** Prefix of the test apps' names. */
  short: string;
  baseline: boolean;
  create(kube: KubeClient, app: string): Promise<void>;
  /** The weights per Service the object must show with the canary at `weight`. */
  expected(app: string, weight: number): Record<string, number>;
}

const GATEWAY = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes' };
const ISTIO = { group: 'networking.istio.io', version: 'v1', plural: 'virtualservices' };
const NGINX_WEIGHT = 'nginx.ingress.kubernetes.io/canary-weight';

/** Creates a custom object (`api`: GATEWAY or ISTIO) in the default namespace. */
async function createCustom(kube: KubeClient, api: typeof GATEWAY, body: object): Promise<void> {
  await kube.custom.createNamespacedCustomObject({ ...api, namespace: 'default', body });
}

export const ROUTING: RouterCase[] = [
  {
    router: 'gateway-api',
    short: 'gw',
    baseline: true,
    create: (kube, app) =>
      createCustom(kube, GATEWAY, {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: app },
        spec: { parentRefs: [{ name: 'gateway' }], rules: [{ backendRefs: [{ name: app, port: 80 }] }] },
      }),
    // With a baseline of the canary's size: stable gives up twice the canary's weight.
    expected: (app, w) => ({ [app]: 100 - 2 * w, [`${app}-canary`]: w, [`${app}-baseline`]: w }),
  },
  {
    router: 'istio',
    short: 'vs',
    baseline: false,
    create: (kube, app) =>
      createCustom(kube, ISTIO, {
        apiVersion: 'networking.istio.io/v1',
        kind: 'VirtualService',
        metadata: { name: app },
        spec: { hosts: [app], http: [{ route: [{ destination: { host: app } }] }] },
      }),
    expected: (app, w) => ({ [app]: 100 - w, [`${app}-canary`]: w }),
  },
  {
    router: 'nginx',
    short: 'ng',
    baseline: false,
    create: async (kube, app) => {
      await kube.networking.createNamespacedIngress({
        namespace: 'default',
        body: {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'Ingress',
          metadata: { name: app },
          spec: {
            rules: [
              {
                host: `${app}.example.com`,
                http: {
                  paths: [
                    {
                      path: '/',
                      pathType: 'Prefix',
                      backend: { service: { name: app, port: { number: 80 } } },
                    },
                  ],
                },
              },
            ],
          },
        },
      });
    },
    expected: (app, w) => ({ [app]: 100 - w, [`${app}-canary`]: w }),
  },
];

/** Live weight per backend Service, as the router's object says (a missing weight is Gateway API's and Istio's default share). */
export async function liveWeights(
  kube: KubeClient,
  rc: RouterCase,
  app: string,
): Promise<Record<string, number>> {
  if (rc.router === 'gateway-api') {
    const route = (await kube.custom.getNamespacedCustomObject({
      ...GATEWAY,
      namespace: 'default',
      name: app,
    })) as {
      spec: { rules: { backendRefs: { name: string; weight?: number }[] }[] };
    };
    const refs = route.spec.rules[0]!.backendRefs;
    return Object.fromEntries(refs.map((b) => [b.name, b.weight ?? Math.round(100 / refs.length)]));
  }
  if (rc.router === 'istio') {
    const vs = (await kube.custom.getNamespacedCustomObject({
      ...ISTIO,
      namespace: 'default',
      name: app,
    })) as {
      spec: { http: { route: { destination: { host: string }; weight?: number }[] }[] };
    };
    const route = vs.spec.http[0]!.route;
    return Object.fromEntries(
      route.map((d) => [d.destination.host, d.weight ?? Math.round(100 / route.length)]),
    );
  }
  const canary = await kube.networking
    .readNamespacedIngress({ name: `${app}-canary`, namespace: 'default' })
    .catch((error: { code?: number }) => {
      if (error.code === 404) return undefined;
      throw error;
    });
  const w = Number(canary?.metadata?.annotations?.[NGINX_WEIGHT] ?? 0);
  return canary ? { [app]: 100 - w, [`${app}-canary`]: w } : { [app]: 100 };
}
