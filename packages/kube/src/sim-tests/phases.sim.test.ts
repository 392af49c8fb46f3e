/**
 * Every verb on every recorded phase a strategy reaches by a real path (a failed rollout with
 * auto-rollback off, an auto-rollback, an abort, a rollback) gives a clear answer: it acts on
 * what the record says is open, or it changes nothing and says what is recorded. The table is in
 * /work/coord/notes/h-verbs.md; progressing/paused are the bundle tests' (verbs.bundle.test.ts).
 */
import type { DeployMode, DeployOptions, DeployReport } from '../deploy.ts';
import { runDeploy } from '../deploy.ts';
import { readRollout } from '../recorded.ts';
import { rollbackRollout, type RolloutHandle } from '../verbs.ts';
import { appManifests, deployOptions, useKubeSim } from './test-utils.ts';

const fx = useKubeSim('kube-phases', {
  'reg/gone:*': { pullError: 'ErrImagePull' },
  'reg/*': { readyAfterMs: 5 },
});

const run = (app: string, over: Partial<DeployOptions>) => runDeploy(deployOptions(fx.kube, app, over));
const first = (app: string, strategy: DeployOptions['strategy'] = 'rolling') =>
  run(app, { strategy, manifests: appManifests(app, 2) });
/** Version 2.0.0 with image `ref` (reg/gone:* never pulls). */
const to2 = (app: string, ref: string, over: Partial<DeployOptions> = {}) =>
  run(app, { version: '2.0.0', images: [{ ref }], ...over });
/** A later job's verb: only app and mode (strategy, router, version from the record). */
const verb = (app: string, mode: DeployMode) =>
  run(app, { mode, version: '', strategy: undefined, router: undefined });
const handle = (app: string): RolloutHandle => ({ ...deployOptions(fx.kube, app) });

const phase = async (app: string) => (await readRollout(fx.kube, 'default', app))?.state;
const deployment = (name: string) =>
  fx.kube.find('read', () => fx.kube.apps.readNamespacedDeployment({ name, namespace: 'default' }));
const image = async (name: string) => (await deployment(name))?.spec?.template?.spec?.containers[0]?.image;
const selected = async (app: string) =>
  (await fx.kube.core.readNamespacedService({ name: app, namespace: 'default' })).spec?.selector?.[
    'shipgate.dev/track'
  ];

/** Rewrites the record on Deployment `app` behind the API's back (a state no run reaches by itself). */
function rewriteRecord(app: string, fields: Record<string, unknown>): void {
  const deployments = fx.sim.store.type('apps', 'deployments')!;
  const dep = fx.sim.store.get(deployments, 'default', app)!;
  const notes = dep.metadata.annotations as Record<string, string>;
  notes['shipgate.dev/rollout'] = JSON.stringify({
    ...JSON.parse(notes['shipgate.dev/rollout']!),
    ...fields,
  });
  fx.sim.store.update(deployments, dep);
}

/** Nothing to do: the step fails (a verb the caller asked for never passes as a no-op) and says why. */
function expectNothing(r: DeployReport, message: RegExp): void {
  expect(r).toMatchObject({ status: 'failed', unchanged: true });
  expect(r.message).toMatch(message);
}

describe('rolling', () => {
  test('failed (auto-rollback off): promote says abort puts the previous version back; abort does it', async () => {
    await first('rf');
    expect(await to2('rf', 'reg/gone:2.0.0', { autoRollback: false })).toMatchObject({ status: 'failed' });
    expect(await phase('rf')).toMatchObject({ phase: 'failed', version: '2.0.0' });
    expectNothing(
      await verb('rf', 'promote'),
      /a rolling update has nothing to promote \(rf 2\.0\.0 is recorded failed\); abort puts 1\.0\.0 back/,
    );
    const abort = await verb('rf', 'abort');
    expect(abort).toMatchObject({ status: 'rolled-back', unchanged: false });
    expect(abort.message).toMatch(/rolling update to 2\.0\.0 aborted: rf is back on 1\.0\.0/);
    expect(await image('rf')).toBe('reg/web:1.0.0');
    expect(await phase('rf')).toMatchObject({ phase: 'rolled-back', version: '1.0.0' });
  });

  test('rolled-back (auto-rollback): promote and abort have nothing to do; rollback never goes to the failed version', async () => {
    await first('rr');
    expect(await to2('rr', 'reg/gone:2.0.0')).toMatchObject({ status: 'rolled-back' });
    expect(await phase('rr')).toMatchObject({
      phase: 'rolled-back',
      version: '1.0.0',
      previousVersion: '2.0.0',
    });
    expectNothing(await verb('rr', 'promote'), /nothing to promote \(rr 1\.0\.0 is recorded rolled-back\)/);
    expectNothing(
      await verb('rr', 'abort'),
      /nothing to abort; use rollback \(rr 1\.0\.0 is recorded rolled-back\)/,
    );
    expect(await rollbackRollout(handle('rr'))).toMatchObject({
      status: 'unchanged',
      message: expect.stringMatching(
        /rr is already back on 1\.0\.0; 2\.0\.0 it left was rolled back; nothing to roll back/,
      ),
    });
    expect(await image('rr')).toBe('reg/web:1.0.0');
  });

  test('succeeded: promote and abort have nothing to do and name the record; rollback restores the version before', async () => {
    await first('rs');
    expect(await to2('rs', 'reg/web:2.0.0')).toMatchObject({ status: 'succeeded' });
    expectNothing(await verb('rs', 'promote'), /nothing to promote \(rs 2\.0\.0 is recorded succeeded\)/);
    expectNothing(
      await verb('rs', 'abort'),
      /nothing to abort; use rollback \(rs 2\.0\.0 is recorded succeeded\)/,
    );
    expect(await rollbackRollout(handle('rs'))).toMatchObject({ status: 'rolled-back' });
    expect(await image('rs')).toBe('reg/web:1.0.0');
  });
});

test('rolling progressing, but the Deployment was changed after the record: promote refuses, naming both', async () => {
  await first('rc');
  rewriteRecord('rc', {
    phase: 'progressing',
    version: '2.0.0',
    images: { web: 'reg/web:2.0.0' },
    previousVersion: '1.0.0',
    previousImages: { web: 'reg/web:1.0.0' },
  });
  const seq = fx.sim.audit.lastSeq();
  await expect(verb('rc', 'promote')).rejects.toThrow(
    /rolling promote: read rollout in progress: deployment rc runs web=reg\/web:1\.0\.0, but its record says the rolling update to 2\.0\.0 set web=reg\/web:2\.0\.0/,
  );
  // Nothing but the Lease was written: no record of a version that does not run.
  expect(fx.sim.audit.mutations(seq).filter((m) => !/leases/.test(m.path))).toEqual([]);
  expect((await phase('rc'))?.phase).toBe('progressing');
});

describe('canary', () => {
  test('failed (auto-rollback off, canary left to inspect): promote points to abort; abort removes it', async () => {
    await first('cf');
    const c = await to2('cf', 'reg/gone:2.0.0', {
      strategy: 'canary',
      canaryWeight: 50,
      autoRollback: false,
    });
    expect(c).toMatchObject({ status: 'failed' });
    expect(await phase('cf')).toMatchObject({ phase: 'failed', canary: 'cf-canary' });
    expect(await deployment('cf-canary')).toBeDefined();
    expectNothing(
      await verb('cf', 'promote'),
      /no canary of cf is in progress; nothing to promote \(canary 2\.0\.0 failed and was left to inspect: abort removes it\)/,
    );
    expect(await image('cf')).toBe('reg/web:1.0.0');
    const abort = await verb('cf', 'abort');
    expect(abort).toMatchObject({
      status: 'rolled-back',
      message: 'canary 2.0.0 aborted: 1.0.0 keeps all traffic',
    });
    expect(await deployment('cf-canary')).toBeUndefined();
    expect(await phase('cf')).toMatchObject({ phase: 'aborted', version: '1.0.0' });
    expect((await phase('cf'))?.canary).toBeUndefined();
    // aborted: nothing is open any more, and rollback does not go to the aborted canary's version.
    expectNothing(await verb('cf', 'abort'), /nothing to abort \(cf 1\.0\.0 is recorded aborted\)/);
    expectNothing(await verb('cf', 'promote'), /nothing to promote \(cf 1\.0\.0 is recorded aborted\)/);
    expect(await rollbackRollout(handle('cf'))).toMatchObject({ status: 'unchanged' });
    expect(await image('cf')).toBe('reg/web:1.0.0');
  });

  test('an orphaned record (the canary never ran) is not promoted: the version never ran beside stable', async () => {
    await first('co');
    rewriteRecord('co', {
      strategy: 'canary',
      phase: 'progressing',
      version: '2.0.0',
      images: { web: 'reg/web:2.0.0' },
      previousVersion: '1.0.0',
      previousImages: { web: 'reg/web:1.0.0' },
      canary: 'co-canary',
      stableReplicas: 2,
    });
    await expect(verb('co', 'promote')).rejects.toThrow(
      /canary promote: read canary: canary 2\.0\.0 of co cannot be promoted: co-canary does not exist \(an orphaned record\)/,
    );
    expect(await image('co')).toBe('reg/web:1.0.0');
    expect(await verb('co', 'abort')).toMatchObject({ status: 'rolled-back' });
  });
});

describe('blue-green', () => {
  test('failed (auto-rollback off, new colour left filled): abort empties it once; a second abort changes nothing', async () => {
    await first('bf', 'blue-green');
    const d = await to2('bf', 'reg/gone:2.0.0', { strategy: 'blue-green', autoRollback: false });
    expect(d).toMatchObject({ status: 'failed' });
    expect(await phase('bf')).toMatchObject({ phase: 'failed', activeColour: 'blue' });
    expect((await deployment('bf-green'))?.spec?.replicas).toBe(2);
    expectNothing(
      await verb('bf', 'promote'),
      /nothing to promote .*\(bf serves 1\.0\.0 on blue, recorded failed\)/,
    );
    const abort = await verb('bf', 'abort');
    expect(abort).toMatchObject({ status: 'rolled-back' });
    expect(abort.message).toMatch(
      /the failed deploy of 2\.0\.0 left on bf-green aborted: scaled to 0; bf stays on blue \(1\.0\.0\)/,
    );
    expect((await deployment('bf-green'))?.spec?.replicas).toBe(0);
    expect(await phase('bf')).toMatchObject({ phase: 'aborted', version: '1.0.0' });
    // Before: abort fell through to rollback, which scaled the dropped colour up and switched to it.
    expectNothing(
      await verb('bf', 'abort'),
      /nothing to abort \(bf serves 1\.0\.0 on blue, recorded aborted\)/,
    );
    expect(await selected('bf')).toBe('blue');
    expect((await deployment('bf-green'))?.spec?.replicas).toBe(0);
    expect(await rollbackRollout(handle('bf'))).toMatchObject({ status: 'unchanged' });
    expect(await selected('bf')).toBe('blue');
  });

  test('rolled-back (auto-rollback before the switch): abort and rollback never switch to the failed colour', async () => {
    await first('br', 'blue-green');
    expect(await to2('br', 'reg/gone:2.0.0', { strategy: 'blue-green' })).toMatchObject({
      status: 'rolled-back',
    });
    expectNothing(
      await verb('br', 'abort'),
      /nothing to abort \(br serves 1\.0\.0 on blue, recorded rolled-back\)/,
    );
    expect(await rollbackRollout(handle('br'))).toMatchObject({
      status: 'unchanged',
      message: expect.stringMatching(/does not hold the version live before; nothing to roll back/),
    });
    expect(await selected('br')).toBe('blue');
    expect((await deployment('br-green'))?.spec?.replicas).toBe(0);
  });

  test('succeeded: abort switches back; rolled-back afterwards: a second abort does not switch forward again', async () => {
    await first('bs', 'blue-green');
    expect(await to2('bs', 'reg/web:2.0.0', { strategy: 'blue-green', scaleDownDelayMs: 0 })).toMatchObject({
      status: 'succeeded',
    });
    expect(await selected('bs')).toBe('green');
    expectNothing(
      await verb('bs', 'promote'),
      /nothing to promote .*\(bs serves 2\.0\.0 on green, recorded succeeded\)/,
    );
    expect(await verb('bs', 'abort')).toMatchObject({ status: 'rolled-back' });
    expect(await selected('bs')).toBe('blue');
    expectNothing(
      await verb('bs', 'abort'),
      /nothing to abort \(bs serves 1\.0\.0 on blue, recorded rolled-back\)/,
    );
    expect(await selected('bs')).toBe('blue');
  });
});
