/**
 * The HTTP/2 check: the server must speak h2 — negotiated by ALPN over TLS (we offer only h2), or
 * with prior knowledge (h2c) over cleartext — and the response must satisfy the conditions.
 */
import type { CheckSpec } from '../spec.ts';
import { attemptOf, conditionsOf, exchange, judge } from './exchange.ts';
import { DEFAULT_HTTP_CONDITIONS } from './http-conditions.ts';
import type { CheckRunner } from './types.ts';

type Http2Spec = Extract<CheckSpec, { kind: 'http2' }>;

export const http2Check: CheckRunner<Http2Spec> = {
  async attempt(spec, env, timeoutMs) {
    // Over TLS we offer h2 and http/1.1 so that a server without h2 still answers and the report
    // can say "[PROTOCOL] (http/1.1) == h2"; over cleartext only prior knowledge can tell.
    const ex = await exchange(spec, env, timeoutMs, {
      protocol: env.baseUrl.protocol === 'https:' && !spec.url?.startsWith('http:') ? 'auto' : 'h2',
    });
    const conditions = ['[PROTOCOL] == h2', ...conditionsOf(spec, env, DEFAULT_HTTP_CONDITIONS)];
    const attempt = attemptOf(ex, judge(conditions, ex, env));
    if (!ex.response && ex.error && ex.connected)
      attempt.error = `${ex.error} (the server may not speak HTTP/2)`;
    return attempt;
  },
};
