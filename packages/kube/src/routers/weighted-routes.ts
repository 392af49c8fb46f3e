/**
 * What the custom-resource routers (Gateway API HTTPRoute, Istio VirtualService) share: one object
 * named after the app holding route groups, each with a list of weighted backends. Every group that
 * sends traffic to the stable Service gets backends stable/canary(/baseline) with the weights.
 * Read-modify-write with the resourceVersion, so a concurrent edit of other fields is kept (409 →
 * re-read). Each router's folder says only how its groups and backends are shaped.
 */
import { ExternalError } from '@shipgate/core';
import { FIELD_MANAGER, dryRunParam } from '../client.ts';
import type * as k8s from '@kubernetes/client-node';
import type { RouterTarget, TrafficRouter, Weights } from './router.ts';

/** The shape of one router's custom resource: `O` the object, `G` a route group, `B` a backend. */
export interface WeightedRouteShape<O, G, B> {
  /** Kind, for step names and messages (`HTTPRoute`). */
  kind: string;
  api: { group: string; version: string; plural: string };
  groups(obj: O): G[] | undefined;
  backends(group: G): B[] | undefined;
  setBackends(group: G, backends: B[]): void;
  /** The Service a backend sends to. */
  serviceOf(backend: B): string;
  weightOf(backend: B): number | undefined;
  /** A backend for `service`; `stable` is the group's current stable backend (to keep its port). */
  backend(service: string, weight: number, stable: B | undefined, t: RouterTarget): B;
  /** What the error says when no group sends traffic to the stable Service. */
  missing(t: RouterTarget): { detail: string; hint?: string };
}

/** A TrafficRouter programming the weights of a custom resource of shape `s`. */
export function weightedRouteRouter<O extends { metadata?: k8s.V1ObjectMeta }, G, B>(
  s: WeightedRouteShape<O, G, B>,
): TrafficRouter {
  const ours = (obj: O, t: RouterTarget): G[] =>
    (s.groups(obj) ?? []).filter((g) =>
      (s.backends(g) ?? []).some((b) => s.serviceOf(b) === t.services.stable),
    );
  const read = async (t: RouterTarget): Promise<O> =>
    (await t.kube.custom.getNamespacedCustomObject({ ...s.api, namespace: t.namespace, name: t.app })) as O;

  async function apply(t: RouterTarget, w: Weights): Promise<void> {
    const step = `set ${s.kind} ${t.app} weights`;
    await t.kube.update(
      step,
      () => read(t),
      (obj) => {
        const groups = ours(obj, t);
        if (groups.length === 0) throw new ExternalError('Kubernetes API', step, s.missing(t));
        let changed = false;
        for (const g of groups) {
          const stable = s.backends(g)?.find((b) => s.serviceOf(b) === t.services.stable);
          const next = [s.backend(t.services.stable, w.stable, stable, t)];
          if (w.canary > 0) next.push(s.backend(t.services.canary, w.canary, stable, t));
          if (w.baseline > 0) next.push(s.backend(t.services.baseline, w.baseline, stable, t));
          if (JSON.stringify(s.backends(g)) !== JSON.stringify(next)) {
            s.setBackends(g, next);
            changed = true;
          }
        }
        return changed;
      },
      async (obj) =>
        (await t.kube.custom.replaceNamespacedCustomObject({
          ...s.api,
          namespace: t.namespace,
          name: t.app,
          body: obj,
          dryRun: dryRunParam(t.dryRun),
          fieldManager: FIELD_MANAGER,
        })) as O,
    );
  }

  return {
    mode: 'router',
    setWeight: apply,
    async verifyWeight(t, w) {
      const obj = await t.kube.call(`read ${s.kind}`, () => read(t));
      return ours(obj, t).every((g) => {
        const weight = (service: string): number => {
          const found = s.backends(g)?.find((b) => s.serviceOf(b) === service);
          return found === undefined ? 0 : (s.weightOf(found) ?? 0);
        };
        return (
          weight(t.services.stable) === w.stable &&
          weight(t.services.canary) === w.canary &&
          weight(t.services.baseline) === w.baseline
        );
      });
    },
    async reset(t) {
      await apply(t, { stable: 100, canary: 0, baseline: 0 });
    },
  };
}
