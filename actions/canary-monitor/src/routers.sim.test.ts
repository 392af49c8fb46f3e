/**
 * canary-monitor's walk through each traffic router (Gateway API HTTPRoute, Istio VirtualService,
 * NGINX canary Ingress) against kube-sim with the real client-node: the weights go through
 * @shipgate/kube's setWeight on the recorded router, then promote or abort. The judge gets a
 * fixed input here (healthy or 5% errors; kube-sim has no gateway data plane to carry real traffic
 * by route weight); the real-Prometheus path through a router is bundle-routers.test.ts.
 */
import { systemClock } from '@shipgate/core';
import { parseManifests, readRollout, runDeploy, type DeployOptions } from '@shipgate/kube';
import * as kubeModule from '@shipgate/kube';
import {
  analysisSchema,
  parseSteps,
  resolveSpec,
  walkCanary,
  type ArmObservation,
  type Observation,
} from '@shipgate/metrics';
import { appYaml } from '../../../test/support/app-yaml.ts';
import { deployOptions, rolloutHandle } from '../../../test/support/kube-options.ts';
import { useKubeSim } from '../../../test/support/kube-sim-fixture.ts';
import { liveWeights, ROUTING, type RouterCase } from '../../../test/support/routing-objects.ts';
import type { CanaryInputs } from './definition.ts';
import { analysisDriver } from './driver.ts';
import { act } from './outcome.ts';

const fx = useKubeSim('canary-routers', { 'reg/*': { readyAfterMs: 5 } });
const deploy = (app: string, over: Partial<DeployOptions>) => runDeploy(deployOptions(fx.kube, app, over));

const ratio = (errors: number, total: number): ArmObservation => ({
  queries: ['errors', 'total'],
  status: 'ok',
  errors,
  total,
  value: errors / total,
});
const healthy = (atMs: number): Observation[] => [
  { metric: 'http-error-rate', atMs, arms: { canary: ratio(1, 1000), baseline: ratio(1, 1000) } },
];
const broken = (atMs: number): Observation[] => [
  { metric: 'http-error-rate', atMs, arms: { canary: ratio(50, 1000), baseline: ratio(1, 1000) } },
];
/** What the judge sees at the canary's current weight: 'failing' turns to 5% errors at 50%. */
const JUDGE_INPUT = {
  healthy: (atMs: number) => healthy(atMs),
  failing: (atMs: number, weight: number) => (weight >= 50 ? broken(atMs) : healthy(atMs)),
};

/** Places a canary of 2.0.0 at 10% behind `router`, then walks 25% → 50% and promotes or aborts. */
async function walkThrough(rc: RouterCase, app: string, judge: 'healthy' | 'failing') {
  await deploy(app, { manifests: parseManifests(appYaml(app, 4), 'app.yaml') });
  await rc.create(fx.kube, app);
  await deploy(app, {
    strategy: 'canary',
    version: '2.0.0',
    images: [{ ref: 'reg/web:2.0.0' }],
    router: rc.router,
    baseline: rc.baseline,
  });
  const h = rolloutHandle(fx.kube, app);
  const rollout = (await readRollout(fx.kube, 'default', app))!;
  const steps = parseSteps('25:1200ms, 50:1200ms, 100');
  const driver = analysisDriver(kubeModule, h, {
    steps,
    version: '2.0.0',
    legacy: false,
    githubDeployment: undefined,
  });
  const seen: Record<string, number>[] = [];
  let weight = 0;
  const walk = await walkCanary({
    spec: resolveSpec(analysisSchema.parse({ metrics: [{ template: 'http-error-rate' }] })),
    steps,
    intervalMs: 400,
    maxRunTimeMs: 60_000,
    measure: async (atMs) => JUDGE_INPUT[judge](atMs, weight),
    driver: {
      ...driver,
      async setWeight(w) {
        const r = await driver.setWeight(w);
        weight = w;
        seen.push(await liveWeights(fx.kube, rc, app));
        return r;
      },
    },
    clock: systemClock,
    signal: new AbortController().signal,
    log: h.log,
  });
  const inputs = { 'on-success': 'promote', 'on-failure': 'abort' } as CanaryInputs;
  const final = await act(kubeModule, h, inputs, rollout, walk);
  return { walk, final, seen, after: await liveWeights(fx.kube, rc, app) };
}

describe.each(ROUTING)('$router', (rc) => {
  test('healthy: 25% → 50% on the routing object, requested = effective, promoted: all on stable', async () => {
    const app = `${rc.short}-ok`;
    const r = await walkThrough(rc, app, 'healthy');
    expect(r.walk.weights.map((w) => [w.requested, w.effective])).toEqual([
      [25, 25],
      [50, 50],
    ]);
    expect(r.seen).toEqual([rc.expected(app, 25), rc.expected(app, 50)]);
    expect(r.final.verdict).toBe('promoted');
    expect(r.after).toEqual({ [app]: 100 });
    const stable = await fx.kube.apps.readNamespacedDeployment({ name: app, namespace: 'default' });
    expect(stable.spec?.template.spec?.containers[0]?.image).toBe('reg/web:2.0.0');
  });

  test('5% errors at 50%: aborted mid-walk, all traffic back on stable, canary removed', async () => {
    const app = `${rc.short}-bad`;
    const r = await walkThrough(rc, app, 'failing');
    expect(r.walk.verdict).toBe('failed');
    expect(r.seen.at(-1)).toEqual(rc.expected(app, 50));
    expect(r.final.verdict).toBe('aborted');
    expect(r.final.message).toMatch(/http-error-rate: canary 5% above the maximum 1%/);
    expect(r.after).toEqual({ [app]: 100 });
    await expect(
      fx.kube.apps.readNamespacedDeployment({ name: `${app}-canary`, namespace: 'default' }),
    ).rejects.toMatchObject({ code: 404 });
    const stable = await fx.kube.apps.readNamespacedDeployment({ name: app, namespace: 'default' });
    expect(stable.spec?.template.spec?.containers[0]?.image).toBe('reg/web:1.0.0');
  });
});
