import { buildSchema, graphql } from 'graphql';
import { systemClock } from '@shipgate/core';
import { validate } from '../validate.ts';
import { gradeSecurityHeaders, securityResults } from './security-headers.ts';
import { parseExposition } from './metrics-text.ts';
import { json, send, startServer, type TestServer } from '../test-utils.ts';

const servers: TestServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

const schema = buildSchema(`
  type User { id: ID!, name: String!, tags: [String!]! }
  type Query { user(id: ID!): User, boom: String }
`);
const root = {
  user: ({ id }: { id: string }) => (id === '1' ? { id, name: 'alice', tags: ['a', 'b'] } : null),
  boom: () => {
    throw new Error('database unavailable');
  },
};

async function graphqlServer(): Promise<TestServer> {
  const server = await startServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/graphql') return json(res, 404, {});
      const { query, variables, operationName } = JSON.parse(text) as {
        query: string;
        variables?: Record<string, unknown>;
        operationName?: string;
      };
      void graphql({
        schema,
        source: query,
        rootValue: root,
        variableValues: variables ?? null,
        operationName: operationName ?? null,
      }).then((result) => json(res, 200, result));
    });
  });
  servers.push(server);
  return server;
}

const once = { timeoutMs: 0, intervalMs: 0 };

describe('graphql check (real graphql-js server)', () => {
  test('a query with variables passes with conditions on data', async () => {
    const server = await graphqlServer();
    const report = await validate(
      {
        baseUrl: server.url,
        ...once,
        checks: [
          {
            kind: 'graphql',
            name: 'user',
            query: 'query Q($id: ID!) { user(id: $id) { id name tags } }',
            variables: { id: '1' },
            conditions: ['[BODY].data.user.name == alice', 'len([BODY].data.user.tags) == 2'],
          },
        ],
      },
      { clock: systemClock },
    );
    expect(report.failures).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.checks[0]!.conditions.map((c) => c.resolved)).toContain(
      '[BODY].data.user.name (alice) == alice',
    );
  });

  test('errors in the response fail the check with the error message', async () => {
    const server = await graphqlServer();
    const report = await validate(
      { baseUrl: server.url, ...once, checks: [{ kind: 'graphql', name: 'boom', query: '{ boom }' }] },
      { clock: systemClock },
    );
    expect(report.passed).toBe(false);
    expect(report.failures).toContain(
      'boom: no GraphQL errors (1 error(s): database unavailable) — the query returned errors',
    );
  });

  test('a condition on data that does not hold names the actual value', async () => {
    const server = await graphqlServer();
    const report = await validate(
      {
        baseUrl: server.url,
        ...once,
        checks: [
          {
            kind: 'graphql',
            name: 'nobody',
            query: 'query($id: ID!) { user(id: $id) { name } }',
            variables: { id: '2' },
            conditions: ['[BODY].data.user.name == alice'],
          },
        ],
      },
      { clock: systemClock },
    );
    expect(report.passed).toBe(false);
    // data.user is null, so there is no name: the path is reported missing rather than compared.
    expect(report.failures).toEqual([
      'nobody: [BODY].data.user.name (INVALID) == alice — [BODY].data.user.name is missing',
    ]);
  });
});

describe('metrics check', () => {
  const exposition = [
    '# HELP http_requests_total Requests.',
    '# TYPE http_requests_total counter',
    'http_requests_total{code="200",path="/"} 41',
    'http_requests_total{code="500",path="/"} 1',
    '# TYPE latency_seconds histogram',
    'latency_seconds_bucket{le="0.1"} 3',
    'latency_seconds_bucket{le="+Inf"} 4',
    'latency_seconds_sum 0.5',
    'latency_seconds_count 4',
    'up 1',
    '',
  ].join('\n');

  test('the parser groups histogram samples under their family and reads +Inf', () => {
    const parsed = parseExposition(exposition);
    expect(parsed.errors).toEqual([]);
    expect(parsed.families.get('latency_seconds')?.samples).toHaveLength(4);
    expect(parsed.families.get('http_requests_total')?.type).toBe('counter');
    expect(parseExposition('foo{a="1" 2\nbar x\n').errors).toEqual([
      'line 1: unexpected end of label value "1"',
    ]);
  });

  test('families present and value conditions on a live /metrics', async () => {
    const server = await startServer((_req, res) =>
      send(res, 200, exposition, { 'content-type': 'text/plain; version=0.0.4' }),
    );
    servers.push(server);
    const report = await validate(
      {
        baseUrl: server.url,
        ...once,
        checks: [
          {
            kind: 'metrics',
            name: 'metrics',
            families: ['http_requests_total', 'latency_seconds'],
            values: ['http_requests_total{code="200"} > 40', 'up == 1'],
          },
          {
            kind: 'metrics',
            name: 'missing',
            families: ['process_cpu_seconds_total'],
            values: ['http_requests_total{code="500"} == 0'],
          },
        ],
      },
      { clock: systemClock },
    );
    expect(report.checks[0]!.passed).toBe(true);
    expect(report.checks[0]!.conditions.map((c) => c.resolved)).toContain(
      'http_requests_total{code="200"} (41) > 40',
    );
    expect(report.checks[1]!.passed).toBe(false);
    expect(report.failures).toEqual([
      'missing: family process_cpu_seconds_total is exposed (absent) — the service does not expose process_cpu_seconds_total',
      'missing: http_requests_total{code="500"} (1) == 0',
    ]);
  });

  test('a body that is not the text format fails', async () => {
    const server = await startServer((_req, res) => json(res, 200, { not: 'metrics' }));
    servers.push(server);
    const report = await validate(
      { baseUrl: server.url, ...once, checks: [{ kind: 'metrics', name: 'm' }] },
      { clock: systemClock },
    );
    expect(report.passed).toBe(false);
    expect(report.failures[0]).toContain(
      "body is Prometheus text format (line 1: unexpected end of metric name ':')",
    );
  });

  test('an exposition a Prometheus 2.x scrape refuses fails the check, saying why', async () => {
    const server = await startServer((_req, res) =>
      send(res, 200, '# TYPE h gauge_histogram\nh_bucket{le="+Inf"} 1\nh_count 1\n', {
        'content-type': 'text/plain; version=0.0.4',
      }),
    );
    servers.push(server);
    const report = await validate(
      { baseUrl: server.url, ...once, checks: [{ kind: 'metrics', name: 'm' }] },
      { clock: systemClock },
    );
    expect(report.passed).toBe(false);
    expect(report.failures).toEqual([
      'm: a Prometheus 2.x scrape accepts it (line 1: TYPE "gauge_histogram" (only counter, gauge, histogram, summary, untyped in lower case)) — a Prometheus 2.x server (measured: 2.42) refuses to scrape this, although expfmt accepts it',
    ]);
  });
});

describe('security headers grading', () => {
  const good = {
    'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
    'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    server: 'nginx',
    'set-cookie': ['sid=1; Secure; HttpOnly; SameSite=Lax'],
  };

  test('a hardened HTTPS response is A+ and passes strict', () => {
    const grade = gradeSecurityHeaders(good, true);
    expect(grade).toMatchObject({ score: 100, grade: 'A+' });
    expect(securityResults(grade, 'strict').filter((r) => !r.passed)).toEqual([]);
  });

  test('nothing set over HTTPS is F, and every failure says what to set', () => {
    const grade = gradeSecurityHeaders(
      { server: 'nginx/1.22.1', 'x-powered-by': 'Express', 'set-cookie': 'sid=1' },
      true,
    );
    expect(grade.grade).toBe('F');
    const failed = securityResults(grade, 'recommended').filter((r) => !r.passed);
    expect(failed.map((r) => r.condition)).toEqual([
      'Strict-Transport-Security is set',
      'Content-Security-Policy is set',
      'X-Content-Type-Options is nosniff',
      'framing is restricted (X-Frame-Options or CSP frame-ancestors)',
      'Referrer-Policy is set to a safe value',
      'Server does not reveal a version',
      'X-Powered-By is absent',
      'cookie sid is Secure',
      'cookie sid is HttpOnly',
    ]);
    for (const r of failed) expect(r.reason).toMatch(/^set /);
    expect(failed.find((r) => r.condition.startsWith('Server'))!.resolved).toBe(
      'Server does not reveal a version (nginx/1.22.1)',
    );
  });

  test('strict adds rules that recommended does not enforce', () => {
    const headers = {
      ...good,
      'content-security-policy': "script-src 'self' 'unsafe-inline'; frame-ancestors 'self'",
      'referrer-policy': 'origin',
      'set-cookie': ['sid=1; Secure; HttpOnly'],
    };
    const grade = gradeSecurityHeaders(headers, true);
    expect(securityResults(grade, 'recommended').filter((r) => !r.passed)).toEqual([]);
    expect(
      securityResults(grade, 'strict')
        .filter((r) => !r.passed)
        .map((r) => r.condition),
    ).toEqual([
      "CSP restricts scripts (default-src or script-src, no 'unsafe-inline' / 'unsafe-eval')",
      'Referrer-Policy does not send the origin cross-site over HTTP',
      'cookie sid has SameSite=Strict or Lax',
    ]);
    expect(grade.score).toBe(80);
  });

  test('over plain HTTP, HSTS is not asked for at recommended but HTTPS is at strict', () => {
    const { 'strict-transport-security': _hsts, ...rest } = good;
    const grade = gradeSecurityHeaders(rest, false);
    expect(securityResults(grade, 'recommended').every((r) => r.passed)).toBe(true);
    expect(securityResults(grade, 'strict').find((r) => !r.passed)?.condition).toBe('served over HTTPS');
  });
});
