import type { KubeObject, OwnerReference, ResourceType, Store } from '../store/store.ts';
import { labelSelectorFromObject } from '../store/selectors.ts';

/** The resource types the controllers read and write, looked up once from the store. */
export interface Kinds {
  pods: ResourceType;
  replicasets: ResourceType;
  deployments: ResourceType;
  services: ResourceType;
  endpoints: ResourceType;
  events: ResourceType;
  jobs: ResourceType;
  configmaps: ResourceType;
  secrets: ResourceType;
  httproutes: ResourceType | undefined;
  virtualservices: ResourceType | undefined;
  ingresses: ResourceType | undefined;
}

export function resolveKinds(store: Store): Kinds {
  const need = (group: string, resource: string): ResourceType => {
    const rt = store.type(group, resource);
    if (!rt) throw new Error(`kube-sim controllers: the store does not serve ${group || 'core'}/${resource}`);
    return rt;
  };
  return {
    pods: need('', 'pods'),
    replicasets: need('apps', 'replicasets'),
    deployments: need('apps', 'deployments'),
    services: need('', 'services'),
    endpoints: need('', 'endpoints'),
    events: need('', 'events'),
    jobs: need('batch', 'jobs'),
    configmaps: need('', 'configmaps'),
    secrets: need('', 'secrets'),
    httproutes: store.type('gateway.networking.k8s.io', 'httproutes'),
    virtualservices: store.type('networking.istio.io', 'virtualservices'),
    ingresses: store.type('networking.k8s.io', 'ingresses'),
  };
}

/** "namespace/name" — the key every controller queue uses. */
export function keyOf(o: KubeObject): string {
  return `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
}

export function splitKey(key: string): [string, string] {
  const i = key.indexOf('/');
  return [key.slice(0, i), key.slice(i + 1)];
}

export function controllerOf(o: KubeObject): OwnerReference | undefined {
  return (o.metadata.ownerReferences ?? []).find((r) => r.controller);
}

export function ownerRefTo(owner: KubeObject): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid!,
    controller: true,
    blockOwnerDeletion: true,
  };
}

export function selectorMatches(selector: unknown, labels: Record<string, string> | undefined): boolean {
  const s = selector as { matchLabels?: object; matchExpressions?: unknown[] } | undefined;
  // An empty selector selects nothing for controllers (upstream: "empty selector matches nothing" for workloads).
  if (!s || (Object.keys(s.matchLabels ?? {}).length === 0 && (s.matchExpressions ?? []).length === 0))
    return false;
  return labelSelectorFromObject(selector)(labels);
}

/** Services use a plain map selector. */
export function mapSelectorMatches(
  selector: Record<string, string> | undefined,
  labels: Record<string, string> | undefined,
): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

/** Kubernetes timestamps: RFC 3339 at second precision. */
export function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  lastUpdateTime?: string;
  lastTransitionTime?: string;
  lastProbeTime?: string | null;
}

export function getCondition(
  status: { conditions?: Condition[] } | undefined,
  type: string,
): Condition | undefined {
  return (status?.conditions ?? []).find((c) => c.type === type);
}

/** Sets a condition, keeping lastTransitionTime when the status did not change (upstream SetDeploymentCondition). */
export function setCondition(status: { conditions?: Condition[] }, next: Condition): void {
  const current = getCondition(status, next.type);
  if (current && current.status === next.status && current.reason === next.reason) return;
  if (current && current.status === next.status) next.lastTransitionTime = current.lastTransitionTime;
  status.conditions = [...(status.conditions ?? []).filter((c) => c.type !== next.type), next];
}

export function removeCondition(status: { conditions?: Condition[] }, type: string): void {
  if (status.conditions) status.conditions = status.conditions.filter((c) => c.type !== type);
}

/** Whether an error from the store is worth retrying (conflicts, or an object that changed under us). */
export function isRetryable(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return code === 409;
}

export function isNotFound(err: unknown): boolean {
  return (err as { code?: unknown })?.code === 404;
}

/** Deep equality over JSON values. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * A canonical form for comparing and hashing API objects: keys sorted, and null, empty maps and empty lists dropped
 * (what Go's omitempty does on a round trip, so a template read back from kubectl compares equal).
 */
export function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const c = canonical((v as Record<string, unknown>)[k]);
      if (c === null || c === undefined) continue;
      if (typeof c === 'object' && Object.keys(c).length === 0) continue;
      out[k] = c;
    }
    return out;
  }
  return v;
}
