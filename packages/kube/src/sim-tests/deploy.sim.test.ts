/**
 * runDeploy against kube-sim with the real client-node over HTTP: each strategy from first deploy
 * through upgrade, failure with auto-rollback, weights, faults, the Lease, dry run.
 */
import { join } from 'node:path';
import { CancelledError, systemClock, InputError } from '@shipgate/core';
import * as k8s from '@kubernetes/client-node';
import { runDeploy, type DeployOptions } from '../deploy.ts';
import { acquireLock } from '../lock.ts';
import { parseManifests, substituteImages } from '../manifests.ts';
import { readLedger } from '../ledger.ts';
import type { KubeSim } from '@shipgate/kube-sim';
import { decodeState } from '../state.ts';
import { appManifests, deployOptions, useKubeSim } from './test-utils.ts';

const fx = useKubeSim('kube-deploy', {
  'reg/web:broken': { pullError: 'ErrImagePull' },
  'reg/web:crash': { crashLoop: { exitCode: 1, logs: ['boot', 'fatal: DATABASE_URL is not set'] } },
  'reg/slow:*': { readyAfterMs: 60_000 },
  'reg/*': { readyAfterMs: 10 },
});
const manifests = (app: string, replicas: number, image = 'reg/web:1.0.0') =>
  appManifests(app, replicas, { image, progressDeadlineSeconds: 600, serviceLabels: true });

const opts = (app: string, over: Partial<DeployOptions>): DeployOptions =>
  deployOptions(fx.kube, app, { backupDir: join(fx.dir, 'backup'), ...over });

const dep = (name: string) => fx.kube.apps.readNamespacedDeployment({ name, namespace: 'default' });
const depMutations = (since: number, name?: string) =>
  fx.sim.audit
    .mutations(since)
    .filter((e) => e.resource === 'deployments' && (!name || e.name === name || e.path.includes(name)));

test('rolling: first deploy, upgrade, same version again changes nothing', async () => {
  const first = await runDeploy(opts('roll', { manifests: manifests('roll', 2) }));
  expect(first).toMatchObject({ status: 'succeeded', unchanged: false });
  const up = await runDeploy(opts('roll', { version: '1.1.0', images: [{ ref: 'reg/web:1.1.0' }] }));
  expect(up).toMatchObject({ status: 'succeeded', previousVersion: '1.0.0' });
  expect(up.backupPath).toMatch(/default-roll-/);
  expect(up.timeline.length).toBeGreaterThan(0);
  const d = await dep('roll');
  expect(d.spec?.template?.spec?.containers[0]?.image).toBe('reg/web:1.1.0');
  expect(d.metadata?.annotations?.['kubernetes.io/change-cause']).toMatch(/shipgate deploy 1.1.0/);
  expect(decodeState(d.metadata?.annotations)).toMatchObject({
    strategy: 'rolling',
    phase: 'succeeded',
    previousVersion: '1.0.0',
    version: '1.1.0',
  });
  // the patch went out as a strategic merge patch
  const patch = fx.sim.audit
    .entries()
    .find((e) => e.verb === 'patch' && e.name === 'roll' && e.body.includes('reg/web:1.1.0'));
  expect(patch?.contentType).toMatch(/application\/strategic-merge-patch\+json/);
  const seq = fx.sim.audit.lastSeq();
  const again = await runDeploy(opts('roll', { version: '1.1.0', images: [{ ref: 'reg/web:1.1.0' }] }));
  expect(again).toMatchObject({ status: 'succeeded', unchanged: true });
  expect(again.message).toMatch(/already runs 1.1.0/);
  expect(depMutations(seq)).toEqual([]);
  expect((await readLedger(fx.kube, 'default', 'roll')).map((e) => e.version)).toEqual(['1.1.0', '1.0.0']);
});

test('rolling: a broken image is diagnosed and rolled back by itself', async () => {
  await runDeploy(opts('pull', { manifests: manifests('pull', 2) }));
  const r = await runDeploy(opts('pull', { version: '1.1.0', images: [{ ref: 'reg/web:broken' }] }));
  expect(r.status).toBe('rolled-back');
  expect(r.problems.some((p) => p.reason === 'ErrImagePull' || p.reason === 'ImagePullBackOff')).toBe(true);
  expect((await dep('pull')).spec?.template?.spec?.containers[0]?.image).toBe('reg/web:1.0.0');
});

test('rolling: a crash loop reports the last log lines; without auto-rollback it fails', async () => {
  await runDeploy(opts('crash', { manifests: manifests('crash', 1) }));
  const r = await runDeploy(
    opts('crash', { version: '1.1.0', images: [{ ref: 'reg/web:crash' }], autoRollback: false }),
  );
  expect(r.status).toBe('failed');
  const crash = r.problems.find((p) => p.reason === 'CrashLoopBackOff');
  expect(crash?.logs?.join('\n')).toMatch(/DATABASE_URL is not set/);
});

test('canary by replica ratio: 25% of 4 is 3 stable + 1 canary, then promote', async () => {
  await runDeploy(opts('can', { manifests: manifests('can', 4) }));
  const r = await runDeploy(
    opts('can', {
      strategy: 'canary',
      canaryWeight: 25,
      version: '2.0.0',
      images: [{ ref: 'reg/web:2.0.0' }],
    }),
  );
  expect(r).toMatchObject({ status: 'succeeded', requestedWeight: 25, effectiveWeight: 25 });
  expect((await dep('can')).spec?.replicas).toBe(3);
  expect((await dep('can-canary')).spec?.replicas).toBe(1);
  expect(decodeState((await dep('can')).metadata?.annotations)).toMatchObject({
    phase: 'paused',
    canary: 'can-canary',
    stableReplicas: 4,
  });
  const p = await runDeploy(opts('can', { strategy: 'canary', mode: 'promote', version: '2.0.0' }));
  expect(p.status).toBe('succeeded');
  // The changes are what happened: the canary was removed, the baseline it never had was not.
  expect(p.changes.filter((c) => c.action === 'delete').map((c) => c.object)).toEqual([
    'Deployment/can-canary',
  ]);
  const after = await dep('can');
  expect(after.spec?.replicas).toBe(4);
  expect(after.spec?.template?.spec?.containers[0]?.image).toBe('reg/web:2.0.0');
  await expect(dep('can-canary')).rejects.toMatchObject({ code: 404 });
  const a = await runDeploy(opts('can', { strategy: 'canary', mode: 'abort', version: '2.0.0' }));
  expect(a).toMatchObject({ unchanged: true });
  expect((await dep('can')).spec?.replicas).toBe(4); // abort with nothing in progress leaves stable alone
});

test('canary: 5% of 3 replicas fails before any change to the app', async () => {
  await runDeploy(opts('tiny', { manifests: manifests('tiny', 3) }));
  const seq = fx.sim.audit.lastSeq();
  await expect(
    runDeploy(
      opts('tiny', {
        strategy: 'canary',
        canaryWeight: 5,
        version: '2.0.0',
        images: [{ ref: 'reg/web:2.0.0' }],
      }),
    ),
  ).rejects.toThrow(InputError);
  expect(depMutations(seq)).toEqual([]);
});

test('blue-green: first deploy creates colours and Services, upgrade switches the selector', async () => {
  const first = await runDeploy(opts('bg', { strategy: 'blue-green', manifests: manifests('bg', 2) }));
  expect(first.status).toBe('succeeded');
  const svc = () => fx.kube.core.readNamespacedService({ name: 'bg', namespace: 'default' });
  expect((await svc()).spec?.selector?.['shipgate.dev/track']).toBe('blue');
  const up = await runDeploy(
    opts('bg', { strategy: 'blue-green', version: '1.1.0', images: [{ ref: 'reg/web:1.1.0' }] }),
  );
  expect(up).toMatchObject({ status: 'succeeded', previousVersion: '1.0.0' });
  expect((await svc()).spec?.selector?.['shipgate.dev/track']).toBe('green');
  expect((await dep('bg-blue')).spec?.replicas).toBe(0);
  expect((await dep('bg-green')).spec?.template?.spec?.containers[0]?.image).toBe('reg/web:1.1.0');
});

test('dry run: every write carries dryRun, nothing changes', async () => {
  await runDeploy(opts('dry', { manifests: manifests('dry', 2) }));
  const seq = fx.sim.audit.lastSeq();
  const r = await runDeploy(
    opts('dry', { dryRun: true, version: '1.1.0', images: [{ ref: 'reg/web:1.1.0' }] }),
  );
  expect(r.status).toBe('succeeded');
  expect(r.changes.some((c) => c.object === 'Deployment/dry' && /reg\/web:1.1.0/.test(c.detail))).toBe(true);
  expect(fx.sim.audit.mutations(seq)).toEqual([]);
  expect(fx.sim.audit.entries(seq).some((e) => e.verb === 'patch' && e.query.dryRun === 'All')).toBe(true);
  expect((await dep('dry')).spec?.template?.spec?.containers[0]?.image).toBe('reg/web:1.0.0');
});

test('transient faults (503, 429, dropped connection, 409) are retried', async () => {
  await runDeploy(opts('flaky', { manifests: manifests('flaky', 1) }));
  fx.sim.faults.inject({ verb: 'patch', resource: 'deployments', name: 'flaky', status: 503, count: 2 });
  fx.sim.faults.inject({
    verb: 'get',
    resource: 'deployments',
    name: 'flaky',
    status: 429,
    retryAfterSeconds: 0,
    count: 1,
  });
  fx.sim.faults.inject({ verb: 'update', resource: 'leases', status: 409, count: 1 });
  fx.sim.faults.inject({ verb: 'list', resource: 'services', drop: true, count: 1 });
  const r = await runDeploy(opts('flaky', { version: '1.1.0', images: [{ ref: 'reg/web:1.1.0' }] }));
  expect(r.status).toBe('succeeded');
  expect(fx.sim.audit.entries().filter((e) => e.fault).length).toBeGreaterThanOrEqual(4);
});

test('a permanent error (403) fails at once with the API reason and no headers', async () => {
  await runDeploy(opts('denied', { manifests: manifests('denied', 1) }));
  fx.sim.faults.inject({
    verb: 'patch',
    resource: 'deployments',
    name: 'denied',
    status: 403,
    message: 'deployments.apps "denied" is forbidden: User cannot patch',
    count: 5,
  });
  const err = await runDeploy(opts('denied', { version: '1.1.0', images: [{ ref: 'reg/web:1.1.0' }] })).catch(
    (e: Error) => e,
  );
  expect(err.message).toMatch(/\(403\): deployments.apps "denied" is forbidden/);
  expect(err.message).not.toMatch(/content-type|authorization/i);
  expect(
    fx.sim.audit.entries().filter((e) => e.verb === 'patch' && e.name === 'denied' && e.fault),
  ).toHaveLength(1);
});

test('the Lease: a second deploy waits, then fails naming the holder', async () => {
  await runDeploy(opts('locked', { manifests: manifests('locked', 1) }));
  const held = await acquireLock(fx.kube, {
    namespace: 'default',
    app: 'locked',
    holder: 'octo/shop run 41 (deploy)',
    waitMs: 0,
    clock: systemClock,
  });
  try {
    const started = Date.now();
    const err = await runDeploy(
      opts('locked', { version: '1.1.0', images: [{ ref: 'reg/web:1.1.0' }], lockTimeoutMs: 1500 }),
    ).catch((e: Error) => e);
    expect(err.message).toMatch(/held by octo\/shop run 41 \(deploy\)/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
  } finally {
    await held.release();
  }
  const r = await runDeploy(opts('locked', { version: '1.1.0', images: [{ ref: 'reg/web:1.1.0' }] }));
  expect(r.status).toBe('succeeded');
});

/** Resolves when the audit log shows a request matching `pred` (polled on the event loop, no long sleeps). */
async function seen(pred: (e: ReturnType<KubeSim['audit']['entries']>[number]) => boolean): Promise<void> {
  while (!fx.sim.audit.entries().some(pred)) await new Promise((r) => setTimeout(r, 10));
}

test('cancelled mid-canary: the half-placed canary is removed, stable restored, lease released', async () => {
  await runDeploy(opts('sigc', { manifests: manifests('sigc', 4) }));
  const ac = new AbortController();
  const seq = fx.sim.audit.lastSeq();
  const running = runDeploy(
    opts('sigc', {
      strategy: 'canary',
      canaryWeight: 25,
      version: '2.0.0',
      images: [{ ref: 'reg/slow:2.0.0' }],
      signal: ac.signal,
    }),
  );
  await seen(
    (e) =>
      // server-side apply: the arm is created by an apply PATCH
      e.seq > seq && e.verb === 'patch' && e.name === 'sigc-canary' && !e.query.dryRun,
  );
  ac.abort(new CancelledError('SIGTERM'));
  await expect(running).rejects.toThrow(CancelledError);
  await expect(dep('sigc-canary')).rejects.toMatchObject({ code: 404 });
  const stable = await dep('sigc');
  expect(stable.spec?.replicas).toBe(4);
  expect(stable.spec?.template?.spec?.containers[0]?.image).toBe('reg/web:1.0.0');
  expect(decodeState(stable.metadata?.annotations)).toMatchObject({ phase: 'aborted' });
  const lease = await fx.kube.coordination.readNamespacedLease({
    name: 'sigc-shipgate-lock',
    namespace: 'default',
  });
  expect(lease.spec?.holderIdentity).toBeUndefined();
});

test('cancelled mid-blue-green: the Service stays on the old colour, the new one is emptied', async () => {
  await runDeploy(opts('sigb', { strategy: 'blue-green', manifests: manifests('sigb', 2) }));
  const ac = new AbortController();
  const seq = fx.sim.audit.lastSeq();
  const running = runDeploy(
    opts('sigb', {
      strategy: 'blue-green',
      version: '2.0.0',
      images: [{ ref: 'reg/slow:2.0.0' }],
      signal: ac.signal,
    }),
  );
  await seen(
    (e) =>
      // server-side apply: the arm is created by an apply PATCH
      e.seq > seq && e.verb === 'patch' && e.name === 'sigb-green' && !e.query.dryRun,
  );
  ac.abort(new CancelledError('SIGTERM'));
  await expect(running).rejects.toThrow(CancelledError);
  const svc = await fx.kube.core.readNamespacedService({ name: 'sigb', namespace: 'default' });
  expect(svc.spec?.selector?.['shipgate.dev/track']).toBe('blue');
  expect((await dep('sigb-green')).spec?.replicas).toBe(0);
  expect((await dep('sigb-blue')).spec?.replicas).toBe(2);
});

test('rolling upgrade with manifests re-applies the whole Deployment with the new image', async () => {
  await runDeploy(opts('man', { manifests: manifests('man', 1) }));
  const next = manifests('man', 2);
  const r = await runDeploy(
    opts('man', {
      version: '1.1.0',
      images: [{ ref: 'reg/web:1.1.0' }],
      manifests: substituteImages(next, [{ ref: 'reg/web:1.1.0' }]),
    }),
  );
  expect(r.status).toBe('succeeded');
  const d = await dep('man');
  expect(d.spec?.replicas).toBe(2);
  expect(d.spec?.template?.spec?.containers[0]?.image).toBe('reg/web:1.1.0');
  expect(decodeState(d.metadata?.annotations)).toMatchObject({
    version: '1.1.0',
    phase: 'succeeded',
    previousVersion: '1.0.0',
  });
});

test('promote and abort without a version take it from the recorded rollout', async () => {
  await runDeploy(opts('pv', { manifests: manifests('pv', 4) }));
  await runDeploy(
    opts('pv', {
      strategy: 'canary',
      canaryWeight: 25,
      version: '3.0.0',
      images: [{ ref: 'reg/web:3.0.0' }],
    }),
  );
  const p = await runDeploy(opts('pv', { strategy: 'canary', mode: 'promote', version: '' }));
  expect(p).toMatchObject({ status: 'succeeded', version: '3.0.0' });
  expect((await readLedger(fx.kube, 'default', 'pv'))[0]).toMatchObject({
    version: '3.0.0',
    outcome: 'promoted',
    images: { web: 'reg/web:3.0.0' },
  });
});

test('manifests: a Service is applied keeping its clusterIP and a field another manager added, a ConfigMap gets the new data, an unserved kind is refused', async () => {
  const extra = (data: string, note: string) =>
    parseManifests(
      `apiVersion: v1
kind: ConfigMap
metadata: {name: cfg-apply, labels: {app: apply}}
data: {mode: "${data}"}
---
apiVersion: v1
kind: Service
metadata: {name: apply-extra, annotations: {note: "${note}"}}
spec: {selector: {app: apply}, ports: [{port: 81, targetPort: 8080}]}
`,
      'extra.yaml',
    );
  const first = await runDeploy(
    opts('apply', { manifests: [...manifests('apply', 1), ...extra('a', 'one')] }),
  );
  expect(first.status).toBe('succeeded');
  const svc1 = await fx.kube.core.readNamespacedService({ name: 'apply-extra', namespace: 'default' });
  await fx.kube.core.patchNamespacedService(
    { name: 'apply-extra', namespace: 'default', body: { metadata: { annotations: { live: 'kept' } } } },
    k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
  );
  const second = await runDeploy(
    opts('apply', { version: '1.1.0', manifests: [...manifests('apply', 1), ...extra('b', 'two')] }),
  );
  expect(second.status).toBe('succeeded');
  const svc2 = await fx.kube.core.readNamespacedService({ name: 'apply-extra', namespace: 'default' });
  expect(svc1.spec?.clusterIP).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(svc2.spec?.clusterIP).toBe(svc1.spec?.clusterIP);
  expect(svc2.spec?.ports?.[0]?.port).toBe(81);
  expect(svc2.metadata?.annotations).toMatchObject({ note: 'two', live: 'kept' });
  const cm = await fx.kube.core.readNamespacedConfigMap({ name: 'cfg-apply', namespace: 'default' });
  expect(cm.data).toEqual({ mode: 'b' });
  const widget = parseManifests(
    'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n',
    'bad.yaml',
  );
  const seq = fx.sim.audit.lastSeq();
  await expect(
    runDeploy(opts('apply', { version: '1.2.0', manifests: [...manifests('apply', 1), ...widget] })),
  ).rejects.toThrow(
    expect.objectContaining({
      name: 'UnservedKindError',
      message: expect.stringMatching(/apply Widget\/w from bad\.yaml.*404.*GET \/apis\/example\.com\/v1/s),
    }),
  );
  expect(fx.sim.audit.mutations(seq)).toEqual([]);
});
