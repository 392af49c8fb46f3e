/** One runner per check kind; `satisfies` makes a new kind without a runner a type error. */
import type { CheckKind, CheckSpec } from '../spec.ts';
import { graphqlCheck } from './graphql.ts';
import { http2Check } from './http2.ts';
import { httpCheck } from './http-conditions.ts';
import { metricsCheck } from './metrics.ts';
import { securityHeadersCheck } from './security-headers.ts';
import type { CheckRunner } from './types.ts';

const runners = {
  http: httpCheck,
  graphql: graphqlCheck,
  metrics: metricsCheck,
  'security-headers': securityHeadersCheck,
  http2: http2Check,
} satisfies { [K in CheckKind]: CheckRunner<Extract<CheckSpec, { kind?: K }>> };

/** The runner for a spec's kind (http when none is given). */
export function runnerFor(spec: CheckSpec): CheckRunner {
  return runners[spec.kind ?? 'http'] as CheckRunner;
}
