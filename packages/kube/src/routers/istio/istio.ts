/**
 * Istio: the VirtualService named after the app; every HTTP route whose destinations include the
 * stable host gets destinations stable/canary(/baseline) with weights.
 */
import { ExternalError } from '@shipgate/core';
import { FIELD_MANAGER, dryRunParam } from '../../client.ts';
import type { RouterTarget, TrafficRouter, Weights } from '../router.ts';

interface Destination {
  destination: { host: string; port?: unknown; subset?: string };
  weight?: number;
}
interface VirtualService {
  metadata: { name: string };
  spec?: { http?: { route?: Destination[] }[] };
}
const api = { group: 'networking.istio.io', version: 'v1', plural: 'virtualservices' };

function routesOf(vs: VirtualService, t: RouterTarget) {
  return (vs.spec?.http ?? []).filter((h) =>
    (h.route ?? []).some((d) => d.destination.host === t.services.stable),
  );
}

async function apply(t: RouterTarget, w: Weights): Promise<void> {
  const name = t.app;
  await t.kube.update(
    `set VirtualService ${name} weights`,
    async () =>
      (await t.kube.custom.getNamespacedCustomObject({
        ...api,
        namespace: t.namespace,
        name,
      })) as VirtualService,
    (vs) => {
      const routes = routesOf(vs, t);
      if (routes.length === 0)
        throw new ExternalError('Kubernetes API', `set VirtualService ${name} weights`, {
          detail: `VirtualService ${name} has no http route to host ${t.services.stable}`,
        });
      let changed = false;
      for (const h of routes) {
        const port = h.route?.find((d) => d.destination.host === t.services.stable)?.destination.port;
        const dest = (host: string, weight: number): Destination => ({
          destination: port === undefined ? { host } : { host, port },
          weight,
        });
        const next = [dest(t.services.stable, w.stable)];
        if (w.canary > 0) next.push(dest(t.services.canary, w.canary));
        if (w.baseline > 0) next.push(dest(t.services.baseline, w.baseline));
        if (JSON.stringify(h.route) !== JSON.stringify(next)) {
          h.route = next;
          changed = true;
        }
      }
      return changed;
    },
    async (vs) =>
      (await t.kube.custom.replaceNamespacedCustomObject({
        ...api,
        namespace: t.namespace,
        name,
        body: vs,
        dryRun: dryRunParam(t.dryRun),
        fieldManager: FIELD_MANAGER,
      })) as VirtualService,
  );
}

export const istioRouter: TrafficRouter = {
  mode: 'router',
  setWeight: apply,
  async verifyWeight(t, w) {
    const vs = (await t.kube.call('read VirtualService', () =>
      t.kube.custom.getNamespacedCustomObject({ ...api, namespace: t.namespace, name: t.app }),
    )) as VirtualService;
    return routesOf(vs, t).every((h) => {
      const weight = (host: string) => h.route?.find((d) => d.destination.host === host)?.weight ?? 0;
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
