/**
 * Comparing two error ratios on their raw counts: Fisher's exact test (the hypergeometric tail)
 * when an expected cell count is small, else the pooled two-proportion z test. One-sided towards
 * "the first ratio is higher" or two-sided.
 */
import { hypergeometricUpperTail, normalUpperTail } from './distributions.ts';
import type { Alternative } from './mann-whitney.ts';

export interface Counts {
  /** Events (errors) */
  events: number;
  /** Trials (requests) */
  trials: number;
}

export interface ProportionResult {
  test: 'fisher' | 'two-proportion';
  p: number;
  /** z statistic (two-proportion) or the first sample's event count (Fisher). */
  statistic: number;
}

/** Fisher's exact test on the 2×2 table [[a.events, a.trials − a.events], [b.events, …]]. */
export function fisherExact(a: Counts, b: Counts, alternative: Alternative): number {
  const total = a.trials + b.trials;
  const events = a.events + b.events;
  const greater = () => hypergeometricUpperTail(a.events, total, events, a.trials);
  const less = () => hypergeometricUpperTail(b.events, total, events, b.trials);
  if (alternative === 'greater') return Math.min(1, greater());
  if (alternative === 'less') return Math.min(1, less());
  return Math.min(1, 2 * Math.min(greater(), less()));
}

/** Pooled two-proportion z test (no continuity correction, as statsmodels' proportions_ztest). */
export function twoProportionZ(a: Counts, b: Counts, alternative: Alternative): ProportionResult {
  const p1 = a.events / a.trials;
  const p2 = b.events / b.trials;
  const pooled = (a.events + b.events) / (a.trials + b.trials);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials));
  const z = se === 0 ? 0 : (p1 - p2) / se;
  const p =
    se === 0
      ? 1
      : alternative === 'greater'
        ? normalUpperTail(z)
        : alternative === 'less'
          ? normalUpperTail(-z)
          : 2 * normalUpperTail(Math.abs(z));
  return { test: 'two-proportion', p, statistic: z };
}

/**
 * Fisher's exact test while the events are few enough to sum the hypergeometric tail cheaply (it is
 * exact, and the z approximation runs anti-conservative at a handful of errors per arm); the z test
 * beyond that, where the two agree.
 */
export function compareProportions(a: Counts, b: Counts, alternative: Alternative): ProportionResult {
  for (const c of [a, b])
    if (!Number.isInteger(c.events) || !Number.isInteger(c.trials) || c.events < 0 || c.events > c.trials)
      throw new RangeError(
        `counts must be whole numbers with 0 <= events <= trials (got ${c.events}/${c.trials})`,
      );
  if (a.events + b.events <= FISHER_MAX_EVENTS)
    return { test: 'fisher', p: fisherExact(a, b, alternative), statistic: a.events };
  return twoProportionZ(a, b, alternative);
}

const FISHER_MAX_EVENTS = 10_000;
