// gatus's own condition tests, ported as data (gatus-cases.json: the scenarios of TestCondition_Validate
// and TestCondition_evaluate at the commit named in its `source`). Each case runs through our parser and
// evaluator and must give gatus's verdict and gatus's displayed condition, unless it is listed in
// DIFFERS with the reason (the same list is in packages/probe/README.md). Counted in coord/notes/13.md.
import { readFileSync } from 'node:fs';
import { evaluateConditions, parseCondition, type ConditionContext } from './index.ts';

interface GatusResult {
  status?: number;
  ip?: string;
  responseTimeMs?: number;
  body?: string;
  certificateExpirationMs?: number;
  connected?: boolean;
}
interface EvaluateCase {
  name: string;
  condition: string;
  result: GatusResult;
  dontResolveFailed?: boolean;
  resolveSuccessful?: boolean;
  success: boolean;
  output: string;
}
interface Suite {
  source: string;
  validate: { condition: string; error: string | null }[];
  evaluate: EvaluateCase[];
}

const suite = JSON.parse(readFileSync(new URL('./gatus-cases.json', import.meta.url), 'utf8')) as Suite;

/** Cases where we differ on purpose, keyed `name | condition`: the reason, and what we give instead. */
const DIFFERS: Record<string, { reason: string; success: boolean; output: string }> = {
  'response-time-using-less-than-invalid | [RESPONSE_TIME] < potato': {
    reason:
      'gatus reads a value that is no number as 0 (`potato (0)`); we fail the condition and say why, so a typo never compares with 0.',
    success: false,
    output: '[RESPONSE_TIME] (50) < potato',
  },
  'len-body-object-inside-array | len([BODY][0]) == 23': {
    reason:
      'gatus\'s len() of a JSON object is the length of its re-marshalled text (23 for {"adult":true,"age":18}); we count its keys, as the README says.',
    success: false,
    output: 'len([BODY][0]) (2) == 23',
  },
};
const VALIDATE_DIFFERS: Record<string, string> = {
  '[STATUS]==201':
    'gatus needs spaces around the operator; we read `[STATUS]==201` as `[STATUS] == 201` (the left side cannot hold an operator).',
  '[DOMAIN_EXPIRATION] > 720h':
    'no [DOMAIN_EXPIRATION]: validate does no WHOIS lookups; the condition is refused with the list of known placeholders.',
};

/** gatus's Result as our context: gatus's zero values for what the scenario leaves unset. */
function contextOf(r: GatusResult): ConditionContext {
  return {
    status: r.status ?? 0,
    ip: r.ip ?? '',
    responseTimeMs: r.responseTimeMs ?? 0,
    body: r.body ?? '',
    certificateExpirationMs: r.certificateExpirationMs ?? 0,
    connected: r.connected ?? false,
  };
}

/** What gatus would display: the condition as written unless resolution is asked for. */
function ours(c: EvaluateCase): { success: boolean; output: string } {
  let parsed;
  try {
    parsed = parseCondition(c.condition);
  } catch (e) {
    return { success: false, output: `syntax error: ${(e as Error).message.split('\n')[0]}` };
  }
  const [r] = evaluateConditions([parsed], contextOf(c.result));
  const resolve = r!.passed ? c.resolveSuccessful === true : c.dontResolveFailed !== true;
  return { success: r!.passed, output: resolve ? r!.resolved : r!.condition };
}

describe(suite.source, () => {
  test.each(suite.evaluate.map((c) => [`${c.name} | ${c.condition}`, c] as const))('%s', (key, c) => {
    const differs = DIFFERS[key];
    const expected = differs
      ? { success: differs.success, output: differs.output }
      : { success: c.success, output: c.output };
    expect(ours(c)).toEqual(expected);
    if (differs) expect(expected).not.toEqual({ success: c.success, output: c.output });
  });

  test.each(suite.validate.map((c) => [c.condition, c] as const))('validate %s', (condition, c) => {
    let error: string | null = null;
    try {
      parseCondition(condition);
    } catch (e) {
      error = (e as Error).message;
    }
    const differs = VALIDATE_DIFFERS[condition];
    if (differs) expect(error === null).toBe(c.error !== null);
    else expect(error === null).toBe(c.error === null);
  });
});
