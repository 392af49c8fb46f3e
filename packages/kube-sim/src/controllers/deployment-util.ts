import type { KubeObject } from '../store/store.ts';
import { canonical, jsonEqual } from './kinds.ts';

// Upstream names (pkg/controller/deployment/util/deployment_util.go).
export const REVISION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS = 'deployment.kubernetes.io/max-replicas';
export const HASH_LABEL = 'pod-template-hash';
const NOT_COPIED = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION,
  REVISION_HISTORY,
  DESIRED_REPLICAS,
  MAX_REPLICAS,
  'deprecated.deployment.rollback.to',
]);

const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** fnv-1a 32 over the canonical template (+ collisionCount), encoded like rand.SafeEncodeString(fmt.Sprint(hash)). */
export function podTemplateHash(template: unknown, collisionCount = 0): string {
  const text = JSON.stringify(canonical(template)) + (collisionCount ? String(collisionCount) : '');
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return [...String(h)].map((d) => SAFE_ALPHABET[d.charCodeAt(0) % SAFE_ALPHABET.length]).join('');
}

/** Templates equal when they differ only in the pod-template-hash label (upstream EqualIgnoreHash). */
export function equalIgnoreHash(a: unknown, b: unknown): boolean {
  const strip = (t: unknown): unknown => {
    const c = structuredClone((t ?? {}) as { metadata?: { labels?: Record<string, string> } });
    if (c.metadata?.labels) delete c.metadata.labels[HASH_LABEL];
    return c;
  };
  return jsonEqual(strip(a), strip(b));
}

/** An int or a percentage of `total`; surge rounds up, unavailable rounds down (GetScaledValueFromIntOrPercent). */
export function scaledValue(v: unknown, total: number, roundUp: boolean, field: string): number {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(String(v));
  if (m) {
    const x = (Number(m[1]) * total) / 100;
    return roundUp ? Math.ceil(x) : Math.floor(x);
  }
  if (/^\d+$/.test(String(v))) return Number(v);
  throw new Error(
    `invalid value for ${field}: ${JSON.stringify(v)} (allowed: an integer or a percentage like "25%")`,
  );
}

/** [maxSurge, maxUnavailable] for a RollingUpdate Deployment (ResolveFenceposts); both 0 means unavailable 1. */
export function fenceposts(d: KubeObject): [number, number] {
  const ru = d.spec?.strategy?.rollingUpdate ?? {};
  const desired = replicasOf(d);
  const surge = scaledValue(ru.maxSurge ?? '25%', desired, true, 'spec.strategy.rollingUpdate.maxSurge');
  const unavailable = scaledValue(
    ru.maxUnavailable ?? '25%',
    desired,
    false,
    'spec.strategy.rollingUpdate.maxUnavailable',
  );
  return surge === 0 && unavailable === 0 ? [0, 1] : [surge, unavailable];
}

/** Pods that may be unavailable during the rollout (MaxUnavailable): 0 for Recreate or 0 replicas, capped at replicas. */
export function maxUnavailable(d: KubeObject): number {
  if (d.spec?.strategy?.type !== 'RollingUpdate' || replicasOf(d) === 0) return 0;
  return Math.min(fenceposts(d)[1], replicasOf(d));
}

export function maxSurge(d: KubeObject): number {
  return d.spec?.strategy?.type === 'RollingUpdate' ? fenceposts(d)[0] : 0;
}

export function replicasOf(o: KubeObject): number {
  return Number(o.spec?.replicas ?? 1);
}

export function revisionOf(o: KubeObject): number {
  const v = Number(o.metadata.annotations?.[REVISION] ?? 0);
  return Number.isFinite(v) ? v : 0;
}

export function maxRevision(rss: KubeObject[]): number {
  return rss.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);
}

/** Sum of spec.replicas (GetReplicaCountForReplicaSets). */
export function specReplicas(rss: KubeObject[]): number {
  return rss.reduce((n, rs) => n + replicasOf(rs), 0);
}

/** Sum of a status counter over ReplicaSets. */
export function statusSum(
  rss: KubeObject[],
  field: 'replicas' | 'readyReplicas' | 'availableReplicas',
): number {
  return rss.reduce((n, rs) => n + Number(rs.status?.[field] ?? 0), 0);
}

export function byCreation(a: KubeObject, b: KubeObject): number {
  const t = (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '');
  return t !== 0 ? t : a.metadata.name.localeCompare(b.metadata.name);
}

/** Copies the Deployment's annotations a ReplicaSet inherits (change-cause and user annotations); true when changed. */
export function copyAnnotations(d: KubeObject, rs: KubeObject): boolean {
  const ann = (rs.metadata.annotations ??= {});
  let changed = false;
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
    if (NOT_COPIED.has(k) || ann[k] === v) continue;
    ann[k] = v;
    changed = true;
  }
  return changed;
}

/** Sets desired-replicas and max-replicas on a ReplicaSet (SetReplicasAnnotations); true when changed. */
export function setReplicasAnnotations(rs: KubeObject, desired: number, max: number): boolean {
  const ann = (rs.metadata.annotations ??= {});
  if (ann[DESIRED_REPLICAS] === String(desired) && ann[MAX_REPLICAS] === String(max)) return false;
  ann[DESIRED_REPLICAS] = String(desired);
  ann[MAX_REPLICAS] = String(max);
  return true;
}
