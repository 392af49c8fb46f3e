/**
 * The metrics check: GET /metrics (by default) must be a Prometheus text exposition that parses,
 * expose every named family, and satisfy the value conditions (on the sum of matching samples).
 */
import type { CheckSpec } from '../spec.ts';
import { attemptOf, conditionsOf, exchange, judge, rule } from './exchange.ts';
import { parseMetricExpectation, type MetricExpectation } from './metrics-expectation.ts';
import { parseExposition, type Exposition } from './metrics-text.ts';
import type { CheckRunner } from './types.ts';
import type { ConditionResult } from '../conditions/index.ts';

type MetricsSpec = Extract<CheckSpec, { kind: 'metrics' }>;

export const metricsCheck: CheckRunner<MetricsSpec> = {
  async attempt(spec, env, timeoutMs) {
    const ex = await exchange(spec, env, timeoutMs, {
      path: '/metrics',
      headers: { accept: 'text/plain;version=0.0.4' },
    });
    const results = judge(conditionsOf(spec, env, ['[STATUS] == 200']), ex, env);
    if (!ex.response) return attemptOf(ex, results);
    const exposition = parseExposition(ex.response.body);
    const errors = exposition.errors;
    results.push(
      rule(
        'body is Prometheus text format',
        errors.length === 0,
        errors.length === 0 ? `${exposition.families.size} families` : errors[0]!,
        `${errors.length} line(s) do not parse`,
      ),
    );
    if (errors.length === 0) {
      const refused = exposition.scrapeRefusals;
      results.push(
        rule(
          'a Prometheus 2.x scrape accepts it',
          refused.length === 0,
          refused[0] ?? 'no UTF-8 names, classic TYPEs',
          'a Prometheus 2.x server (measured: 2.42) refuses to scrape this, although expfmt accepts it',
        ),
      );
    }
    for (const name of spec.families ?? []) results.push(familyRule(exposition, name));
    for (const text of spec.values ?? [])
      results.push(valueRule(exposition, parseMetricExpectation(text) as MetricExpectation));
    return attemptOf(ex, results, { families: exposition.families.size });
  },
};

function familyRule(exposition: Exposition, name: string): ConditionResult {
  const family = exposition.families.get(name);
  if (!family || family.samples.length === 0) {
    return rule(
      `family ${name} is exposed`,
      false,
      family ? 'declared, no samples' : 'absent',
      `the service does not expose ${name}`,
    );
  }
  return rule(`family ${name} is exposed`, true, `${family.type}, ${family.samples.length} sample(s)`);
}

function valueRule(exposition: Exposition, e: MetricExpectation): ConditionResult {
  // Match by sample name as written (`http_requests_total`), whichever family holds it.
  const samples = [...exposition.families.values()]
    .flatMap((f) => f.samples)
    .filter((s) => s.name === e.name && Object.entries(e.labels).every(([k, v]) => s.labels[k] === v));
  if (samples.length === 0)
    return rule(e.source, false, 'no matching samples', `no sample of ${e.name} matches`);
  const sum = samples.reduce((total, s) => total + s.value, 0);
  const passed = compare(sum, e.op, e.value);
  return {
    condition: e.source,
    passed,
    resolved: `${e.source.replace(/\s*(==|!=|<=|>=|<|>).*$/, '')} (${sum}) ${e.op} ${e.value}`,
  };
}

function compare(a: number, op: MetricExpectation['op'], b: number): boolean {
  return { '==': a === b, '!=': a !== b, '<': a < b, '<=': a <= b, '>': a > b, '>=': a >= b }[op];
}
