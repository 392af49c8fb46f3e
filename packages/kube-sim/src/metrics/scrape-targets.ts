/**
 * Prometheus HTTP service discovery for kube-sim's pods (Debian's Prometheus has no
 * kubernetes_sd_configs): every ready pod that runs a real process becomes a target with the labels
 * a kubernetes_sd relabelling would give it — app, track, version, pod, namespace.
 */
import type { KubeObject } from '../store/store.ts';

export interface ScrapeTargetGroup {
  targets: string[];
  labels: Record<string, string>;
}

/** One group per ready pod with a listening process; `portOf` is the kubelet's process port. */
export function scrapeTargets(
  pods: readonly KubeObject[],
  portOf: (namespace: string, name: string) => number | undefined,
): ScrapeTargetGroup[] {
  const groups: ScrapeTargetGroup[] = [];
  for (const pod of pods) {
    const ns = pod.metadata.namespace ?? 'default';
    const ready = (pod.status?.conditions as { type: string; status: string }[] | undefined)?.some(
      (c) => c.type === 'Ready' && c.status === 'True',
    );
    const port = ready && !pod.metadata.deletionTimestamp ? portOf(ns, pod.metadata.name) : undefined;
    if (port === undefined) continue;
    const labels = pod.metadata.labels ?? {};
    const image = String(pod.spec?.containers?.[0]?.image ?? '');
    groups.push({
      targets: [`127.0.0.1:${port}`],
      labels: {
        app: labels['shipgate.dev/app'] ?? labels['app.kubernetes.io/name'] ?? labels.app ?? '',
        track: labels['shipgate.dev/track'] ?? 'stable',
        version: pod.metadata.annotations?.['shipgate.dev/version'] ?? image.split(':').at(-1) ?? '',
        pod: pod.metadata.name,
        namespace: ns,
      },
    });
  }
  return groups;
}
