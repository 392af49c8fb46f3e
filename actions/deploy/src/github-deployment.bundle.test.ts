/**
 * The GitHub deployment tells the truth on every path, read from github-sim's state after each
 * bundle run: a failure with auto-rollback, a cancellation before the blue-green switch, a
 * SIGTERM after it (the new colour is live: success), a ledger write failure after a good rollout.
 * (A clean success and the previous deployment marked inactive: bundle.test.ts.)
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

/** A deploy of 2.0.0 to the GitHub environment `env-<app>` (one per test, so no test marks another's inactive). */
const deployToEnvironment = (
  app: string,
  inputs: Record<string, string>,
  o: Parameters<typeof fx.deploy>[1] = {},
) =>
  fx.deploy(
    { app, version: '2.0.0', token: 'gh-token', environment: `env-${app}`, ...inputs },
    {
      ...o,
      env: {
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_RUN_ID: '42',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REF_NAME: 'v2.0.0',
      },
    },
  );

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
