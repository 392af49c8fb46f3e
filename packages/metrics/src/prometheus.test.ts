// Answers a real Prometheus cannot be made to give on demand (partial-data warnings from a remote
// store, a 503 from a proxy in front of it), from a loopback server that speaks its API format.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock } from '@shipgate/core';
import { Prometheus, parseSampleValue } from './prometheus.ts';

let server: Server;
/** `hang`: the request is held open and never answered (a Prometheus stuck on a heavy query). */
let answers: ({ status: number; body: unknown } | 'hang')[] = [];
const seen: string[] = [];
let url = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''} ${body}`);
      const a = answers.shift() ?? { status: 500, body: {} };
      if (a === 'hang') return;
      res.writeHead(a.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(a.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/prom/`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise((r) => server.close(r));
});

const vector = (value: string, warnings?: string[]) => ({
  status: 200,
  body: {
    status: 'success',
    data: { resultType: 'vector', result: [{ metric: {}, value: [1, value] }] },
    ...(warnings ? { warnings } : {}),
  },
});

test('sample values are strings: NaN, +Inf, -Inf and decimals', () => {
  expect(parseSampleValue('NaN')).toBeNaN();
  expect(parseSampleValue('+Inf')).toBe(Infinity);
  expect(parseSampleValue('-Inf')).toBe(-Infinity);
  expect(parseSampleValue('0.0125')).toBe(0.0125);
  expect(() => parseSampleValue('')).toThrow('not a sample value');
});

test('warnings (partial data) are kept with the value', async () => {
  answers = [vector('0.5', ['remote store timed out'])];
  const p = new Prometheus({ url, clock: systemClock, headers: { authorization: 'Bearer t0k' } });
  expect(await p.instant('up', 1_000)).toEqual({
    kind: 'value',
    value: 0.5,
    labels: {},
    warnings: ['remote store timed out'],
  });
  expect(seen.at(-1)).toBe('POST /prom/api/v1/query Bearer t0k query=up&time=1.000');
});

test('a 503 is retried, then the answer is read', async () => {
  answers = [{ status: 503, body: 'busy' }, vector('2')];
  const p = new Prometheus({ url, clock: systemClock, attempts: 3 });
  expect(await p.instant('up', 0)).toMatchObject({ kind: 'value', value: 2 });
});

test('5xx until the attempts run out is a measurement error naming the status', async () => {
  answers = [
    { status: 502, body: { status: 'error', error: 'bad gateway' } },
    { status: 502, body: { status: 'error', error: 'bad gateway' } },
  ];
  const p = new Prometheus({ url, clock: systemClock, attempts: 2 });
  expect(await p.instant('up', 0)).toEqual({
    kind: 'error',
    status: 502,
    message: 'query /api/v1/query failed: Prometheus (502): bad gateway',
  });
});

test('a Prometheus that does not answer in time is retried, then a measurement error saying so', async () => {
  answers = ['hang', 'hang'];
  const p = new Prometheus({ url, clock: systemClock, attempts: 2, timeoutMs: 150 });
  const before = seen.length;
  expect(await p.instant('up', 0)).toMatchObject({
    kind: 'error',
    message: expect.stringContaining('no answer within 150 ms'),
  });
  expect(seen.length - before).toBe(2);
});
