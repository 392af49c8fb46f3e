/**
 * Canary rollbacks through each traffic router the record names (Gateway API HTTPRoute with a
 * baseline, Istio VirtualService, NGINX canary Ingress), through the built bundle against kube-sim:
 * after the rollback the live routing objects send everything to stable and the arms are gone.
 * The routing objects and their live weights are canary-monitor's test support (one definition).
 * Build first: npm run build -- rollback
 */
import type { KubeClient } from '@shipgate/kube';
import type { KubeSim } from '@shipgate/kube-sim';
import { liveWeights, ROUTING } from '../../../test/support/routing-objects.ts';
import {
  appManifests,
  deploy,
  deploymentOf,
  leaseHolder,
  putSecret,
  startWorld,
  type World,
} from './test-setup.ts';

let w: World;
let sim: KubeSim;
let kube: KubeClient;

beforeAll(async () => {
  w = await startWorld('routers', ['v1.0.0', 'v1.1.0']);
  ({ sim, kube } = w);
});
afterAll(() => w.stop());

test.each(ROUTING.map((rc) => [rc.router, rc] as const))(
  'canary through %s: after the rollback the routing sends all traffic to stable and the arms are gone',
  async (router, rc) => {
    const app = `rb-${rc.short}`;
    await putSecret(kube, app, 's');
    await deploy(kube, app, '1.0.0', { manifests: appManifests(app, 'reg/web:1.0.0', 4) });
    await rc.create(kube, app);
    await deploy(kube, app, '1.1.0', { strategy: 'canary', router, canaryWeight: 25, baseline: rc.baseline });
    expect(await liveWeights(kube, rc, app)).toEqual(rc.expected(app, 25));
    const r = await w.rollback({ app, reason: 'error rate 5%' });
    expect(r.stdout).not.toMatch(/::error/);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ status: 'rolled-back', strategy: 'canary', 'to-version': '1.0.0' });
    expect(await liveWeights(kube, rc, app)).toEqual({ [app]: 100 });
    for (const arm of [`${app}-canary`, `${app}-baseline`]) {
      expect(deploymentOf(sim, arm)).toBeUndefined();
      expect(sim.store.get(sim.store.type('', 'services')!, 'default', arm)).toBeUndefined();
    }
    expect(deploymentOf(sim, app)?.spec.replicas).toBe(4);
    expect(deploymentOf(sim, app)?.spec.template.spec.containers[0].image).toBe('reg/web:1.0.0');
    expect(leaseHolder(sim, app)).toBeUndefined();
  },
);
