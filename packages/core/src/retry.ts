import { systemClock, type Clock } from './clock.ts';

export interface RetryOptions {
  /** Total tries, the first included. */
  attempts?: number;
  /** First backoff. */
  baseMs?: number;
  /** Upper bound of one backoff (Retry-After is honoured up to 10x this). */
  maxMs?: number;
  factor?: number;
  /** ± fraction of each delay, so that clients that failed together do not retry together. */
  jitter?: number;
  /** Whether an error is worth another try; default: every error. */
  retryable?: (error: unknown) => boolean;
  clock?: Clock;
  signal?: AbortSignal;
  random?: () => number;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/**
 * Runs `fn` until it succeeds, with exponential backoff and jitter. An error with a numeric
 * `retryAfterMs` (a 429/503 that sent Retry-After) waits that long instead of the computed backoff.
 * The last error is rethrown unchanged when attempts run out or the error is not retryable.
 */
export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const {
    attempts = 5,
    baseMs = 100,
    maxMs = 10_000,
    factor = 2,
    jitter = 0.2,
    retryable = () => true,
    clock = systemClock,
    signal,
    random = Math.random,
  } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= attempts || !retryable(error) || signal?.aborted) throw error;
      const delay = backoffDelay(error, attempt, { baseMs, maxMs, factor, jitter, random });
      options.onRetry?.(error, attempt, delay);
      await clock.sleep(delay, signal);
    }
  }
}

function backoffDelay(
  error: unknown,
  attempt: number,
  o: { baseMs: number; maxMs: number; factor: number; jitter: number; random: () => number },
): number {
  const asked = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  if (typeof asked === 'number' && Number.isFinite(asked) && asked >= 0) return Math.min(asked, o.maxMs * 10);
  const raw = Math.min(o.maxMs, o.baseMs * o.factor ** (attempt - 1));
  const spread = raw * o.jitter * (2 * o.random() - 1);
  return Math.max(0, Math.round(raw + spread));
}

/** Milliseconds to wait from a Retry-After header (seconds or an HTTP date); undefined when absent or bad. */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
