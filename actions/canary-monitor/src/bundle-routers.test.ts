/**
 * The canary-monitor bundle with a traffic router and real traffic: a Gateway API HTTPRoute
 * carries the weights, and the test's traffic follows the route's live weights request by request
 * (the gateway's data plane, which kube-sim does not run), so the real Prometheus sees each arm's
 * share. The other routers walk with a fixed judge input in routers.sim.test.ts.
 * Build first: npm run build -- deploy canary-monitor
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startTraffic } from '@shipgate/kube-sim';
import { runBundle } from '../../../test/support/run-bundle.ts';
import { appManifest, deployment, monitor, startCluster, type Cluster } from './test-cluster.ts';

let c: Cluster;
beforeAll(async () => {
  c = await startCluster();
}, 60_000);
afterAll(() => c?.stop());

const HTTPROUTES = () => c.sim.store.type('gateway.networking.k8s.io', 'httproutes')!;

function backendRefs(app: string): { name: string; weight?: number }[] {
  const route = c.sim.store.get(HTTPROUTES(), 'default', app) as
    { spec: { rules: { backendRefs: { name: string; weight?: number }[] }[] } } | undefined;
  return route?.spec.rules[0]?.backendRefs ?? [];
}

/** One request's backend, drawn by the route's live weights: what the gateway would do. */
function byRouteWeight(app: string): () => number | undefined {
  return () => {
    const refs = backendRefs(app);
    const total = refs.reduce((sum, r) => sum + (r.weight ?? 1), 0);
    let draw = Math.random() * total;
    const pick = refs.find((r) => (draw -= r.weight ?? 1) < 0) ?? refs[0];
    return pick && c.sim.controllers?.servicePort('default', pick.name);
  };
}

test('gateway-api, real traffic by route weight: 25% → 50% with a baseline, promoted; the route ends on stable', async () => {
  const app = 'gwr';
  await writeFile(join(c.dir, `${app}.yaml`), appManifest(app, 4, 'reg/web:1.0.0'));
  const first = await runBundle('deploy', {
    inputs: { app, version: '1.0.0', manifests: `${app}.yaml` },
    env: c.env(),
  });
  expect(first.exitCode).toBe(0);
  c.sim.store.create(HTTPROUTES(), {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: app, namespace: 'default' },
    spec: { parentRefs: [{ name: 'gateway' }], rules: [{ backendRefs: [{ name: app, port: 80 }] }] },
  });
  const canary = await runBundle('deploy', {
    inputs: {
      app,
      version: '2.0.0',
      image: 'reg/web:2.0.0',
      strategy: 'canary',
      'traffic-router': 'gateway-api',
      'canary-weight': '25',
      baseline: 'true',
    },
    env: c.env(),
  });
  expect(canary.exitCode).toBe(0);
  c.traffic.push(startTraffic(byRouteWeight(app), 100));
  const r = await monitor(c, app);
  expect({ ...r.outputs, error: /::error::.*/.exec(r.stdout)?.[0] }).toMatchObject({
    verdict: 'promoted',
    error: undefined,
  });
  // Requested vs effective per step, in the log and the summary's step table.
  expect(r.stdout).toMatch(/step 1\/3: weight 25% \(effective 25%\)/);
  expect(r.stdout).toMatch(/step 2\/3: weight 50% \(effective 50%\)/);
  expect(r.summary).toMatch(/\| 1 \| \+\d+\w* \| 25% \| 25% \|/);
  expect(r.summary).toMatch(/\| 2 \| \+[\w.]+ \| 50% \| 50% \|/);
  // Real traffic reached both arms by the route's weights: the judge had data for the canary.
  expect(r.stdout).toMatch(/round \d+ http-error-rate: pass — canary [\d.]+% \(\d+\/\d+\)/);
  expect(backendRefs(app)).toEqual([{ name: app, port: 80, weight: 100 }]);
  expect(deployment(c, app)?.spec.template.spec.containers[0].image).toBe('reg/web:2.0.0');
  expect(deployment(c, `${app}-canary`)).toBeUndefined();
}, 150_000);
