// validate's bundle against misbehaving servers: secrets echoed back, command injection from a
// server's text, and the silent passes of issue #12. Build first: npm run build -- validate.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { json, send, startServer, type TestServer } from '../../packages/probe/src/test-utils.ts';
import { runBundle, type BundleRun } from '../support/run-bundle.ts';
import { runnerCommands } from '../support/runner-commands.ts';

let echo: TestServer; // echoes the credentials it got, and fails the check's condition
let loadSrv: TestServer; // checks pass; /down drops every connection, /flaky answers 500 to one in five
let odd: TestServer; // redirects, endless bodies, 503, missing security headers
let flaky = 0;

beforeAll(async () => {
  echo = await startServer((req, res) => {
    res.setHeader('x-echo', String(req.headers.authorization ?? req.headers['x-api-key'] ?? ''));
    json(res, 200, {
      auth: req.headers.authorization ?? null,
      key: req.headers['x-api-key'] ?? null,
      status: [
        'panic\r\u0085::warning::pwned1',
        'x\n\u2028\u3000::add-mask::pwned2',
        'y\r\n\u00a0##[error]pwned3',
      ],
    });
  });
  loadSrv = await startServer((req, res) => {
    if (req.url === '/down') return void req.socket.destroy();
    if (req.url === '/flaky') return json(res, ++flaky % 5 === 0 ? 500 : 200, {});
    json(res, 200, {});
  });
  odd = await startServer((req, res) => {
    if (req.url === '/login-redirect') return send(res, 302, '', { location: '/login?next=home' });
    if (req.url === '/loop') return send(res, 302, '', { location: '/loop' });
    if (req.url === '/endless') return endless(res as ServerResponse);
    if (req.url === '/unavailable') return json(res, 503, { status: 'starting' });
    json(res, 200, { ok: true });
  });
});
afterAll(async () => {
  await Promise.all([echo.close(), loadSrv.close(), odd.close()]);
});

function endless(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/plain' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const pump = () => {
    while (!res.destroyed && res.write(chunk));
  };
  res.on('drain', pump);
  pump();
}

const reportOf = (dir: string) => readFileSync(join(dir, 'report.json'), 'utf8');

async function validate(inputs: Record<string, string>): Promise<BundleRun & { report: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-validate-'));
  const run = await runBundle('validate', {
    inputs: { requests: '0', timeout: '0s', 'report-path': join(dir, 'report.json'), ...inputs },
  });
  return { ...run, report: reportOf(dir) };
}

describe('secrets echoed by the server never reach the report, the summary or the log', () => {
  const cases: [string, Record<string, string>, string[]][] = [
    ['auth-token', { 'auth-token': 'ghp_tok_A1b2C3d4E5f6' }, ['ghp_tok_A1b2C3d4E5f6']],
    [
      'auth-header',
      { 'auth-header': 'X-Api-Key: hdr_secret_9z8y7x' },
      ['hdr_secret_9z8y7x', 'X-Api-Key: hdr_secret_9z8y7x'],
    ],
    [
      'basic-auth',
      { 'basic-auth': 'admin:pa_ss_word_123' },
      ['pa_ss_word_123', Buffer.from('admin:pa_ss_word_123').toString('base64')],
    ],
  ];
  test.each(cases)('%s', async (_, auth, secrets) => {
    const run = await validate({
      'base-url': echo.url,
      ...auth,
      verbose: 'true',
      checks: ['- name: echo', '  conditions: ["[BODY].auth == nope", "[BODY].key == nope"]'].join('\n'),
    });
    expect(run.exitCode).toBe(1);
    // The runner masks what was registered from its add-mask line on: each form must be registered…
    const masks = runnerCommands(run.stdout)
      .filter((c) => c.command === 'add-mask')
      .map((c) => c.line.slice('::add-mask::'.length));
    for (const secret of secrets) expect(masks).toContain(secret);
    // …and nothing we write may hold it, in clear or escaped (ghp\_tok… in Markdown).
    const log = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const secret of secrets)
      for (const form of [secret, secret.replace(/_/g, '\\_'), JSON.stringify(secret).slice(1, -1)])
        for (const [where, text] of [
          ['report', run.report],
          ['summary', run.summary],
          ['log', log],
        ] as [string, string][])
          expect({ where, holds: text.includes(form) }).toEqual({ where, holds: false });
    expect(run.report).toContain('***');
    expect(run.summary).toContain('***');
  });
});

test('server text cannot start a workflow command, whatever whitespace precedes it', async () => {
  const run = await validate({
    'base-url': echo.url,
    verbose: 'true',
    timeout: '300ms',
    interval: '100ms',
    checks: '- name: status\n  conditions: ["[BODY].status == UP"]',
  });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain('pwned1'); // it was printed …
  const injected = runnerCommands(run.stdout).filter((c) => /pwned/.test(c.line) && c.command !== 'error');
  expect(injected).toEqual([]); // … as data: only inside our own (escaped) error annotation
});

describe('silent passes', () => {
  test('a load whose every request failed fails latency thresholds and max-response-ms (no data)', async () => {
    const run = await validate({
      'base-url': loadSrv.url,
      requests: '20',
      concurrency: '2',
      'load-path': '/down',
      thresholds: 'p(95) < 200\nrate < 1.01',
      'max-response-ms': '500',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.stdout).toContain('load: p(95) (no data: no request was answered) < 200');
    expect(run.stdout).toContain('load: p(99) (no data: no request was answered) <= 500');
    expect(run.summary).toContain('no data (no request was answered)');
  });

  test('an erroring load with no thresholds fails the default error-rate threshold; a stated one loosens it', async () => {
    flaky = 0;
    const strict = await validate({
      'base-url': loadSrv.url,
      requests: '50',
      concurrency: '1',
      'load-path': '/flaky',
    });
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toContain('load: rate (0.2) < 0.01');
    expect(strict.summary).toContain('`rate < 0.01 (default)`');
    flaky = 0;
    const loose = await validate({
      'base-url': loadSrv.url,
      requests: '50',
      concurrency: '1',
      'load-path': '/flaky',
      thresholds: 'rate < 0.25',
    });
    expect(loose.exitCode).toBe(0);
    expect(JSON.parse(loose.report).load.thresholds.map((t: { threshold: string }) => t.threshold)).toEqual([
      'rate < 0.25',
    ]);
  });

  test.each([
    ['/login-redirect', 'a redirect to /login?next=home'],
    ['/loop', 'a redirect to /loop'],
  ])('a check with no conditions fails on %s and says where it pointed', async (path, reason) => {
    const run = await validate({ 'base-url': odd.url, checks: `- name: reachable\n  path: ${path}` });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`reachable: [STATUS] (302) < 300 — ${reason}; redirects are not followed`);
  });

  test('a 200 whose body never ends is cut at the limit and fails as truncated', async () => {
    const run = await validate({ 'base-url': odd.url, checks: '- name: big\n  path: /endless' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /big: body complete \(cut at 10485760 bytes\) — the body is larger than the read limit/,
    );
    expect(JSON.parse(run.report).checks[0].response).toMatchObject({ status: 200, truncated: true });
  });

  test('near the deadline an attempt still gets time to answer: the last failure is the 503, not "within 1 ms"', async () => {
    const run = await validate({
      'base-url': odd.url,
      checks: '- name: up\n  path: /unavailable',
      timeout: '1s',
      interval: '100ms',
    });
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.report);
    expect(report.checks[0].attempts).toBeLessThan(20);
    expect(report.failures).toEqual(['up: [STATUS] (503) < 300']);
    expect(run.stdout).not.toMatch(/no complete response within \d+ ms/);
  });

  test('a failure that may be deterministic says why the step keeps waiting', async () => {
    const run = await validate({
      'base-url': odd.url,
      'security-headers': 'recommended',
      timeout: '1500ms',
      interval: '500ms',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /Check security headers: not passing yet \(.+\); retrying every 500ms for up to 1\.5s, as a service still starting or rolling out can pass later/,
    );
  });
});
