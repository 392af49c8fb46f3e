import type { KubeObject } from '../store/store.ts';
import { getCondition, ownerRefTo } from './kinds.ts';

export const NODE_NAME = 'kube-sim-node';

export function isPodReady(pod: KubeObject): boolean {
  return getCondition(pod.status, 'Ready')?.status === 'True';
}

export function isPodActive(pod: KubeObject): boolean {
  const phase = pod.status?.phase;
  return !pod.metadata.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed';
}

/**
 * When the pod became ready, in ms: the kubelet's precise record when it has one (scaled minReadySeconds need better
 * than the API's whole seconds), else the Ready condition's lastTransitionTime.
 */
export function readySince(pod: KubeObject, readyAt: Map<string, number>): number {
  return (
    readyAt.get(pod.metadata.uid!) ?? Date.parse(getCondition(pod.status, 'Ready')?.lastTransitionTime ?? '')
  );
}

/** Ready for at least minReadySeconds (scaled): ms until available, 0 when available now, undefined when not ready. */
export function msUntilAvailable(
  pod: KubeObject,
  minReadyMs: number,
  now: number,
  readyAt: Map<string, number>,
): number | undefined {
  if (!isPodReady(pod)) return undefined;
  if (minReadyMs <= 0) return 0;
  const since = readySince(pod, readyAt);
  if (!Number.isFinite(since)) return 0;
  return Math.max(0, since + minReadyMs - now);
}

export function restartCount(pod: KubeObject): number {
  return ((pod.status?.containerStatuses ?? []) as { restartCount?: number }[]).reduce(
    (n, c) => n + Number(c.restartCount ?? 0),
    0,
  );
}

const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

/** Deletion order (ActivePodsWithRanks, simplified): unscheduled, pending, not ready, more restarts, newer first. */
export function deletionOrder(a: KubeObject, b: KubeObject): number {
  const sched = Number(Boolean(a.spec?.nodeName)) - Number(Boolean(b.spec?.nodeName));
  if (sched) return sched;
  const phase =
    (PHASE_RANK[a.status?.phase ?? 'Pending'] ?? 0) - (PHASE_RANK[b.status?.phase ?? 'Pending'] ?? 0);
  if (phase) return phase;
  const ready = Number(isPodReady(a)) - Number(isPodReady(b));
  if (ready) return ready;
  const restarts = restartCount(b) - restartCount(a);
  if (restarts) return restarts;
  return (
    (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? '') ||
    b.metadata.name.localeCompare(a.metadata.name)
  );
}

const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function randomSuffix(n = 5): string {
  let s = '';
  for (let i = 0; i < n; i++) s += SUFFIX_ALPHABET[Math.floor(Math.random() * SUFFIX_ALPHABET.length)];
  return s;
}

/** A pod from a controller's template, owned by it. */
export function podFromTemplate(
  owner: KubeObject,
  template: KubeObject['spec'],
  namePrefix: string,
): KubeObject {
  const t = structuredClone(template ?? {});
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${namePrefix}-${randomSuffix()}`,
      generateName: `${namePrefix}-`,
      namespace: owner.metadata.namespace,
      labels: t.metadata?.labels ?? {},
      ...(t.metadata?.annotations ? { annotations: t.metadata.annotations } : {}),
      ownerReferences: [ownerRefTo(owner)],
    },
    spec: t.spec ?? {},
  };
}
