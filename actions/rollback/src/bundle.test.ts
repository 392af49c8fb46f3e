/**
 * The built bundle (dist/rollback) as the runner runs it, against kube-sim, with a real git
 * repository for the tags: the guards (no mutating request on a refusal), a rolling rollback to
 * the default target, config and secret drift, the migration hook, verification, restore-from.
 * Build first: npm run build -- rollback
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { KubeClient } from '@shipgate/kube';
import type { KubeSim } from '@shipgate/kube-sim';
import { runBundle } from '../../../test/support/run-bundle.ts';
import {
  appManifests,
  deploy,
  deploymentOf,
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
let down: Server;

beforeAll(async () => {
  w = await startWorld('bundle', ['v0.9.0', 'v1.0.0', 'v1.1.0', 'v1.2.0'], {
    images: {
      'reg/migrate:fail': {
        crashLoop: { exitCode: 3, logs: ['migrating down to 41', 'ERROR: lock timeout on table orders'] },
      },
      'reg/migrate:ok': {
        process: { command: process.execPath, args: ['-e', "console.log('migrated down to 41')"] },
      },
      'reg/*': { readyAfterMs: 10 },
    },
    defaults: { reason: 'checkout errors after 1.1.0' },
  });
  ({ sim, kube, dir } = w);
  backups = join(dir, 'backups');
  down = createServer((_req, res) => res.writeHead(503).end('down for maintenance'));
  await new Promise<void>((r) => down.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  await w.stop();
  await new Promise((r) => down.close(r));
});

const env = () => w.env();
const rollback = (inputs: Record<string, string>, extra: Parameters<typeof runBundle>[1] = {}) =>
  w.rollback({ 'backup-dir': backups, ...inputs }, extra);

/** web-<n> at 1.0.0 then 1.1.0 (ConfigMap FEATURE v1 → v2), backups of each deploy in `backups`. */
async function twoReleases(app: string) {
  await putSecret(kube, app, 'one');
  await deploy(kube, app, '1.0.0', { manifests: appManifests(app, 'reg/web:1.0.0'), backupDir: backups });
  await deploy(kube, app, '1.1.0', {
    manifests: appManifests(app, 'reg/web:1.1.0', 2, 'v2'),
    backupDir: backups,
  });
}

describe('refusals make no mutating request', () => {
  beforeAll(() => twoReleases('guard'));

  test.each([
    ['missing', undefined],
    ['lower case', 'confirm'],
    ['mixed case', 'Confirm'],
    ['leading space', ' CONFIRM'],
    ['extra characters', 'CONFIRM!'],
  ])('confirmation %s', async (_name, confirmation) => {
    const seq = sim.audit.lastSeq();
    const inputs: Record<string, string> = { app: 'guard' };
    const r = await runBundle('rollback', {
      inputs: { reason: 'x', ...inputs, ...(confirmation === undefined ? {} : { confirmation }) },
      env: env(),
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/Invalid input "confirmation".*allowed: exactly CONFIRM/);
    expect(sim.audit.entries(seq)).toEqual([]);
  });

  test('a blank reason', async () => {
    const seq = sim.audit.lastSeq();
    const r = await rollback({ app: 'guard', reason: '   ' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/Invalid input "reason"/);
    expect(sim.audit.entries(seq)).toEqual([]);
  });

  test('a target-version that is not semver: an input error before any request', async () => {
    const seq = sim.audit.lastSeq();
    const r = await rollback({ app: 'guard', 'target-version': 'latest' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/Invalid input "target-version".*allowed: semver/);
    expect(sim.audit.entries(seq)).toEqual([]);
  });

  test.each([
    ['an unknown tag', '9.9.9', /9\.9\.9 is not a tag/],
    [
      'a tag never deployed',
      'v0.9.0',
      /0\.9\.0 is not in the release ledger nor in the app's revision history/,
    ],
    ['the running version', '1.1.0', /1\.1\.0 is the running version/],
  ])('%s: refused with the valid targets listed', async (_name, target, why) => {
    const seq = sim.audit.lastSeq();
    const r = await rollback({ app: 'guard', 'target-version': target });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('refused');
    expect(r.stdout).toMatch(why);
    expect(r.stdout).toMatch(/Versions it can roll back to: 1\.0\.0/);
    expect(r.summary).toMatch(/Versions it can roll back to: 1\\?\.0\\?\.0/);
    expect(sim.audit.entries(seq).length).toBeGreaterThan(0); // it did read the cluster …
    expect(sim.audit.mutations(seq)).toEqual([]); // … and changed nothing
    expect(leaseHolder(sim, 'guard')).toBeUndefined();
  });
});

test('rolling: default target from the ledger, undo to its ReplicaSet, ConfigMap restored, Secret drift reported', async () => {
  await twoReleases('web');
  await putSecret(kube, 'web', 'two'); // changed after 1.1.0 was recorded (drift from every release: force)
  const r = await rollback({ app: 'web', force: 'true' });
  expect(r.stdout).not.toMatch(/::error/);
  expect(r.exitCode).toBe(0);
  expect(r.outputs).toMatchObject({
    status: 'rolled-back',
    'from-version': '1.1.0',
    'to-version': '1.0.0',
    strategy: 'rolling',
  });
  expect(Number(r.outputs['duration-seconds'])).toBeGreaterThan(0);
  const dep = deploymentOf(sim, 'web');
  expect(dep?.spec.template.spec.containers[0].image).toBe('reg/web:1.0.0');
  expect(dep?.metadata.annotations?.['kubernetes.io/change-cause']).toBe('shipgate deploy 1.0.0');
  const cm = sim.store.get(sim.store.type('', 'configmaps')!, 'default', 'web-config');
  expect(cm?.data).toEqual({ FEATURE: 'v1' });
  expect(r.stdout).toMatch(/config drift: Secret\/web-secret changed since 1\.0\.0 was recorded/);
  expect(r.summary).toMatch(/restored ConfigMap\/web-config/);
  const [entry] = await ledgerOf(kube, 'web');
  expect(entry).toMatchObject({
    version: '1.0.0',
    outcome: 'restored',
    from: '1.1.0',
    actor: 'alice',
    reason: 'checkout errors after 1.1.0',
  });
  expect(await readFile(r.outputs['backup-path']!, 'utf8')).toMatch(/rollback from 1\.1\.0/);
  expect(r.summary).toMatch(/\| validation \| ✅ ok \|/);
  expect(r.summary).toMatch(/```mermaid\ngantt/);
  expect(r.summary).toMatch(/\| ✅ \| pods of Deployment web \| 2\/2 ready pods run reg\/web:1\.0\.0 \|/);
  expect(leaseHolder(sim, 'web')).toBeUndefined();
});

test('verification judges every ready pod: a stray pod the selector matches on another image fails it', async () => {
  await twoReleases('stray');
  // Started by hand with the app's labels: the Service sends it traffic, no ReplicaSet owns it.
  await kube.core.createNamespacedPod({
    namespace: 'default',
    body: {
      metadata: { name: 'stray-by-hand', labels: { app: 'stray' } },
      spec: { containers: [{ name: 'web', image: 'reg/web:1.1.0' }] },
    },
  });
  await until(() =>
    (sim.store.get(sim.store.type('', 'pods')!, 'default', 'stray-by-hand')?.status?.conditions ?? []).some(
      (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
    ),
  );
  const r = await rollback({ app: 'stray', force: 'true' });
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('verification-failed');
  expect(r.stdout).toMatch(
    /✗ pods of Deployment stray: stray-by-hand runs web=reg\/web:1\.1\.0 \(want reg\/web:1\.0\.0\)/,
  );
  expect(r.stdout).toMatch(/✓ Deployment stray: rollout complete, 2\/2 pods ready on 1\.0\.0/);
});

test('live config that matches no recorded release is refused without force', async () => {
  await twoReleases('drift');
  const cms = sim.store.type('', 'configmaps')!;
  const cm = sim.store.get(cms, 'default', 'drift-config')!;
  sim.store.update(cms, { ...cm, data: { FEATURE: 'hand-edited' } });
  const seq = sim.audit.lastSeq();
  const r = await rollback({ app: 'drift' });
  expect(r.outputs.status).toBe('refused');
  expect(r.stdout).toMatch(/ConfigMap\/drift-config differs from every recorded release.*force/);
  expect(sim.audit.mutations(seq)).toEqual([]);
});

test('a failing migration Job stops the rollback before the application is touched; its logs are shown', async () => {
  await twoReleases('mig');
  const job = await writeJob(join(dir, 'jobs'), 'mig-down', 'reg/migrate:fail');
  const r = await rollback({ app: 'mig', migration: job });
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('rollback-failed');
  expect(r.stdout).toMatch(/ERROR: lock timeout on table orders/);
  expect(r.stdout).toMatch(
    /migration Job mig-down-\d+ failed: BackoffLimitExceeded.*the application was not touched/,
  );
  expect(r.stdout).toMatch(/Original cause \(the reason given\): checkout errors after 1\.1\.0/);
  expect(deploymentOf(sim, 'mig')?.spec.template.spec.containers[0].image).toBe('reg/web:1.1.0');
  expect(leaseHolder(sim, 'mig')).toBeUndefined();
});

test('a migration that outlives migration-timeout is stopped, and so is the rollback, before the application', async () => {
  await twoReleases('mto');
  const hang = JSON.stringify([process.execPath, '-e', 'setInterval(() => {}, 1000)']);
  const r = await rollback({ app: 'mto', migration: hang, 'migration-timeout': '1s' });
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('rollback-failed');
  expect(r.stdout).toMatch(/did not finish within 1s; it was stopped; the application was not touched/);
  expect(deploymentOf(sim, 'mto')?.spec.template.spec.containers[0].image).toBe('reg/web:1.1.0');
  expect(leaseHolder(sim, 'mto')).toBeUndefined();
});

test('a rollback that times out is rollback-failed, keeps the original cause, and releases the Lease', async () => {
  await twoReleases('slow');
  sim.controllers!.setImageBehaviour('reg/web:1.0.0', { readyAfterMs: 60_000 });
  const r = await rollback({ app: 'slow', timeout: '1s', force: 'true' });
  sim.controllers!.setImageBehaviour('reg/web:1.0.0', { readyAfterMs: 10 });
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('rollback-failed');
  expect(r.stdout).toMatch(/rollback of slow 1\.1\.0 → 1\.0\.0 failed: slow did not roll out 1\.0\.0/);
  expect(r.stdout).toMatch(/Original cause \(the reason given\): checkout errors after 1\.1\.0/);
  expect((await ledgerOf(kube, 'slow'))[0]).toMatchObject({ version: '1.0.0', outcome: 'rollback-failed' });
  expect(leaseHolder(sim, 'slow')).toBeUndefined();
});

test('a migration Job that completes runs first, then the application; an argv command runs with no shell', async () => {
  await twoReleases('mok');
  const job = await writeJob(join(dir, 'jobs'), 'mok-down', 'reg/migrate:ok');
  const r = await rollback({ app: 'mok', migration: job, force: 'true' });
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/migrated down to 41/);
  await deploy(kube, 'mok', '1.2.0', { images: [{ ref: 'reg/web:1.2.0' }] });
  const argv = JSON.stringify([
    process.execPath,
    '-e',
    'console.log("argv:", process.argv[1], process.env.SHIPGATE_TO_VERSION)',
    '$(touch pwned)',
  ]);
  const c = await rollback({ app: 'mok', migration: argv, 'target-version': '1.0.0', force: 'true' });
  expect(c.exitCode).toBe(0);
  expect(c.stdout).toMatch(/migration \| argv: \$\(touch pwned\) 1\.0\.0/);
});

test('a migration Job is waited for on a watch (no polling), and migration-timeout still deletes one that runs on', async () => {
  await twoReleases('mwatch');
  sim.controllers!.setImageBehaviour('reg/migrate:1500ms', { readyAfterMs: 1_500 });
  sim.controllers!.setImageBehaviour('reg/migrate:forever', { readyAfterMs: 120_000 });
  const seq = sim.audit.lastSeq();
  const job = await writeJob(join(dir, 'jobs'), 'mwatch-down', 'reg/migrate:1500ms');
  const r = await rollback({ app: 'mwatch', migration: job, force: 'true' });
  expect(r.exitCode).toBe(0);
  const name = /migration Job (mwatch-down-\d+) created/.exec(r.stdout)?.[1];
  expect(r.summary).toMatch(new RegExp(`\\| database \\| ✅ ok \\|.*migration Job ${name} completed`));
  // 1.5 s of running: a 250 ms poll would have read the Job 6 times; a watch reads it once or twice.
  const requests = sim.audit.entries(seq).filter((e) => e.resource === 'jobs');
  expect(requests.filter((e) => e.verb === 'get' && e.name === name).length).toBeLessThanOrEqual(2);
  expect(
    requests.filter((e) => e.verb === 'watch' && e.query.fieldSelector === `metadata.name=${name}`).length,
  ).toBeGreaterThanOrEqual(1);

  await deploy(kube, 'mwatch', '1.2.0', { images: [{ ref: 'reg/web:1.2.0' }] });
  const hang = await writeJob(join(dir, 'jobs'), 'mwatch-hang', 'reg/migrate:forever');
  const t = await rollback({ app: 'mwatch', migration: hang, 'migration-timeout': '1s', force: 'true' });
  expect(t.exitCode).toBe(1);
  expect(t.stdout).toMatch(
    /migration Job mwatch-hang-\d+ did not finish within 1s; it was deleted; the application was not touched/,
  );
  const jobs = sim.store.list(sim.store.type('batch', 'jobs')!, 'default').items;
  expect(jobs.filter((j) => j.metadata.name.startsWith('mwatch-hang'))).toEqual([]);
  expect(deploymentOf(sim, 'mwatch')?.spec.template.spec.containers[0].image).toBe('reg/web:1.2.0');
});

test('verification failing: status verification-failed, exit 1, backup path kept', async () => {
  await twoReleases('ver');
  const url = `http://127.0.0.1:${(down.address() as AddressInfo).port}`;
  const r = await rollback({ app: 'ver', 'verify-url': url, 'verify-timeout': '1s', force: 'true' });
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('verification-failed');
  expect(r.outputs['backup-path']).toMatch(/default-ver-/);
  expect(r.stdout).toMatch(/verification of 1\.0\.0 failed: check reachable/);
  expect(r.summary).toMatch(/❌ \| check reachable/);
});

test('restore-from puts back every object of a backup file', async () => {
  await twoReleases('rf');
  const backup = (await import('node:fs/promises').then((fs) => fs.readdir(backups)))
    .filter((f) => f.startsWith('default-rf-'))
    .sort()[1]!;
  const r = await rollback({ app: 'rf', 'restore-from': join(backups, backup), force: 'true' });
  expect(r.exitCode).toBe(0);
  expect(r.outputs['to-version']).toBe('1.0.0');
  expect(r.stdout).toMatch(/restored \d+ object\(s\) of 1\.0\.0 from the backup file/);
  expect(deploymentOf(sim, 'rf')?.spec.template.spec.containers[0].image).toBe('reg/web:1.0.0');
});

test('restore-from applies kinds beyond Deployment, Service and ConfigMap (server-side apply)', async () => {
  await twoReleases('rfk');
  const fs = await import('node:fs/promises');
  const backup = (await fs.readdir(backups)).filter((f) => f.startsWith('default-rfk-')).sort()[1]!;
  const withBudget = join(dir, 'rfk-with-budget.yaml');
  const budget = [
    '---',
    'apiVersion: policy/v1',
    'kind: PodDisruptionBudget',
    'metadata: {name: rfk, labels: {app: rfk}}',
    'spec: {maxUnavailable: 1, selector: {matchLabels: {app: rfk}}}',
    '',
  ].join('\n');
  await fs.writeFile(withBudget, (await readFile(join(backups, backup), 'utf8')) + '\n' + budget);
  const r = await rollback({ app: 'rfk', 'restore-from': withBudget, force: 'true' });
  expect({ exit: r.exitCode, warnings: r.stdout.match(/::warning::.*/g) ?? [] }).toMatchObject({ exit: 0 });
  expect(r.stdout).not.toMatch(/not restored/);
  const pdb = sim.store.get(sim.store.type('policy', 'poddisruptionbudgets')!, 'default', 'rfk');
  expect(pdb?.spec).toMatchObject({ maxUnavailable: 1 });
  expect(JSON.stringify(pdb?.metadata.managedFields)).toContain('"manager":"shipgate"');
});

test('dry run: shows every change and makes none', async () => {
  await twoReleases('dry');
  const seq = sim.audit.lastSeq();
  const r = await rollback({ app: 'dry', 'dry-run': 'true', force: 'true' });
  expect(r.exitCode).toBe(0);
  expect(r.summary).toMatch(/What would change \(server-side dry run\)/);
  expect(r.summary).toMatch(/Deployment\/dry/);
  expect(sim.audit.mutations(seq)).toEqual([]);
});

test('transient API errors are retried: a 503 on the rollback patch, then success', async () => {
  await twoReleases('flaky');
  sim.faults.inject({
    verb: 'patch',
    resource: 'deployments',
    name: 'flaky',
    count: 2,
    status: 503,
    message: 'etcd leader changed',
  });
  const r = await rollback({ app: 'flaky', force: 'true' });
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/undo deployment flaky to .*503.*retry 1 in \d+ ms/);
  expect(deploymentOf(sim, 'flaky')?.spec.template.spec.containers[0].image).toBe('reg/web:1.0.0');
});

test('verify-checks run against verify-url through the validate checks', async () => {
  await twoReleases('chk');
  const up = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"version":"1.0.0"}'),
  );
  await new Promise<void>((r) => up.listen(0, '127.0.0.1', r));
  try {
    const url = `http://127.0.0.1:${(up.address() as AddressInfo).port}`;
    const checks =
      "- name: version\n  path: /\n  conditions: ['[STATUS] == 200', '[BODY].version == 1.0.0']\n";
    const r = await rollback({ app: 'chk', 'verify-url': url, 'verify-checks': checks, force: 'true' });
    expect(r.exitCode).toBe(0);
    expect(r.summary).toMatch(/✅ \| check version \|/);
    const bad = await rollback({ app: 'chk', 'verify-checks': checks, 'target-version': '1.1.0' });
    expect(bad.stdout).toMatch(/Invalid input "verify-checks".*verify-url/);
  } finally {
    await new Promise((r) => up.close(r));
  }
});
