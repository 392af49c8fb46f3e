/**
 * Test support: real servers on 127.0.0.1 (http, https, http2 with TLS or h2c) and a throwaway CA
 * made with the openssl CLI. Only tests import this file.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Pki {
  ca: string;
  key: string;
  cert: string;
  /** A certificate for the same names signed by nobody we trust. */
  selfSignedKey: string;
  selfSigned: string;
}

/** A CA and a server certificate for localhost/127.0.0.1 valid for `days` days. */
export async function makePki(days = 10): Promise<Pki> {
  const dir = await mkdtemp(join(tmpdir(), 'probe-pki-'));
  const p = (f: string) => join(dir, f);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await run('openssl', [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    p('ca.key'),
    '-out',
    p('ca.pem'),
    '-days',
    '30',
    '-subj',
    '/CN=shipgate test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  await run('openssl', [
    'req',
    ...ec,
    '-keyout',
    p('srv.key'),
    '-out',
    p('srv.csr'),
    '-subj',
    '/CN=localhost',
  ]);
  await writeFile(
    p('ext.cnf'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n',
  );
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    p('srv.csr'),
    '-CA',
    p('ca.pem'),
    '-CAkey',
    p('ca.key'),
    '-CAcreateserial',
    '-out',
    p('srv.pem'),
    '-days',
    String(days),
    '-extfile',
    p('ext.cnf'),
  ]);
  await run('openssl', [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    p('self.key'),
    '-out',
    p('self.pem'),
    '-days',
    '5',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost,IP:127.0.0.1',
  ]);
  const read = (f: string) => readFile(p(f), 'utf8');
  return {
    ca: await read('ca.pem'),
    key: await read('srv.key'),
    cert: await read('srv.pem'),
    selfSignedKey: await read('self.key'),
    selfSigned: await read('self.pem'),
  };
}

export interface TestServer {
  url: string;
  port: number;
  /** Requests received so far. */
  requests: number;
  close(): Promise<void>;
}

type Handler = (
  req: http.IncomingMessage | http2.Http2ServerRequest,
  res: http.ServerResponse | http2.Http2ServerResponse,
) => void;

/** Starts a server: plain http, https (HTTP/1.1 only), h2 over TLS (with HTTP/1.1 fallback) or h2c. */
export async function startServer(
  handler: Handler,
  mode: { kind: 'http' } | { kind: 'https' | 'h2'; key: string; cert: string } | { kind: 'h2c' } = {
    kind: 'http',
  },
): Promise<TestServer> {
  const state = { requests: 0 };
  const counted: Handler = (req, res) => {
    state.requests++;
    handler(req, res);
  };
  const server: net.Server =
    mode.kind === 'http'
      ? http.createServer(counted as http.RequestListener)
      : mode.kind === 'https'
        ? https.createServer({ key: mode.key, cert: mode.cert }, counted as http.RequestListener)
        : mode.kind === 'h2'
          ? http2.createSecureServer({ key: mode.key, cert: mode.cert, allowHTTP1: true }, counted)
          : http2.createServer(counted);
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('secureConnection', (s: net.Socket) => sockets.add(s));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const scheme = mode.kind === 'https' || mode.kind === 'h2' ? 'https' : 'http';
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    port,
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port that was free a moment ago (for servers that need one up front, like nginx). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Sends a JSON response. */
export function json(
  res: http.ServerResponse | http2.Http2ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  send(res, status, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
}

/** Sends a text response with a Content-Length. */
export function send(
  res: http.ServerResponse | http2.Http2ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  (res as http.ServerResponse).writeHead(status, {
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}
