import { CancelledError } from './errors.ts';

/** Time as logic sees it: injected so that tests and benchmarks control it (STYLE.md "avoid real sleeps"). */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason (a CancelledError) when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortReason(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/** A clock for tests: time moves only when `advance` is called. */
export class FakeClock implements Clock {
  private time: number;
  private readonly waiting: { at: number; resolve: () => void }[] = [];
  /** Every sleep requested, in order (ms), so tests can assert backoff schedules. */
  readonly sleeps: number[] = [];

  constructor(start = Date.parse('2026-01-01T00:00:00Z')) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  /** How many sleeps are pending. */
  get sleepers(): number {
    return this.waiting.length;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      const entry = { at: this.time + ms, resolve };
      this.waiting.push(entry);
      signal?.addEventListener(
        'abort',
        () => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(abortReason(signal));
        },
        { once: true },
      );
    });
  }

  /** Moves time forward and wakes every sleeper whose time has come. */
  async advance(ms: number): Promise<void> {
    this.time += ms;
    const due = this.waiting.filter((w) => w.at <= this.time);
    for (const w of due) {
      this.waiting.splice(this.waiting.indexOf(w), 1);
      w.resolve();
    }
    // Let the woken continuations run before the caller goes on.
    await new Promise((r) => setImmediate(r));
  }

  /** Waits until someone is sleeping (the code under test reached its next wait). */
  async untilSleeping(count = 1): Promise<void> {
    while (this.waiting.length < count) await new Promise((r) => setImmediate(r));
  }
}

export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  return new CancelledError(typeof reason === 'string' ? reason : 'Cancelled');
}
