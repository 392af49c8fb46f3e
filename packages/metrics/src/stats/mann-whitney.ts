/**
 * Mann-Whitney U (Wilcoxon rank-sum) with mid-ranks for ties: the exact null distribution when
 * there are no ties and both samples are small, otherwise the normal approximation with the tie
 * correction of the variance and a continuity correction (as R's wilcox.test and SciPy's
 * mannwhitneyu do). Plus the Hodges-Lehmann estimate of the shift, Kayenta's effect measure.
 */
import { median } from './descriptive.ts';
import { normalUpperTail } from './distributions.ts';

export type Alternative = 'greater' | 'less' | 'two-sided';

export interface MannWhitneyResult {
  /** U of the first sample: the number of (x, y) pairs with x > y, ties counting one half. */
  u: number;
  /** Standardised statistic (normal method only). */
  z: number | undefined;
  p: number;
  method: 'exact' | 'normal';
  /** Hodges-Lehmann estimate of the shift x − y: the median of all pairwise differences. */
  shift: number;
}

const EXACT_MAX = 20;

export function mannWhitney(
  x: readonly number[],
  y: readonly number[],
  alternative: Alternative,
  method: 'auto' | 'normal' = 'auto',
): MannWhitneyResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('mannWhitney: both samples need at least one value');
  const { ranks, tieSum } = midRanks([...x, ...y]);
  const r1 = ranks.slice(0, n1).reduce((s, r) => s + r, 0);
  const u = r1 - (n1 * (n1 + 1)) / 2;
  const shift = hodgesLehmann(x, y);
  if (method === 'auto' && tieSum === 0 && n1 <= EXACT_MAX && n2 <= EXACT_MAX) {
    return { u, z: undefined, p: exactP(u, n1, n2, alternative), method: 'exact', shift };
  }
  const n = n1 + n2;
  const mu = (n1 * n2) / 2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieSum / (n * (n - 1))));
  if (sigma === 0) return { u, z: 0, p: 1, method: 'normal', shift };
  const upper = (stat: number) => normalUpperTail((stat - mu - 0.5) / sigma);
  const p =
    alternative === 'greater'
      ? upper(u)
      : alternative === 'less'
        ? upper(n1 * n2 - u)
        : Math.min(1, 2 * upper(Math.max(u, n1 * n2 - u)));
  return { u, z: (u - mu) / sigma, p, method: 'normal', shift };
}

/** Mid-ranks (1-based) and Σ(t³ − t) over groups of ties. */
function midRanks(values: readonly number[]): { ranks: number[]; tieSum: number } {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  let tieSum = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = rank;
    const t = j - i + 1;
    tieSum += t ** 3 - t;
    i = j + 1;
  }
  return { ranks, tieSum };
}

/** Exact p from the count of rank arrangements with each U (no ties). */
function exactP(u: number, n1: number, n2: number, alternative: Alternative): number {
  const counts = uDistribution(n1, n2);
  const total = counts.reduce((s, c) => s + c, 0);
  const atLeast = (k: number) => counts.slice(Math.ceil(k)).reduce((s, c) => s + c, 0) / total;
  const atMost = (k: number) => counts.slice(0, Math.floor(k) + 1).reduce((s, c) => s + c, 0) / total;
  if (alternative === 'greater') return atLeast(u);
  if (alternative === 'less') return atMost(u);
  const extreme = Math.max(u, n1 * n2 - u);
  return Math.min(1, 2 * atLeast(extreme));
}

/** counts[u] = number of arrangements of n1 x's and n2 y's whose U is u (recurrence of Mann & Whitney 1947). */
function uDistribution(n1: number, n2: number): number[] {
  // f(m, n, u) = f(m-1, n, u-n) + f(m, n-1, u), built over m for each n.
  let table: number[][] = Array.from({ length: n2 + 1 }, () => [1]);
  for (let m = 1; m <= n1; m++) {
    const next: number[][] = [[1]];
    for (let n = 1; n <= n2; n++) {
      const size = m * n + 1;
      const row = new Array<number>(size).fill(0);
      const a = table[n]!;
      const b = next[n - 1]!;
      for (let k = 0; k < size; k++) row[k] = (k - n >= 0 ? (a[k - n] ?? 0) : 0) + (b[k] ?? 0);
      next.push(row);
    }
    table = next;
  }
  return table[n2]!;
}

/** Median of all pairwise differences x_i − y_j. */
export function hodgesLehmann(x: readonly number[], y: readonly number[]): number {
  const diffs: number[] = [];
  for (const a of x) for (const b of y) diffs.push(a - b);
  return median(diffs);
}
