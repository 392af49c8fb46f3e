import { ConditionSyntaxError, evaluateConditions, parseCondition, type ConditionContext } from './index.ts';

const body = JSON.stringify({
  status: 'UP',
  items: [{ id: 3, name: 'a' }, { id: 4 }],
  nested: { 'a.b': true },
  empty: [],
  n: null,
});
const context: ConditionContext = {
  status: 200,
  responseTimeMs: 123.4,
  body,
  headers: { 'content-type': 'application/json; charset=utf-8', 'set-cookie': ['a=1', 'b=2'] },
  certificateExpirationMs: 72 * 3600_000,
  connected: true,
  protocol: 'h2',
  ip: '127.0.0.1',
};

function run(condition: string, ctx: ConditionContext = context) {
  return evaluateConditions([parseCondition(condition)], ctx)[0]!;
}

describe('condition evaluation (gatus semantics)', () => {
  test.each([
    ['[STATUS] == 200', true],
    ['[STATUS]==200', true],
    ['[STATUS] != 200', false],
    ['[STATUS] < 300', true],
    ['[STATUS] >= 500', false],
    ['[RESPONSE_TIME] < 300', true],
    ['[RESPONSE_TIME] <= 100', false],
    ['[RESPONSE_TIME] < 1s', true],
    ['[BODY].status == UP', true],
    ['[BODY].status == DOWN', false],
    ['[BODY].items[0].id == 3', true],
    ['[BODY].items.[1].id == 4', true],
    ['[BODY].items[1].id > 3', true],
    ['len([BODY].items) > 0', true],
    ['len([BODY].items) == 2', true],
    ['len([BODY].empty) == 0', true],
    ['len([BODY].status) == 2', true],
    ['has([BODY].errors) == false', true],
    ['has([BODY].status) == true', true],
    ['[BODY].n == null', true],
    ['[BODY]["nested"]["a.b"] == true', true],
    ['[STATUS] == pat(2*)', true],
    ['[STATUS] == pat(5*)', false],
    ['[BODY] == pat(*"status":"UP"*)', true],
    ['[STATUS] == any(200, 201)', true],
    ['[STATUS] != any(500, 502)', true],
    ['[BODY].status == any(DOWN, "UP")', true],
    ['[HEADERS].content-type == pat(application/json*)', true],
    ['[HEADERS].Content-Type == pat(text/*)', false],
    ['[HEADERS].set-cookie == a=1, b=2', true],
    ['has([HEADERS].x-missing) == false', true],
    ['[CERTIFICATE_EXPIRATION] > 48h', true],
    ['[CERTIFICATE_EXPIRATION] > 96h', false],
    ['[CERTIFICATE_EXPIRATION] > 1d', true],
    ['[CONNECTED] == true', true],
    ['[PROTOCOL] == h2', true],
    ['[IP] == 127.0.0.1', true],
    ['200 == [STATUS]', true],
    ['[BODY].status == "UP"', true],
  ])('%s → %s', (condition, expected) => {
    expect(run(condition).passed).toBe(expected);
  });

  test('a failure shows the actual values in place', () => {
    const result = run('[STATUS] == 201');
    expect(result).toEqual({
      condition: '[STATUS] == 201',
      passed: false,
      resolved: '[STATUS] (200) == 201',
    });
    expect(run('len([BODY].items) > 5').resolved).toBe('len([BODY].items) (2) > 5');
  });

  test('a missing JSON path fails with the reason, never passes', () => {
    const result = run('[BODY].nope.deeper == 1');
    expect(result.passed).toBe(false);
    expect(result.resolved).toBe('[BODY].nope.deeper (INVALID) == 1');
    expect(result.reason).toBe('[BODY].nope.deeper is missing');
    expect(run('[BODY].nope != 1').passed).toBe(false);
  });

  test('a path into a body that is not JSON says so', () => {
    const result = run('[BODY].status == UP', { body: '<html>UP</html>' });
    expect(result.passed).toBe(false);
    expect(result.reason).toBe('[BODY].status is missing: the body is not JSON');
    expect(run('[BODY] == pat(*UP*)', { body: '<html>UP</html>' }).passed).toBe(true);
    expect(run('len([BODY]) == 15', { body: '<html>UP</html>' }).passed).toBe(true);
  });

  test('an unavailable placeholder fails (no certificate over plain http)', () => {
    const result = run('[CERTIFICATE_EXPIRATION] > 48h', { status: 200 });
    expect(result.passed).toBe(false);
    expect(result.reason).toBe('[CERTIFICATE_EXPIRATION] is not available');
  });

  test('ordering a non-number fails with a reason', () => {
    const result = run('[BODY].status > 3');
    expect(result.passed).toBe(false);
    expect(result.reason).toContain('"UP" is not a number');
  });

  test('text after the operator is one literal, as in gatus', () => {
    expect(run('[BODY] == a < b', { body: 'a < b' }).passed).toBe(true);
    expect(run('[BODY] == Hello world (again)', { body: 'Hello world (again)' }).passed).toBe(true);
  });
});

describe('condition syntax errors give the condition and the column', () => {
  test.each([
    ['[STATUS] =! 200', 10, 'expected an operator'],
    ['[STATUS] = 200', 10, 'expected an operator'],
    ['[STATUS]', 9, 'expected an operator'],
    ['[STATUS] ==', 12, 'expected a value after "=="'],
    ['[STATUSS] == 200', 1, 'unknown placeholder [STATUSS]'],
    ['[status] == 200', 1, 'placeholders are upper-case: [STATUS]'],
    ['[BODY].items[x] == 1', 13, 'expected an array index'],
    ['[STATUS].code == 200', 9, '[STATUS] takes no path'],
    ['len([STATUS]) > 1', 5, 'len() takes a [BODY] or [HEADERS] placeholder'],
    ['lenn([BODY]) > 1', 1, 'unknown function "lenn()"'],
    ['[STATUS] < any(200, 300)', 12, 'any() can only be used with == or !='],
    ['[BODY] == pat(*abc', 14, 'missing ")"'],
    ['[HEADERS] == x', 10, '[HEADERS] needs one header name'],
    ['[BODY].a == "unterminated', 13, 'unterminated string'],
    ['', 1, 'empty condition'],
    ['len([BODY].items > 1', 18, 'expected ")" to close len('],
  ])('%s → column %d', (condition, column, reason) => {
    let error: unknown;
    try {
      parseCondition(condition);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConditionSyntaxError);
    const e = error as ConditionSyntaxError;
    expect(e.column).toBe(column);
    expect(e.reason).toContain(reason);
    expect(e.message).toContain(`column ${column} of condition "${condition}"`);
  });

  test('the message points at the column with a caret', () => {
    expect(() => parseCondition('[STATUS] =! 200')).toThrow('\n  [STATUS] =! 200\n           ^');
  });
});

describe('issue #13: gatus values and messages', () => {
  const ctx = (body: unknown, extra: ConditionContext = {}): ConditionContext => ({
    body: JSON.stringify(body),
    ...extra,
  });
  test.each([
    ['[BODY].n == 1', { n: '0x1' }, true, '[BODY].n (0x1) == 1'],
    ['[BODY].n > 1', { n: '0o2' }, true, '[BODY].n (2) > 1'],
    ['[BODY].n == 2', { n: '0b0010' }, true, '[BODY].n (0b0010) == 2'],
    ['len([BODY].n) == 3', { n: 123 }, true, 'len([BODY].n) (3) == 3'],
    ['len([BODY].b) == 5', { b: false }, true, 'len([BODY].b) (5) == 5'],
    ['len([BODY].s) == 2', { s: 'é' }, true, 'len([BODY].s) (2) == 2'],
    ['[BODY].x > 0x10', { x: 3 }, false, '[BODY].x (3) > 0x10 (16)'],
    ['[BODY].missing != 1', {}, false, '[BODY].missing (INVALID) != 1'],
  ])('%s on %j', (condition, body, passed, resolved) => {
    expect(run(condition, ctx(body))).toMatchObject({ passed, resolved });
  });

  test('certificate expiry is shown as a Go duration in numeric comparisons', () => {
    const r = run('[CERTIFICATE_EXPIRATION] > 720h', { certificateExpirationMs: 14 * 86_400_000 });
    expect(r).toMatchObject({ passed: false, resolved: '[CERTIFICATE_EXPIRATION] (336h) > 720h' });
    expect(run('[RESPONSE_TIME] < 300ms', { responseTimeMs: 450 }).resolved).toBe(
      '[RESPONSE_TIME] (450) < 300ms',
    );
  });
});
