/**
 * Blue-green's health gate: the preview URL is checked by @shipgate/probe's `validate` with one
 * check, `[STATUS] < 300`, so the gate retries until ready, times attempts and reports failures
 * exactly as the validate action does (one report shape, one retry loop).
 */
import type { Clock, Logger } from '@shipgate/core';
import type { CheckReport } from '@shipgate/probe';

/** The gate's one check; its name prefixes the failure lines (`preview: [STATUS] (503) < 300`). */
const CHECK = 'preview';

export interface HealthOutcome {
  ok: boolean;
  /** One line for the log and the deploy message. */
  message: string;
  attempts: number;
  /** The check as the validate action reports it (conditions, failed attempts, timings). */
  check: CheckReport;
}

/**
 * GETs `url` until it answers 2xx or `deadlineMs` (clock time) passes; every `intervalMs` (default
 * 1 s), each attempt at most `attemptTimeout` (default 5 s). Throws only for cancellation.
 */
export async function checkHealth(
  url: string,
  o: {
    clock: Clock;
    signal?: AbortSignal;
    deadlineMs: number;
    intervalMs?: number;
    attemptTimeout?: string;
    log?: Logger;
  },
): Promise<HealthOutcome> {
  // Loaded here, not at start-up: only a blue-green deploy with a preview URL needs the prober.
  const { validate } = await import('@shipgate/probe');
  const report = await validate(
    {
      baseUrl: url,
      checks: [{ name: CHECK, url, timeout: o.attemptTimeout ?? '5s', conditions: ['[STATUS] < 300'] }],
      timeoutMs: Math.max(0, o.deadlineMs - o.clock.now()),
      intervalMs: o.intervalMs ?? 1000,
    },
    { clock: o.clock, ...(o.signal ? { signal: o.signal } : {}), ...(o.log ? { log: o.log } : {}) },
  );
  const check = report.checks[0]!;
  const status = check.response ? ` → ${check.response.status}` : '';
  const message = report.passed
    ? `GET ${check.url}${status} (attempt ${check.attempts}, after ${check.elapsedMs} ms)`
    : `${report.failures.join('; ')} (GET ${check.url}, ${check.attempts} attempt(s) in ${check.elapsedMs} ms)`;
  return { ok: report.passed, message, attempts: check.attempts, check };
}
