/**
 * Istio: the VirtualService named after the app; every HTTP route whose destinations include the
 * stable host gets destinations stable/canary(/baseline) with weights (see ../weighted-routes.ts).
 */
import { weightedRouteRouter } from '../weighted-routes.ts';

interface Destination {
  destination: { host: string; port?: unknown; subset?: string };
  weight?: number;
}
interface HttpRoute {
  route?: Destination[];
}
interface VirtualService {
  metadata: { name: string };
  spec?: { http?: HttpRoute[] };
}

export const istioRouter = weightedRouteRouter<VirtualService, HttpRoute, Destination>({
  kind: 'VirtualService',
  api: { group: 'networking.istio.io', version: 'v1', plural: 'virtualservices' },
  groups: (vs) => vs.spec?.http,
  backends: (h) => h.route,
  setBackends: (h, route) => {
    h.route = route;
  },
  serviceOf: (d) => d.destination.host,
  weightOf: (d) => d.weight,
  backend: (host, weight, stable) => {
    const port = stable?.destination.port;
    return { destination: port === undefined ? { host } : { host, port }, weight };
  },
  missing: (t) => ({
    detail: `VirtualService ${t.app} has no http route to host ${t.services.stable}`,
  }),
});
