// Fault injection: for requests matching a method and path, answer an error status, a rate-limit
// response, drop the connection, or add latency; a fault fires `times` times (after skipping `skip`).
import type { RateLimiter } from './rate-limit.ts';

export interface FaultMatch {
  /** HTTP method; any when absent. */
  method?: string;
  /** A path pattern (`/repos/{owner}/{repo}/releases`, `{x}` = one segment) or a RegExp on the path; any when absent. */
  path?: string | RegExp;
  /** How many matching requests the fault answers (default 1; Infinity for all). */
  times?: number;
  /** Matching requests to let through before the fault starts firing (default 0). */
  skip?: number;
}

export type FaultAction =
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** 403 "You have exceeded a secondary rate limit" with a retry-after header (seconds). */
  | { kind: 'secondary-rate-limit'; retryAfterSeconds?: number }
  /** 403 primary limit: x-ratelimit-remaining 0 and x-ratelimit-reset `resetInSeconds` from now. */
  | { kind: 'rate-limit'; resetInSeconds?: number }
  /** 429 Too Many Requests with a retry-after header (seconds). */
  | { kind: 'too-many-requests'; retryAfterSeconds?: number }
  /** Destroys the socket without answering. */
  | { kind: 'drop' }
  /** Waits `ms` before handling the request normally. */
  | { kind: 'latency'; ms: number };

export type FaultSpec = FaultMatch & FaultAction;

export interface Fault {
  readonly spec: FaultSpec;
  /** Requests this fault has answered (or delayed, or dropped). */
  hits: number;
  /** Matching requests seen, including skipped ones. */
  matched: number;
}

function pathMatches(pattern: string | RegExp | undefined, path: string): boolean {
  if (pattern === undefined) return true;
  if (pattern instanceof RegExp) return pattern.test(path);
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  return (
    want.length === got.length &&
    want.every((seg, i) => (seg.startsWith('{') && seg.endsWith('}')) || seg === got[i])
  );
}

export class Faults {
  private readonly faults: Fault[] = [];

  /** Adds a fault; returns its live record (hits, matched) for assertions. */
  add(spec: FaultSpec): Fault {
    if ((spec.times ?? 1) < 1) throw new Error(`github-sim: fault times must be >= 1 (got ${spec.times})`);
    const fault: Fault = { spec, hits: 0, matched: 0 };
    this.faults.push(fault);
    return fault;
  }

  clear(): void {
    this.faults.length = 0;
  }

  /** Active faults (not yet exhausted). */
  get pending(): Fault[] {
    return this.faults.filter((f) => f.hits < (f.spec.times ?? 1));
  }

  /** The fault that answers this request, if any; counts it as a hit. */
  take(method: string, path: string): Fault | undefined {
    for (const fault of this.faults) {
      const { spec } = fault;
      if (fault.hits >= (spec.times ?? 1)) continue;
      if (spec.method && spec.method.toUpperCase() !== method) continue;
      if (!pathMatches(spec.path, path)) continue;
      fault.matched += 1;
      if (fault.matched <= (spec.skip ?? 0)) continue;
      fault.hits += 1;
      return fault;
    }
    return undefined;
  }
}

/** The response a status or rate-limit fault answers with. */
export function faultResponse(
  fault: Fault,
  limiter: RateLimiter,
): { status: number; body: unknown; headers: Record<string, string> } {
  const spec = fault.spec;
  const docs = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';
  switch (spec.kind) {
    case 'status':
      return {
        status: spec.status,
        body: spec.body ?? { message: `Injected ${spec.status}`, documentation_url: docs },
        headers: spec.headers ?? {},
      };
    case 'secondary-rate-limit':
      return {
        status: 403,
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: docs,
          status: '403',
        },
        headers: { 'retry-after': String(spec.retryAfterSeconds ?? 60) },
      };
    case 'too-many-requests':
      return {
        status: 429,
        body: { message: 'Too Many Requests', documentation_url: docs, status: '429' },
        headers: { 'retry-after': String(spec.retryAfterSeconds ?? 60) },
      };
    case 'rate-limit': {
      const headers = limiter.peek('fault', 'core');
      headers['x-ratelimit-remaining'] = '0';
      headers['x-ratelimit-reset'] = String(Math.ceil(Date.now() / 1000) + (spec.resetInSeconds ?? 60));
      return {
        status: 403,
        body: {
          message: 'API rate limit exceeded for installation.',
          documentation_url: docs,
          status: '403',
        },
        headers,
      };
    }
    default:
      throw new Error(`github-sim: fault kind ${spec.kind} has no response`);
  }
}
