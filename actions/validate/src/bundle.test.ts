// The built bundle (dist/validate/index.js) run as the runner runs it, against real local servers.
// Build first: npm run build -- validate.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { json, send, startServer, type TestServer } from '../../../packages/probe/src/test-utils.ts';
import { repoRoot, runBundle } from '../../../test/support/run-bundle.ts';

if (!existsSync(join(repoRoot, 'dist/validate/index.js')))
  throw new Error('dist/validate/index.js is missing: run npm run build -- validate');

const TOKEN = 'tok-9f8e7d6c5b4a';
let good: TestServer;
let bad: TestServer;

beforeAll(async () => {
  good = await startServer((req, res) => {
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return json(res, 401, { error: 'unauthorized' });
    if (req.url === '/metrics')
      return send(res, 200, '# TYPE http_requests_total counter\nhttp_requests_total{code="200"} 7\n', {
        'content-type': 'text/plain',
      });
    json(res, 200, { status: 'UP', items: [{ id: 3 }] });
  });
  bad = await startServer((_req, res) => json(res, 503, { status: '::error::pwned **bold** <img src=x>' }));
});
afterAll(async () => {
  await Promise.all([good.close(), bad.close()]);
});

test('a passing run: outputs, JSON report without the token, summary with table and histogram', async () => {
  const reportPath = join(mkdtempSync(join(tmpdir(), 'validate-report-')), 'out', 'report.json');
  const run = await runBundle('validate', {
    inputs: {
      'base-url': good.url,
      'auth-token': TOKEN,
      checks: [
        '- name: health',
        '  path: /healthz',
        '  conditions: ["[STATUS] == 200", "[BODY].status == UP", "len([BODY].items) == 1"]',
        '- kind: metrics',
        '  name: metrics',
        '  families: [http_requests_total]',
      ].join('\n'),
      requests: '60',
      concurrency: '4',
      thresholds: 'p(95) < 2000\nrate < 0.01',
      timeout: '5s',
      'report-path': reportPath,
    },
  });
  expect(run.stderr).toBe('');
  expect(run.stdout).not.toContain('::error');
  expect(run.stdout).toContain('::add-mask::');
  expect(run.exitCode).toBe(0);
  expect(run.outputs.passed).toBe('true');
  expect(Number(run.outputs['p50-ms'])).toBeGreaterThan(0);
  expect(Number(run.outputs['p99-ms'])).toBeGreaterThanOrEqual(Number(run.outputs['p95-ms']));
  expect(run.outputs['error-rate']).toBe('0');
  expect(Number(run.outputs.rps)).toBeGreaterThan(0);
  expect(run.outputs['report-path']).toBe(reportPath);
  const report = readFileSync(reportPath, 'utf8');
  expect(JSON.parse(report)).toMatchObject({
    passed: true,
    settings: { auth: 'bearer' },
    load: { requests: 60, errors: 0 },
  });
  // The runner masks the token from the add-mask line on; nothing else may print it.
  for (const text of [report, run.stdout.replace(`::add-mask::${TOKEN}`, ''), run.summary])
    expect(text).not.toContain(TOKEN);
  expect(run.summary).toContain('shipgate validate: ✅ passed');
  expect(run.summary).toContain('✅ \\[STATUS\\] (200) == 200');
  expect(run.summary).toContain('xychart-beta');
  expect(run.summary).toContain('| `p(95) < 2000` | ✅ |');
});

test('a failing run: exit 1, the exact failing condition in the log and the summary, server text neutralised', async () => {
  const run = await runBundle('validate', {
    inputs: {
      'base-url': bad.url,
      checks: '- name: health\n  conditions: ["[STATUS] == 200", "[BODY].status == UP"]',
      timeout: '600ms',
      interval: '200ms',
      requests: '0',
    },
  });
  expect(run.exitCode).toBe(1);
  expect(run.outputs.passed).toBe('false');
  expect(run.outputs['p50-ms']).toBe('');
  expect(run.stdout).toContain('[STATUS] (503) == 200');
  expect(run.stdout).toContain('1 of 1 checks failed');
  // The server's "::error::" text must not start a workflow command of its own.
  for (const line of run.stdout.split('\n')) expect(line.startsWith('::error::pwned')).toBe(false);
  expect(run.summary).toContain('❌ \\[STATUS\\] (503) == 200');
  // Server text is either in a code span (the failure list) or escaped (the table): never rendered.
  expect(run.summary).toContain('- `health: [BODY].status (::error::pwned **bold** <img src=x>) == UP`');
  expect(run.summary).toContain('\\*\\*bold\\*\\* &lt;img src=x&gt;');
  expect(run.summary.replace(/`[^`\n]*`/g, '')).not.toContain('<img');
  expect(run.summary).toMatch(/health: \d failed attempt\(s\)/);
});

test('bad input fails before any request: a malformed condition with its column', async () => {
  const before = good.requests;
  const run = await runBundle('validate', {
    inputs: { 'base-url': good.url, checks: '- name: a\n  conditions: ["[STATUS] =! 200"]' },
  });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(
    /::error.*input "checks" at checks\[0\]\.conditions\[0\].*at column 10 of condition/,
  );
  expect(good.requests).toBe(before);
});

test('bad input: base-url without a scheme, negative concurrency', async () => {
  const noScheme = await runBundle('validate', { inputs: { 'base-url': 'localhost:8080' } });
  expect(noScheme.exitCode).toBe(1);
  expect(noScheme.stdout).toContain('input \\"base-url\\"'.replace(/\\/g, ''));
  const negative = await runBundle('validate', { inputs: { 'base-url': good.url, concurrency: '-3' } });
  expect(negative.exitCode).toBe(1);
  expect(negative.stdout).toMatch(/input "concurrency": got "-3"; allowed: a whole number from 1 to 1000/);
});
