/**
 * The distribution functions the tests need, from stdlib (maintained, typed, tested against
 * reference implementations) rather than our own numerics.
 */
import hypergeometricCdf from '@stdlib/stats-base-dists-hypergeometric-cdf';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import tCdf from '@stdlib/stats-base-dists-t-cdf';

/** P(Z > z) for a standard normal Z. */
export function normalUpperTail(z: number): number {
  return 1 - normalCdf(z, 0, 1);
}

/** P(T > t) for Student's t with `df` degrees of freedom. */
export function tUpperTail(t: number, df: number): number {
  return 1 - tCdf(t, df);
}

/** P(X >= k) for X hypergeometric: `n` drawn from a population of `total` holding `successes`. */
export function hypergeometricUpperTail(k: number, total: number, successes: number, n: number): number {
  if (k <= 0) return 1;
  return 1 - hypergeometricCdf(k - 1, total, successes, n);
}
