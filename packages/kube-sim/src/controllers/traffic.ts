import type { KubeObject } from '../store/store.ts';

/** A backendRef of an HTTPRoute rule (kind Service in the route's namespace unless given). */
export interface BackendRef {
  name: string;
  namespace?: string;
  kind?: string;
  group?: string;
  weight?: number;
  port?: number;
}

interface RouteMatch {
  path?: { type?: string; value?: string };
  headers?: { type?: string; name: string; value: string }[];
  method?: string;
}

export interface RouteRule {
  matches?: RouteMatch[];
  backendRefs?: BackendRef[];
}

/** The first rule of the route whose matches accept the request (a rule without matches accepts all). */
export function matchRule(
  route: KubeObject,
  method: string,
  url: string,
  headers: Record<string, string | string[] | undefined>,
): { rule: RouteRule; index: number } | undefined {
  const path = url.split('?')[0] ?? '/';
  const rules = (route.spec?.rules ?? []) as RouteRule[];
  for (const [index, rule] of rules.entries()) {
    const matches = rule.matches?.length ? rule.matches : [{}];
    if (matches.some((m) => matchOne(m, method, path, headers))) return { rule, index };
  }
  return undefined;
}

function matchOne(
  m: RouteMatch,
  method: string,
  path: string,
  headers: Record<string, string | string[] | undefined>,
): boolean {
  if (m.method && m.method !== method) return false;
  const want = m.path?.value ?? '/';
  const type = m.path?.type ?? 'PathPrefix';
  if (type === 'Exact' && path !== want) return false;
  if (
    type === 'PathPrefix' &&
    !(want === '/' || path === want || path.startsWith(want.endsWith('/') ? want : `${want}/`))
  )
    return false;
  if (type === 'RegularExpression' && !new RegExp(`^${want}$`).test(path)) return false;
  for (const h of m.headers ?? []) {
    const v = headers[h.name.toLowerCase()];
    const got = Array.isArray(v) ? v.join(',') : v;
    if (
      (h.type ?? 'Exact') === 'Exact'
        ? got !== h.value
        : !(got !== undefined && new RegExp(h.value).test(got))
    )
      return false;
  }
  return true;
}

/** Whether an HTTPRoute applies to traffic for `service`: a Service parentRef (GAMMA), or its rules' first backendRef. */
export function routeAppliesTo(route: KubeObject, service: string): boolean {
  const parents = (route.spec?.parentRefs ?? []) as { kind?: string; group?: string; name: string }[];
  if (parents.some((p) => p.kind === 'Service' && (p.group ?? '') === '' && p.name === service)) return true;
  return ((route.spec?.rules ?? []) as RouteRule[]).some(
    (r) => isServiceRef(r.backendRefs?.[0]) && r.backendRefs?.[0]?.name === service,
  );
}

export function isServiceRef(b: BackendRef | undefined): boolean {
  return Boolean(b) && (b!.kind ?? 'Service') === 'Service' && (b!.group ?? '') === '';
}

/**
 * Smooth weighted round-robin (as nginx does): over any window of sum(weights) picks each backend exactly weight
 * times, interleaved, so a 1:3 split is visible in a handful of requests.
 */
export class WeightedPicker {
  private readonly current = new Map<string, number>();

  pick(items: { id: string; weight: number }[]): string | undefined {
    const live = items.filter((i) => i.weight > 0);
    if (live.length === 0) return undefined;
    const total = live.reduce((n, i) => n + i.weight, 0);
    let best: { id: string; weight: number } | undefined;
    for (const i of live) {
      const c = (this.current.get(i.id) ?? 0) + i.weight;
      this.current.set(i.id, c);
      if (!best || c > this.current.get(best.id)!) best = i;
    }
    this.current.set(best!.id, this.current.get(best!.id)! - total);
    return best!.id;
  }
}
