/** The plain HTTP check: one request, gatus conditions on the response (default `[STATUS] < 400`). */
import type { CheckSpec } from '../spec.ts';
import { attemptOf, conditionsOf, exchange, judge } from './exchange.ts';
import type { CheckRunner } from './types.ts';

type HttpSpec = Extract<CheckSpec, { kind?: 'http' }>;

export const DEFAULT_HTTP_CONDITIONS = ['[STATUS] < 400'];

export const httpCheck: CheckRunner<HttpSpec> = {
  async attempt(spec, env, timeoutMs) {
    const ex = await exchange(spec, env, timeoutMs);
    return attemptOf(ex, judge(conditionsOf(spec, env, DEFAULT_HTTP_CONDITIONS), ex, env));
  },
};
