/**
 * One HTTP request with everything a check needs to judge it: status, headers, body, the negotiated
 * protocol (ALPN over TLS, or h2c with prior knowledge), phase timings and the TLS certificate.
 * The connection is made here (net/tls) and handed to node's http or http2 client, so the timings
 * and the certificate come from the socket itself. Request headers are never logged or returned.
 */
import http from 'node:http';
import http2 from 'node:http2';
import net from 'node:net';
import tls from 'node:tls';
import { performance } from 'node:perf_hooks';
import { ExternalError } from '@shipgate/core';

export type ProtocolPreference = 'auto' | 'h2' | 'http1';

export interface RequestOptions {
  url: URL;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Timeout of the whole exchange, connect to last byte. */
  timeoutMs: number;
  signal?: AbortSignal;
  /**
   * auto: over TLS offer h2 and http/1.1 (ALPN), over cleartext speak HTTP/1.1;
   * h2: over TLS offer only h2, over cleartext use h2c with prior knowledge; http1: HTTP/1.1 only.
   */
  protocol?: ProtocolPreference;
  /** Extra trusted CA certificates (PEM), added to node's defaults. */
  ca?: string;
  /** Do not verify the certificate (it is still read and reported). */
  insecure?: boolean;
  /** Bodies beyond this are cut (default 10 MiB); `truncated` says so. */
  maxBodyBytes?: number;
}

export interface CertificateFacts {
  subject: string;
  issuer: string;
  /** notAfter, ms since the epoch. */
  validTo: number;
  /** Whether the chain verified against the trusted CAs. */
  authorized: boolean;
  authorizationError?: string;
}

export interface ResponseFacts {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
  truncated: boolean;
  protocol: 'h2' | 'http/1.1';
  remoteAddress?: string;
  /** Milliseconds from the start: connected, TLS done, first response byte (headers), complete. */
  timings: { connectMs: number; tlsMs?: number; firstByteMs: number; totalMs: number };
  certificate?: CertificateFacts;
}

/** A request that got no complete response; `connected` says whether a connection was made. */
export class RequestError extends ExternalError {
  readonly connected: boolean;
  readonly phase: 'connect' | 'tls' | 'response' | 'timeout';
  constructor(
    url: URL,
    phase: RequestError['phase'],
    connected: boolean,
    detail: string,
    options: { cause?: unknown; hint?: string } = {},
  ) {
    const step = { connect: 'connect', tls: 'TLS handshake', response: 'request', timeout: 'request' }[phase];
    super(`${url.origin}${url.pathname}`, step, { detail, ...options });
    this.connected = connected;
    this.phase = phase;
  }
}

interface Connection {
  socket: net.Socket | tls.TLSSocket;
  alpn: string | false;
  connectMs: number;
  tlsMs?: number;
  certificate?: CertificateFacts;
}

/** Sends one request on a fresh connection and reads the whole response. */
export async function sendRequest(options: RequestOptions): Promise<ResponseFacts> {
  const start = performance.now();
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let connection: Connection | undefined;
  try {
    connection = await connect(options, start, signal);
    const preference = options.protocol ?? 'auto';
    const useH2 = connection.alpn === 'h2' || (options.url.protocol === 'http:' && preference === 'h2');
    const exchange = useH2 ? exchangeH2 : exchangeH1;
    return await exchange(options, connection, start, signal);
  } catch (error) {
    connection?.socket.destroy();
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.aborted) {
      throw new RequestError(
        options.url,
        'timeout',
        connection !== undefined,
        `no complete response within ${options.timeoutMs} ms`,
        { cause: error },
      );
    }
    if (error instanceof RequestError) throw error;
    throw new RequestError(
      options.url,
      connection ? 'response' : 'connect',
      connection !== undefined,
      describe(error),
      { cause: error },
    );
  }
}

function connect(options: RequestOptions, start: number, signal: AbortSignal): Promise<Connection> {
  const { url } = options;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const secure = url.protocol === 'https:';
  const port = Number(url.port || (secure ? 443 : 80));
  return new Promise<Connection>((resolve, reject) => {
    let connectMs = 0;
    const socket = secure
      ? tls.connect({
          host,
          port,
          servername: net.isIP(host) ? undefined : host,
          ALPNProtocols:
            options.protocol === 'h2'
              ? ['h2']
              : options.protocol === 'http1'
                ? ['http/1.1']
                : ['h2', 'http/1.1'],
          ca: options.ca ? [...tls.rootCertificates, options.ca] : undefined,
          rejectUnauthorized: false, // verified below, so that the certificate is reported either way
        })
      : net.connect({ host, port });
    const onAbort = () => socket.destroy(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    const settle = () => signal.removeEventListener('abort', onAbort);
    socket.once('error', (error) => {
      settle();
      const phase = secure && connectMs > 0 ? 'tls' : 'connect';
      reject(new RequestError(url, phase, connectMs > 0, describe(error), { cause: error }));
    });
    socket.once('connect', () => {
      connectMs = performance.now() - start;
      if (!secure) {
        settle();
        resolve({ socket, alpn: false, connectMs });
      }
    });
    if (!(socket instanceof tls.TLSSocket)) return;
    socket.once('secureConnect', () => {
      settle();
      const certificate = certificateOf(socket);
      if (!options.insecure && !socket.authorized) {
        socket.destroy();
        const why = String(socket.authorizationError ?? 'certificate not trusted');
        return reject(
          new RequestError(url, 'tls', true, `certificate of ${host} is not trusted: ${why}`, {
            hint: 'give the issuing CA (ca-cert input), or set insecure: true on the check',
          }),
        );
      }
      resolve({
        socket,
        alpn: socket.alpnProtocol ?? false,
        connectMs,
        tlsMs: performance.now() - start,
        certificate,
      });
    });
  });
}

function certificateOf(socket: tls.TLSSocket): CertificateFacts | undefined {
  const cert = socket.getPeerCertificate();
  if (!cert || !cert.valid_to) return undefined;
  const name = (n: tls.Certificate | undefined) =>
    n
      ? Object.entries(n)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(', ')
      : '';
  return {
    subject: name(cert.subject),
    issuer: name(cert.issuer),
    validTo: Date.parse(cert.valid_to),
    authorized: socket.authorized,
    ...(socket.authorizationError ? { authorizationError: String(socket.authorizationError) } : {}),
  };
}

function exchangeH1(
  options: RequestOptions,
  connection: Connection,
  start: number,
  signal: AbortSignal,
): Promise<ResponseFacts> {
  return new Promise<ResponseFacts>((resolve, reject) => {
    const { url } = options;
    const request = http.request({
      method: options.method ?? 'GET',
      host: url.hostname,
      port: url.port,
      path: `${url.pathname}${url.search}`,
      headers: { ...options.headers, connection: 'close' },
      createConnection: () => connection.socket,
      signal,
    });
    request.once('error', reject);
    request.once('response', (response) => {
      const firstByteMs = performance.now() - start;
      readBody(response, options.maxBodyBytes, (body, truncated) => {
        resolve({
          status: response.statusCode ?? 0,
          headers: cleanHeaders(response.headers),
          body,
          truncated,
          protocol: 'http/1.1',
          remoteAddress: connection.socket.remoteAddress,
          timings: timings(connection, firstByteMs, performance.now() - start),
          ...(connection.certificate ? { certificate: connection.certificate } : {}),
        });
        connection.socket.destroy();
      }).catch(reject);
    });
    request.end(options.body);
  });
}

function exchangeH2(
  options: RequestOptions,
  connection: Connection,
  start: number,
  signal: AbortSignal,
): Promise<ResponseFacts> {
  return new Promise<ResponseFacts>((resolve, reject) => {
    const { url } = options;
    const session = http2.connect(url.origin, { createConnection: () => connection.socket });
    const close = () => session.destroy();
    signal.addEventListener('abort', close, { once: true });
    session.once('error', (error) =>
      reject(new RequestError(url, 'response', true, `HTTP/2: ${describe(error)}`, { cause: error })),
    );
    const stream = session.request({
      ...lowerKeys(options.headers ?? {}),
      ':method': options.method ?? 'GET',
      ':path': `${url.pathname}${url.search}`,
    });
    stream.once('error', reject);
    stream.once('response', (headers) => {
      const firstByteMs = performance.now() - start;
      const status = Number(headers[':status']);
      readBody(stream, options.maxBodyBytes, (body, truncated) => {
        signal.removeEventListener('abort', close);
        session.close();
        resolve({
          status,
          headers: cleanHeaders(headers),
          body,
          truncated,
          protocol: 'h2',
          remoteAddress: connection.socket.remoteAddress,
          timings: timings(connection, firstByteMs, performance.now() - start),
          ...(connection.certificate ? { certificate: connection.certificate } : {}),
        });
      }).catch(reject);
    });
    stream.end(options.body);
  });
}

async function readBody(
  stream: NodeJS.ReadableStream,
  max = 10 * 1024 * 1024,
  done: (body: string, truncated: boolean) => void,
): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    if (size + buffer.length > max) {
      chunks.push(buffer.subarray(0, max - size));
      truncated = true;
      break;
    }
    chunks.push(buffer);
    size += buffer.length;
  }
  done(Buffer.concat(chunks).toString('utf8'), truncated);
}

function timings(connection: Connection, firstByteMs: number, totalMs: number): ResponseFacts['timings'] {
  return {
    connectMs: connection.connectMs,
    ...(connection.tlsMs === undefined ? {} : { tlsMs: connection.tlsMs }),
    firstByteMs,
    totalMs,
  };
}

function cleanHeaders(
  headers: http.IncomingHttpHeaders | http2.IncomingHttpHeaders,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (key.startsWith(':') || value === undefined) continue;
    out[key] = Array.isArray(value) ? value : String(value);
  }
  return out;
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  // HTTP/2 forbids connection-specific headers; drop them rather than fail the stream.
  const banned = new Set([
    'connection',
    'keep-alive',
    'transfer-encoding',
    'upgrade',
    'proxy-connection',
    'host',
  ]);
  return Object.fromEntries(
    Object.entries(headers)
      .map(([k, v]) => [k.toLowerCase(), v] as const)
      .filter(([k]) => !banned.has(k)),
  );
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return `${error.code}${'message' in error && typeof error.message === 'string' && !error.message.includes(error.code) ? `: ${error.message}` : ''}`.replace(
      /^(\w+): \1/,
      '$1',
    );
  }
  return error instanceof Error ? error.message : String(error);
}
