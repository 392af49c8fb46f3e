/**
 * The built bundle (dist/canary-monitor) as the runner runs it, after the deploy bundle placed a
 * canary, against kube-sim running sample-app pods and a real Prometheus discovering them over
 * HTTP SD. Build first: npm run build -- deploy canary-monitor
 */
import { readFile } from 'node:fs/promises';
import { runBundle } from '../../../test/support/run-bundle.ts';
import {
  GITHUB_INPUTS,
  auditMark,
  canaryOf,
  deployment,
  deploymentStatuses,
  lease,
  ledgerEntries,
  monitor,
  mutationsSince,
  useCluster,
} from './test-cluster.ts';

const c = useCluster();

test('a healthy canary walks 25 → 50 → 100 and is promoted; GitHub deployment statuses; the report replays', async () => {
  const since = c.gh.writes().length;
  await canaryOf(c, 'good', '2.0.0', 100, { github: true });
  const r = await monitor(c, 'good', GITHUB_INPUTS, { env: c.ghEnv() });
  expect(r.stderr).toBe('');
  // The failure line rides along so a failing run shows why the canary was aborted.
  expect({ ...r.outputs, error: /::error::.*/.exec(r.stdout)?.[0] }).toMatchObject({
    verdict: 'promoted',
    'final-weight': '100',
    error: undefined,
  });
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/step 1\/3: weight 25% \(effective \d+%\)/);
  expect(r.stdout).toMatch(/step 2\/3: weight 50%/);
  expect(deployment(c, 'good')?.spec.template.spec.containers[0].image).toBe('reg/web:2.0.0');
  expect(deployment(c, 'good-canary')).toBeUndefined();
  expect(r.summary).toContain('xychart-beta');
  // The resolved query is a code span in its cell (not escaped backticks); samples are whole requests.
  expect(r.summary).toMatch(/\| \d+ \/ \d+ \| `[^`]*http_requests_total[^`]*` \|/);
  // One GitHub deployment from the canary deploy to the promotion, telling the truth at each point:
  // in progress when placed (not a success at 25%), at each weight, then promoted.
  const id = /\d+/.exec(deploymentStatuses(c, since)[0] ?? '')?.[0];
  expect(deploymentStatuses(c, since)).toEqual([
    `${id} in_progress: good 2.0.0 (canary)`,
    expect.stringMatching(
      new RegExp(
        `^${id} in_progress: canary 2\\.0\\.0 at 25% \\(effective 25%: 2 stable, 1 canary, 1 baseline pods\\)`,
      ),
    ),
    `${id} in_progress: canary 2.0.0: analysis started`,
    expect.stringMatching(
      new RegExp(`^${id} in_progress: canary 2\\.0\\.0 at 25% \\(effective [\\d.]+%\\)$`),
    ),
    expect.stringMatching(
      new RegExp(`^${id} in_progress: canary 2\\.0\\.0 at 50% \\(effective [\\d.]+%\\)$`),
    ),
    expect.stringMatching(new RegExp(`^${id} success: canary 2\\.0\\.0 promoted`)),
  ]);
  const replayed = await runBundle('canary-monitor', {
    inputs: { replay: r.outputs['report-path']! },
    env: c.env(),
  });
  expect(replayed.outputs.verdict).toBe('passed');
  expect(replayed.stdout).toContain('— the same');
  expect(replayed.exitCode).toBe(0);
  const report = JSON.parse(await readFile(r.outputs['report-path']!, 'utf8')) as { rounds: unknown[] };
  expect(report.rounds.length).toBeGreaterThanOrEqual(6);
}, 120_000);

test('5% errors: aborted within two intervals of the breach, stable untouched', async () => {
  await canaryOf(c, 'bad', '5.0.0');
  const since = c.gh.writes().length;
  const r = await monitor(c, 'bad', { steps: '25:30s, 50:30s, 100', ...GITHUB_INPUTS }, { env: c.ghEnv() });
  expect(r.outputs.verdict).toBe('aborted');
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toContain('http-error-rate');
  const report = JSON.parse(await readFile(r.outputs['report-path']!, 'utf8')) as {
    rounds: { judgements: { metric: string; outcome: string; reason: string }[] }[];
  };
  const rounds = report.rounds.map((x) => x.judgements.find((j) => j.metric === 'http-error-rate')!);
  const firstData = rounds.findIndex((j) => j.outcome === 'pass' || j.outcome === 'fail');
  // Every round of the error rate rides along, so a failure shows what each round saw.
  const decidedAfter = rounds.length - 1 - firstData;
  expect({ decidedWithinTwoRounds: decidedAfter <= 1, rounds }).toMatchObject({
    decidedWithinTwoRounds: true,
  });
  expect(deployment(c, 'bad')?.spec.template.spec.containers[0].image).toBe('reg/web:1.0.0');
  expect(deployment(c, 'bad')?.spec.replicas).toBe(4);
  expect(deployment(c, 'bad-canary')).toBeUndefined();
  // The ledger names the canary that was aborted, not the stable version the record went back to.
  expect(ledgerEntries(c, 'bad')[0]).toMatchObject({ version: '5.0.0', outcome: 'aborted' });
  const statuses = deploymentStatuses(c, since);
  expect(statuses.map((x) => x.split(':')[0]!.split(' ')[1])).toEqual([
    'in_progress',
    'in_progress',
    'failure',
  ]);
  expect(statuses.at(-1)).toMatch(
    /failure: canary 5\.0\.0 failed: step 1 \(weight 25%\): http-error-rate: canary .* above/,
  );
}, 120_000);

test('dry-run: every change shown (weights, promote) as the cluster would make it; no mutation, no Lease, no GitHub deployment', async () => {
  await canaryOf(c, 'dry', '2.0.0');
  const mark = auditMark(c);
  const ghWrites = c.gh.writes().length;
  const secrets = {
    'prometheus-token': 'prom-secret-7f3',
    'prometheus-headers': 'X-Scope-OrgID: tenant-7f3',
  };
  const r = await monitor(c, 'dry', { 'dry-run': 'true', ...GITHUB_INPUTS, ...secrets }, { env: c.ghEnv() });
  expect({ ...r.outputs, error: /::error::.*/.exec(r.stdout)?.[0] }).toMatchObject({
    verdict: 'passed',
    error: undefined,
  });
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toContain('dry run: the deploy Lease is not taken');
  expect(r.stdout).toMatch(/step 1\/3: weight 25% \(effective [\d.]+%\)/);
  expect(r.stdout).toMatch(/step 2\/3: weight 50% \(effective [\d.]+%\)/);
  expect(r.stdout).toMatch(/dry run, nothing was changed: would promote — canary 2\.0\.0 promoted/);
  // Each change went to the API server as dryRun=All: checked there, applied nowhere.
  const entries = c.sim.audit.entries(mark);
  expect(entries.filter((e) => e.query.dryRun === 'All' && e.verb === 'patch').length).toBeGreaterThan(0);
  expect(entries.filter((e) => e.query.dryRun === 'All' && e.verb === 'delete').length).toBeGreaterThan(0);
  expect(mutationsSince(c, mark)).toEqual([]);
  expect(lease(c, 'dry')?.spec?.holderIdentity ?? '').toBe('');
  expect(c.gh.writes().length).toBe(ghWrites);
  expect(deployment(c, 'dry')?.spec.template.spec.containers[0].image).toBe('reg/web:1.0.0');
  expect(deployment(c, 'dry-canary')).toBeDefined();
  // Prometheus credentials are masked: only the runner's ::add-mask:: lines carry them, never the report.
  const logLines = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
  expect(logLines.join('\n')).not.toMatch(/prom-secret-7f3|tenant-7f3/);
  expect(await readFile(r.outputs['report-path']!, 'utf8')).not.toMatch(/prom-secret-7f3|tenant-7f3/);
}, 120_000);
