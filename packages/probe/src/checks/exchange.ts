/**
 * The part every HTTP-based check shares: build the request from the spec (URL, method, headers,
 * auth for the base origin only, body), send it, and evaluate conditions against the response.
 */
import { errorMessage } from '@shipgate/core';
import {
  evaluateConditions,
  parseCondition,
  type ConditionContext,
  type ConditionResult,
} from '../conditions/index.ts';
import { RequestError, sendRequest, type ProtocolPreference, type ResponseFacts } from '../http.ts';
import type { CheckSpec } from '../spec.ts';
import type { AttemptResult, CheckEnv, ResponseSummary } from './types.ts';

export interface Exchange {
  response?: ResponseFacts;
  error?: string;
  connected: boolean;
}

/** The URL a check targets: its `url`, or base-url joined with its `path` (base path kept). */
export function targetUrl(spec: Pick<CheckSpec, 'url' | 'path'>, base: URL, defaultPath = '/'): URL {
  if (spec.url) return new URL(spec.url);
  const path = spec.path ?? defaultPath;
  const basePath = base.pathname.replace(/\/$/, '');
  const url = new URL(base.href);
  const [pathname, search] = splitOnce(path, '?');
  url.pathname = `${basePath}${pathname}`;
  url.search = search === undefined ? '' : `?${search}`;
  return url;
}

/** Sends the check's request; a failure to get a response is returned, not thrown (cancellation is thrown). */
export async function exchange(
  spec: CheckSpec,
  env: CheckEnv,
  timeoutMs: number,
  extra: {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    protocol?: ProtocolPreference;
  } = {},
): Promise<Exchange> {
  const url = targetUrl(spec, env.baseUrl, extra.path);
  const auth = url.origin === env.baseUrl.origin ? env.authHeaders : {};
  const body =
    extra.body ??
    (spec.body === undefined
      ? undefined
      : typeof spec.body === 'string'
        ? spec.body
        : JSON.stringify(spec.body));
  const jsonBody: Record<string, string> =
    body !== undefined && typeof spec.body === 'object' ? { 'content-type': 'application/json' } : {};
  try {
    const response = await sendRequest({
      url,
      method: spec.method ?? extra.method ?? 'GET',
      headers: { 'user-agent': 'shipgate-validate', ...jsonBody, ...extra.headers, ...spec.headers, ...auth },
      ...(body === undefined ? {} : { body }),
      timeoutMs,
      ...(env.signal ? { signal: env.signal } : {}),
      protocol: extra.protocol ?? 'auto',
      ...(env.ca ? { ca: env.ca } : {}),
      insecure: spec.insecure ?? false,
    });
    return { response, connected: true };
  } catch (error) {
    if (!(error instanceof RequestError)) throw error;
    return {
      error: errorMessage(error) + (error.hint ? ` (${error.hint})` : ''),
      connected: error.connected,
    };
  }
}

/** What the conditions see of an exchange. */
export function conditionContext(ex: Exchange, env: CheckEnv): ConditionContext {
  const r = ex.response;
  if (!r) return { connected: ex.connected };
  return {
    status: r.status,
    responseTimeMs: r.timings.totalMs,
    body: r.body,
    headers: r.headers,
    connected: true,
    protocol: r.protocol,
    ...(r.remoteAddress ? { ip: r.remoteAddress } : {}),
    ...(r.certificate ? { certificateExpirationMs: r.certificate.validTo - env.clock.now() } : {}),
  };
}

/** The conditions of a spec, plus the response-time limit; `fallback` when the spec has none. */
export function conditionsOf(spec: CheckSpec, env: CheckEnv, fallback: string[]): string[] {
  const own = spec.conditions && spec.conditions.length > 0 ? spec.conditions : fallback;
  return env.maxResponseMs === undefined ? own : [...own, `[RESPONSE_TIME] <= ${env.maxResponseMs}`];
}

/**
 * Evaluates condition texts (already validated by the spec schema) against an exchange. A body cut
 * at the read limit adds a failing rule: conditions judged on part of a body are not a pass.
 */
export function judge(conditions: readonly string[], ex: Exchange, env: CheckEnv): ConditionResult[] {
  const results = evaluateConditions(conditions.map(parseCondition), conditionContext(ex, env));
  const r = ex.response;
  if (r?.truncated)
    results.push(
      rule(
        'body complete',
        false,
        `cut at ${Buffer.byteLength(r.body)} bytes`,
        'the body is larger than the read limit (10 MiB), so it was not read to its end',
      ),
    );
  return results;
}

/** Names the target of a redirect that failed a status condition (redirects are not followed). */
export function explainRedirect(results: ConditionResult[], ex: Exchange): ConditionResult[] {
  const r = ex.response;
  if (!r || r.status < 300 || r.status >= 400) return results;
  const location = [r.headers.location ?? 'no Location header'].flat()[0]!;
  const reason = `a redirect to ${location}; redirects are not followed: check the final URL, or expect the redirect (e.g. [STATUS] == ${r.status})`;
  return results.map((c) =>
    !c.passed && c.condition.includes('[STATUS]') && !c.reason ? { ...c, reason } : c,
  );
}

export function summarize(r: ResponseFacts | undefined): ResponseSummary | undefined {
  if (!r) return undefined;
  return {
    status: r.status,
    protocol: r.protocol,
    timeMs: Math.round(r.timings.totalMs * 10) / 10,
    bytes: Buffer.byteLength(r.body),
    ...(r.truncated ? { truncated: true } : {}),
    ...(r.certificate ? { certificateValidTo: new Date(r.certificate.validTo).toISOString() } : {}),
  };
}

/** An attempt from its results: passed only when there was a response and every result passed. */
export function attemptOf(
  ex: Exchange,
  results: ConditionResult[],
  details?: Record<string, unknown>,
): AttemptResult {
  const response = summarize(ex.response);
  return {
    passed: ex.response !== undefined && results.every((r) => r.passed),
    results,
    ...(ex.error ? { error: ex.error } : {}),
    ...(response ? { response } : {}),
    ...(details ? { details } : {}),
  };
}

/** A rule that is not a condition of the language (e.g. "family x is exposed"), in the same shape. */
export function rule(condition: string, passed: boolean, actual: string, reason?: string): ConditionResult {
  return {
    condition,
    passed,
    resolved: `${condition} (${actual})`,
    ...(reason && !passed ? { reason } : {}),
  };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
