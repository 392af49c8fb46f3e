/**
 * The canary-monitor bundle with a traffic router and real traffic: a Gateway API HTTPRoute or an
 * Istio VirtualService carries the weights, and the test's traffic follows the object's live
 * weights request by request (the gateway's or mesh's data plane, which kube-sim does not run), so
 * the real Prometheus sees each arm's share. NGINX walks with a fixed judge input only
 * (routers.sim.test.ts, with the other two). Build first: npm run build -- deploy canary-monitor
 */
import { startTraffic } from '@shipgate/kube-sim';
import { runBundle } from '../../../test/support/run-bundle.ts';
import { deployStable, deployment, monitor, useCluster } from './test-cluster.ts';

const c = useCluster();

const HTTPROUTES = () => c.sim.store.type('gateway.networking.k8s.io', 'httproutes')!;
const VIRTUALSERVICES = () => c.sim.store.type('networking.istio.io', 'virtualservices')!;

function backendRefs(app: string): { name: string; weight?: number }[] {
  const route = c.sim.store.get(HTTPROUTES(), 'default', app) as
    { spec: { rules: { backendRefs: { name: string; weight?: number }[] }[] } } | undefined;
  return route?.spec.rules[0]?.backendRefs ?? [];
}

function destinations(app: string): { name: string; weight?: number }[] {
  const vs = c.sim.store.get(VIRTUALSERVICES(), 'default', app) as
    { spec: { http: { route: { destination: { host: string }; weight?: number }[] }[] } } | undefined;
  return (vs?.spec.http[0]?.route ?? []).map((d) => ({ name: d.destination.host, weight: d.weight }));
}

/** One request's backend, drawn by the routing object's live weights: what the data plane would do. */
function byLiveWeight(backends: () => { name: string; weight?: number }[]): () => number | undefined {
  return () => {
    const refs = backends();
    const total = refs.reduce((sum, r) => sum + (r.weight ?? 1), 0);
    let draw = Math.random() * total;
    const pick = refs.find((r) => (draw -= r.weight ?? 1) < 0) ?? refs[0];
    return pick && c.sim.controllers?.servicePort('default', pick.name);
  };
}

test('gateway-api, real traffic by route weight: 25% → 50% with a baseline, promoted; the route ends on stable', async () => {
  const app = 'gwr';
  await deployStable(c, app);
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
  c.traffic.push(
    startTraffic(
      byLiveWeight(() => backendRefs(app)),
      100,
    ),
  );
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

test('istio, real traffic by VirtualService weight: 5% errors caught at 25%, aborted; the route ends on stable', async () => {
  const app = 'vsr';
  await deployStable(c, app);
  c.sim.store.create(VIRTUALSERVICES(), {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: { name: app, namespace: 'default' },
    spec: { hosts: [app], http: [{ route: [{ destination: { host: app } }] }] },
  });
  const canary = await runBundle('deploy', {
    inputs: {
      app,
      version: '5.0.0',
      image: 'reg/web:5.0.0',
      strategy: 'canary',
      'traffic-router': 'istio',
      'canary-weight': '25',
    },
    env: c.env(),
  });
  expect(canary.exitCode).toBe(0);
  expect(destinations(app)).toEqual([
    { name: app, weight: 75 },
    { name: `${app}-canary`, weight: 25 },
  ]);
  c.traffic.push(
    startTraffic(
      byLiveWeight(() => destinations(app)),
      100,
    ),
  );
  const r = await monitor(c, app, { steps: '25:30s, 50:30s, 100' });
  expect(r.outputs.verdict).toBe('aborted');
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toMatch(/step 1\/3: weight 25% \(effective 25%\)/);
  expect(r.stdout).toMatch(/http-error-rate: canary [\d.]+%25 above the maximum 1%25/);
  expect(r.summary).toMatch(/\| 1 \| \+\w+ \| 25% \| 25% \|/);
  expect(destinations(app)).toEqual([{ name: app, weight: 100 }]);
  expect(deployment(c, `${app}-canary`)).toBeUndefined();
  expect(deployment(c, app)?.spec.template.spec.containers[0].image).toBe('reg/web:1.0.0');
}, 150_000);
