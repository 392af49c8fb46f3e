/**
 * Waits for readiness: one check is attempted again and again, every `intervalMs`, until it passes
 * or `timeoutMs` has gone by. Each failed attempt is kept (what failed, and when) so the report can
 * show how the service came up; the first success is recorded. Time comes from the injected Clock
 * and cancellation from the AbortSignal, so tests drive it without real waiting.
 */
import type { Clock } from '@shipgate/core';
import type { ConditionResult } from './conditions/index.ts';
import type { AttemptResult, ResponseSummary } from './checks/types.ts';

export interface ReadinessOptions {
  timeoutMs: number;
  intervalMs: number;
  clock: Clock;
  signal?: AbortSignal;
  /** Failed attempts kept in full (the first half and the last half of this many); default 50. */
  keep?: number;
}

/** One failed attempt, as kept for the report. */
export interface FailedAttempt {
  attempt: number;
  /** Milliseconds since the first attempt started. */
  atMs: number;
  error?: string;
  /** The conditions that failed, with their actual values. */
  failed: ConditionResult[];
  response?: ResponseSummary;
}

export interface ReadinessOutcome {
  passed: boolean;
  attempts: number;
  /** The last attempt in full (the passing one, or the last failure). */
  last: AttemptResult;
  failures: FailedAttempt[];
  /** Failed attempts not kept in `failures` (only counted). */
  droppedFailures: number;
  firstSuccess?: { attempt: number; atMs: number };
  elapsedMs: number;
}

/** Runs `attempt` until it passes or time runs out; `attempt` gets the time left for it. */
export async function untilReady(
  attempt: (n: number, remainingMs: number) => Promise<AttemptResult>,
  options: ReadinessOptions,
): Promise<ReadinessOutcome> {
  const { clock, timeoutMs, intervalMs, signal } = options;
  const keep = options.keep ?? 50;
  const start = clock.now();
  const failures: FailedAttempt[] = [];
  let dropped = 0;
  for (let n = 1; ; n++) {
    signal?.throwIfAborted();
    const remaining = Math.max(1, timeoutMs - (clock.now() - start));
    const result = await attempt(n, remaining);
    const atMs = clock.now() - start;
    if (result.passed) {
      return {
        passed: true,
        attempts: n,
        last: result,
        failures,
        droppedFailures: dropped,
        firstSuccess: { attempt: n, atMs },
        elapsedMs: atMs,
      };
    }
    const failed: FailedAttempt = {
      attempt: n,
      atMs,
      failed: result.results.filter((r) => !r.passed),
      ...(result.error ? { error: result.error } : {}),
      ...(result.response ? { response: result.response } : {}),
    };
    // Keep the first keep/2 and the most recent keep/2 attempts.
    failures.push(failed);
    if (failures.length > keep) {
      failures.splice(Math.floor(keep / 2), 1);
      dropped++;
    }
    if (clock.now() - start + intervalMs >= timeoutMs) {
      return {
        passed: false,
        attempts: n,
        last: result,
        failures,
        droppedFailures: dropped,
        elapsedMs: clock.now() - start,
      };
    }
    await clock.sleep(intervalMs, signal);
  }
}
