import { FakeClock, InputError, systemClock } from '@shipgate/core';
import { planValidation, validate } from './validate.ts';
import { untilReady } from './retry-until-ready.ts';
import { runLoad } from './load/runner.ts';
import { parseThreshold } from './load/thresholds.ts';
import { json, makePki, startServer, type TestServer } from './test-utils.ts';

const servers: TestServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});
async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const server = await startServer(...args);
  servers.push(server);
  return server;
}

test('a server that becomes ready after ~1.2 s: attempts fail with 503, the first success is recorded', async () => {
  let ready = false;
  const server = await serve((_req, res) =>
    ready ? json(res, 200, { status: 'UP' }) : json(res, 503, { status: 'STARTING' }),
  );
  const readyAt = Date.now() + 1200;
  setTimeout(() => (ready = true), 1200); // the server's own start-up, not a wait in the test
  const report = await validate(
    {
      baseUrl: server.url,
      timeoutMs: 10_000,
      intervalMs: 200,
      checks: [{ name: 'health', path: '/healthz', conditions: ['[STATUS] == 200', '[BODY].status == UP'] }],
    },
    { clock: systemClock },
  );
  expect(report.passed).toBe(true);
  const check = report.checks[0]!;
  expect(check.firstSuccess!.attempt).toBeGreaterThan(3);
  expect(check.firstSuccess!.attempt).toBe(check.attempts);
  expect(Date.now()).toBeGreaterThanOrEqual(readyAt);
  expect(check.failedAttempts).toHaveLength(check.attempts - 1);
  expect(check.failedAttempts[0]!.failed.map((f) => f.resolved)).toEqual([
    '[STATUS] (503) == 200',
    '[BODY].status (STARTING) == UP',
  ]);
  expect(check.url).toBe(`${server.url}/healthz`);
});

test('untilReady keeps every failure and stops at the timeout (FakeClock, no real waiting)', async () => {
  const clock = new FakeClock();
  let calls = 0;
  const outcome = untilReady(
    async (n) => {
      calls++;
      return { passed: false, results: [{ condition: 'x', passed: false, resolved: `x (${n})` }] };
    },
    { timeoutMs: 10_000, intervalMs: 2_000, clock },
  );
  for (let i = 0; i < 4; i++) {
    await clock.untilSleeping();
    await clock.advance(2_000);
  }
  const result = await outcome;
  expect(calls).toBe(5);
  expect(result.passed).toBe(false);
  expect(result.failures.map((f) => [f.attempt, f.atMs, f.failed[0]!.resolved])).toEqual([
    [1, 0, 'x (1)'],
    [2, 2000, 'x (2)'],
    [3, 4000, 'x (3)'],
    [4, 6000, 'x (4)'],
    [5, 8000, 'x (5)'],
  ]);
  expect(clock.sleeps).toEqual([2000, 2000, 2000, 2000]);
});

test('untilReady is cancelled by the signal while sleeping', async () => {
  const clock = new FakeClock();
  const controller = new AbortController();
  const outcome = untilReady(async () => ({ passed: false, results: [] }), {
    timeoutMs: 60_000,
    intervalMs: 1_000,
    clock,
    signal: controller.signal,
  });
  await clock.untilSleeping();
  controller.abort(new Error('workflow cancelled'));
  await expect(outcome).rejects.toThrow('workflow cancelled');
});

test('a hanging server fails the check with the timeout, within the overall timeout', async () => {
  const server = await serve(() => {
    /* hangs */
  });
  const started = Date.now();
  const report = await validate(
    { baseUrl: server.url, timeoutMs: 900, intervalMs: 100, checks: [{ name: 'hang', timeout: '300ms' }] },
    { clock: systemClock },
  );
  expect(report.passed).toBe(false);
  expect(report.failures[0]).toMatch(
    new RegExp(`^hang: request failed: ${server.url}/: no complete response within \\d+ ms$`),
  );
  expect(report.checks[0]!.failedAttempts[0]!.error).toBe(
    `request failed: ${server.url}/: no complete response within 300 ms`,
  );
  expect(report.checks[0]!.attempts).toBeGreaterThanOrEqual(2);
  // Every attempt hangs: only the overall timeout can have ended the retries (no wall-clock upper
  // bound, which a loaded machine would break); it did not end them early either.
  expect(Date.now() - started).toBeGreaterThanOrEqual(900 - 5);
});

test('auth: bearer reaches the server, never the report; not sent to another origin', async () => {
  const seen: (string | undefined)[] = [];
  const other = await serve((req, res) => {
    seen.push(`other:${String(req.headers.authorization)}`);
    json(res, 200, {});
  });
  const server = await serve((req, res) => {
    seen.push(req.headers.authorization as string);
    json(res, req.headers.authorization === 'Bearer t0ken-XYZ' ? 200 : 401, {});
  });
  const report = await validate(
    {
      baseUrl: server.url,
      timeoutMs: 0,
      auth: { token: 't0ken-XYZ' },
      checks: [
        { name: 'api', conditions: ['[STATUS] == 200'] },
        { name: 'elsewhere', url: `${other.url}/x` },
      ],
      load: { concurrency: 2, requests: 10 },
    },
    { clock: systemClock },
  );
  expect(report.passed).toBe(true);
  expect(report.settings.auth).toBe('bearer');
  expect(seen).toContain('other:undefined');
  expect(seen.filter((s) => s === 'Bearer t0ken-XYZ')).toHaveLength(11); // 1 check + 10 load requests
  expect(JSON.stringify(report)).not.toContain('t0ken');
});

test('basic auth and a custom auth header', async () => {
  const server = await serve((req, res) =>
    json(res, 200, { auth: req.headers.authorization ?? null, key: req.headers['x-api-key'] ?? null }),
  );
  const report = await validate(
    {
      baseUrl: server.url,
      timeoutMs: 0,
      auth: { basic: 'u:p w', header: 'X-Api-Key: k3y' },
      checks: [{ name: 'a', conditions: ['[BODY].auth == Basic dTpwIHc=', '[BODY].key == k3y'] }],
    },
    { clock: systemClock },
  );
  expect(report.failures).toEqual([]);
  expect(report.settings.auth).toBe('header');
});

test('https check: certificate expiration, protocol and the CA option', async () => {
  const pki = await makePki(10);
  const server = await serve((_req, res) => json(res, 200, {}), { kind: 'h2', key: pki.key, cert: pki.cert });
  const report = await validate(
    {
      baseUrl: server.url,
      timeoutMs: 0,
      ca: pki.ca,
      checks: [
        { name: 'tls', conditions: ['[CERTIFICATE_EXPIRATION] > 48h', '[CERTIFICATE_EXPIRATION] > 720h'] },
        { kind: 'http2', name: 'h2' },
      ],
    },
    { clock: systemClock },
  );
  expect(report.checks[1]!.passed).toBe(true);
  expect(report.checks[0]!.conditions[0]!.passed).toBe(true);
  expect(report.failures).toHaveLength(1);
  expect(report.failures[0]).toMatch(/^tls: \[CERTIFICATE_EXPIRATION\] \((\d+h)?(\d+m)?(\d+s)?\) > 720h$/);
});

test('http2 check over TLS against an HTTP/1.1-only server names the protocol it got', async () => {
  const pki = await makePki(10);
  const server = await serve((_req, res) => json(res, 200, {}), {
    kind: 'https',
    key: pki.key,
    cert: pki.cert,
  });
  const report = await validate(
    { baseUrl: server.url, timeoutMs: 0, ca: pki.ca, checks: [{ kind: 'http2', name: 'h2' }] },
    { clock: systemClock },
  );
  expect(report.failures).toEqual(['h2: [PROTOCOL] (http/1.1) == h2']);
});

test('http2 check over cleartext: h2c prior knowledge passes; an HTTP/1.1-only server fails', async () => {
  const h2c = await serve((_req, res) => json(res, 200, {}), { kind: 'h2c' });
  const h1 = await serve((_req, res) => json(res, 200, {}));
  const ok = await validate(
    { baseUrl: h2c.url, timeoutMs: 0, checks: [{ kind: 'http2', name: 'h2' }] },
    { clock: systemClock },
  );
  expect(ok.failures).toEqual([]);
  const bad = await validate(
    { baseUrl: h1.url, timeoutMs: 0, checks: [{ kind: 'http2', name: 'h2' }] },
    { clock: systemClock },
  );
  expect(bad.passed).toBe(false);
  expect(bad.failures).toContain('h2: [PROTOCOL] (INVALID) == h2 — [PROTOCOL] is not available');
});

describe('load', () => {
  test('10% of requests answered 500: error rate 0.1, judged by k6 thresholds', async () => {
    let n = 0;
    const server = await serve((_req, res) => json(res, ++n % 10 === 0 ? 500 : 200, {}));
    const report = await validate(
      {
        baseUrl: server.url,
        timeoutMs: 0,
        checks: [{ name: 'up', conditions: ['[STATUS] == any(200, 500)'] }],
        load: { concurrency: 8, requests: 200, thresholds: ['rate<0.01', 'rate < 0.2', 'p(95) < 2000'] },
      },
      { clock: systemClock },
    );
    const load = report.load!;
    expect(load.requests).toBe(200);
    // 201 requests in all (1 check + 200 load): the load sees exactly 20 of the every-10th 500s.
    expect(load.errors).toBe(20);
    expect(load.statuses).toEqual({ '200': 180, '500': 20 });
    expect(load.errorRate).toBe(0.1);
    expect(load.thresholds.map((t) => [t.threshold, t.passed])).toEqual([
      ['rate<0.01', false],
      ['rate < 0.2', true],
      ['p(95) < 2000', true],
    ]);
    expect(report.passed).toBe(false);
    expect(report.failures).toEqual(['load: rate (0.1) < 0.01']);
    expect(load.connectionsOpened).toBe(8);
    expect(load.latency.count).toBe(200);
    expect(load.histogram.reduce((sum, b) => sum + b.count, 0)).toBe(200);
  });

  test('duration-bounded load stops on time; max-response-ms becomes p(99) <= N', async () => {
    const server = await serve((_req, res) => json(res, 200, {}));
    const started = Date.now();
    const report = await validate(
      { baseUrl: server.url, timeoutMs: 0, maxResponseMs: 1000, load: { concurrency: 4, durationMs: 300 } },
      { clock: systemClock },
    );
    // No request count bounds the load: only the 300 ms duration can have stopped it.
    expect(Date.now() - started).toBeGreaterThanOrEqual(300 - 5);
    expect(report.load!.requests).toBeGreaterThan(10);
    expect(report.load!.thresholds.map((t) => t.threshold)).toEqual([
      'p(99) <= 1000',
      'rate < 0.01 (default)',
    ]);
    expect(report.checks[0]!.conditions.map((c) => c.condition)).toEqual([
      '[STATUS] < 300',
      '[RESPONSE_TIME] <= 1000',
    ]);
    expect(report.passed).toBe(true);
  });

  test('the load is skipped when a check failed', async () => {
    const server = await serve((_req, res) => json(res, 503, {}));
    const report = await validate(
      { baseUrl: server.url, timeoutMs: 0, load: { concurrency: 2, requests: 5 } },
      { clock: systemClock },
    );
    expect(report.load).toBeUndefined();
    expect(report.loadSkipped).toBe('not run: a check failed');
    expect(server.requests).toBe(1);
  });

  test('a hanging server: every load request times out and counts as an error', async () => {
    const server = await serve(() => {
      /* hangs */
    });
    const report = await runLoad({
      url: new URL(server.url),
      concurrency: 3,
      requests: 3,
      timeoutMs: 200,
      clock: systemClock,
      thresholds: [parseThreshold('rate < 0.5')],
    });
    expect(report.errors).toBe(3);
    expect(report.statuses).toEqual({ error: 3 });
    expect(report.errorSamples).toEqual(['no response within 200 ms']);
    expect(report.passed).toBe(false);
  });

  test('open model corrects for coordinated omission: a 250 ms stall shows in the latency, not only in one sample', async () => {
    let n = 0;
    const server = await serve((_req, res) => {
      if (++n === 40) setTimeout(() => json(res, 200, {}), 250);
      else json(res, 200, {});
    });
    const common = { url: new URL(server.url), concurrency: 1, requests: 120, clock: systemClock };
    const open = await runLoad({ ...common, rate: 200 });
    n = 0;
    const closed = await runLoad(common);
    expect(open.model).toBe('open');
    expect(open.correctedForCoordinatedOmission).toBe(true);
    // During the stall ~50 requests fall due; measured from their due time, a third of them wait > 100 ms.
    expect(open.latency.p75).toBeGreaterThan(50);
    expect(open.serviceTime!.p75).toBeLessThan(50);
    expect(closed.latency.p75).toBeLessThan(50);
    expect(closed.latency.max).toBeGreaterThan(200);
    expect(open.requests).toBe(120);
  });
});

describe('bad input fails before any request', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serve((_req, res) => json(res, 200, {}));
  });
  afterEach(() => expect(server.requests).toBe(0));

  const cases: [string, () => Parameters<typeof validate>[0], RegExp][] = [
    [
      'malformed condition',
      () => ({
        baseUrl: server.url,
        checks: [{ name: 'a', conditions: ['[STATUS] == 200', '[STATUS] =! 200'] }],
      }),
      /input "checks" at checks\[0\]\.conditions\[1\].*expected an operator .* at column 10 of condition "\[STATUS\] =! 200"/,
    ],
    [
      'unknown placeholder',
      () => ({ baseUrl: server.url, checks: [{ name: 'a', conditions: ['[STATU] == 200'] }] }),
      /unknown placeholder \[STATU\].* at column 1/,
    ],
    [
      'negative concurrency',
      () => ({ baseUrl: server.url, load: { concurrency: -1, requests: 10 } }),
      /input "concurrency": got "-1"; allowed: a whole number of at least 1/,
    ],
    [
      'base-url without scheme',
      () => ({ baseUrl: '127.0.0.1:8080/health' }),
      /input "base-url": got "127.0.0.1:8080\/health"; allowed: an absolute URL starting with http:\/\/ or https:\/\//,
    ],
    [
      'unbounded load',
      () => ({ baseUrl: server.url, load: { concurrency: 2 } }),
      /input "requests".*never unbounded/,
    ],
    [
      'malformed threshold',
      () => ({ baseUrl: server.url, load: { concurrency: 2, requests: 2, thresholds: ['p(95) << 200'] } }),
      /input "thresholds": got "p\(95\) << 200".*column 8/,
    ],
    [
      'credentials in the URL',
      () => ({ baseUrl: 'https://user:pw@example.com' }),
      /input "base-url": got nothing.*without credentials/,
    ],
    [
      'unknown check kind',
      () => ({ baseUrl: server.url, checks: [{ kind: 'smtp', name: 'x' }] }),
      /input "checks" at checks\[0\]\.kind/,
    ],
    [
      'duplicate names',
      () => ({ baseUrl: server.url, checks: [{ name: 'x' }, { name: 'x' }] }),
      /a unique name for every check/,
    ],
    [
      'auth header without a colon',
      () => ({ baseUrl: server.url, auth: { header: 'Bearer xyz' } }),
      /input "auth-header": got \*\*\*/,
    ],
  ];
  test.each(cases)('%s', async (_name, options, message) => {
    const error = await validate(options(), { clock: systemClock }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect(() => planValidation(options())).toThrow(InputError);
  });
});
