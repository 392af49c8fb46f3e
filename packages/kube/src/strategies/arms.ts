/**
 * The extra Deployments and Services shipgate runs beside the app's own: canary/baseline arms and
 * blue/green colours, derived from a template Deployment. Pure builders plus the Service copy.
 */
import type * as k8s from '@kubernetes/client-node';
import type { PlainObject } from '../backup.ts';
import { LABELS } from '../state.ts';

/** Label that routes to a shipgate-made Service when a router needs arm-only Services. */
export const ARM_APP = 'shipgate.dev/app';

export type Track = 'canary' | 'baseline' | 'blue' | 'green';

/**
 * A Deployment `<app>-<track>` from `template`: the same pod spec with `images`, selector and pod
 * labels extended with the track label (so its ReplicaSets never adopt the app's pods), and —
 * when `isolate` — the app's own selector values suffixed, so the app's Service does not select it
 * (a traffic router then splits between Services).
 */
export function armDeployment(
  template: k8s.V1Deployment | PlainObject,
  o: {
    app: string;
    track: Track;
    images: Record<string, string>;
    replicas: number;
    version: string;
    isolate: boolean;
  },
): PlainObject {
  const spec = structuredClone((template.spec ?? {}) as k8s.V1DeploymentSpec);
  const selector = { ...(spec.selector?.matchLabels ?? {}) };
  const mapped = o.isolate
    ? Object.fromEntries(Object.entries(selector).map(([k, v]) => [k, `${v}-${o.track}`]))
    : selector;
  const extra = { [LABELS.track]: o.track, [ARM_APP]: o.app };
  spec.selector = { matchLabels: { ...mapped, ...extra } };
  spec.replicas = o.replicas;
  const podMeta = spec.template?.metadata ?? {};
  spec.template = {
    ...spec.template,
    metadata: {
      ...podMeta,
      labels: { ...(podMeta.labels ?? {}), ...mapped, ...extra },
      annotations: { ...(podMeta.annotations ?? {}), 'shipgate.dev/version': o.version },
    },
    spec: spec.template?.spec ?? { containers: [] },
  };
  for (const c of spec.template.spec?.containers ?? []) if (o.images[c.name]) c.image = o.images[c.name];
  const meta = (template.metadata ?? {}) as { labels?: Record<string, string> };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: `${o.app}-${o.track}`,
      labels: { ...(meta.labels ?? {}), ...extra, [LABELS.managedBy]: 'shipgate' },
      annotations: { 'shipgate.dev/version': o.version },
    },
    spec: spec as unknown as Record<string, unknown>,
  };
}

/** A Service `<name>` like `template` (ports) selecting only one arm's pods. */
export function armService(
  template: k8s.V1Service | PlainObject | undefined,
  o: { app: string; name: string; track: Track },
): PlainObject {
  const spec = (template?.spec ?? {}) as k8s.V1ServiceSpec;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: o.name,
      labels: { [LABELS.track]: o.track, [ARM_APP]: o.app, [LABELS.managedBy]: 'shipgate' },
    },
    spec: {
      type: 'ClusterIP',
      ports: (spec.ports ?? [{ port: 80, targetPort: 8080 }]).map((p) => ({
        name: p.name,
        port: p.port,
        targetPort: p.targetPort,
        protocol: p.protocol,
      })),
      selector: { [LABELS.track]: o.track, [ARM_APP]: o.app },
    },
  };
}
