/**
 * Gateway API: the HTTPRoute named after the app; every rule that sends traffic to the stable
 * Service gets backendRefs stable/canary(/baseline) with the weights. Read-modify-write with the
 * resourceVersion, so a concurrent edit of other fields is kept (409 → re-read).
 */
import { ExternalError } from '@shipgate/core';
import { FIELD_MANAGER, dryRunParam } from '../../client.ts';
import type { RouterTarget, TrafficRouter, Weights } from '../router.ts';

interface BackendRef {
  name: string;
  port?: number;
  weight?: number;
  [k: string]: unknown;
}
interface HTTPRoute {
  metadata: { name: string };
  spec?: { rules?: { backendRefs?: BackendRef[] }[] };
}
const api = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes' };

function refsFor(t: RouterTarget, w: Weights, port: number | undefined): BackendRef[] {
  const refs: BackendRef[] = [{ name: t.services.stable, port, weight: w.stable }];
  if (w.canary > 0) refs.push({ name: t.services.canary, port, weight: w.canary });
  if (w.baseline > 0) refs.push({ name: t.services.baseline, port, weight: w.baseline });
  return refs.map((r) => (r.port === undefined ? { name: r.name, weight: r.weight } : r));
}

function ourRules(route: HTTPRoute, t: RouterTarget) {
  return (route.spec?.rules ?? []).filter((r) =>
    (r.backendRefs ?? []).some((b) => b.name === t.services.stable),
  );
}

async function apply(t: RouterTarget, w: Weights): Promise<void> {
  const name = t.app;
  await t.kube.update(
    `set HTTPRoute ${name} weights`,
    async () =>
      (await t.kube.custom.getNamespacedCustomObject({ ...api, namespace: t.namespace, name })) as HTTPRoute,
    (route) => {
      const rules = ourRules(route, t);
      if (rules.length === 0)
        throw new ExternalError('Kubernetes API', `set HTTPRoute ${name} weights`, {
          detail: `HTTPRoute ${name} has no rule with backendRef ${t.services.stable}`,
          hint: "Point a rule of the route at the app's Service first.",
        });
      let changed = false;
      for (const rule of rules) {
        const port = rule.backendRefs?.find((b) => b.name === t.services.stable)?.port ?? t.port;
        const next = refsFor(t, w, port);
        if (JSON.stringify(rule.backendRefs) !== JSON.stringify(next)) {
          rule.backendRefs = next;
          changed = true;
        }
      }
      return changed;
    },
    async (route) =>
      (await t.kube.custom.replaceNamespacedCustomObject({
        ...api,
        namespace: t.namespace,
        name,
        body: route,
        dryRun: dryRunParam(t.dryRun),
        fieldManager: FIELD_MANAGER,
      })) as HTTPRoute,
  );
}

export const gatewayApiRouter: TrafficRouter = {
  mode: 'router',
  setWeight: apply,
  async verifyWeight(t, w) {
    const route = (await t.kube.call('read HTTPRoute', () =>
      t.kube.custom.getNamespacedCustomObject({ ...api, namespace: t.namespace, name: t.app }),
    )) as HTTPRoute;
    return ourRules(route, t).every((r) => {
      const weight = (n: string) => r.backendRefs?.find((b) => b.name === n)?.weight ?? 0;
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
