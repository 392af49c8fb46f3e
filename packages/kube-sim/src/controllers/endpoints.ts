import type { KubeObject } from '../store/store.ts';
import type { ControllerContext } from './context.ts';
import { jsonEqual, mapSelectorMatches, splitKey } from './kinds.ts';
import { isPodReady, NODE_NAME } from './pod-util.ts';

interface ServicePort {
  name?: string;
  port: number;
  targetPort?: number | string;
  protocol?: string;
}

/** The Endpoints controller: one Endpoints object per Service with a selector, from the pods it selects. */
export class EndpointsController {
  private readonly ctx: ControllerContext;

  constructor(ctx: ControllerContext) {
    this.ctx = ctx;
  }

  sync(key: string): void {
    const [ns, name] = splitKey(key);
    const { store, kinds } = this.ctx;
    const svc = store.get(kinds.services, ns, name);
    const current = store.get(kinds.endpoints, ns, name);
    if (!svc) {
      if (current?.metadata.labels?.['endpoints.kubernetes.io/managed-by'] === 'endpoint-controller')
        store.delete(kinds.endpoints, ns, name);
      return;
    }
    const selector = svc.spec?.selector as Record<string, string> | undefined;
    if (!selector || Object.keys(selector).length === 0) return; // user-managed Endpoints
    const pods = store
      .list(kinds.pods, ns)
      .items.filter(
        (p) =>
          mapSelectorMatches(selector, p.metadata.labels) &&
          p.status?.podIP &&
          !p.metadata.deletionTimestamp &&
          !['Succeeded', 'Failed'].includes(p.status?.phase),
      );
    const desired = this.endpointsFor(svc, pods);
    if (!current) {
      store.create(kinds.endpoints, desired);
      return;
    }
    if (
      jsonEqual(current['subsets'] ?? [], desired['subsets'] ?? []) &&
      jsonEqual(current.metadata.labels, desired.metadata.labels)
    )
      return;
    const next = structuredClone(current);
    next['subsets'] = desired['subsets'];
    next.metadata.labels = desired.metadata.labels;
    if (!desired['subsets']) delete next['subsets'];
    store.update(kinds.endpoints, next);
  }

  private endpointsFor(svc: KubeObject, pods: KubeObject[]): KubeObject {
    const address = (p: KubeObject): Record<string, unknown> => ({
      ip: p.status.podIP,
      nodeName: p.spec?.nodeName ?? NODE_NAME,
      targetRef: { kind: 'Pod', name: p.metadata.name, namespace: p.metadata.namespace, uid: p.metadata.uid },
    });
    const byIp = (a: KubeObject, b: KubeObject): number =>
      String(a.status.podIP).localeCompare(String(b.status.podIP), 'en', { numeric: true });
    // publishNotReadyAddresses: every pod counts as ready (headless peers finding each other before readiness).
    const counts = (p: KubeObject): boolean => Boolean(svc.spec?.publishNotReadyAddresses) || isPodReady(p);
    const ready = pods.filter(counts).sort(byIp).map(address);
    const notReady = pods
      .filter((p) => !counts(p))
      .sort(byIp)
      .map(address);
    const ports = ((svc.spec?.ports ?? []) as ServicePort[]).map((p) => ({
      ...(p.name ? { name: p.name } : {}),
      port: resolveTargetPort(p, pods[0]),
      protocol: p.protocol ?? 'TCP',
    }));
    const subset: Record<string, unknown> = { ports };
    if (ready.length) subset['addresses'] = ready;
    if (notReady.length) subset['notReadyAddresses'] = notReady;
    return {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: {
        name: svc.metadata.name,
        namespace: svc.metadata.namespace,
        labels: {
          ...(svc.metadata.labels ?? {}),
          'endpoints.kubernetes.io/managed-by': 'endpoint-controller',
        },
      },
      ...(pods.length ? { subsets: [subset] } : {}),
    };
  }
}

/** A numeric targetPort, or a named one looked up in the pod's container ports (else the service port). */
function resolveTargetPort(p: ServicePort, pod: KubeObject | undefined): number {
  if (typeof p.targetPort === 'number') return p.targetPort;
  if (typeof p.targetPort === 'string' && /^\d+$/.test(p.targetPort)) return Number(p.targetPort);
  if (typeof p.targetPort === 'string' && pod) {
    for (const c of pod.spec?.containers ?? []) {
      for (const cp of c.ports ?? []) if (cp.name === p.targetPort) return Number(cp.containerPort);
    }
  }
  return p.port;
}
