/**
 * ingress-nginx: a second Ingress `<app>-canary`, a copy of the app's Ingress whose backends point
 * at the canary Service, annotated `canary: "true"` and `canary-weight: N`. ingress-nginx allows
 * one canary Ingress per host, so baseline traffic is not split off here (baseline needs another router).
 */
import { InputError } from '@shipgate/core';
import type * as k8s from '@kubernetes/client-node';
import { FIELD_MANAGER, dryRunParam } from '../../client.ts';
import { LABELS } from '../../state.ts';
import type { RouterTarget, TrafficRouter } from '../router.ts';

export const NGINX_CANARY = 'nginx.ingress.kubernetes.io/canary';
export const NGINX_WEIGHT = 'nginx.ingress.kubernetes.io/canary-weight';

function canaryName(t: RouterTarget): string {
  return `${t.app}-canary`;
}

function canaryIngress(t: RouterTarget, stable: k8s.V1Ingress, weight: number): k8s.V1Ingress {
  const spec = structuredClone(stable.spec ?? {});
  for (const rule of spec.rules ?? []) {
    for (const p of rule.http?.paths ?? []) {
      if (p.backend.service?.name === t.services.stable) p.backend.service.name = t.services.canary;
    }
  }
  delete spec.tls; // TLS stays on the main Ingress; ingress-nginx merges canaries into it
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name: canaryName(t),
      namespace: t.namespace,
      labels: { [LABELS.app]: t.app, [LABELS.managedBy]: 'shipgate', [LABELS.track]: 'canary' },
      annotations: { [NGINX_CANARY]: 'true', [NGINX_WEIGHT]: String(weight) },
    },
    spec,
  };
}

export const nginxRouter: TrafficRouter = {
  mode: 'router',
  async setWeight(t, w) {
    if (w.baseline > 0)
      throw new InputError(
        'baseline',
        'true',
        'false with traffic-router nginx (one canary Ingress per host)',
      );
    const k = t.kube;
    const stable = await k.call(`read Ingress ${t.app}`, () =>
      k.networking.readNamespacedIngress({ name: t.app, namespace: t.namespace }),
    );
    const body = canaryIngress(t, stable, w.canary);
    const existing = await k.find('read canary Ingress', () =>
      k.networking.readNamespacedIngress({ name: canaryName(t), namespace: t.namespace }),
    );
    if (!existing) {
      await k.call('create canary Ingress', () =>
        k.networking.createNamespacedIngress({
          namespace: t.namespace,
          body,
          dryRun: dryRunParam(t.dryRun),
          fieldManager: FIELD_MANAGER,
        }),
      );
      return;
    }
    await k.update(
      'set canary Ingress weight',
      () => k.networking.readNamespacedIngress({ name: canaryName(t), namespace: t.namespace }),
      (ing) => {
        if (
          ing.metadata?.annotations?.[NGINX_WEIGHT] === String(w.canary) &&
          JSON.stringify(ing.spec) === JSON.stringify(body.spec)
        )
          return false;
        ing.metadata = {
          ...ing.metadata,
          annotations: { ...ing.metadata?.annotations, ...body.metadata?.annotations },
        };
        ing.spec = body.spec;
        return true;
      },
      (ing) =>
        k.networking.replaceNamespacedIngress({
          name: canaryName(t),
          namespace: t.namespace,
          body: ing,
          dryRun: dryRunParam(t.dryRun),
          fieldManager: FIELD_MANAGER,
        }),
    );
  },
  async verifyWeight(t, w) {
    const ing = await t.kube.find('read canary Ingress', () =>
      t.kube.networking.readNamespacedIngress({ name: canaryName(t), namespace: t.namespace }),
    );
    if (!ing) return w.canary === 0;
    return (
      ing.metadata?.annotations?.[NGINX_CANARY] === 'true' &&
      ing.metadata.annotations[NGINX_WEIGHT] === String(w.canary)
    );
  },
  async reset(t) {
    await t.kube.find('delete canary Ingress', () =>
      t.kube.networking.deleteNamespacedIngress({
        name: canaryName(t),
        namespace: t.namespace,
        dryRun: dryRunParam(t.dryRun),
      }),
    );
  },
};
