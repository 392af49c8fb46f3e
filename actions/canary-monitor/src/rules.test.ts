/**
 * --print-rules through the bundle: Prometheus's own promtool accepts the rules file
 * (`promtool check rules`) and a `promtool test rules` file proves the alerts fire when the stable
 * track breaches and stay quiet when it does not.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runBundle } from '../../../test/support/run-bundle.ts';

const run = promisify(execFile);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'canary-rules-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const ANALYSIS = `
metrics:
  - template: http-error-rate
    for: 2m
  - template: latency-p95
`;

test('the printed rules pass promtool check, and promtool test proves HighErrorRate fires after its for:', async () => {
  const r = await runBundle('canary-monitor', {
    inputs: { 'print-rules': 'true', app: 'web', namespace: 'shop', interval: '1m', analysis: ANALYSIS },
  });
  expect(r.exitCode).toBe(0);
  const rules = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::'))
    .join('\n');
  expect(rules).toContain('alert: WebHttpErrorRateHigh');
  expect(rules).toContain('for: 120s');
  expect(rules).toContain('alert: WebLatencyP95CanaryHigh');
  await writeFile(join(dir, 'rules.yml'), rules);
  const check = await run('promtool', ['check', 'rules', join(dir, 'rules.yml')]);
  expect(check.stdout).toContain('SUCCESS: 2 rules found');

  // 10% of requests fail on stable from t=0: the alert is pending at 2m and firing from 3m on.
  await writeFile(
    join(dir, 'test.yml'),
    `rule_files: [rules.yml]
evaluation_interval: 1m
tests:
  - interval: 1m
    input_series:
      - series: 'http_requests_total{app="web",namespace="shop",track="stable",code="200"}'
        values: '0+90x10'
      - series: 'http_requests_total{app="web",namespace="shop",track="stable",code="500"}'
        values: '0+10x10'
      - series: 'http_requests_total{app="quiet",namespace="shop",track="stable",code="200"}'
        values: '0+100x10'
    alert_rule_test:
      - eval_time: 1m
        alertname: WebHttpErrorRateHigh
        exp_alerts: []
      - eval_time: 4m
        alertname: WebHttpErrorRateHigh
        exp_alerts:
          - exp_labels: {severity: page, app: web, namespace: shop, metric: http-error-rate}
            exp_annotations: {summary: http-error-rate above 0.01}
`,
  );
  const test = await run('promtool', ['test', 'rules', join(dir, 'test.yml')], { cwd: dir });
  expect(test.stdout).toContain('SUCCESS');
});
