/**
 * The GraphQL check: POST {query, variables, operationName} as JSON; the response must be 200, carry
 * `data`, have no `errors` (unless allow-errors), and satisfy the conditions on [BODY].data….
 */
import type { CheckSpec } from '../spec.ts';
import { attemptOf, conditionsOf, exchange, judge, rule } from './exchange.ts';
import type { CheckRunner } from './types.ts';

type GraphqlSpec = Extract<CheckSpec, { kind: 'graphql' }>;

export const graphqlCheck: CheckRunner<GraphqlSpec> = {
  async attempt(spec, env, timeoutMs) {
    const payload = {
      query: spec.query,
      ...(spec.variables ? { variables: spec.variables } : {}),
      ...(spec['operation-name'] ? { operationName: spec['operation-name'] } : {}),
    };
    const ex = await exchange(spec, env, timeoutMs, {
      method: 'POST',
      path: '/graphql',
      body: JSON.stringify(payload),
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
    });
    const results = judge(['[STATUS] == 200', 'has([BODY].data) == true'], ex, env);
    if (!spec['allow-errors'] && ex.response) results.push(errorsRule(ex.response.body));
    results.push(...judge(conditionsOf(spec, env, []), ex, env));
    return attemptOf(ex, results);
  },
};

function errorsRule(body: string): ReturnType<typeof rule> {
  let errors: unknown;
  try {
    errors = (JSON.parse(body) as { errors?: unknown }).errors;
  } catch {
    return rule(
      'no GraphQL errors',
      false,
      'the body is not JSON',
      'the response is not a GraphQL JSON response',
    );
  }
  if (errors === undefined || (Array.isArray(errors) && errors.length === 0))
    return rule('no GraphQL errors', true, 'none');
  const messages = Array.isArray(errors)
    ? errors.map((e) =>
        e && typeof e === 'object' && 'message' in e ? String(e.message) : JSON.stringify(e),
      )
    : [JSON.stringify(errors)];
  return rule(
    'no GraphQL errors',
    false,
    `${messages.length} error(s): ${messages.slice(0, 3).join('; ')}`,
    'the query returned errors',
  );
}
