/**
 * The release pipeline's rollback (release.yml after a failed production job) through the built
 * bundle: `failed-version` says which release failed. Traffic already back on the target (an
 * aborted canary) → nothing changed, verified and recorded; the failed version still running
 * (an abort that half failed, a preview colour left up) → rolled back for real; production on a
 * third version → refused. Build first: npm run build -- rollback
 */
import type { GitHubSim } from '@shipgate/github-sim';
import { abortRollout, readRollout, recordRelease, type KubeClient } from '@shipgate/kube';
import type { KubeSim } from '@shipgate/kube-sim';
import {
  appManifests,
  deploy,
  deploymentOf,
  handleFor,
  ledgerOf,
  putSecret,
  startNotifiedWorld,
  type NotifiedWorld,
  type WebhookServer,
} from './test-setup.ts';

let w: NotifiedWorld;
let sim: KubeSim;
let gh: GitHubSim;
let kube: KubeClient;
let hook: WebhookServer;

beforeAll(async () => {
  w = await startNotifiedWorld(
    'failed',
    ['v1.0.0', 'v1.1.0', 'v1.2.0'],
    { 'v1.1.0': 'main', 'v1.2.0': 'main' },
    {
      defaults: { reason: 'release v1.2.0 failed in production (canary aborted)' },
    },
  );
  ({ sim, kube, gh, hook } = w);
});
afterAll(() => w.stop());

/** release.yml's rollback job: the version it tried to ship, and the one that was live before. */
const releaseRollback = (app: string, over: Record<string, string> = {}) =>
  w.rollback(
    { app, 'failed-version': '1.2.0', 'target-version': '1.1.0', ...over },
    { env: w.env({ GITHUB_ACTOR: 'release-bot' }) },
  );
const handle = (app: string) => handleFor(kube, app);

/** 1.0.0 and 1.1.0 rolling on 4 replicas, then canary 1.2.0 at 25 % (optionally with a baseline). */
async function canaryOf120(app: string, baseline = false) {
  await putSecret(kube, app, 's');
  await deploy(kube, app, '1.0.0', { manifests: appManifests(app, 'reg/web:1.0.0', 4) });
  await deploy(kube, app, '1.1.0');
  await deploy(kube, app, '1.2.0', { strategy: 'canary', canaryWeight: 25, baseline });
}

/** What canary-monitor does on a failed analysis: abort, then a ledger line. */
async function canaryMonitorAborts(app: string) {
  const r = await abortRollout(handle(app));
  expect(r.status).toBe('rolled-back');
  await recordRelease(kube, 'default', app, {
    version: '1.1.0',
    images: {},
    strategy: 'canary',
    time: new Date().toISOString(),
    outcome: 'aborted',
    reason: 'error-rate 5% > 1%',
  });
}

const shipgateWrites = (seq: number) =>
  sim.audit
    .mutations(seq)
    .filter((e) => e.resource === 'deployments' || e.resource === 'services')
    .map((e) => `${e.verb} ${e.resource}/${e.name}`);

test('canary aborted by canary-monitor: no change needed, the target verified, the rollback recorded and told', async () => {
  await canaryOf120('shop');
  await canaryMonitorAborts('shop');
  const seq = sim.audit.lastSeq();
  const r = await w.rollback(
    {
      app: 'shop',
      'failed-version': 'v1.2.0',
      'target-version': 'v1.1.0',
      environment: 'production',
      token: 'gh-token',
      'create-issue': 'true',
      'notify-webhook': hook.url,
    },
    {
      env: w.env({
        GITHUB_ACTOR: 'release-bot',
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_RUN_ID: '88',
        GITHUB_SERVER_URL: 'https://github.com',
      }),
    },
  );
  expect(r.stdout).not.toMatch(/::(error|warning)/);
  expect(r.exitCode).toBe(0);
  expect(r.outputs).toMatchObject({
    status: 'rolled-back',
    strategy: 'canary',
    'from-version': '1.2.0',
    'to-version': '1.1.0',
  });
  const why = 'traffic was already back on 1.1.0: canary 1.2.0 was aborted';
  expect(r.stdout).toContain(`no change needed: ${why}`);
  expect(r.stdout).toMatch(/✓ Deployment shop: rollout complete, 4\/4 pods ready on 1\.1\.0/);
  expect(r.summary).toMatch(/\*\*No change was needed:\*\* traffic was already back on 1\\?\.1\\?\.0/);
  expect(r.summary).toMatch(/\| application \|[^\n]*skipped[^\n]*no change needed/);
  // Nothing of the app was written: only the ledger (and the Lease).
  expect(shipgateWrites(seq)).toEqual([]);
  expect(deploymentOf(sim, 'shop-canary')).toBeUndefined();
  expect(deploymentOf(sim, 'shop')?.spec.template.spec.containers[0].image).toBe('reg/web:1.1.0');
  const [entry] = await ledgerOf(kube, 'shop');
  expect(entry).toMatchObject({
    version: '1.1.0',
    outcome: 'restored',
    from: '1.2.0',
    actor: 'release-bot',
    reason: 'release v1.2.0 failed in production (canary aborted)',
  });
  const statuses = gh
    .writes()
    .filter((w) => /\/statuses$/.test(w.path))
    .map((w) => (w.body as { state: string }).state);
  expect(statuses).toEqual(['in_progress', 'success']);
  const issue = gh.writes().find((w) => w.method === 'POST' && /\/issues$/.test(w.path))?.body as {
    title: string;
    body: string;
  };
  expect(issue.title).toBe('Rollback rolled-back: shop 1.2.0 → 1.1.0 in production');
  expect(issue.body).toContain('no change was needed');
  expect(hook.posts).toHaveLength(1);
  expect(hook.posts[0]?.shipgate).toMatchObject({ status: 'rolled-back', from: '1.2.0', to: '1.1.0' });
  expect(JSON.stringify(hook.posts[0])).toContain('no change was needed');
});

test('an abort that half failed (canary and baseline left, the record still paused): rolled back for real', async () => {
  await canaryOf120('half', true);
  sim.faults.inject({
    verb: 'delete',
    resource: 'deployments',
    name: 'half-baseline',
    status: 403,
    count: 1,
  });
  await expect(abortRollout(handle('half'))).rejects.toThrow(/half-baseline/);
  expect((await readRollout(kube, 'default', 'half'))?.phase).toBe('paused');
  expect(deploymentOf(sim, 'half-baseline')).toBeDefined();
  const r = await releaseRollback('half');
  expect(r.exitCode).toBe(0);
  expect(r.outputs).toMatchObject({ status: 'rolled-back', 'from-version': '1.2.0', 'to-version': '1.1.0' });
  expect(r.stdout).not.toMatch(/no change needed/);
  expect(r.stdout).toMatch(/canary 1\.2\.0 aborted: 1\.1\.0 keeps all traffic/);
  expect(deploymentOf(sim, 'half-canary')).toBeUndefined();
  expect(deploymentOf(sim, 'half-baseline')).toBeUndefined();
  const stable = deploymentOf(sim, 'half');
  expect(stable?.spec.replicas).toBe(4);
  expect(stable?.spec.template.spec.containers[0].image).toBe('reg/web:1.1.0');
});

test('a canary arm left after the record says aborted: removed, then verified', async () => {
  await canaryOf120('stray');
  const arm = structuredClone(deploymentOf(sim, 'stray-canary'))!;
  await canaryMonitorAborts('stray');
  // As if its deletion had not gone through: the 1.2.0 arm runs on beside stable.
  await kube.apps.createNamespacedDeployment({
    namespace: 'default',
    body: { metadata: { name: 'stray-canary', labels: arm.metadata.labels }, spec: arm.spec },
  });
  const r = await releaseRollback('stray');
  expect(r.exitCode).toBe(0);
  expect(r.outputs.status).toBe('rolled-back');
  expect(r.stdout).toMatch(/1\.2\.0 still runs: Deployment stray-canary \(canary arm\)/);
  expect(r.stdout).not.toMatch(/no change needed/);
  expect(deploymentOf(sim, 'stray-canary')).toBeUndefined();
  expect((await readRollout(kube, 'default', 'stray'))?.state).toMatchObject({
    phase: 'rolled-back',
    version: '1.1.0',
    previousVersion: '1.2.0',
  });
});

test('blue-green: the failed version left on the preview colour is scaled to 0, traffic stays', async () => {
  await putSecret(kube, 'bg', 's');
  await deploy(kube, 'bg', '1.0.0', {
    manifests: appManifests('bg', 'reg/web:1.0.0', 2),
    strategy: 'blue-green',
  });
  await deploy(kube, 'bg', '1.1.0', { strategy: 'blue-green' }); // green 1.1.0 live, blue 0
  sim.controllers!.setImageBehaviour('reg/web:1.2.0', { readyAfterMs: 60_000 });
  await expect(
    deploy(kube, 'bg', '1.2.0', { strategy: 'blue-green', autoRollback: false, timeoutMs: 300 }),
  ).rejects.toThrow(/1\.2\.0/);
  sim.controllers!.setImageBehaviour('reg/web:1.2.0', { readyAfterMs: 10 });
  expect(deploymentOf(sim, 'bg-blue')?.spec.replicas).toBe(2); // 1.2.0 left up behind the preview Service
  const r = await releaseRollback('bg');
  expect(r.exitCode).toBe(0);
  expect(r.outputs).toMatchObject({ status: 'rolled-back', strategy: 'blue-green', 'from-version': '1.2.0' });
  expect(r.stdout).toMatch(/1\.2\.0 still runs: bg-blue with 2 pod\(s\) of 1\.2\.0/);
  expect(deploymentOf(sim, 'bg-blue')?.spec.replicas).toBe(0);
  expect(
    sim.store.get(sim.store.type('', 'services')!, 'default', 'bg')?.spec.selector['shipgate.dev/track'],
  ).toBe('green');
});

test('production runs neither the target nor the failed version: refused, nothing changed', async () => {
  await putSecret(kube, 'third', 's');
  await deploy(kube, 'third', '1.0.0', { manifests: appManifests('third', 'reg/web:1.0.0', 2) });
  await deploy(kube, 'third', '1.1.0');
  await deploy(kube, 'third', '1.2.0');
  const seq = sim.audit.lastSeq();
  const r = await releaseRollback('third', { 'failed-version': '1.1.0', 'target-version': '1.0.0' });
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('refused');
  expect(r.stdout).toMatch(
    /1\.2\.0 is running, neither the target 1\.0\.0 nor the failed version 1\.1\.0: something else changed production/,
  );
  expect(sim.audit.mutations(seq)).toEqual([]);
});

test('the failed version still live (rolling): an ordinary rollback to the target', async () => {
  await putSecret(kube, 'roll', 's');
  await deploy(kube, 'roll', '1.0.0', { manifests: appManifests('roll', 'reg/web:1.0.0', 2) });
  await deploy(kube, 'roll', '1.1.0');
  await deploy(kube, 'roll', '1.2.0');
  const r = await releaseRollback('roll');
  expect(r.exitCode).toBe(0);
  expect(r.outputs).toMatchObject({ status: 'rolled-back', 'from-version': '1.2.0', 'to-version': '1.1.0' });
  expect(deploymentOf(sim, 'roll')?.spec.template.spec.containers[0].image).toBe('reg/web:1.1.0');
});

test.each([
  ['not semver', { 'failed-version': 'latest' }, /Invalid input "failed-version".*allowed: semver/],
  [
    'the target itself',
    { 'failed-version': '1.1.0' },
    /Invalid input "failed-version".*other than target-version/,
  ],
])('failed-version %s: an input error before any request', async (_n, over, why) => {
  const seq = sim.audit.lastSeq();
  const r = await releaseRollback('shop', over);
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toMatch(why);
  expect(sim.audit.entries(seq)).toEqual([]);
});
