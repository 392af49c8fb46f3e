/**
 * A restored ConfigMap reaches the running pods (the built bundle against kube-sim, pods that are
 * real processes answering with the FEATURE their environment got at start). Traffic already back
 * on the target with drifted config → the target's pods are restarted by a pod-template annotation
 * and serve the restored config; a rollback that changes the pod template restarts nothing more.
 * Build first: npm run build -- rollback
 */
import { join } from 'node:path';
import { CONFIG_HASH, type KubeClient } from '@shipgate/kube';
import type { KubeSim } from '@shipgate/kube-sim';
import { appManifests, deploy, deploymentOf, putSecret, startWorld, type World } from './test-setup.ts';

/** A pod that answers every request with the FEATURE it was started with. */
const SERVE_FEATURE = `require('http').createServer((q, s) => s.end(process.env.FEATURE ?? 'none')).listen(Number(process.env.PORT), '127.0.0.1')`;

let w: World;
let sim: KubeSim;
let kube: KubeClient;
let backups: string;

beforeAll(async () => {
  w = await startWorld('restart', ['v1.0.0', 'v1.1.0', 'v1.2.0'], {
    images: {
      'reg/web:1.2.0': { crashLoop: { exitCode: 1, logs: ['fatal: FEATURE v2 needs schema 42'] } },
      'reg/web:*': { process: { command: process.execPath, args: ['-e', SERVE_FEATURE] } },
    },
  });
  ({ sim, kube } = w);
  backups = join(w.dir, 'backups');
});
afterAll(() => w.stop());

/** What the app's pods serve: one request per pod through the Service proxy (round robin). */
async function served(app: string, pods = 2): Promise<string[]> {
  const port = sim.controllers!.servicePort('default', app);
  const seen: string[] = [];
  for (let i = 0; i < pods * 2; i++) seen.push(await (await fetch(`http://127.0.0.1:${port}/`)).text());
  return [...new Set(seen)].sort();
}

/** Waits (20 ms polls, 15 s at most) until what the pods serve includes `value` (a replaced pod got ready). */
async function servedIncludes(app: string, value: string): Promise<string[]> {
  const end = Date.now() + 15_000;
  let seen = await served(app);
  while (!seen.includes(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 20));
    seen = await served(app);
  }
  expect(seen).toContain(value);
  return seen;
}

const revision = (app: string) =>
  deploymentOf(sim, app)?.metadata.annotations?.['deployment.kubernetes.io/revision'];
const podNames = async (app: string) =>
  (await kube.core.listNamespacedPod({ namespace: 'default', labelSelector: `app=${app}` })).items
    .filter((p) => !p.metadata?.deletionTimestamp)
    .map((p) => p.metadata!.name!);

test('traffic already back on the target but its ConfigMap drifted: restored, and the target pods restarted to read it', async () => {
  const app = 'drift';
  await putSecret(kube, app, 's');
  const manifests = (v: string, config: string) => appManifests(app, `reg/web:${v}`, 2, config);
  await deploy(kube, app, '1.0.0', { manifests: manifests('1.0.0', 'v1'), backupDir: backups });
  await deploy(kube, app, '1.1.0', { manifests: manifests('1.1.0', 'v1'), backupDir: backups });
  // 1.2.0 changes the ConfigMap and crash-loops; deploy's auto-rollback puts 1.1.0's template back
  // (rollout undo semantics) and leaves the ConfigMap at v2: the gap this test is about.
  await expect(
    deploy(kube, app, '1.2.0', { manifests: manifests('1.2.0', 'v2'), backupDir: backups }),
  ).rejects.toThrow(/set-up deploy drift 1\.2\.0/);
  // A 1.1.0 pod started since (the undo's own, or a node drain's) reads v2: 1.1.0 with 1.2.0's config.
  const [first] = await podNames(app);
  await kube.core.deleteNamespacedPod({ name: first!, namespace: 'default' });
  await servedIncludes(app, 'v2');
  const before = revision(app);
  const oldPods = await podNames(app);

  const r = await w.rollback({
    app,
    'failed-version': '1.2.0',
    'target-version': '1.1.0',
    'backup-dir': backups,
  });
  expect(r.stdout).not.toMatch(/::error/);
  expect(r.exitCode).toBe(0);
  expect(r.outputs.status).toBe('rolled-back');
  expect(r.stdout).toMatch(/restoring ConfigMap\/drift-config as 1\.1\.0 recorded it/);
  expect(r.stdout).toMatch(
    /restarting drift: its pods read ConfigMap\/drift-config, restored, and started before the restore/,
  );
  expect(r.summary).toMatch(
    /restarted Deployment drift — its running pods read ConfigMap\/drift-config from before the restore/,
  );
  expect(r.summary).toMatch(
    /\| application \| ✅ ok \|.*drift restarted \(its pods read ConfigMap\/drift-config\)/,
  );
  // Every pod now is a new one started after the restore, serving 1.1.0's config; the template is 1.1.0's.
  expect(await served(app)).toEqual(['v1']);
  expect((await podNames(app)).filter((n) => oldPods.includes(n))).toEqual([]);
  const dep = deploymentOf(sim, app)!;
  expect(dep.spec.template.spec.containers[0].image).toBe('reg/web:1.1.0');
  expect(dep.spec.template.metadata.annotations?.[CONFIG_HASH]).toMatch(/^[0-9a-f]{64}$/);
  expect(Number(revision(app))).toBe(Number(before) + 1);
});

test('a rollback that changes the pod template restarts nothing more: its new pods read the restored config', async () => {
  const app = 'undo';
  await putSecret(kube, app, 's');
  await deploy(kube, app, '1.0.0', {
    manifests: appManifests(app, 'reg/web:1.0.0', 2, 'v1'),
    backupDir: backups,
  });
  await deploy(kube, app, '1.1.0', {
    manifests: appManifests(app, 'reg/web:1.1.0', 2, 'v2'),
    backupDir: backups,
  });
  expect(await served(app)).toEqual(['v2']);
  const before = revision(app);

  const r = await w.rollback({ app, 'backup-dir': backups });
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/restoring ConfigMap\/undo-config as 1\.0\.0 recorded it/);
  expect(r.stdout).not.toMatch(/restarting undo/);
  expect(await served(app)).toEqual(['v1']);
  const dep = deploymentOf(sim, app)!;
  expect(dep.spec.template.spec.containers[0].image).toBe('reg/web:1.0.0');
  expect(dep.spec.template.metadata.annotations?.[CONFIG_HASH]).toBeUndefined();
  // One rollout: the undo to 1.0.0's ReplicaSet (revision +1), no second one for the config.
  expect(Number(revision(app))).toBe(Number(before) + 1);
});
