import type { KubeObject, Store } from '../store/store.ts';
import type { Kinds } from './kinds.ts';
import { isServiceRef, matchRule, routeAppliesTo } from './traffic.ts';

/** Where one request for a Service goes when a traffic router applies: weighted Services ("ns/name"). */
export interface Split {
  /** Identifies the router rule, so its weighted picker keeps state across requests. */
  key: string;
  backends: { id: string; weight: number }[];
}

export interface RequestInfo {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * The traffic split that applies to requests for `service`, checked in this order: a Gateway API HTTPRoute, an Istio
 * VirtualService, an ingress-nginx canary Ingress. Undefined when none does (plain round-robin over endpoints).
 */
export function routerSplit(
  store: Store,
  kinds: Kinds,
  ns: string,
  service: string,
  req: RequestInfo,
): Split | undefined {
  if (kinds.httproutes) {
    const route = store.list(kinds.httproutes, ns).items.find((r) => routeAppliesTo(r, service));
    if (route) return httpRouteSplit(route, ns, req);
  }
  if (kinds.virtualservices) {
    const vs = store
      .list(kinds.virtualservices, ns)
      .items.find((v) => virtualServiceAppliesTo(v, service, ns));
    if (vs) return virtualServiceSplit(vs, ns, req);
  }
  if (kinds.ingresses) return nginxCanarySplit(store.list(kinds.ingresses, ns).items, ns, service);
  return undefined;
}

/** The backends of the HTTPRoute rule matching the request (an empty list when no rule matches). */
export function httpRouteSplit(route: KubeObject, ns: string, req: RequestInfo): Split {
  const hit = matchRule(route, req.method, req.url, req.headers);
  const refs = (hit?.rule.backendRefs ?? []).filter(isServiceRef);
  return {
    key: `httproute:${ns}/${route.metadata.name}#${hit?.index ?? -1}`,
    backends: refs.map((b) => ({ id: `${b.namespace ?? ns}/${b.name}`, weight: b.weight ?? 1 })),
  };
}

interface IstioHttp {
  match?: { uri?: { exact?: string; prefix?: string; regex?: string }; method?: { exact?: string } }[];
  route?: { destination: { host: string }; weight?: number }[];
}

/** "web", "web.ns", "web.ns.svc", "web.ns.svc.cluster.local" → ["ns", "web"]. */
function hostService(host: string, ns: string): [string, string] {
  const [name, hostNs] = host.split('.');
  return [hostNs && hostNs !== 'svc' ? hostNs : ns, name ?? host];
}

function virtualServiceAppliesTo(vs: KubeObject, service: string, ns: string): boolean {
  const hosts = (vs.spec?.hosts ?? []) as string[];
  if (hosts.some((h) => hostService(h, ns).join('/') === `${ns}/${service}`)) return true;
  return ((vs.spec?.http ?? []) as IstioHttp[]).some((h) => {
    const first = h.route?.[0]?.destination.host;
    return first !== undefined && hostService(first, ns).join('/') === `${ns}/${service}`;
  });
}

function virtualServiceSplit(vs: KubeObject, ns: string, req: RequestInfo): Split {
  const path = req.url.split('?')[0] ?? '/';
  const http = (vs.spec?.http ?? []) as IstioHttp[];
  const index = http.findIndex((h) =>
    (h.match?.length ? h.match : [{}]).some((m) => {
      const u = m.uri;
      if (m.method?.exact && m.method.exact !== req.method) return false;
      if (u?.exact !== undefined) return path === u.exact;
      if (u?.prefix !== undefined) return path.startsWith(u.prefix);
      if (u?.regex !== undefined) return new RegExp(`^${u.regex}$`).test(path);
      return true;
    }),
  );
  const route = http[index]?.route ?? [];
  // Istio: a lone destination takes all traffic; with several, an unset weight is 0.
  return {
    key: `virtualservice:${ns}/${vs.metadata.name}#${index}`,
    backends: route.map((d) => ({
      id: hostService(d.destination.host, ns).join('/'),
      weight: d.weight ?? (route.length === 1 ? 100 : 0),
    })),
  };
}

interface IngressPath {
  backend?: { service?: { name: string } };
}
interface IngressRule {
  host?: string;
  http?: { paths?: IngressPath[] };
}

const CANARY = 'nginx.ingress.kubernetes.io/canary';
const CANARY_WEIGHT = 'nginx.ingress.kubernetes.io/canary-weight';
const CANARY_TOTAL = 'nginx.ingress.kubernetes.io/canary-weight-total';

/** ingress-nginx: a main Ingress routing to `service`, and a canary Ingress for the same host taking canary-weight. */
function nginxCanarySplit(ingresses: KubeObject[], ns: string, service: string): Split | undefined {
  const rules = (i: KubeObject): IngressRule[] => (i.spec?.rules ?? []) as IngressRule[];
  const backends = (i: KubeObject): string[] =>
    rules(i).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend?.service?.name ?? ''));
  const isCanary = (i: KubeObject): boolean => i.metadata.annotations?.[CANARY] === 'true';
  const main = ingresses.find((i) => !isCanary(i) && backends(i).includes(service));
  if (!main) return undefined;
  const host = rules(main)[0]?.host;
  const canary = ingresses.find(
    (i) => isCanary(i) && rules(i)[0]?.host === host && backends(i).some((b) => b && b !== service),
  );
  if (!canary) return undefined;
  const total = Number(canary.metadata.annotations?.[CANARY_TOTAL] ?? 100);
  const weight = Math.min(total, Math.max(0, Number(canary.metadata.annotations?.[CANARY_WEIGHT] ?? 0)));
  const canaryService = backends(canary).find((b) => b && b !== service)!;
  return {
    key: `ingress:${ns}/${canary.metadata.name}`,
    backends: [
      { id: `${ns}/${service}`, weight: total - weight },
      { id: `${ns}/${canaryService}`, weight },
    ],
  };
}
