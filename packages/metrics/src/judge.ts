/**
 * The judge of one metric in one round: bounds first (absolute, then relative to the baseline),
 * then the statistical comparison of canary and baseline — error ratios on their raw counts
 * (Fisher / two-proportion), values with Mann-Whitney plus a Hodges-Lehmann effect floor and a
 * spread test. Pure: observations in, a judgement with its numbers out.
 */
import { median, quantile } from './stats/descriptive.ts';
import { spreadIncrease } from './stats/dispersion.ts';
import { mannWhitney } from './stats/mann-whitney.ts';
import { compareProportions } from './stats/proportions.ts';
import type { ArmObservation, Observation } from './observation.ts';
import type { Metric } from './spec.ts';

export type Outcome = 'pass' | 'fail' | 'inconclusive' | 'error';

export interface Statistic {
  test: 'fisher' | 'two-proportion' | 'mann-whitney' | 'brown-forsythe';
  p: number;
  /** Significance level the p was held against (one-sided). */
  alpha: number;
  /** z, U or t. */
  statistic?: number;
  /** Relative effect (canary vs baseline) in percent. */
  effect?: number;
}

export interface Judgement {
  metric: string;
  outcome: Outcome;
  /** One line: which rule decided, with the numbers. */
  reason: string;
  canary?: number;
  baseline?: number;
  /** Requests (ratio metrics) or points in this step (value metrics) per arm. */
  samples: { canary: number; baseline: number };
  statistics: Statistic[];
  /**
   * Inconclusive only because the judge is still collecting points (each from its own window):
   * the measurement itself worked, so it is not counted as an error in a row.
   */
  collecting?: boolean;
}

/** Values of a value metric seen so far in the step, per arm (this round's included). */
export interface Series {
  canary: number[];
  baseline: number[];
}

export function judgeMetric(metric: Metric, obs: Observation, series: Series, confidence: number): Judgement {
  const { canary, baseline } = obs.arms;
  const samples =
    metric.kind === 'ratio'
      ? { canary: canary.total ?? 0, baseline: baseline.total ?? 0 }
      : { canary: series.canary.length, baseline: series.baseline.length };
  const base = {
    metric: metric.name,
    canary: canary.value,
    baseline: baseline.value,
    samples,
    statistics: [],
  };
  const problem = armProblem(canary, 'canary') ?? armProblem(baseline, 'baseline');
  if (problem) return { ...base, ...problem };
  if (metric.kind === 'ratio' && (samples.canary < metric.minSamples || samples.baseline < metric.minSamples))
    return {
      ...base,
      outcome: 'inconclusive',
      reason: `too little traffic: ${fmt(samples.canary)} canary / ${fmt(samples.baseline)} baseline requests in the window, at least ${metric.minSamples} per arm needed`,
    };
  const bound = checkBounds(metric, canary.value!, baseline.value!);
  if (bound) return { ...base, outcome: 'fail', reason: bound };
  if (metric.judge === 'none') return { ...base, outcome: 'pass', reason: boundsText(metric) };
  // One-sided level: Kayenta's 0.98 is a two-sided confidence interval.
  const alpha = Number(((1 - confidence) / 2).toPrecision(12));
  return metric.kind === 'ratio'
    ? { ...base, ...judgeRatio(metric, canary, baseline, alpha) }
    : { ...base, ...judgeSeries(metric, series, alpha) };
}

function armProblem(arm: ArmObservation, name: string): Pick<Judgement, 'outcome' | 'reason'> | undefined {
  if (arm.status === 'ok') return undefined;
  const outcome = arm.status === 'error' || arm.status === 'bad-query' ? 'error' : 'inconclusive';
  return { outcome, reason: `${name}: ${arm.message ?? arm.status}` };
}

function checkBounds(m: Metric, canary: number, baseline: number): string | undefined {
  const show = (v: number) =>
    m.unit === 'ratio' ? `${fmt(v * 100)}%` : `${fmt(v)}${m.unit ? ` ${m.unit}` : ''}`;
  if (m.max !== undefined && canary > m.max) return `canary ${show(canary)} above the maximum ${show(m.max)}`;
  if (m.min !== undefined && canary < m.min) return `canary ${show(canary)} below the minimum ${show(m.min)}`;
  const change =
    baseline === 0
      ? canary === 0
        ? 0
        : Infinity * Math.sign(canary)
      : ((canary - baseline) / Math.abs(baseline)) * 100;
  if (m.maxIncrease !== undefined && change > m.maxIncrease)
    return `canary ${show(canary)} is ${fmt(change)}% above the baseline ${show(baseline)} (at most +${m.maxIncrease}%)`;
  if (m.maxDecrease !== undefined && -change > m.maxDecrease)
    return `canary ${show(canary)} is ${fmt(-change)}% below the baseline ${show(baseline)} (at most -${m.maxDecrease}%)`;
  return undefined;
}

function boundsText(m: Metric): string {
  const parts = [
    m.max !== undefined ? `≤ ${m.max}` : '',
    m.min !== undefined ? `≥ ${m.min}` : '',
    m.maxIncrease !== undefined ? `≤ baseline +${m.maxIncrease}%` : '',
    m.maxDecrease !== undefined ? `≥ baseline -${m.maxDecrease}%` : '',
  ].filter(Boolean);
  return `within bounds (${parts.join(', ')})`;
}

function judgeRatio(
  m: Metric,
  canary: ArmObservation,
  baseline: ArmObservation,
  alpha: number,
): Pick<Judgement, 'outcome' | 'reason' | 'statistics'> {
  // increase() extrapolates to the window's edges, so counts come back fractional: the tests take whole requests.
  const a = { events: Math.round(canary.errors!), trials: Math.round(canary.total!) };
  const b = { events: Math.round(baseline.errors!), trials: Math.round(baseline.total!) };
  const r = compareProportions(a, b, m.direction === 'increase' ? 'greater' : 'less');
  const rc = a.events / a.trials;
  const rb = b.events / b.trials;
  const effect = rb === 0 ? (rc === 0 ? 0 : Infinity) : ((rc - rb) / rb) * 100;
  const stat: Statistic = { test: r.test, p: r.p, alpha, statistic: r.statistic, effect };
  const worse = m.direction === 'increase' ? effect >= m.minEffect : -effect >= m.minEffect;
  const text = `canary ${fmt(rc * 100)}% (${fmt(a.events)}/${fmt(a.trials)}) vs baseline ${fmt(rb * 100)}% (${fmt(b.events)}/${fmt(b.trials)}), ${r.test} p=${fmtP(r.p)}`;
  if (r.p < alpha && worse)
    return { outcome: 'fail', reason: `${text} < ${alpha}: significantly worse`, statistics: [stat] };
  return { outcome: 'pass', reason: `${text}: no significant ${m.direction}`, statistics: [stat] };
}

function judgeSeries(
  m: Metric,
  s: Series,
  level: number,
): Pick<Judgement, 'outcome' | 'reason' | 'statistics' | 'collecting'> {
  let alpha = level;
  const c = s.canary.filter(Number.isFinite);
  const b = s.baseline.filter(Number.isFinite);
  if (c.length < m.minSamples || b.length < m.minSamples)
    return {
      outcome: 'inconclusive',
      reason: `${c.length} canary / ${b.length} baseline points in this step (one per window), at least ${m.minSamples} per arm needed for the judge`,
      statistics: [],
      collecting: true,
    };
  const up = m.direction === 'increase';
  // Two tests (location, spread) share the level: Bonferroni keeps the metric's false-fail rate at alpha.
  if (up) alpha = alpha / 2;
  const mw = mannWhitney(c, b, up ? 'greater' : 'less');
  const scale = Math.abs(median(b)) || Math.abs(median(c)) || 1;
  const effect = (mw.shift / scale) * 100;
  const stats: Statistic[] = [{ test: 'mann-whitney', p: mw.p, alpha, statistic: mw.u, effect }];
  if (mw.p < alpha && (up ? effect : -effect) >= m.minEffect)
    return {
      outcome: 'fail',
      reason: `Mann-Whitney p=${fmtP(mw.p)} < ${alpha}, Hodges-Lehmann shift ${fmt(mw.shift)} (${fmt(effect)}% of the baseline median, floor ${m.minEffect}%)`,
      statistics: stats,
    };
  if (up) {
    const bf = spreadIncrease(c, b);
    const tail = ((quantile(c, 0.9) - quantile(b, 0.9)) / (Math.abs(quantile(b, 0.9)) || 1)) * 100;
    stats.push({ test: 'brown-forsythe', p: bf.p, alpha, statistic: bf.t, effect: tail });
    if (bf.p < alpha && tail >= m.minEffect)
      return {
        outcome: 'fail',
        reason: `spread rose: Brown-Forsythe p=${fmtP(bf.p)} < ${alpha}, canary p90 ${fmt(tail)}% above the baseline's (floor ${m.minEffect}%)`,
        statistics: stats,
      };
  }
  return {
    outcome: 'pass',
    reason: `no significant ${m.direction} (Mann-Whitney p=${fmtP(mw.p)}, shift ${fmt(effect)}%)`,
    statistics: stats,
  };
}

export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Number(v.toPrecision(4)).toString();
}

function fmtP(p: number): string {
  return p < 0.0001 ? p.toExponential(1) : p.toFixed(4);
}
