/**
 * The built bundle interrupted: the Lease lost mid-rollback (another run owns the app: stop before
 * the next write), and SIGTERM during a canary rollback and during the config restore (one
 * version stays live, the Lease is released). Build first: npm run build -- rollback
 */
import { mkdir, writeFile } from 'node:fs/promises';
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
  putSecret,
  startWorld,
  until,
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

test.each([
  ['the undo patch', 'lost', false],
  ['the Secret restore', 'lostsec', true],
])(
  'the Lease lost mid-rollback (renewals failing until it expired, another run taking it): stopped before %s',
  async (_next, app, secret) => {
    await sameConfigReleases(app, secret);
    // The migration hook (a real process) runs until the test has handed the Lease to run B.
    const gate = join(dir, `${app}-gate`);
    const wait = `const fs = require('fs'); const t = setInterval(() => { if (fs.existsSync(${JSON.stringify(gate)})) clearInterval(t); }, 20);`;
    let expiredSeq = 0;
    let fault = '';
    const runB = 'acme/shop run 99 (deploy, 0b0b0b0b)';
    const r = await rollback(
      { app, migration: JSON.stringify([process.execPath, '-e', wait]), 'lease-duration': '2s' },
      {
        onSpawn: () => {
          void (async () => {
            await until(() => /\(rollback, /.test(lease(app)?.spec?.holderIdentity ?? ''));
            fault = sim.faults.inject({ verb: 'update', resource: 'leases', status: 503 }).id;
            const renewed = Date.parse(lease(app)!.spec.renewTime as string);
            await until(() => Date.now() > renewed + 2_000);
            // Expired: from here on another run may own the app. Run B takes the Lease.
            expiredSeq = sim.audit.lastSeq();
            const now = new Date().toISOString();
            const held = lease(app)!;
            sim.store.update(LEASES(), {
              ...held,
              spec: { ...held.spec, holderIdentity: runB, acquireTime: now, renewTime: now },
            });
            await writeFile(gate, '');
          })();
        },
      },
    );
    sim.faults.remove(fault);
    expect(expiredSeq).toBeGreaterThan(0);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rollback-failed');
    if (secret)
      expect(r.stdout).toMatch(new RegExp(`restoring Secret/${app}-secret as 1\\.0\\.0 recorded it`));
    expect(r.stdout).toMatch(
      new RegExp(`lost the deploy lock default/${app}-shipgate-lock: .*this run stopped`),
    );
    expect(r.stdout).toMatch(/no ledger entry: this run no longer holds the Lease/);
    expect(r.stdout).toMatch(/Original cause \(the reason given\): p99 latency doubled/);
    // Nothing written since the Lease expired (no Secret restore, no undo patch, no state, no
    // ledger entry), and run B's Lease left alone.
    expect(sim.audit.mutations(expiredSeq).filter((e) => e.resource !== 'leases')).toEqual([]);
    expect(image(app)).toBe('reg/web:1.1.0');
    expect(leaseHolder(sim, app)).toBe(runB);
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
