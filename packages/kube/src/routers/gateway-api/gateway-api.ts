/**
 * Gateway API: the HTTPRoute named after the app; every rule that sends traffic to the stable
 * Service gets backendRefs stable/canary(/baseline) with the weights (see ../weighted-routes.ts).
 */
import { weightedRouteRouter } from '../weighted-routes.ts';

interface BackendRef {
  name: string;
  port?: number;
  weight?: number;
  [k: string]: unknown;
}
interface Rule {
  backendRefs?: BackendRef[];
}
interface HTTPRoute {
  metadata: { name: string };
  spec?: { rules?: Rule[] };
}

export const gatewayApiRouter = weightedRouteRouter<HTTPRoute, Rule, BackendRef>({
  kind: 'HTTPRoute',
  api: { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes' },
  groups: (route) => route.spec?.rules,
  backends: (rule) => rule.backendRefs,
  setBackends: (rule, refs) => {
    rule.backendRefs = refs;
  },
  serviceOf: (ref) => ref.name,
  weightOf: (ref) => ref.weight,
  backend: (name, weight, stable, t) => {
    const port = stable?.port ?? t.port;
    return port === undefined ? { name, weight } : { name, port, weight };
  },
  missing: (t) => ({
    detail: `HTTPRoute ${t.app} has no rule with backendRef ${t.services.stable}`,
    hint: "Point a rule of the route at the app's Service first.",
  }),
});
