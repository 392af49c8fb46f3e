/**
 * canary-monitor's bundle when things go wrong: bad inputs and queries refused before anything is
 * written, no traffic, Prometheus killed, a latency regression, SIGTERM, and a hold longer than
 * max-run-time continued by a second run. Build first: npm run build -- deploy canary-monitor
 */
import { startPrometheus } from '@shipgate/kube-sim';
import {
  GITHUB_INPUTS,
  auditMark,
  deploymentStatuses,
  canaryOf,
  deployment,
  lease,
  monitor,
  mutationsSince,
  recordedAnalysis,
  useCluster,
} from './test-cluster.ts';

const c = useCluster();
beforeAll(() => canaryOf(c, 'held', '2.0.0', 0), 60_000);

test.each([
  [{ steps: '5:soon, 100' }, 'Invalid input "steps"', '"soon" is not a duration'],
  [{ steps: '120:1m' }, 'Invalid input "steps"', 'at most 100'],
  [
    { analysis: 'metrics:\n  - template: http-errors' },
    'Invalid input "analysis" at analysis.metrics[0].template',
    'http-error-rate',
  ],
  [
    { analysis: 'metrics:\n  - name: x\n    query: sum(rate(http_requests_total[1m])\n    max: 1' },
    'Invalid input "analysis" at analysis.metrics[0].query',
    'PromQL syntax error at column',
  ],
  [
    { 'prometheus-token': 't', 'prometheus-basic-auth': 'u:p' },
    'Invalid input "prometheus-basic-auth"',
    'one kind of auth',
  ],
])('bad inputs %j are refused with nothing written', async (inputs, what, allowed) => {
  const mark = auditMark(c);
  const r = await monitor(c, 'held', inputs);
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toContain(what);
  expect(r.stdout).toContain(allowed);
  expect(mutationsSince(c, mark)).toEqual([]);
});

test('a query Prometheus refuses fails the step before any weight changes, with its parser message', async () => {
  const mark = auditMark(c);
  const r = await monitor(c, 'held', {
    analysis:
      'metrics:\n  - name: typed\n    query: rate(sum(http_requests_total{app="{{app}}"}))\n    max: 1',
  });
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toContain('queries Prometheus accepts — metric typed: bad_data');
  expect(r.stdout).toMatch(/expected type range vector/);
  expect(mutationsSince(c, mark)).toEqual([]);
  expect(deployment(c, 'held-canary')).toBeDefined();
});

test('no traffic with on-failure none: inconclusive, left in place, the GitHub deployment says error', async () => {
  const since = c.gh.writes().length;
  const r = await monitor(c, 'held', { 'on-failure': 'none', ...GITHUB_INPUTS }, { env: c.ghEnv() });
  expect(r.outputs.verdict).toBe('inconclusive');
  expect(r.exitCode).toBe(1);
  expect(deployment(c, 'held-canary')).toBeDefined();
  const statuses = deploymentStatuses(c, since);
  expect(statuses.map((x) => x.split(':')[0]!.split(' ')[1])).toEqual([
    'in_progress',
    'in_progress',
    'error',
  ]);
  // GitHub keeps 140 characters of a description: the verdict and its reason come first.
  expect(statuses.at(-1)).toMatch(/error: canary 2\.0\.0 inconclusive: step 1 \(weight 25%\): /);
  expect(r.stdout).toMatch(/left in place at 25%(25)? \(on-failure: none\)/);
}, 120_000);

test('no traffic: inconclusive, never a pass → aborted to stable', async () => {
  const r = await monitor(c, 'held');
  expect(r.outputs.verdict).toBe('aborted');
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toMatch(
    /inconclusive: step 1 \(weight 25%(25)?\): .*(in a row \(limit 8\)|end of the step without a conclusive measurement)/,
  );
  expect(deployment(c, 'held-canary')).toBeUndefined();
  expect(deployment(c, 'held')?.spec.template.spec.containers[0].image).toBe('reg/web:1.0.0');
}, 120_000);

test('a latency regression (4x p95) is caught and aborted', async () => {
  await canaryOf(c, 'slow', '6.0.0');
  const r = await monitor(c, 'slow', { steps: '25:30s, 100' });
  expect(r.outputs.verdict).toBe('aborted');
  expect(r.stdout).toMatch(/latency-p95: canary .* above the baseline/);
  expect(deployment(c, 'slow-canary')).toBeUndefined();
}, 120_000);

test('Prometheus killed mid-analysis: measurement errors → inconclusive → aborted', async () => {
  await canaryOf(c, 'outage', '2.0.0');
  const own = await startPrometheus({ sdUrl: `${c.sim.url}/_sim/sd` });
  let killed = false;
  const r = await monitor(
    c,
    'outage',
    { 'prometheus-url': own.url, steps: '25:60s, 100' },
    {
      onStdout: (chunk) => {
        if (!killed && /round \d+ http-error-rate: pass/.test(chunk)) {
          killed = true;
          void own.kill();
        }
      },
    },
  );
  await own.kill();
  expect(killed).toBe(true);
  expect(r.outputs.verdict).toBe('aborted');
  expect(r.stdout).toMatch(/measurement errors in a row \(limit 8\)/);
  expect(deployment(c, 'outage-canary')).toBeUndefined();
}, 120_000);

test('SIGTERM: the canary is aborted to stable, the Lease released, exit non-zero', async () => {
  await canaryOf(c, 'cancel', '2.0.0');
  const r = await monitor(
    c,
    'cancel',
    { steps: '25:60s, 100' },
    {
      onSpawn: (child) => {
        // Once: round 2 logs a line per metric, often in two chunks, and a second SIGTERM is the
        // runner's "exit now" (143, no cleanup) — what made this test fail under load.
        let sent = false;
        child.stdout?.on('data', (d: Buffer) => {
          if (!sent && /round 2 /.test(d.toString())) {
            sent = true;
            child.kill('SIGTERM');
          }
        });
      },
    },
  );
  expect(r.exitCode).not.toBe(0);
  expect(r.stdout).toMatch(/::error::cancelled: canary 2\.0\.0 aborted/);
  expect(deployment(c, 'cancel-canary')).toBeUndefined();
  expect(deployment(c, 'cancel')?.spec.template.spec.containers[0].image).toBe('reg/web:1.0.0');
  expect(lease(c, 'cancel')?.spec?.holderIdentity ?? '').toBe('');
}, 120_000);

test('a hold longer than max-run-time: in-progress (Lease released), then a second run finishes it', async () => {
  await canaryOf(c, 'long', '2.0.0');
  const since = c.gh.writes().length;
  const first = await monitor(
    c,
    'long',
    { steps: '25:14s, 100', 'max-run-time': '6s', ...GITHUB_INPUTS },
    { env: c.ghEnv() },
  );
  expect({ verdict: first.outputs.verdict, error: /::error::.*/.exec(first.stdout)?.[0] }).toEqual({
    verdict: 'in-progress',
    error: undefined,
  });
  expect(first.exitCode).toBe(0);
  expect(lease(c, 'long')?.spec?.holderIdentity ?? '').toBe('');
  expect(recordedAnalysis(c, 'long')).toMatchObject({ step: 0 });
  const second = await monitor(c, 'long', { steps: '25:14s, 100', ...GITHUB_INPUTS }, { env: c.ghEnv() });
  expect(second.stdout).toMatch(/continuing the recorded analysis at step 1 \(\d+ rounds so far\)/);
  expect({ verdict: second.outputs.verdict, error: /::error::.*/.exec(second.stdout)?.[0] }).toEqual({
    verdict: 'promoted',
    error: undefined,
  });
  expect(deployment(c, 'long')?.spec.template.spec.containers[0].image).toBe('reg/web:2.0.0');
  // One GitHub deployment across both runs: in progress at the checkpoint, continued, then promoted.
  const statuses = deploymentStatuses(c, since);
  const id = statuses[0]!.split(' ')[0];
  expect(statuses).toEqual([
    `${id} in_progress: canary 2.0.0 of long: analysis started`,
    expect.stringMatching(/in_progress: canary 2\.0\.0 at 25%/),
    expect.stringMatching(/in_progress: in-progress: max-run-time reached at step 1 \(weight 25%/),
    `${id} in_progress: canary 2.0.0: analysis continued by another run`,
    expect.stringMatching(/in_progress: canary 2\.0\.0 at 25%/),
    expect.stringMatching(new RegExp(`^${id} success: canary 2\\.0\\.0 promoted`)),
  ]);
}, 120_000);

test('no canary in progress: fails by default; if-no-canary: succeed is verdict none with nothing written', async () => {
  const mark = auditMark(c);
  const failing = await monitor(c, 'ghost');
  expect(failing.exitCode).toBe(1);
  expect(failing.stdout).toContain('no canary of ghost is in progress (recorded: nothing)');
  const quiet = await monitor(c, 'ghost', { 'if-no-canary': 'succeed' });
  expect(quiet.exitCode).toBe(0);
  expect(quiet.outputs).toMatchObject({ verdict: 'none', 'final-weight': '' });
  expect(quiet.stdout).toContain('::notice::no canary of ghost is in progress in default; nothing to do');
  expect(mutationsSince(c, mark)).toEqual([]);
});
