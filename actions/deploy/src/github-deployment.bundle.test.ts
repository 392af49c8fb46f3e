/**
 * The GitHub deployment tells the truth on every path, read from github-sim's state after each
 * bundle run: a failure with auto-rollback, a cancellation before the blue-green switch, a
 * SIGTERM after it (the new colour is live: success), a ledger write failure after a good rollout,
 * a canary placed (still in progress) and then promoted or aborted by a later job that continues
 * the same deployment. (A clean success and the previous deployment marked inactive: bundle.test.ts.)
 * Build first: npm run build -- deploy
 */
import type { ChildProcess } from 'node:child_process';
import { startGitHubSim, type GitHubSim } from '@shipgate/github-sim';
import type { BundleRun } from '../../../test/support/run-bundle.ts';
import { useDeployBundle } from '../../../test/support/deploy-bundle.ts';

const fx = useDeployBundle('deploy-github', {
  'reg/slow:*': { neverReady: true },
  'reg/mid:*': { readyAfterMs: 1_500 },
  'reg/*': { readyAfterMs: 5 },
});
let gh: GitHubSim;
beforeAll(async () => {
  gh = await startGitHubSim({
    token: 'gh-token',
    repos: [{ owner: 'acme', name: 'shop', tags: { 'v1.0.0': 'main', 'v2.0.0': 'main' } }],
  });
});
afterAll(() => gh.stop());

/** What the runner sets for GitHub (API, repository, run, tag). */
const githubEnv = () => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_RUN_ID: '42',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REF_NAME: 'v2.0.0',
});

/** A deploy of 2.0.0 to the GitHub environment `env-<app>` (one per test, so no test marks another's inactive). */
const deployToEnvironment = (
  app: string,
  inputs: Record<string, string>,
  o: Parameters<typeof fx.deploy>[1] = {},
) =>
  fx.deploy(
    { app, version: '2.0.0', token: 'gh-token', environment: `env-${app}`, ...inputs },
    { ...o, env: githubEnv() },
  );

/** A later job that knows the app and the token, nothing else (no environment, strategy or version). */
const laterJob = (app: string, mode: 'promote' | 'abort') =>
  fx.deploy({ app, mode, token: 'gh-token' }, { env: githubEnv() });

/** Every GitHub deployment of `env-<app>`, oldest first: its version and its statuses' states. */
function environmentOf(app: string): { id: number; version: unknown; states: string[] }[] {
  return gh.state
    .findRepo('acme', 'shop')!
    .deployments.filter((d) => d.environment === `env-${app}`)
    .map((d) => ({
      id: d.id,
      version: (d.payload as { version?: unknown }).version,
      states: d.statuses.map((x) => x.state),
    }));
}

/** The app's recorded rollout state (the annotation on its Deployment). */
function recordedState(app: string): { phase: string; githubDeployment?: number } {
  const d = fx.sim.store.get(fx.sim.store.type('apps', 'deployments')!, 'default', app);
  return JSON.parse(d?.metadata.annotations?.['shipgate.dev/rollout'] ?? '{}') as {
    phase: string;
    githubDeployment?: number;
  };
}

/** 1.0.0 first (no GitHub), then 1.5.0 released to `env-<app>`: the environment's successful deployment. */
async function releasedToEnvironment(app: string): Promise<void> {
  await fx.firstDeploy(app, { replicas: 4 });
  const r = await deployToEnvironment(app, { version: '1.5.0', image: 'reg/web:1.5.0' });
  expect(r.exitCode).toBe(0);
}

const canaryInputs = { strategy: 'canary', image: 'reg/web:2.0.0', 'canary-weight': '25' };

/** The run's GitHub deployment statuses, oldest first, as `state: description`. */
function statuses(r: BundleRun): string[] {
  const id = Number(r.outputs['deployment-id']);
  expect(id).toBeGreaterThan(0);
  const d = gh.state.findRepo('acme', 'shop')!.deployments.find((x) => x.id === id)!;
  return d.statuses.map((s) => `${s.state}: ${s.description}`);
}

/** Sends SIGTERM to the run once its log shows `line`, or once `when()` holds (polled). */
function sigterm(on: { line?: RegExp; when?: () => boolean }): Parameters<typeof fx.deploy>[1] {
  let child: ChildProcess | undefined;
  const kill = () => {
    if (child && child.exitCode === null && !child.killed) child.kill('SIGTERM');
  };
  return {
    onSpawn: (c) => {
      child = c;
      if (!on.when) return;
      const poll = setInterval(() => on.when!() && (clearInterval(poll), kill()), 10);
      c.on('exit', () => clearInterval(poll));
    },
    onStdout: (chunk) => {
      if (on.line?.test(chunk)) kill();
    },
  };
}

test('a failed rollout that rolled back by itself: in_progress, then failure saying so', async () => {
  await fx.firstDeploy('ghf');
  const r = await deployToEnvironment('ghf', { image: 'reg/slow:2.0.0', timeout: '2s' });
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('rolled-back');
  const s = statuses(r);
  expect(s).toHaveLength(2);
  expect(s[0]).toMatch(/^in_progress: /);
  expect(s[1]).toMatch(/^failure: rolled-back: deployment "ghf" did not finish rolling out in time/);
});

test('cancelled before the blue-green switch: failure (the old colour still serves)', async () => {
  await fx.firstDeploy('ghc', { strategy: 'blue-green' });
  const r = await deployToEnvironment(
    'ghc',
    { strategy: 'blue-green', image: 'reg/slow:2.0.0' },
    sigterm({
      when: () => !!fx.sim.store.get(fx.sim.store.type('apps', 'deployments')!, 'default', 'ghc-green'),
    }),
  );
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('cancelled');
  expect(statuses(r)).toEqual([expect.stringMatching(/^in_progress: /), 'failure: cancelled']);
  const svc = fx.sim.store.get(fx.sim.store.type('', 'services')!, 'default', 'ghc');
  expect(svc?.spec.selector['shipgate.dev/track']).toBe('blue');
});

test('SIGTERM after the blue-green switch, in the scale-down window: success (the new colour is live)', async () => {
  await fx.firstDeploy('ghs', { strategy: 'blue-green' });
  const r = await deployToEnvironment(
    'ghs',
    { strategy: 'blue-green', image: 'reg/web:2.0.0', 'scale-down-delay': '60s' },
    sigterm({ line: /stays scaled until/ }),
  );
  expect(r.outputs.status).toBe('succeeded');
  expect(r.exitCode).toBe(0);
  expect(statuses(r)).toEqual([
    expect.stringMatching(/^in_progress: /),
    expect.stringMatching(/^success: ghs switched from blue \(1\.0\.0\) to green \(2\.0\.0\)/),
  ]);
  expect(r.stdout).toMatch(/ghs-blue was not scaled down after the window/);
  const svc = fx.sim.store.get(fx.sim.store.type('', 'services')!, 'default', 'ghs');
  expect(svc?.spec.selector['shipgate.dev/track']).toBe('green');
});

test('a ledger write failure after a good rollout: success, and the warning says the ledger was not updated', async () => {
  await fx.firstDeploy('ghl');
  const f = fx.sim.faults.inject({ resource: 'configmaps', name: 'ghl-shipgate-releases', status: 500 });
  const r = await deployToEnvironment('ghl', { image: 'reg/web:2.0.0' });
  fx.sim.faults.remove(f.id);
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/::warning::release ledger not updated/);
  expect(statuses(r)).toEqual([
    expect.stringMatching(/^in_progress: /),
    expect.stringMatching(/^success: ghl rolled out 2\.0\.0/),
  ]);
});

test('a canary placed at 25% is in progress, not a success; promote in a later job continues the same deployment to success', async () => {
  await releasedToEnvironment('ghcp');
  const placed = await deployToEnvironment('ghcp', canaryInputs);
  expect(placed.exitCode).toBe(0);
  const id = Number(placed.outputs['deployment-id']);
  expect(statuses(placed)).toEqual([
    'in_progress: ghcp 2.0.0 (canary)',
    expect.stringMatching(/^in_progress: canary 2\.0\.0 at 25% \(effective 25%: 3 stable, 1 canary pods\)/),
  ]);
  expect(recordedState('ghcp')).toMatchObject({ phase: 'paused', githubDeployment: id });
  // 1.5.0 still serves 75% of the traffic: it stays the environment's success.
  expect(environmentOf('ghcp').map((d) => [d.version, d.states.at(-1)])).toEqual([
    ['1.5.0', 'success'],
    ['2.0.0', 'in_progress'],
  ]);

  const promoted = await laterJob('ghcp', 'promote');
  expect(promoted.exitCode).toBe(0);
  expect(promoted.outputs['deployment-id']).toBe(String(id));
  expect(statuses(promoted).slice(2)).toEqual([
    expect.stringMatching(
      /^in_progress: ghcp 2\.0\.0 \(canary\): continued by https:\/\/github\.com\/acme\/shop\/actions\/runs\/42/,
    ),
    expect.stringMatching(/^success: canary 2\.0\.0 promoted/),
  ]);
  expect(environmentOf('ghcp').map((d) => [d.version, d.states.at(-1)])).toEqual([
    ['1.5.0', 'inactive'],
    ['2.0.0', 'success'],
  ]);
});

test('a canary aborted by a later job: its deployment fails, the release it did not replace stays the success', async () => {
  await releasedToEnvironment('ghca');
  const placed = await deployToEnvironment('ghca', canaryInputs);
  expect(placed.exitCode).toBe(0);
  const aborted = await laterJob('ghca', 'abort');
  expect(aborted.exitCode).toBe(0);
  // The summary reads the way the abort went: from the canary back to the version that stays.
  expect(aborted.summary).toMatch(/\| from → to \| 2\\?\.0\.0 → 1\\?\.5\.0 \|/);
  expect(aborted.outputs['deployment-id']).toBe(placed.outputs['deployment-id']);
  expect(statuses(aborted).at(-1)).toMatch(
    /^failure: rolled-back: canary 2\.0\.0 aborted: 1\.5\.0 keeps all traffic/,
  );
  expect(environmentOf('ghca').map((d) => [d.version, d.states.at(-1)])).toEqual([
    ['1.5.0', 'success'],
    ['2.0.0', 'failure'],
  ]);
  // A new release after the aborted canary retires 1.5.0, passing over the failed deployment.
  const next = await deployToEnvironment('ghca', { version: '2.1.0', image: 'reg/web:2.1.0' });
  expect(next.exitCode).toBe(0);
  expect(environmentOf('ghca').map((d) => [d.version, d.states.at(-1)])).toEqual([
    ['1.5.0', 'inactive'],
    ['2.0.0', 'failure'],
    ['2.1.0', 'success'],
  ]);
});
