/**
 * The verbs a later job runs knowing only app and namespace (readRollout, setWeight, promote,
 * abort), against kube-sim with the real client-node.
 */
import { runDeploy } from '../deploy.ts';
import { readRollout } from '../recorded.ts';
import { promoteRollout, recordAnalysis, setWeight } from '../verbs.ts';
import { appManifests, deployOptions, rolloutHandle, useKubeSim } from './test-utils.ts';

const fx = useKubeSim('kube-verbs', { 'reg/*': { readyAfterMs: 5 } });
const manifests = appManifests;

const handle = (app: string) => rolloutHandle(fx.kube, app);

test('readRollout: nothing recorded is undefined; a canary is read with its router and arms', async () => {
  expect(await readRollout(fx.kube, 'default', 'nothing-here')).toBeUndefined();
  await runDeploy(deployOptions(fx.kube, 'rr', { manifests: manifests('rr', 4) }));
  await fx.kube.custom.createNamespacedCustomObject({
    group: 'networking.istio.io',
    version: 'v1',
    namespace: 'default',
    plural: 'virtualservices',
    body: {
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      metadata: { name: 'rr' },
      spec: { hosts: ['rr'], http: [{ route: [{ destination: { host: 'rr' } }] }] },
    },
  });
  await runDeploy(
    deployOptions(fx.kube, 'rr', {
      strategy: 'canary',
      router: 'istio',
      version: '2.0.0',
      images: [{ ref: 'reg/web:2.0.0' }],
      canaryWeight: 10,
    }),
  );
  const rec = await readRollout(fx.kube, 'default', 'rr');
  expect(rec).toMatchObject({
    strategy: 'canary',
    router: 'istio',
    phase: 'paused',
    version: '2.0.0',
    previousVersion: '1.0.0',
    inProgress: true,
    orphaned: undefined,
    anchor: { kind: 'Deployment', name: 'rr' },
    names: { canary: 'rr-canary', baseline: 'rr-baseline', lease: 'rr-shipgate-lock' },
  });
  expect(await recordAnalysis(handle('rr'), { step: 0, failures: { errors: 1 } })).toBe(true);
  const step = await setWeight(handle('rr'), 50);
  expect(step).toMatchObject({ status: 'succeeded', requestedWeight: 50, effectiveWeight: 50 });
  const vs = (await fx.kube.custom.getNamespacedCustomObject({
    group: 'networking.istio.io',
    version: 'v1',
    namespace: 'default',
    plural: 'virtualservices',
    name: 'rr',
  })) as { spec: { http: { route: unknown[] }[] } };
  expect(vs.spec.http[0]?.route).toEqual([
    { destination: { host: 'rr' }, weight: 50 },
    { destination: { host: 'rr-canary' }, weight: 50 },
  ]);
  // Router mode: the canary is sized for its share of load (50% of 4 → 2 pods), stable keeps 4.
  const canary = await fx.kube.apps.readNamespacedDeployment({ name: 'rr-canary', namespace: 'default' });
  expect(canary.spec?.replicas).toBe(2);
  expect((await readRollout(fx.kube, 'default', 'rr'))?.state).toMatchObject({
    step: 2,
    requestedWeight: 50,
    effectiveWeight: 50,
    phase: 'paused',
    analysis: { step: 0, failures: { errors: 1 } },
  });
  expect(await promoteRollout(handle('rr'))).toMatchObject({ status: 'succeeded', outcome: 'promoted' });
  expect(await readRollout(fx.kube, 'default', 'rr')).toMatchObject({
    phase: 'succeeded',
    inProgress: false,
  });
});

test('setWeight by replica ratio scales the arms; no canary in progress is "unchanged"', async () => {
  await runDeploy(deployOptions(fx.kube, 'rw', { manifests: manifests('rw', 4) }));
  expect(await setWeight(handle('rw'), 50)).toMatchObject({ status: 'unchanged' });
  await runDeploy(
    deployOptions(fx.kube, 'rw', {
      strategy: 'canary',
      version: '2.0.0',
      images: [{ ref: 'reg/web:2.0.0' }],
      canaryWeight: 25,
    }),
  );
  const step = await setWeight(handle('rw'), 50);
  expect(step).toMatchObject({ status: 'succeeded', requestedWeight: 50, effectiveWeight: 50 });
  const size = async (name: string) =>
    (await fx.kube.apps.readNamespacedDeployment({ name, namespace: 'default' })).spec?.replicas;
  expect([await size('rw'), await size('rw-canary')]).toEqual([2, 2]);
});
