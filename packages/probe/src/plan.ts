/**
 * Everything validate() can be told, checked before any request: the base URL (absolute http(s), no
 * credentials), the checks (zod, with paths such as checks[2].conditions[0]), auth, the load bounds
 * and the k6 thresholds. Each problem is an InputError naming the input, the value and what is allowed.
 */
import { InputError, type Clock, type Logger } from '@shipgate/core';
import { ConditionSyntaxError } from './conditions/index.ts';
import { parseThreshold, type Threshold } from './load/thresholds.ts';
import type { ValidationReport } from './report.ts';
import { checksSchema, type CheckSpec } from './spec.ts';

export interface ValidateOptions {
  /** Absolute http(s) URL; check paths are relative to it. */
  baseUrl: string | URL;
  /** Checks (already parsed, or raw objects: they are validated here). Default: GET / answering 2xx. */
  checks?: unknown;
  /** Keep retrying until every check passes, ms (default 2 min). */
  timeoutMs?: number;
  /** Pause between attempts of one check, ms (default 2 s). */
  intervalMs?: number;
  auth?: { token?: string; header?: string; basic?: string };
  /** Extra trusted CA certificate (PEM). */
  ca?: string;
  /** Every check must answer within this (ms); the load's p(99) too. */
  maxResponseMs?: number;
  securityHeaders?: 'off' | 'recommended' | 'strict';
  /** The load, run after every check passed; absent for none. */
  load?: {
    path?: string;
    method?: string;
    concurrency: number;
    requests?: number;
    durationMs?: number;
    rate?: number;
    thresholds?: readonly string[];
  };
}

export interface ValidateDeps {
  clock?: Clock;
  signal?: AbortSignal;
  log?: Logger;
  /** Log every failed attempt, not only outcomes. */
  verbose?: boolean;
}

/** Options checked and compiled: what validate() runs. */
export interface ValidationPlan {
  baseUrl: URL;
  checks: CheckSpec[];
  timeoutMs: number;
  intervalMs: number;
  authHeaders: Record<string, string>;
  authKind: ValidationReport['settings']['auth'];
  /**
   * Every form of a credential that a server could echo and we could print: the token, the
   * auth-header value alone, the basic-auth pair, its password and its base64. Reports are redacted
   * of them; an action registers them for masking.
   */
  secrets: string[];
  thresholds: Threshold[];
  options: ValidateOptions;
}

/** Applied to every load that states no `rate` threshold of its own (README, "Defaults and why"). */
export const DEFAULT_ERROR_RATE_THRESHOLD = 'rate < 0.01';
const MIN_INTERVAL_MS = 10;
const MAX_TIMEOUT_MS = 24 * 3_600_000;

const DEFAULT_CHECK: CheckSpec = { name: 'reachable', path: '/' };

/** Checks every option; throws InputError (naming the input, the value and what is allowed). */
export function planValidation(options: ValidateOptions): ValidationPlan {
  const baseUrl = parseBaseUrl(options.baseUrl);
  const parsed = checksSchema.safeParse(options.checks ?? [DEFAULT_CHECK]);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
    throw new InputError('checks', undefined, issue.message, { path: `checks${path}` });
  }
  const checks = [...parsed.data];
  if (options.securityHeaders && options.securityHeaders !== 'off') {
    checks.push({
      kind: 'security-headers',
      name: 'security headers',
      path: '/',
      level: options.securityHeaders,
    });
  }
  const names = new Set<string>();
  for (const check of checks) {
    if (names.has(check.name)) throw new InputError('checks', check.name, 'a unique name for every check');
    names.add(check.name);
  }
  const timeoutMs = nonNegative('timeout', options.timeoutMs ?? 120_000);
  if (timeoutMs > MAX_TIMEOUT_MS) throw new InputError('timeout', String(timeoutMs), 'at most 24 hours');
  const intervalMs = options.intervalMs ?? 2_000;
  // A zero interval retries in a tight loop (timeout 0 is one attempt: no loop): hundreds of requests a second at a service not ready yet.
  if (timeoutMs > 0 && !(intervalMs >= MIN_INTERVAL_MS))
    throw new InputError('interval', String(intervalMs), `a pause of at least ${MIN_INTERVAL_MS} ms`);
  if (options.maxResponseMs !== undefined) positive('max-response-ms', options.maxResponseMs);
  const { headers, kind, secrets } = authHeaders(options.auth);
  const thresholds = planLoad(options);
  return {
    baseUrl,
    checks,
    timeoutMs,
    intervalMs,
    authHeaders: headers,
    authKind: kind,
    secrets,
    thresholds,
    options,
  };
}

function parseBaseUrl(raw: string | URL): URL {
  const text = String(raw);
  const allowed = 'an absolute URL starting with http:// or https://, e.g. https://preview.example.com';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError('base-url', text, allowed);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !/^https?:\/\//i.test(text))
    throw new InputError('base-url', text, allowed);
  if (url.username || url.password) {
    throw new InputError('base-url', undefined, `${allowed}, without credentials`, {
      hint: 'give credentials in basic-auth (masked), not in the URL',
    });
  }
  return url;
}

function authHeaders(auth: ValidateOptions['auth']): {
  headers: Record<string, string>;
  kind: ValidationReport['settings']['auth'];
  secrets: string[];
} {
  const headers: Record<string, string> = {};
  const secrets: string[] = [];
  let kind: ValidationReport['settings']['auth'] = 'none';
  if (auth?.basic !== undefined) {
    if (!auth.basic.includes(':'))
      throw new InputError('basic-auth', auth.basic, 'user:password', { secret: true });
    const encoded = Buffer.from(auth.basic).toString('base64');
    headers.authorization = `Basic ${encoded}`;
    secrets.push(auth.basic, encoded, auth.basic.slice(auth.basic.indexOf(':') + 1));
    kind = 'basic';
  }
  if (auth?.token !== undefined) {
    headers.authorization = `Bearer ${auth.token}`;
    secrets.push(auth.token);
    kind = 'bearer';
  }
  if (auth?.header !== undefined) {
    const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):\s*(.+)$/.exec(auth.header.trim());
    if (!match)
      throw new InputError('auth-header', auth.header, 'a header line "Name: value", e.g. "X-Api-Key: …"', {
        secret: true,
      });
    headers[match[1]!.toLowerCase()] = match[2]!;
    secrets.push(auth.header, match[2]!.trim());
    kind = 'header';
  }
  return { headers, kind, secrets: secrets.filter((s) => s.trim().length >= 4) };
}

function planLoad(options: ValidateOptions): Threshold[] {
  const load = options.load;
  if (!load) return [];
  if (!Number.isInteger(load.concurrency) || load.concurrency < 1)
    throw new InputError('concurrency', String(load.concurrency), 'a whole number of at least 1');
  if (load.requests === undefined && load.durationMs === undefined)
    throw new InputError(
      'requests',
      undefined,
      'a number of requests or a duration (a load is never unbounded)',
    );
  if (load.requests !== undefined && (!Number.isInteger(load.requests) || load.requests < 1))
    throw new InputError('requests', String(load.requests), 'a whole number of at least 1');
  if (load.durationMs !== undefined) positive('duration', load.durationMs);
  if (load.rate !== undefined) positive('rate', load.rate);
  if (load.path !== undefined && !load.path.startsWith('/'))
    throw new InputError('load-path', load.path, 'a path starting with "/"');
  const thresholds = (load.thresholds ?? []).map((text) => {
    try {
      return parseThreshold(text);
    } catch (error) {
      if (error instanceof ConditionSyntaxError)
        throw new InputError(
          'thresholds',
          text,
          `k6-style thresholds such as "p(95) < 200" or "rate < 0.01" (${error.reason} at column ${error.column})`,
        );
      throw error;
    }
  });
  if (options.maxResponseMs !== undefined)
    thresholds.push(parseThreshold(`p(99) <= ${options.maxResponseMs}`));
  // Without a rate threshold an erroring load would pass on latency alone (or on nothing at all).
  if (!thresholds.some((t) => t.metric.kind === 'rate'))
    thresholds.push({
      ...parseThreshold(DEFAULT_ERROR_RATE_THRESHOLD),
      source: `${DEFAULT_ERROR_RATE_THRESHOLD} (default)`,
    });
  return thresholds;
}

function nonNegative(input: string, value: number): number {
  if (!Number.isFinite(value) || value < 0)
    throw new InputError(input, String(value), 'a duration of 0 or more');
  return value;
}

function positive(input: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new InputError(input, String(value), 'a number above 0');
  return value;
}
