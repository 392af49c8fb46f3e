// The audit gate of build-verify-size fails closed: reports of the wrong tool, reports that
// contradict themselves, tool errors and exit statuses that say the audit did not run all fail the
// step; none passes with vulnerabilities=0. Through the bundle, as the runner runs it.
// Build first: npm run build -- build-verify-size.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runBundle, type BundleRun } from '../support/run-bundle.ts';
import { runnerCommands } from '../support/runner-commands.ts';

const fixtures = join(repoRoot, 'packages/size/src/audit/fixtures');
const ws = mkdtempSync(join(tmpdir(), 'hostile-audit-'));
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

// A stand-in audit tool: prints the named report and ends the way it is told.
writeFileSync(
  join(ws, 'fake-audit.cjs'),
  `const fs = require('node:fs');
const [report, end] = process.argv.slice(2);
process.stdout.write(fs.readFileSync(report, 'utf8'), () => {
  if (end === 'SIGKILL') process.kill(process.pid, 'SIGKILL');
  else process.exit(Number(end));
});
`,
);

const write = (name: string, value: unknown) => {
  writeFileSync(join(ws, name), typeof value === 'string' ? value : JSON.stringify(value));
  return name;
};

async function gate(inputs: Record<string, string>): Promise<BundleRun> {
  return runBundle('build-verify-size', {
    inputs: { comment: 'false', 'report-file': 'size-report.json', ...inputs },
    env: { GITHUB_WORKSPACE: ws },
    cwd: ws,
  });
}

function expectGateError(run: BundleRun, detail: RegExp): void {
  const errors = runnerCommands(run.stdout).filter((c) => c.command === 'error');
  expect(run.exitCode).toBe(1);
  expect(run.outputs.vulnerabilities).toBeUndefined();
  expect(errors).toHaveLength(1);
  expect(errors[0]!.line).toMatch(detail);
  expect(run.stdout).not.toMatch(/unexpectedly|bug in shipgate/);
}

const clean = write('clean-osv.json', { results: [] });
const npmClean = write('npm-clean.json', fixture('npm-v2-clean.json'));

describe('the exit status of audit-command is always read', () => {
  test.each([
    ['{"results": []} and exit 128', clean, '128', /exited with 128 although its osv-scanner report lists 0/],
    [
      'a clean npm report and exit 1',
      npmClean,
      '1',
      /exited with 1 although its npm audit v2 report lists 0/,
    ],
    ['a clean report, then SIGKILL', npmClean, 'SIGKILL', /was killed by SIGKILL/],
    [
      'a report with findings and exit 127',
      write('npm.json', fixture('npm-v2.json')),
      '127',
      /exited with 127/,
    ],
  ])('%s fails the gate', async (_, report, end) => {
    const run = await gate({ 'audit-command': `node fake-audit.cjs ${report} ${end}` });
    expectGateError(run, /audit-command node fake-audit\.cjs/);
  });

  test('findings with exit 1 (what audit tools do) are judged; clean with exit 0 passes', async () => {
    const found = await gate({ 'audit-command': 'node fake-audit.cjs npm.json 1' });
    expect(found.exitCode).toBe(1);
    expect(found.outputs.vulnerabilities).toBe('2');
    const ok = await gate({ 'audit-command': `node fake-audit.cjs ${npmClean} 0` });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.vulnerabilities).toBe('0');
  });
});

describe('reports of the wrong tool, or that contradict themselves, are errors', () => {
  const npm7 = JSON.parse(fixture('npm-v2.json'));
  test.each([
    [
      'semgrep output',
      { results: [], errors: [], paths: { scanned: ['src/a.py'] }, version: '1.90.0' },
      /"errors", "paths", "version", keys of another tool's output/,
    ],
    [
      'bandit output',
      { errors: [], generated_at: '2026-11-30T10:00:00Z', metrics: { _totals: {} }, results: [] },
      /keys of another tool's output/,
    ],
    [
      'a CycloneDX SBOM',
      { bomFormat: 'CycloneDX', specVersion: '1.5', components: [], dependencies: [] },
      /"bomFormat", "specVersion", keys of another tool's output/,
    ],
    ['an empty JSON list', [], /an empty JSON list is no audit tool's report/],
    [
      "osv-scanner's error",
      { results: [], error: 'no lockfiles found' },
      /reported an error instead of results: no lockfiles found/,
    ],
    [
      'cargo-audit that counts 3 and lists none',
      { database: {}, lockfile: {}, vulnerabilities: { found: true, count: 3, list: [] }, warnings: {} },
      /found: true, count: 3 but lists 0/,
    ],
    [
      'npm v2 whose metadata says 7 critical but lists one low',
      {
        ...npm7,
        vulnerabilities: { lodash: { ...npm7.vulnerabilities.lodash, severity: 'low' } },
        metadata: {
          ...npm7.metadata,
          vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 7, total: 7 },
        },
      },
      /metadata counts \(.*critical 7.*\) disagree with the 1 entries it lists/,
    ],
    [
      'a yarn summary with no counts',
      '{"type":"auditSummary","data":{"dependencies":3,"totalDependencies":3}}\n',
      /auditSummary has no vulnerability counts by severity/,
    ],
  ])('%s', async (_, report, detail) => {
    const file = write(`report-${Math.random().toString(36).slice(2)}.json`, report);
    const run = await gate({ 'audit-report': file });
    expectGateError(run, detail);
  });

  test.each([
    'npm-v2.json',
    'pnpm.json',
    'yarn-classic.ndjson',
    'cargo-audit.json',
    'osv-scanner.json',
    'pip-audit.json',
  ])('the real report %s is still read', async (name) => {
    const run = await gate({ 'audit-report': join(fixtures, name) });
    expect(run.stdout).not.toMatch(/cannot read the report|unexpectedly/);
    expect(Number(run.outputs.vulnerabilities)).toBeGreaterThanOrEqual(0);
  });
});
