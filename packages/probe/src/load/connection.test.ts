import type { ServerResponse } from 'node:http';
import { LoadConnection, parseResponse, serializeRequest } from './connection.ts';
import { startServer, type TestServer } from '../test-utils.ts';

const b = (text: string) => Buffer.from(text, 'latin1');

describe('parseResponse finds where a response ends', () => {
  test.each([
    [
      'content-length, complete',
      'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok',
      false,
      { status: 200, length: 40, close: false },
    ],
    [
      'content-length, body still coming',
      'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nok',
      false,
      'incomplete',
    ],
    ['headers still coming', 'HTTP/1.1 200 OK\r\nContent-Len', false, 'incomplete'],
    [
      'chunked, complete',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n',
      false,
      { status: 200, length: 59, close: false },
    ],
    [
      'chunked, last chunk missing',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n',
      false,
      'incomplete',
    ],
    [
      'chunked with a trailer',
      'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n0\r\nX-T: 1\r\n\r\n',
      false,
      { status: 200, length: 60, close: false },
    ],
    [
      'HEAD ignores content-length',
      'HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n',
      true,
      { status: 200, length: 39, close: false },
    ],
    ['204 has no body', 'HTTP/1.1 204 No Content\r\n\r\n', false, { status: 204, length: 27, close: false }],
    [
      'connection: close',
      'HTTP/1.1 503 X\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
      false,
      { status: 503, length: 56, close: true },
    ],
    [
      'HTTP/1.0 closes by default',
      'HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n',
      false,
      { status: 200, length: 38, close: true },
    ],
    ['not HTTP', 'SSH-2.0-OpenSSH\r\n\r\n', false, 'invalid'],
  ])('%s', (_name, text, head, expected) => {
    expect(parseResponse(b(text), head)).toEqual(expected);
  });
});

describe('LoadConnection against a real server', () => {
  let server: TestServer;
  let n = 0;
  beforeAll(async () => {
    server = await startServer((req, res) => {
      n++;
      if (req.url === '/chunked') {
        // Chunked, written in pieces with a pause: the parser must wait for the terminating chunk.
        const r = res as ServerResponse;
        r.write('{"a":');
        setImmediate(() => r.end('1}'));
      } else if (req.url === '/close') {
        (res as ServerResponse).setHeader('connection', 'close');
        (res as ServerResponse).end('bye');
      } else (res as ServerResponse).end('ok');
    });
  });
  afterAll(() => server.close());

  test('keeps one connection alive across requests, chunked responses included', async () => {
    const url = new URL(`${server.url}/chunked`);
    const c = new LoadConnection({
      url,
      request: serializeRequest(url, 'GET', {}),
      head: false,
      timeoutMs: 2000,
    });
    for (let i = 0; i < 5; i++) expect((await c.send()).status).toBe(200);
    expect(c.opened).toBe(1);
    c.close();
  });

  test('reconnects after the server closes', async () => {
    const url = new URL(`${server.url}/close`);
    const c = new LoadConnection({
      url,
      request: serializeRequest(url, 'GET', {}),
      head: false,
      timeoutMs: 2000,
    });
    const before = n;
    for (let i = 0; i < 3; i++) expect((await c.send()).status).toBe(200);
    expect(n - before).toBe(3);
    expect(c.opened).toBe(3);
    c.close();
  });

  test('serializeRequest refuses header injection', () => {
    expect(() => serializeRequest(new URL(server.url), 'GET', { 'x-a': 'b\r\nx-evil: 1' })).toThrow(
      'line break',
    );
  });
});
