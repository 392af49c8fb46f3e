/**
 * k6-style thresholds on a load run: `p(95) < 200`, `p(99)<500`, `avg < 100`, `med`, `min`, `max`
 * (latency in ms), `rate < 0.01` (error rate, 0–1) and `rps > 100` (requests per second, a shipgate
 * extension). Malformed thresholds fail with the column of the problem, like conditions do.
 */
import { ConditionSyntaxError, type Operator } from '../conditions/index.ts';
import type { LatencySummary } from './histogram.ts';

export type ThresholdMetric =
  { kind: 'percentile'; p: number } | { kind: 'avg' | 'med' | 'min' | 'max' | 'rate' | 'rps' };

export interface Threshold {
  source: string;
  metric: ThresholdMetric;
  op: Operator;
  value: number;
}

export interface ThresholdResult {
  threshold: string;
  passed: boolean;
  /** null when there is nothing to measure: a latency threshold over a load with no answered request. */
  actual: number | null;
  /** The threshold with the actual value: `p(95) (212.3) < 200`. */
  resolved: string;
}

const THRESHOLD =
  /^(\s*)(p\(\s*(\d+(?:\.\d+)?)\s*\)|avg|med|min|max|rate|rps)(\s*)(==|!=|<=|>=|<|>)(\s*)(\S+)\s*$/;

/** Parses one threshold; throws ConditionSyntaxError with the column when malformed. */
export function parseThreshold(source: string): Threshold {
  const match = THRESHOLD.exec(source);
  if (!match) {
    const metric = /^\s*(p\([^)]*\)|[a-z]+)/.exec(source);
    const known = /^\s*(p\(\s*\d+(\.\d+)?\s*\)|avg|med|min|max|rate|rps)\s*/.exec(source);
    if (!known)
      throw new ConditionSyntaxError(
        source,
        (metric?.index ?? 0) + 1 + (source.length - source.trimStart().length),
        'expected p(N), avg, med, min, max, rate or rps',
      );
    const op = /^(==|!=|<=|>=|<|>)\s*/.exec(source.slice(known[0].length));
    if (!op)
      throw new ConditionSyntaxError(
        source,
        known[0].length + 1,
        'expected an operator (<, <=, >, >=, ==, !=)',
      );
    throw new ConditionSyntaxError(source, known[0].length + op[0].length + 1, 'expected a number');
  }
  const p = match[3] === undefined ? undefined : Number(match[3]);
  const column =
    match[1]!.length + match[2]!.length + match[4]!.length + match[5]!.length + match[6]!.length + 1;
  const value = Number(match[7]);
  if (!Number.isFinite(value))
    throw new ConditionSyntaxError(source, column, `"${match[7]}" is not a number`);
  if (p !== undefined && (p <= 0 || p > 100))
    throw new ConditionSyntaxError(source, match[1]!.length + 3, 'a percentile is between 0 and 100');
  const metric: ThresholdMetric = p === undefined ? { kind: match[2] as 'avg' } : { kind: 'percentile', p };
  return { source: source.trim(), metric, op: match[5] as Operator, value };
}

/** What thresholds are judged on. */
export interface LoadStats {
  latency: LatencySummary;
  percentile(p: number): number;
  errorRate: number;
  rps: number;
}

export function evaluateThresholds(thresholds: readonly Threshold[], stats: LoadStats): ThresholdResult[] {
  return thresholds.map((t) => {
    const name = t.metric.kind === 'percentile' ? `p(${t.metric.p})` : t.metric.kind;
    // No answered request, no latency: an empty histogram's 0 ms would pass any latency limit.
    if (stats.latency.count === 0 && !['rate', 'rps'].includes(t.metric.kind))
      return {
        threshold: t.source,
        passed: false,
        actual: null,
        resolved: `${name} (no data: no request was answered) ${t.op} ${t.value}`,
      };
    const actual = round(valueOf(t.metric, stats));
    const passed = compare(actual, t.op, t.value);
    return { threshold: t.source, passed, actual, resolved: `${name} (${actual}) ${t.op} ${t.value}` };
  });
}

function valueOf(metric: ThresholdMetric, stats: LoadStats): number {
  switch (metric.kind) {
    case 'percentile':
      return stats.percentile(metric.p);
    case 'avg':
      return stats.latency.mean;
    case 'med':
      return stats.latency.p50;
    case 'min':
      return stats.latency.min;
    case 'max':
      return stats.latency.max;
    case 'rate':
      return stats.errorRate;
    case 'rps':
      return stats.rps;
  }
}

function compare(a: number, op: Operator, b: number): boolean {
  return { '==': a === b, '!=': a !== b, '<': a < b, '<=': a <= b, '>': a > b, '>=': a >= b }[op];
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
