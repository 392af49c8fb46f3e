/** What every check kind shares: the environment it runs in and the outcome of one attempt. */
import type { Clock } from '@shipgate/core';
import type { ConditionResult } from '../conditions/index.ts';
import type { CheckSpec } from '../spec.ts';

/** Where and how checks send their requests. */
export interface CheckEnv {
  baseUrl: URL;
  /** Sent only to the origin of baseUrl (never to a check's absolute `url` elsewhere). */
  authHeaders: Record<string, string>;
  /** Extra trusted CA (PEM). */
  ca?: string;
  /** Adds `[RESPONSE_TIME] <= N` to every check. */
  maxResponseMs?: number;
  clock: Clock;
  signal?: AbortSignal;
}

/** The facts of a response worth keeping in the report (never request headers). */
export interface ResponseSummary {
  status: number;
  protocol: string;
  timeMs: number;
  bytes: number;
  /** The body was cut at the read limit. */
  truncated?: boolean;
  certificateValidTo?: string;
}

/** One attempt of one check. Failures are values, not exceptions. */
export interface AttemptResult {
  passed: boolean;
  /** Every condition or rule, with the actual value (`resolved`). */
  results: ConditionResult[];
  /** Set when no response came (connection refused, timeout, TLS). */
  error?: string;
  response?: ResponseSummary;
  /** Kind-specific facts (security grade, metric families …). */
  details?: Record<string, unknown>;
}

/** One kind of check: how to make one attempt. */
export interface CheckRunner<S extends CheckSpec = CheckSpec> {
  attempt(spec: S, env: CheckEnv, timeoutMs: number): Promise<AttemptResult>;
}
