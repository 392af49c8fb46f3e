// Primary rate limit accounting per token (or per client address when unauthenticated), with the
// x-ratelimit-* headers GitHub sends on every response.
import { SimHttpError } from './http-errors.ts';

interface Window {
  used: number;
  resetAtMs: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly clock: () => number;

  constructor(limit: number, clock: () => number, windowMs = 3_600_000) {
    this.limit = limit;
    this.clock = clock;
    this.windowMs = windowMs;
  }

  private window(key: string): Window {
    const now = this.clock();
    let w = this.windows.get(key);
    if (!w || w.resetAtMs <= now) {
      w = { used: 0, resetAtMs: now + this.windowMs };
      this.windows.set(key, w);
    }
    return w;
  }

  /** Counts one request; throws GitHub's 403 primary-limit error (with headers) when none are left. */
  consume(key: string, resource: string): Record<string, string> {
    const w = this.window(key);
    if (w.used >= this.limit) {
      throw new SimHttpError(
        403,
        { message: `API rate limit exceeded for ${key.startsWith('token:') ? 'installation' : key}.` },
        this.headers(w, resource),
      );
    }
    w.used += 1;
    return this.headers(w, resource);
  }

  /** Headers for a request that does not count (e.g. GET /rate_limit). */
  peek(key: string, resource: string): Record<string, string> {
    return this.headers(this.window(key), resource);
  }

  status(key: string): { limit: number; remaining: number; reset: number; used: number } {
    const w = this.window(key);
    return {
      limit: this.limit,
      remaining: Math.max(0, this.limit - w.used),
      reset: Math.ceil(w.resetAtMs / 1000),
      used: w.used,
    };
  }

  private headers(w: Window, resource: string): Record<string, string> {
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(Math.max(0, this.limit - w.used)),
      'x-ratelimit-reset': String(Math.ceil(w.resetAtMs / 1000)),
      'x-ratelimit-used': String(w.used),
      'x-ratelimit-resource': resource,
    };
  }
}
