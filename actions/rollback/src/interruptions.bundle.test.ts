/**
 * The built bundle interrupted: the Lease lost mid-rollback (another run owns the app: stop before
 * the next write) or while the migration runs (the migration itself stopped), and SIGTERM during a canary rollback and during the config restore (one
 * version stays live, the Lease is released). Build first: npm run build -- rollback
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KubeClient } from '@shipgate/kube';
import type { KubeSim } from '@shipgate/kube-sim';
import { stringify } from 'yaml';
import type { runBundle } from '../../../test/support/run-bundle.ts';
import {
  appManifests,
  deploy,
  deploymentOf,
  killWhen,
  leaseHolder,
  ledgerOf,
  putSecret,
  startWorld,
  until,
  writeJob,
  type World,
} from './test-setup.ts';

let w: World;
let sim: KubeSim;
let kube: KubeClient;
let dir: string;
let backups: string;

beforeAll(async () => {
  w = await startWorld('interrupted', ['v1.0.0', 'v1.1.0']);
  ({ sim, kube, dir } = w);
  backups = join(dir, 'backups');
});
afterAll(() => w.stop());

const rollback = (inputs: Record<string, string>, extra: Parameters<typeof runBundle>[1] = {}) =>
  w.rollback({ 'backup-dir': backups, ...inputs }, extra);

const LEASES = () => sim.store.type('coordination.k8s.io', 'leases')!;
const lease = (app: string) => sim.store.get(LEASES(), 'default', `${app}-shipgate-lock`);
const image = (name: string) => deploymentOf(sim, name)?.spec.template.spec.containers[0].image;

/** 1.0.0 then 1.1.0 (ConfigMap FEATURE v1 → v2), a backup of each deploy in `backups`. */
async function releases(app: string, replicas = 2) {
  await putSecret(kube, app, 's');
  await deploy(kube, app, '1.0.0', {
    manifests: appManifests(app, 'reg/web:1.0.0', replicas),
    backupDir: backups,
  });
  await deploy(kube, app, '1.1.0', {
    manifests: appManifests(app, 'reg/web:1.1.0', replicas, 'v2'),
    backupDir: backups,
  });
}

/**
 * 1.0.0 then 1.1.0 with the same ConfigMap. `secret`: the Secret changes between them and a
 * hand-kept backup in backup-dir holds 1.0.0's Secret (so the rollback restores it first).
 */
async function sameConfigReleases(app: string, secret: boolean) {
  await putSecret(kube, app, 'one');
  await deploy(kube, app, '1.0.0', { manifests: appManifests(app, 'reg/web:1.0.0') });
  if (secret) {
    const live = sim.store.get(sim.store.type('', 'secrets')!, 'default', `${app}-secret`)!;
    await mkdir(backups, { recursive: true });
    await writeFile(
      join(backups, `default-${app}-kept-by-hand.yaml`),
      stringify({ apiVersion: 'v1', kind: 'Secret', metadata: live.metadata, data: live.data }),
    );
    await putSecret(kube, app, 'two');
  }
  await deploy(kube, app, '1.1.0', { manifests: appManifests(app, 'reg/web:1.1.0') });
}

const RUN_B = 'acme/shop run 99 (deploy, 0b0b0b0b)';

/**
 * While the rollback of `app` runs: once it holds the Lease, its renewals fail (503) until the
 * Lease expired, then run B takes it. Resolves with the audit sequence at the expiry (from there
 * on the app is run B's) — and runs in the background of the bundle's run.
 */
function loseLeaseToRunB(app: string) {
  let fault = '';
  let resolveSeq: (seq: number) => void = () => undefined;
  const expiredSeq = new Promise<number>((r) => (resolveSeq = r));
  const start = async () => {
    await until(() => /\(rollback, /.test(lease(app)?.spec?.holderIdentity ?? ''));
    fault = sim.faults.inject({ verb: 'update', resource: 'leases', status: 503 }).id;
    const renewed = Date.parse(lease(app)!.spec.renewTime as string);
    await until(() => Date.now() > renewed + 2_000);
    resolveSeq(sim.audit.lastSeq());
    const now = new Date().toISOString();
    const held = lease(app)!;
    sim.store.update(LEASES(), {
      ...held,
      spec: { ...held.spec, holderIdentity: RUN_B, acquireTime: now, renewTime: now },
    });
  };
  return {
    onSpawn: () => void start(),
    expiredSeq,
    done: () => sim.faults.remove(fault),
  };
}

/** What the rollback asserted for a run that lost its Lease: failed, said why, no ledger entry, run B's Lease kept. */
function expectStoppedByLostLease(r: Awaited<ReturnType<typeof rollback>>, app: string) {
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('rollback-failed');
  expect(r.stdout).toMatch(
    new RegExp(`lost the deploy lock default/${app}-shipgate-lock: .*this run stopped`),
  );
  expect(r.stdout).toMatch(/no ledger entry: this run no longer holds the Lease/);
  expect(r.stdout).toMatch(/Original cause \(the reason given\): p99 latency doubled/);
  expect(image(app)).toBe('reg/web:1.1.0');
  expect(leaseHolder(sim, app)).toBe(RUN_B);
}

test.each([
  ['the undo patch', 'lost', false],
  ['the Secret restore', 'lostsec', true],
])(
  'the Lease lost mid-rollback (renewals failing until it expired, another run taking it): stopped before %s',
  async (_next, app, secret) => {
    await sameConfigReleases(app, secret);
    // The backup's list of autoscalers is slow: the Lease is lost while the backup phase runs.
    const slow = sim.faults.inject({ verb: 'list', resource: 'horizontalpodautoscalers', latencyMs: 5_000 });
    const lose = loseLeaseToRunB(app);
    const r = await rollback({ app, 'lease-duration': '2s' }, { onSpawn: lose.onSpawn });
    lose.done();
    sim.faults.remove(slow.id);
    if (secret)
      expect(r.stdout).toMatch(new RegExp(`restoring Secret/${app}-secret as 1\\.0\\.0 recorded it`));
    expectStoppedByLostLease(r, app);
    // Nothing written since the Lease expired (no Secret restore, no undo patch, no state, no ledger entry).
    const seq = await lose.expiredSeq;
    expect(sim.audit.mutations(seq).filter((e) => e.resource !== 'leases')).toEqual([]);
  },
);

test.each([
  ['an argv command: its process is killed', 'lostcmd', 'argv'],
  ['a Job: it is deleted with its pods', 'lostjob', 'job'],
])(
  'the Lease lost while the migration runs (renewals failing until another run took it): %s, the rollback fails before any further write',
  async (_what, app, kind) => {
    await sameConfigReleases(app, false);
    const pidFile = join(dir, `${app}.pid`);
    const forever = `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000)`;
    sim.controllers!.setImageBehaviour('reg/migrate:forever', { readyAfterMs: 120_000 });
    const migration =
      kind === 'argv'
        ? JSON.stringify([process.execPath, '-e', forever])
        : await writeJob(join(dir, 'jobs'), `${app}-down`, 'reg/migrate:forever');
    const lose = loseLeaseToRunB(app);
    const r = await rollback(
      { app, migration, 'lease-duration': '2s', 'migration-timeout': '5m' },
      { onSpawn: lose.onSpawn },
    );
    lose.done();
    expectStoppedByLostLease(r, app);
    expect(r.summary).toMatch(/\| database \| ❌ failed \|.*lost the deploy lock/);
    const seq = await lose.expiredSeq;
    const writes = sim.audit.mutations(seq).filter((e) => e.resource !== 'leases');
    if (kind === 'argv') {
      expect(r.stdout).toMatch(/migration .* stopped \(SIGTERM\): this run lost the Lease/);
      const pid = Number(await readFile(pidFile, 'utf8'));
      expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
      expect(writes).toEqual([]);
    } else {
      expect(r.stdout).toMatch(
        new RegExp(`migration Job ${app}-down-\\d+ deleted with its pods: this run lost the Lease`),
      );
      // The one write after the expiry: deleting this run's own Job (with Background propagation).
      expect(writes.map((e) => `${e.verb} ${e.resource} ${e.query.propagationPolicy ?? ''}`)).toEqual([
        'delete jobs Background',
      ]);
      expect(
        sim.store
          .list(sim.store.type('batch', 'jobs')!, 'default')
          .items.filter((j) => j.metadata.name.startsWith(`${app}-down`)),
      ).toEqual([]);
      await until(
        () =>
          !sim.store
            .list(sim.store.type('', 'pods')!, 'default')
            .items.some((p) => p.metadata.labels?.['job-name']?.startsWith(`${app}-down`)),
      );
    }
  },
);

test('a Secret that changed since the target was recorded is restored from a backup that holds it', async () => {
  await sameConfigReleases('sec', true);
  const r = await rollback({ app: 'sec' });
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(
    /restoring Secret\/sec-secret as 1\.0\.0 recorded it \(from .*default-sec-kept-by-hand\.yaml\)/,
  );
  const live = sim.store.get(sim.store.type('', 'secrets')!, 'default', 'sec-secret');
  const token = (live?.data as Record<string, string> | undefined)?.TOKEN ?? '';
  expect(Buffer.from(token, 'base64').toString()).toBe('one');
  expect(image('sec')).toBe('reg/web:1.0.0');
});

test('SIGTERM during a canary rollback: the canary goes, stable keeps all traffic on one version, the Lease is released', async () => {
  await putSecret(kube, 'cterm', 's');
  await deploy(kube, 'cterm', '1.0.0', { manifests: appManifests('cterm', 'reg/web:1.0.0', 4) });
  await deploy(kube, 'cterm', '1.1.0', { strategy: 'canary', canaryWeight: 25 });
  expect(deploymentOf(sim, 'cterm')?.spec.replicas).toBe(3);
  // Stable's fourth pod never gets ready: the rollback is cancelled while it waits for stable's capacity.
  sim.controllers!.setImageBehaviour('reg/web:1.0.0', { readyAfterMs: 60_000 });
  const seq = sim.audit.lastSeq();
  const scaled = () =>
    sim.audit
      .mutations(seq)
      .some((e) => e.verb === 'patch' && e.resource === 'deployments' && e.name === 'cterm');
  const r = await rollback({ app: 'cterm' }, { onSpawn: killWhen(scaled) });
  sim.controllers!.setImageBehaviour('reg/web:1.0.0', { readyAfterMs: 10 });
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('rollback-failed');
  expect(r.stdout).toMatch(/cancelled/);
  expect(deploymentOf(sim, 'cterm-canary')).toBeUndefined();
  expect(deploymentOf(sim, 'cterm-baseline')).toBeUndefined();
  expect(image('cterm')).toBe('reg/web:1.0.0');
  const pods = await kube.core.listNamespacedPod({ namespace: 'default' });
  const versions = new Set(
    pods.items
      .filter(
        (p) =>
          p.metadata?.labels?.['shipgate.dev/app'] === 'cterm' ||
          p.metadata?.labels?.app?.startsWith('cterm'),
      )
      .filter((p) => !p.metadata?.deletionTimestamp)
      .map((p) => p.spec?.containers[0]?.image),
  );
  expect([...versions]).toEqual(['reg/web:1.0.0']);
  expect(leaseHolder(sim, 'cterm')).toBeUndefined();
});

test('SIGTERM during the config restore: config and pod template end on the same version, the Lease is released', async () => {
  await releases('rterm');
  sim.controllers!.setImageBehaviour('reg/web:1.0.0', { readyAfterMs: 60_000 });
  // The restore's write is slow, so SIGTERM lands while it is in flight.
  const slow = sim.faults.inject({ resource: 'configmaps', name: 'rterm-config', latencyMs: 600 }).id;
  let restoring = false;
  const r = await rollback(
    { app: 'rterm' },
    {
      onStdout: (chunk) => {
        if (/restoring ConfigMap\/rterm-config/.test(chunk)) restoring = true;
      },
      onSpawn: killWhen(() => restoring),
    },
  );
  sim.faults.remove(slow);
  sim.controllers!.setImageBehaviour('reg/web:1.0.0', { readyAfterMs: 10 });
  expect(restoring).toBe(true);
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('rollback-failed');
  expect(r.stdout).toMatch(/cancelled/);
  const cm = sim.store.get(sim.store.type('', 'configmaps')!, 'default', 'rterm-config');
  const config = (cm?.data as Record<string, string> | undefined)?.FEATURE;
  // One version: 1.0.0's config with 1.0.0's template (Kubernetes finishes that rollout), never a mix.
  expect({ config, image: image('rterm') }).toEqual({ config: 'v1', image: 'reg/web:1.0.0' });
  expect(leaseHolder(sim, 'rterm')).toBeUndefined();
});

test('SIGTERM during a hung API call stops at once: the call is aborted, the failure recorded in the ledger, the Lease released', async () => {
  await sameConfigReleases('hung', false);
  // The backup's list of autoscalers hangs (5 min): only the run's signal can end it.
  const hung = sim.faults.inject({ verb: 'list', resource: 'horizontalpodautoscalers', latencyMs: 300_000 });
  let sentAt = 0;
  const r = await rollback(
    { app: 'hung' },
    {
      onSpawn: (child) =>
        void until(() => sim.faults.list().some((f) => f.id === hung.id && f.hits > 0)).then(() => {
          sentAt = Date.now();
          child.kill('SIGTERM');
        }),
    },
  );
  const exitedAfterMs = Date.now() - sentAt;
  sim.faults.remove(hung.id);
  expect(sentAt).toBeGreaterThan(0);
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('rollback-failed');
  expect(r.stdout).toMatch(/rollback of hung 1\.1\.0 → 1\.0\.0 cancelled/);
  // Cleanup is bounded by CLEANUP_MS (7 s); the hung call itself ends at once.
  expect(exitedAfterMs).toBeLessThan(7_000);
  expect((await ledgerOf(kube, 'hung'))[0]).toMatchObject({ version: '1.0.0', outcome: 'rollback-failed' });
  expect(leaseHolder(sim, 'hung')).toBeUndefined();
  expect(image('hung')).toBe('reg/web:1.1.0');
});

test('SIGKILL between the config restore and the undo patch (the one window no ordering closes): a re-run finishes the rollback', async () => {
  await releases('killed');
  // The undo patch is slow, so the runner's SIGKILL lands after the ConfigMap write and before it.
  const slow = sim.faults.inject({
    verb: 'patch',
    resource: 'deployments',
    name: 'killed',
    latencyMs: 3_000,
  });
  const seq = sim.audit.lastSeq();
  const restored = () =>
    sim.audit.mutations(seq).some((e) => e.resource === 'configmaps' && e.name === 'killed-config');
  const r = await rollback(
    { app: 'killed', 'lease-duration': '2s' },
    {
      onSpawn: (child) => void until(restored).then(() => child.kill('SIGKILL')),
    },
  );
  sim.faults.remove(slow.id);
  expect(r.signal).toBe('SIGKILL');
  const config = () =>
    (
      sim.store.get(sim.store.type('', 'configmaps')!, 'default', 'killed-config')?.data as Record<
        string,
        string
      >
    ).FEATURE;
  // The window: 1.0.0's config under 1.1.0's template (running pods keep the config they started with).
  expect({ config: config(), image: image('killed') }).toEqual({ config: 'v1', image: 'reg/web:1.1.0' });
  // The same rollback again: waits out the dead run's Lease, finds the config already 1.0.0's, undoes the template.
  const again = await rollback({ app: 'killed' });
  expect(again.exitCode).toBe(0);
  expect(again.stdout).toMatch(/waiting for the lock held by .*\(rollback, /);
  expect(again.stdout).not.toMatch(/restoring ConfigMap/);
  expect({ config: config(), image: image('killed') }).toEqual({ config: 'v1', image: 'reg/web:1.0.0' });
});
