// Runs the built bundle (dist/build-verify-size/index.js; build it with `npm run build -- build-verify-size`)
// as the runner does, against github-sim.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { escapeTableCell } from '@shipgate/core';
import { startGitHubSim, type GitHubSim } from '@shipgate/github-sim';
import { repoRoot, runBundle } from '../../../test/support/run-bundle.ts';

const fixtures = join(repoRoot, 'packages/size/src/audit/fixtures');
let sim: GitHubSim;
let ws: string;
let pr: number;
let headSha: string;

const BUDGETS = `
- name: app bundle
  path: dist/**/*.js
  compression: [none, gzip]
  max: 5kB
- name: native binary
  path: bin/tool
  max: 40MB
`;

function env(event: Record<string, unknown>, eventName = 'pull_request'): Record<string, string> {
  const eventPath = join(ws, `event-${eventName}.json`);
  writeFileSync(eventPath, JSON.stringify(event));
  return {
    GITHUB_WORKSPACE: ws,
    GITHUB_API_URL: sim.url,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: headSha,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    SHIPGATE_GITHUB_WRITE_SPACING_MS: '0',
  };
}
const comments = () => sim.state.repo('acme/shop').comments.filter((c) => c.issueNumber === pr);

beforeAll(async () => {
  sim = await startGitHubSim({
    token: 'write-token',
    repos: [{ owner: 'acme', name: 'shop', readOnlyTokens: ['fork-token'] }],
  });
  const c = sim.state.addCommit('acme/shop', { message: 'feat: size', login: 'alice', branch: 'feature' });
  headSha = c.sha;
  pr = sim.state.addPull('acme/shop', {
    title: 'Size',
    login: 'alice',
    head: { ref: 'feature' },
    commits: [c.sha],
  }).number;
  ws = mkdtempSync(join(tmpdir(), 'bvs-bundle-'));
  mkdirSync(join(ws, 'dist/assets'), { recursive: true });
  mkdirSync(join(ws, 'bin'));
  writeFileSync(join(ws, 'dist/app.3f9a1c.js'), 'export const greeting = "hello";\n'.repeat(60));
  writeFileSync(join(ws, 'dist/assets/chunk-BxK3f9aZ.js'), 'console.log(1);\n'.repeat(20));
  writeFileSync(join(ws, 'bin/tool'), Buffer.alloc(1_000_000, 7));
});
afterAll(async () => {
  await sim.stop();
  rmSync(ws, { recursive: true, force: true });
});

test('check on a PR: measures, audits, writes report + summary + outputs, comments once and updates in place', async () => {
  const inputs = {
    budgets: BUDGETS,
    token: 'write-token',
    'audit-report': join(fixtures, 'pnpm.json'),
    'audit-allowlist': '- id: CVE-2022-24999\n  reason: qs only parses our own config\n  expires: 2099-01-01',
  };
  const run = await runBundle('build-verify-size', {
    inputs,
    env: env({ pull_request: { number: pr } }),
    cwd: ws,
  });
  expect(run.stdout).not.toMatch(/::error/);
  expect(run.exitCode).toBe(0);
  const js = [
    readFileSync(join(ws, 'dist/app.3f9a1c.js')),
    readFileSync(join(ws, 'dist/assets/chunk-BxK3f9aZ.js')),
  ];
  expect(run.outputs).toMatchObject({
    'report-path': join(ws, 'size-report.json'),
    'over-budget': 'false',
    vulnerabilities: '0',
    'total-bytes': String(js[0]!.length + js[1]!.length + 1_000_000),
  });
  const report = JSON.parse(readFileSync(join(ws, 'size-report.json'), 'utf8'));
  expect(report.budgets[0].sizes).toEqual({
    none: js[0]!.length + js[1]!.length,
    gzip: gzipSync(js[0]!, { level: 9 }).length + gzipSync(js[1]!, { level: 9 }).length,
  });
  expect(run.summary).toContain('## ✅ Size and audit gate passed');
  expect(run.summary).toContain(
    `| 🟡 | [${escapeTableCell('GHSA-hrpp-h998-j3pp')}](https://github.com/advisories/GHSA-hrpp-h998-j3pp) | ${escapeTableCell('qs 6.10.2')} | high |`,
  );
  expect(comments()).toHaveLength(1);
  expect(run.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
  const id = comments()[0]!.id;

  // The next push grows the bundle past its budget: same comment, updated; the step fails naming the entry.
  writeFileSync(
    join(ws, 'dist/app.3f9a1c.js'),
    'export const greeting = "hello, a lot more text";\n'.repeat(200),
  );
  const again = await runBundle('build-verify-size', {
    inputs: { ...inputs, baseline: 'size-report.json', 'report-file': 'next/size-report.json' },
    env: env({ pull_request: { number: pr } }),
    cwd: ws,
  });
  expect(again.exitCode).toBe(1);
  expect(again.stdout).toMatch(
    /::error title=Size budget app bundle::budget "app bundle": raw \d+\.\d+ kB exceeds max 5kB/,
  );
  expect(again.outputs['over-budget']).toBe('true');
  expect(comments()).toHaveLength(1);
  expect(comments()[0]!.id).toBe(id);
  expect(comments()[0]!.body).toMatch(
    /^<!-- shipgate:build-verify-size -->\n## ❌ Size and audit gate failed/,
  );
  expect(comments()[0]!.body).toContain('### Top movers');
  writeFileSync(join(ws, 'dist/app.3f9a1c.js'), 'export const greeting = "hello";\n'.repeat(60));
});

test('fork PR: read-only token → no comment, the summary says why, the verdict still stands', async () => {
  const before = sim.state.repo('acme/shop').comments.length;
  const run = await runBundle('build-verify-size', {
    inputs: {
      budgets: BUDGETS,
      token: 'fork-token',
      'audit-report': join(fixtures, 'npm-v2.json'),
      'comment-key': 'fork',
      'report-file': 'fork.json',
    },
    env: env({ pull_request: { number: pr } }),
    cwd: ws,
  });
  expect(run.exitCode).toBe(1); // the audit fails: lodash (high) and minimist (critical); lodash's moderate one is below the level
  expect(run.outputs.vulnerabilities).toBe('2');
  expect(run.summary).toContain(`Could not comment on pull request #${pr} (403: the token is read-only`);
  expect(run.stdout).toMatch(
    /::error title=Vulnerability GHSA-xvch-5gv4-984h::GHSA-xvch-5gv4-984h in minimist: critical, fixed in 1.2.6/,
  );
  expect(sim.state.repo('acme/shop').comments).toHaveLength(before);
});

test('publish from a workflow_run job: reads the report file, finds the PR from the trusted payload, posts', async () => {
  const run = await runBundle('build-verify-size', {
    inputs: { mode: 'publish', 'publish-reports': 'fork.json', token: 'write-token', 'comment-key': 'fork' },
    env: env(
      {
        workflow_run: {
          head_sha: headSha,
          head_branch: 'feature',
          pull_requests: [],
          head_repository: { owner: { login: 'acme' } },
        },
      },
      'workflow_run',
    ),
    cwd: ws,
  });
  expect(run.stdout).not.toMatch(/::error/);
  expect(run.exitCode).toBe(0);
  const posted = comments().find((c) => c.body.startsWith('<!-- shipgate:build-verify-size:fork -->'));
  expect(posted?.body).toContain('2 vulnerabilities at or above high');
  expect(run.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
});

test.each([
  [
    'budgets',
    '- path: a\n- path: b\n- path: c\n  max: 40 potatoes',
    /Invalid input "budgets" at budgets\[2\]\.max: got "40 potatoes"; allowed: .*unknown unit "potatoes"/,
  ],
  [
    'budgets',
    '- path: a\n  compression: zip',
    /Invalid input "budgets" at budgets\[0\]\.compression: got "zip"; allowed: .*unknown compression "zip"; allowed: none, gzip, brotli/,
  ],
  [
    'audit-allowlist',
    '- id: GHSA-aaaa-bbbb-cccc\n  reason: x\n  expires: 31/12/2026',
    /Invalid input "audit-allowlist" at audit-allowlist\[0\]\.expires: got "31\/12\/2026"; allowed: .*not a date; expected YYYY-MM-DD/,
  ],
  [
    'build-command',
    'npm ci && npm run build',
    /Invalid input "build-command": got "npm ci && npm run build"; allowed: .*shell operator/,
  ],
])('bad input %s fails before anything runs, naming the entry', async (name, value, message) => {
  const inputs: Record<string, string> = {
    budgets: '- path: dist',
    token: 'write-token',
    'report-file': 'bad.json',
    [name]: value,
  };
  const run = await runBundle('build-verify-size', {
    inputs,
    env: env({ pull_request: { number: pr } }),
    cwd: ws,
  });
  expect(run.exitCode).toBe(1);
  expect(run.stdout + run.stderr).toMatch(message);
  expect(existsSync(join(ws, 'bad.json'))).toBe(false);
});
