import { analysisSchema, resolveSpec } from './spec.ts';
import { checkQuery } from './promql.ts';
import { parseSteps } from './steps.ts';
import { renderQuery } from './templates.ts';

const issues = (input: unknown) => {
  const r = analysisSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('analysis spec', () => {
  it('one line per ready-made template, with Argo/Kayenta defaults', () => {
    const spec = resolveSpec(
      analysisSchema.parse({ metrics: [{ template: 'http-error-rate' }, { template: 'latency-p99' }] }),
    );
    expect(spec).toMatchObject({ pass: 95, marginal: 75, confidence: 0.98 });
    expect(spec.metrics[0]).toMatchObject({
      name: 'http-error-rate',
      kind: 'ratio',
      max: 0.01,
      consecutiveErrorsLimit: 4,
      failureLimit: 0,
      minSamples: 50,
    });
    expect(spec.metrics[1]).toMatchObject({ name: 'latency-p99', kind: 'value', maxIncrease: 10 });
    expect(spec.metrics[1]!.query).toContain('histogram_quantile(0.99');
  });

  it('a user query replaces the template query; for: is a duration', () => {
    const spec = resolveSpec(
      analysisSchema.parse({
        metrics: [{ name: 'queue', query: 'max(queue{app="{{app}}",track="{{track}}"})', max: 5, for: '5m' }],
      }),
    );
    expect(spec.metrics[0]).toMatchObject({ kind: 'value', max: 5, forMs: 300_000, judge: 'auto' });
  });

  it('refuses a PromQL typo with its position, in the grammar of Prometheus', () => {
    expect(
      issues({
        metrics: [{ name: 'x', query: 'sum(rate(http_requests_total{app="{{app}}"}[{{interval}}])', max: 1 }],
      }),
    ).toEqual([expect.stringMatching(/^metrics\.0\.query: PromQL syntax error at column \d+/)]);
  });

  it('refuses unknown templates, placeholders and fields', () => {
    expect(issues({ metrics: [{ template: 'http-errors' }] })[0]).toMatch(/^metrics\.0\.template/);
    expect(issues({ metrics: [{ name: 'x', query: 'up{pod="{{pod}}"}', max: 1 }] })[0]).toContain(
      'unknown placeholder {{pod}}',
    );
    expect(issues({ metrics: [{ template: 'latency-p95', maximum: 3 }] })[0]).toMatch(/maximum/);
    expect(issues({ metrics: [{ template: 'latency-p95' }, { template: 'latency-p95' }] })[0]).toContain(
      'a unique name',
    );
    expect(issues({ metrics: [{ name: 'x', query: 'up', judge: 'none' }] })[0]).toContain('a bound');
    expect(issues({ metrics: [{ template: 'latency-p95', for: 'soon' }] })[0]).toContain('a duration');
  });
});

describe('PromQL check', () => {
  it('accepts every template and real-world queries', () => {
    expect(
      checkQuery('histogram_quantile(0.95, sum by (le) (rate(x_bucket{a="{{app}}"}[{{interval}}])))'),
    ).toBeUndefined();
    expect(checkQuery('sum(rate(x[5m])) / count(up == 1) or vector(0)')).toBeUndefined();
  });

  it('reports the column in the template as written', () => {
    expect(checkQuery('sum(rate(x{app="{{app}}"}[5m]) by')).toMatchObject({ column: expect.any(Number) });
    const p = checkQuery('rate(x{app="{{app}}"}[{{interval}}]) +')!;
    expect(p.message).toContain('PromQL syntax error');
  });
});

describe('rendering', () => {
  it('escapes values for a PromQL string', () => {
    expect(
      renderQuery('x{v="{{version}}"}', {
        app: 'a',
        namespace: 'n',
        track: 't',
        interval: '1m',
        version: 'a"b\\c',
      }),
    ).toBe('x{v="a\\"b\\\\c"}');
  });
});

describe('steps', () => {
  it('parses weight:hold lists as the seeds write them', () => {
    expect(parseSteps('5:30m, 25:48h, 50:2h, 100')).toEqual([
      { weight: 5, holdMs: 1_800_000 },
      { weight: 25, holdMs: 172_800_000 },
      { weight: 50, holdMs: 7_200_000 },
      { weight: 100, holdMs: 0 },
    ]);
  });

  it.each([
    ['5:soon', '"soon" is not a duration'],
    ['120:1m', 'at most 100'],
    ['25:1m, 10:1m', 'weights must increase'],
    ['50', 'needs a hold time'],
    ['', 'at least one step'],
  ])('refuses %j', (text, message) => {
    expect(() => parseSteps(text)).toThrow(message);
  });
});
