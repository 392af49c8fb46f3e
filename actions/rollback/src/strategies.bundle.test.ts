/**
 * The built bundle against kube-sim and github-sim: blue-green and canary rollbacks detected from
 * the cluster, the Lease held by a running deploy, SIGTERM mid-rollback, tags from the GitHub API,
 * and the notifications (GitHub deployment status, incident issue, webhook to a local server).
 * Build first: npm run build -- rollback
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createGitHubClient, createMemoryLogger, systemClock } from '@shipgate/core';
import type { GitHubSim } from '@shipgate/github-sim';
import { acquireLock, patchOptions, PatchStrategy, type KubeClient } from '@shipgate/kube';
import type { KubeSim } from '@shipgate/kube-sim';
import { releaseNotifier } from '@shipgate/notify';
import type { runBundle } from '../../../test/support/run-bundle.ts';
import {
  appManifests,
  deploy,
  deploymentOf,
  killWhen,
  leaseHolder,
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
  w = await startNotifiedWorld('strategies', ['v1.0.0', 'v1.1.0', 'v1.2.0'], {
    'v1.0.0': 'main',
    'v1.1.0': 'main',
  });
  ({ sim, kube, gh, hook } = w);
});
afterAll(() => w.stop());

const env = (over: Record<string, string> = {}) => w.env(over);
const rollback = (inputs: Record<string, string>, extra: Parameters<typeof runBundle>[1] = {}) =>
  w.rollback(inputs, extra);

async function releases(app: string, strategy: 'rolling' | 'blue-green' | 'canary') {
  await putSecret(kube, app, 's');
  await deploy(kube, app, '1.0.0', { manifests: appManifests(app, 'reg/web:1.0.0', 2), strategy });
  await deploy(kube, app, '1.1.0', { strategy });
}

test('blue-green: the Service switches back to the colour running the target, scaled up first', async () => {
  await releases('bg', 'blue-green');
  expect(deploymentOf(sim, 'bg-blue')?.spec.replicas).toBe(0); // 1.0.0, scaled down after the switch
  const r = await rollback({ app: 'bg' });
  expect(r.exitCode).toBe(0);
  expect(r.outputs).toMatchObject({
    status: 'rolled-back',
    strategy: 'blue-green',
    'from-version': '1.1.0',
    'to-version': '1.0.0',
  });
  expect(r.stdout).toMatch(/bg-blue \(1\.0\.0\) is scaled down: scaling it to 2 before the switch/);
  const svc = sim.store.get(sim.store.type('', 'services')!, 'default', 'bg');
  expect(svc?.spec.selector['shipgate.dev/track']).toBe('blue');
  expect(deploymentOf(sim, 'bg-blue')?.status.readyReplicas).toBe(2);
  expect(deploymentOf(sim, 'bg-green')?.spec.replicas).toBe(0);
});

test('blue-green warm (old colour still scaled, as in the scale-down delay): switched back at once', async () => {
  await releases('bgw', 'blue-green');
  await kube.apps.patchNamespacedDeployment(
    { name: 'bgw-blue', namespace: 'default', body: { spec: { replicas: 2 } } },
    patchOptions(PatchStrategy.MergePatch),
  );
  while ((deploymentOf(sim, 'bgw-blue')?.status?.readyReplicas ?? 0) < 2)
    await new Promise((r) => setTimeout(r, 20));
  const seq = sim.audit.lastSeq();
  const r = await rollback({ app: 'bgw' });
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/bgw-blue still runs 1\.0\.0 warm: switching back at once/);
  const touched = sim.audit
    .mutations(seq)
    .filter((e) => e.resource === 'deployments' && e.name === 'bgw-blue');
  expect(touched).toEqual([]);
  expect(
    sim.store.get(sim.store.type('', 'services')!, 'default', 'bgw')?.spec.selector['shipgate.dev/track'],
  ).toBe('blue');
});

test('blue-green, no colour runs the target any more: it is deployed to the idle colour, then switched to', async () => {
  await releases('bgc', 'blue-green');
  await deploy(kube, 'bgc', '1.2.0', { strategy: 'blue-green' }); // blue 1.2.0, green 1.1.0: 1.0.0 is gone
  const r = await rollback({ app: 'bgc', 'target-version': '1.0.0' });
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/no colour runs 1\.0\.0: deploying it to green, then switching/);
  expect(
    sim.store.get(sim.store.type('', 'services')!, 'default', 'bgc')?.spec.selector['shipgate.dev/track'],
  ).toBe('green');
  expect(deploymentOf(sim, 'bgc-green')?.spec.template.spec.containers[0].image).toBe('reg/web:1.0.0');
  expect(deploymentOf(sim, 'bgc-blue')?.spec.replicas).toBe(0);
});

test("canary: traffic to stable, canary removed, stable already on the target; the canary's GitHub deployment fails", async () => {
  await putSecret(kube, 'can', 's');
  await deploy(kube, 'can', '1.0.0', { manifests: appManifests('can', 'reg/web:1.0.0', 4) });
  // The canary's deploy opens its GitHub deployment (left in progress at 25%), as the deploy action does.
  const notifier = releaseNotifier({
    github: {
      api: await createGitHubClient({ token: 'gh-token', baseUrl: gh.url, log: createMemoryLogger() }),
      owner: 'acme',
      repo: 'shop',
      ref: 'v1.1.0',
      environment: 'env-can',
    },
    log: createMemoryLogger(),
    now: () => Date.now(),
  });
  await deploy(kube, 'can', '1.1.0', { strategy: 'canary', canaryWeight: 25, notifier });
  expect(deploymentOf(sim, 'can-canary')).toBeDefined();
  const canaryDeployment = gh.state
    .findRepo('acme', 'shop')!
    .deployments.find((d) => d.id === notifier.deploymentId)!;
  expect(canaryDeployment.statuses.map((x) => x.state)).toEqual(['in_progress', 'in_progress']);
  const r = await rollback(
    { app: 'can', environment: 'env-can', token: 'gh-token' },
    { env: env({ GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '78' }) },
  );
  expect(r.exitCode).toBe(0);
  expect(r.stdout).not.toMatch(/::warning::GitHub/);
  expect(canaryDeployment.statuses.at(-1)).toMatchObject({
    state: 'failure',
    description: 'rolled back to 1.0.0: p99 latency doubled',
  });
  const rollbackDeployment = gh.state.findRepo('acme', 'shop')!.deployments.at(-1)!;
  expect(rollbackDeployment.environment).toBe('env-can');
  expect(rollbackDeployment.statuses.map((x) => x.state)).toEqual(['in_progress', 'success']);
  expect(r.outputs).toMatchObject({
    status: 'rolled-back',
    strategy: 'canary',
    'from-version': '1.1.0',
    'to-version': '1.0.0',
  });
  expect(deploymentOf(sim, 'can-canary')).toBeUndefined();
  const stable = deploymentOf(sim, 'can');
  expect(stable?.spec.replicas).toBe(4);
  expect(stable?.spec.template.spec.containers[0].image).toBe('reg/web:1.0.0');
});

test('a deploy holding the Lease: the rollback waits its bound, then names the holder', async () => {
  await releases('held', 'rolling');
  const lock = await acquireLock(kube, {
    namespace: 'default',
    app: 'held',
    holder: 'acme/shop run 41 (deploy, 0badcafe)',
    waitMs: 0,
    clock: systemClock,
  });
  try {
    const r = await rollback({ app: 'held', 'lock-timeout': '1s' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rollback-failed');
    expect(r.stdout).toMatch(/lock is taken: .*held by acme\/shop run 41 \(deploy, 0badcafe\)/);
    expect(r.stdout).toMatch(/Original cause \(the reason given\): p99 latency doubled/);
    expect(deploymentOf(sim, 'held')?.spec.template.spec.containers[0].image).toBe('reg/web:1.1.0');
  } finally {
    await lock.release();
  }
});

test('SIGTERM mid-rollback: one version in the template, the Lease released', async () => {
  await releases('term', 'rolling');
  sim.controllers!.setImageBehaviour('reg/web:1.0.0', { readyAfterMs: 60_000 });
  const seq = sim.audit.lastSeq();
  const r = await rollback(
    { app: 'term' },
    {
      onSpawn: killWhen(() =>
        sim.audit
          .mutations(seq)
          .some((e) => e.verb === 'patch' && e.resource === 'deployments' && e.name === 'term'),
      ),
    },
  );
  sim.controllers!.setImageBehaviour('reg/web:1.0.0', { readyAfterMs: 10 });
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('rollback-failed');
  expect(r.stdout).toMatch(/cancelled/);
  const images = (deploymentOf(sim, 'term')?.spec.template.spec.containers ?? []).map(
    (c: { image: string }) => c.image,
  );
  expect(images).toEqual(['reg/web:1.0.0']);
  expect(leaseHolder(sim, 'term')).toBeUndefined();
});

test('SIGTERM while blue-green scales the old colour up: traffic stays, the colour goes back, the Lease is released', async () => {
  await releases('bgt', 'blue-green');
  sim.controllers!.setImageBehaviour('reg/web:1.0.0', { readyAfterMs: 60_000 });
  const seq = sim.audit.lastSeq();
  const r = await rollback(
    { app: 'bgt' },
    {
      onSpawn: killWhen(() =>
        sim.audit.mutations(seq).some((e) => e.verb === 'patch' && e.name === 'bgt-blue'),
      ),
    },
  );
  sim.controllers!.setImageBehaviour('reg/web:1.0.0', { readyAfterMs: 10 });
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toMatch(/cancelled before the switch: bgt stays on green; bgt-blue back to 0/);
  expect(
    sim.store.get(sim.store.type('', 'services')!, 'default', 'bgt')?.spec.selector['shipgate.dev/track'],
  ).toBe('green');
  expect(deploymentOf(sim, 'bgt-blue')?.spec.replicas).toBe(0);
  expect(leaseHolder(sim, 'bgt')).toBeUndefined();
});

test('no git history: tags from the GitHub API; GitHub deployment status, incident issue and webhook', async () => {
  await releases('note', 'rolling');
  // The canary test before this one writes its own GitHub deployment statuses to the same github-sim.
  const ghBefore = gh.writes().length;
  const empty = join(w.dir, 'no-git');
  await mkdir(empty);
  const r = await rollback(
    {
      app: 'note',
      environment: 'production',
      token: 'gh-token',
      'create-issue': 'true',
      'notify-webhook': hook.url,
    },
    {
      env: env({
        GITHUB_WORKSPACE: empty,
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_RUN_ID: '77',
        GITHUB_SERVER_URL: 'https://github.com',
      }),
    },
  );
  expect(r.exitCode).toBe(0);
  expect(r.stdout).not.toMatch(/::warning/);
  expect(r.outputs['incident-url']).toMatch(/\/acme\/shop\/issues\/\d+$/);
  const issue = gh.writes().find((w) => w.method === 'POST' && /\/issues$/.test(w.path))?.body as {
    title: string;
    body: string;
  };
  expect(issue.title).toBe('Rollback rolled-back: note 1.1.0 → 1.0.0 in production');
  expect(issue.body).toMatch(/\| who \| alice \|/);
  expect(issue.body).toMatch(/\| why \| p99 latency doubled \|/);
  expect(issue.body).toMatch(/https:\/\/github.com\/acme\/shop\/actions\/runs\/77/);
  expect(issue.body).toMatch(/\| application \| ✅ ok \| \d+\.\d\d s \|/);
  const statuses = gh
    .writes()
    .slice(ghBefore)
    .filter((w) => /\/statuses$/.test(w.path))
    .map((w) => (w.body as { state: string }).state);
  expect(statuses).toEqual(['in_progress', 'success']);
  expect(hook.posts).toHaveLength(1);
  expect(hook.posts[0]).toMatchObject({
    text: expect.stringContaining('rollback rolled-back: note 1.1.0 → 1.0.0 (production)'),
    shipgate: {
      status: 'rolled-back',
      from: '1.1.0',
      to: '1.0.0',
      reason: 'p99 latency doubled',
      incidentUrl: r.outputs['incident-url'],
    },
  });
});

test('webhook and issue failures are warnings, never a failed rollback', async () => {
  await releases('warn', 'rolling');
  gh.faults.add({
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues',
    kind: 'status',
    status: 403,
    times: 10,
  });
  const r = await rollback(
    {
      app: 'warn',
      token: 'gh-token',
      'create-issue': 'true',
      'notify-webhook': 'http://127.0.0.1:9/refused',
    },
    { env: env({ GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/shop' }) },
  );
  expect(r.exitCode).toBe(0);
  expect(r.outputs.status).toBe('rolled-back');
  expect(r.stdout).toMatch(/::warning.*incident issue not opened/);
  expect(r.stdout).toMatch(/::warning.*webhook not delivered/);
});
