/**
 * The plain HTTP check: one request, gatus conditions on the response. Without conditions a check
 * wants a 2xx, as the blue-green preview gate does: a redirect (to a login page, or in a loop) is
 * not "up", and redirects are not followed — the failure names where it pointed.
 */
import type { CheckSpec } from '../spec.ts';
import { attemptOf, conditionsOf, exchange, explainRedirect, judge } from './exchange.ts';
import type { CheckRunner } from './types.ts';

type HttpSpec = Extract<CheckSpec, { kind?: 'http' }>;

export const DEFAULT_HTTP_CONDITIONS = ['[STATUS] < 300'];

export const httpCheck: CheckRunner<HttpSpec> = {
  async attempt(spec, env, timeoutMs) {
    const ex = await exchange(spec, env, timeoutMs);
    return attemptOf(
      ex,
      explainRedirect(judge(conditionsOf(spec, env, DEFAULT_HTTP_CONDITIONS), ex, env), ex),
    );
  },
};
