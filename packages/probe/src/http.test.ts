import { RequestError, sendRequest } from './http.ts';
import { json, makePki, startServer, type Pki, type TestServer } from './test-utils.ts';

let pki: Pki;
const servers: TestServer[] = [];

beforeAll(async () => {
  pki = await makePki(10);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const server = await startServer(...args);
  servers.push(server);
  return server;
}

test('http: status, headers, body, timings; request headers reach the server', async () => {
  let seen: string | undefined;
  const server = await serve((req, res) => {
    seen = req.headers.authorization as string;
    json(res, 201, { ok: true }, { 'x-test': 'yes' });
  });
  const r = await sendRequest({
    url: new URL(`${server.url}/a?b=1`),
    headers: { authorization: 'Bearer s3cret' },
    timeoutMs: 5000,
  });
  expect(r.status).toBe(201);
  expect(r.headers['x-test']).toBe('yes');
  expect(JSON.parse(r.body)).toEqual({ ok: true });
  expect(r.protocol).toBe('http/1.1');
  expect(r.remoteAddress).toBe('127.0.0.1');
  expect(r.timings.totalMs).toBeGreaterThanOrEqual(r.timings.firstByteMs);
  expect(r.timings.firstByteMs).toBeGreaterThanOrEqual(r.timings.connectMs);
  expect(seen).toBe('Bearer s3cret');
  expect(JSON.stringify(r)).not.toContain('s3cret');
});

test('https with h2: ALPN negotiates h2, the certificate (from our CA) is reported with its expiry', async () => {
  const server = await serve((req, res) => json(res, 200, { version: req.httpVersion }), {
    kind: 'h2',
    key: pki.key,
    cert: pki.cert,
  });
  const r = await sendRequest({
    url: new URL(server.url.replace('127.0.0.1', 'localhost')),
    timeoutMs: 5000,
    ca: pki.ca,
  });
  expect(r.protocol).toBe('h2');
  expect(JSON.parse(r.body)).toEqual({ version: '2.0' });
  expect(r.certificate?.authorized).toBe(true);
  const days = (r.certificate!.validTo - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(9);
  expect(days).toBeLessThan(11);
  expect(r.timings.tlsMs).toBeGreaterThan(0);
});

test('https HTTP/1.1-only server: ALPN falls back to http/1.1', async () => {
  const server = await serve((_req, res) => json(res, 200, {}), {
    kind: 'https',
    key: pki.key,
    cert: pki.cert,
  });
  const r = await sendRequest({ url: new URL(server.url), timeoutMs: 5000, ca: pki.ca });
  expect(r.protocol).toBe('http/1.1');
});

test('an untrusted certificate fails in the tls phase with a hint, unless insecure', async () => {
  const server = await serve((_req, res) => json(res, 200, {}), {
    kind: 'https',
    key: pki.selfSignedKey,
    cert: pki.selfSigned,
  });
  const error = await sendRequest({ url: new URL(server.url), timeoutMs: 5000 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RequestError);
  expect((error as RequestError).phase).toBe('tls');
  expect((error as RequestError).message).toContain('not trusted');
  expect((error as RequestError).hint).toContain('ca-cert');
  const r = await sendRequest({ url: new URL(server.url), timeoutMs: 5000, insecure: true });
  expect(r.status).toBe(200);
  expect(r.certificate?.authorized).toBe(false);
});

test('h2c with prior knowledge over cleartext', async () => {
  const server = await serve((req, res) => json(res, 200, { version: req.httpVersion }), { kind: 'h2c' });
  const r = await sendRequest({ url: new URL(server.url), timeoutMs: 5000, protocol: 'h2' });
  expect(r.protocol).toBe('h2');
  expect(JSON.parse(r.body)).toEqual({ version: '2.0' });
});

test('prior knowledge against an HTTP/1.1-only server fails, connected', async () => {
  const server = await serve((_req, res) => json(res, 200, {}));
  const error = await sendRequest({ url: new URL(server.url), timeoutMs: 2000, protocol: 'h2' }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RequestError);
  expect((error as RequestError).connected).toBe(true);
});

test('connection refused is a connect failure, not connected', async () => {
  const server = await serve((_req, res) => json(res, 200, {}));
  await server.close();
  const error = (await sendRequest({ url: new URL(server.url), timeoutMs: 2000 }).catch(
    (e: unknown) => e,
  )) as RequestError;
  expect(error).toBeInstanceOf(RequestError);
  expect(error.phase).toBe('connect');
  expect(error.connected).toBe(false);
  expect(error.message).toContain('ECONNREFUSED');
});

test('a hanging server times out after timeoutMs', async () => {
  const server = await serve(() => {
    /* never answers */
  });
  const started = Date.now();
  const error = (await sendRequest({ url: new URL(server.url), timeoutMs: 300 }).catch(
    (e: unknown) => e,
  )) as RequestError;
  expect(error.phase).toBe('timeout');
  expect(error.message).toContain('within 300 ms');
  // The server never answers: only the timeout can have ended the request (no wall-clock bound,
  // which a loaded machine would break); it did not fire early either.
  expect(Date.now() - started).toBeGreaterThanOrEqual(300 - 5);
});

test('cancellation rejects with the signal reason', async () => {
  const server = await serve(() => {
    /* never answers */
  });
  const controller = new AbortController();
  const pending = sendRequest({ url: new URL(server.url), timeoutMs: 10_000, signal: controller.signal });
  setImmediate(() => controller.abort(new Error('cancelled by test')));
  await expect(pending).rejects.toThrow('cancelled by test');
});
