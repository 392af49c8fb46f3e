// Plumbing between node:http and the simulator: reading bodies, recording headers, writing JSON.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** One request as the simulator recorded it (tests read them back through GitHubSim.requests). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  /** Status answered; undefined while in flight or when the connection was dropped. */
  status: number | undefined;
  /** The fault kind that answered it, if any. */
  fault?: string;
}

export function recordedHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === 'authorization' || name === 'cookie' || value === undefined) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** The path with percent-escapes decoded (refs arrive as heads%2Fmain), for the log and fault matching. */
export function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function safeParse(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
  headOnly = false,
): void {
  const text = body === undefined || status === 204 ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    ...(text
      ? {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(Buffer.byteLength(text)),
        }
      : {}),
  });
  res.end(headOnly ? undefined : text);
}
