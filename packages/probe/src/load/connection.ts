/**
 * A lean HTTP/1.1 keep-alive connection for the load generator: the request is serialised once and
 * written as is; the response is parsed just enough (status, Content-Length or chunked, Connection)
 * to know where it ends. One request in flight per connection (no pipelining), reconnecting when
 * the server closes. This is what lets the generator keep up with autocannon, which works the same
 * way; node's full http client costs about a third of the throughput.
 */
import net from 'node:net';
import tls from 'node:tls';
import { performance } from 'node:perf_hooks';

export interface ConnectionTarget {
  url: URL;
  /** The serialised request (request line, headers, body). */
  request: Buffer;
  /** HEAD responses have no body whatever their headers say. */
  head: boolean;
  ca?: string;
  insecure?: boolean;
  timeoutMs: number;
}

/** Serialises a request once, for every send. */
export function serializeRequest(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Buffer {
  const lines = [
    `${method} ${url.pathname}${url.search} HTTP/1.1`,
    `host: ${url.host}`,
    'connection: keep-alive',
  ];
  for (const [name, value] of Object.entries(headers)) {
    if (/[\r\n]/.test(name) || /[\r\n]/.test(value)) throw new Error(`header ${name} contains a line break`);
    lines.push(`${name}: ${value}`);
  }
  const payload = body === undefined ? undefined : Buffer.from(body);
  if (payload) lines.push(`content-length: ${payload.length}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  return payload ? Buffer.concat([head, payload]) : head;
}

type Pending = { resolve: (r: { status: number; bytes: number }) => void; reject: (e: Error) => void };

export class LoadConnection {
  private socket: net.Socket | undefined;
  private buffer: Buffer | undefined;
  private pending: Pending | undefined;
  /** performance.now() when the request in flight was sent (for the shared timeout sweep). */
  private sentAt = 0;
  private readonly target: ConnectionTarget;
  /** Connections opened (1 + reconnects). */
  opened = 0;

  constructor(target: ConnectionTarget) {
    this.target = target;
  }

  /** Sends the request and resolves with the status when the whole response has arrived. */
  send(): Promise<{ status: number; bytes: number }> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.buffer = undefined;
      const socket = this.socket ?? this.open();
      this.sentAt = performance.now();
      socket.write(this.target.request);
    });
  }

  /**
   * Fails the request in flight when it has waited longer than the timeout. Called by the runner's
   * one sweep timer for all connections: a timer per request was the largest cost per request.
   */
  checkTimeout(now: number): void {
    if (this.pending && now - this.sentAt > this.target.timeoutMs)
      this.fail(new Error(`no response within ${this.target.timeoutMs} ms`));
  }

  close(): void {
    this.socket?.destroy();
    this.socket = undefined;
  }

  private open(): net.Socket {
    const { url } = this.target;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const secure = url.protocol === 'https:';
    const port = Number(url.port || (secure ? 443 : 80));
    const socket = secure
      ? tls.connect({
          host,
          port,
          servername: net.isIP(host) ? undefined : host,
          ALPNProtocols: ['http/1.1'],
          ca: this.target.ca ? [...tls.rootCertificates, this.target.ca] : undefined,
          rejectUnauthorized: !this.target.insecure,
        })
      : net.connect({ host, port });
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    // Events of a socket we already dropped must not touch the request of its successor.
    socket.on('error', (error) => {
      if (this.socket === socket) this.fail(error);
    });
    socket.on('close', () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.fail(new Error('connection closed before the response ended'));
    });
    this.socket = socket;
    this.opened++;
    return socket;
  }

  private fail(error: Error): void {
    const pending = this.pending;
    if (!pending) return;
    this.finish();
    this.close();
    pending.reject(error);
  }

  private finish(): void {
    this.pending = undefined;
    this.buffer = undefined;
  }

  private onData(chunk: Buffer): void {
    if (!this.pending) return; // unsolicited bytes after a response: ignore
    const data = this.buffer ? Buffer.concat([this.buffer, chunk]) : chunk;
    const parsed = parseResponse(data, this.target.head);
    if (parsed === 'incomplete') {
      this.buffer = data;
      return;
    }
    if (parsed === 'invalid') return this.fail(new Error('malformed HTTP response'));
    const pending = this.pending;
    this.finish();
    if (parsed.close) this.close();
    pending.resolve({ status: parsed.status, bytes: parsed.length });
  }
}

const CONTENT_LENGTH = /\r\ncontent-length:[ \t]*(\d+)/i;

type Parsed = { status: number; length: number; close: boolean } | 'incomplete' | 'invalid';

/** Where the first response in `data` ends; exported for tests. */
export function parseResponse(data: Buffer, head: boolean): Parsed {
  const end = data.indexOf('\r\n\r\n');
  if (end < 0) return data.length > 65_536 ? 'invalid' : 'incomplete';
  const header = data.toString('latin1', 0, end);
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(header);
  if (!status) return 'invalid';
  const code = Number(status[1]);
  const close =
    /\r\nconnection:[ \t]*close/i.test(header) ||
    (header.startsWith('HTTP/1.0') && !/\r\nconnection:[ \t]*keep-alive/i.test(header));
  const bodyStart = end + 4;
  if (head || code === 204 || code === 304 || (code >= 100 && code < 200))
    return { status: code, length: bodyStart, close };
  const length = CONTENT_LENGTH.exec(header);
  if (length) {
    const total = bodyStart + Number(length[1]);
    return data.length >= total ? { status: code, length: total, close } : 'incomplete';
  }
  if (/\r\ntransfer-encoding:[^\r]*chunked/i.test(header)) {
    const total = chunkedEnd(data, bodyStart);
    return total === undefined
      ? 'incomplete'
      : total < 0
        ? 'invalid'
        : { status: code, length: total, close };
  }
  return 'invalid'; // a body delimited by close: not usable for keep-alive load
}

function chunkedEnd(data: Buffer, from: number): number | undefined {
  let pos = from;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', pos);
    if (lineEnd < 0) return undefined;
    const size = parseInt(data.toString('latin1', pos, lineEnd).split(';')[0]!, 16);
    if (Number.isNaN(size)) return -1;
    if (size === 0) {
      const trailerEnd = data.indexOf('\r\n\r\n', lineEnd);
      if (trailerEnd >= 0) return trailerEnd + 4;
      return data.length >= lineEnd + 4 && data.toString('latin1', lineEnd, lineEnd + 4) === '\r\n\r\n'
        ? lineEnd + 4
        : undefined;
    }
    pos = lineEnd + 2 + size + 2;
    if (pos > data.length) return undefined;
  }
}
