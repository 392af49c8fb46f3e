/**
 * Brown-Forsythe test for a rise in spread: Welch's t test on the absolute deviations from each
 * sample's median. A rank test on location cannot see a canary that is sometimes fast and
 * sometimes very slow around the same median (kayenta#780); this can.
 */
import { mean, median, variance } from './descriptive.ts';
import { tUpperTail } from './distributions.ts';

export interface DispersionResult {
  /** Welch t of mean |x − median(x)| minus mean |y − median(y)|. */
  t: number;
  df: number;
  /** One-sided p for "x is more spread out than y". */
  p: number;
}

export function spreadIncrease(x: readonly number[], y: readonly number[]): DispersionResult {
  const dx = deviations(x);
  const dy = deviations(y);
  const vx = variance(dx) / dx.length;
  const vy = variance(dy) / dy.length;
  const se = Math.sqrt(vx + vy);
  const diff = mean(dx) - mean(dy);
  if (!(se > 0)) return { t: diff > 0 ? Infinity : 0, df: dx.length + dy.length - 2, p: diff > 0 ? 0 : 1 };
  const t = diff / se;
  const df = (vx + vy) ** 2 / (vx ** 2 / (dx.length - 1) + vy ** 2 / (dy.length - 1));
  return { t, df, p: tUpperTail(t, df) };
}

function deviations(values: readonly number[]): number[] {
  const m = median(values);
  return values.map((v) => Math.abs(v - m));
}
