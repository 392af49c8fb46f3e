// Published values: SciPy's mannwhitneyu examples (males/females, scipy 1.7+ docs), R's wilcox.test
// example (Hollander & Wolfe p. 110, ?wilcox.test in R's stats package), R's fisher.test TeaTasting
// example (Agresti 1990 p. 61, ?fisher.test), statsmodels' proportions_ztest example (docs of
// statsmodels.stats.proportion.proportions_ztest).
import { mannWhitney, hodgesLehmann } from './mann-whitney.ts';
import { compareProportions, fisherExact, twoProportionZ } from './proportions.ts';
import { spreadIncrease } from './dispersion.ts';

const males = [19, 22, 16, 29, 24];
const females = [20, 11, 17, 12];

describe('Mann-Whitney U against published values', () => {
  it('SciPy: males vs females, exact: U = 17, p = 0.1111 (two-sided)', () => {
    const r = mannWhitney(males, females, 'two-sided');
    expect(r.u).toBe(17);
    expect(r.method).toBe('exact');
    expect(r.p).toBeCloseTo(0.1111111111111111, 12);
  });

  it('SciPy: males vs females, asymptotic with continuity correction: p = 0.11134688653314041', () => {
    const r = mannWhitney(males, females, 'two-sided', 'normal');
    expect(r.p).toBeCloseTo(0.11134688653314041, 10);
  });

  it('R wilcox.test(x, y, alternative = "g"): W = 35, p-value = 0.1272', () => {
    const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    const y = [1.15, 0.88, 0.9, 0.74, 1.21];
    const r = mannWhitney(x, y, 'greater');
    expect(r.u).toBe(35);
    expect(r.p).toBeCloseTo(0.1272, 4);
  });

  it('ties: mid-ranks and the tie-corrected variance (kayenta#426 sparse series)', () => {
    const r = mannWhitney([0, 1, 2, 1, 0, 0], [0, 0, 0, 0, 0, 0], 'greater');
    expect(r.method).toBe('normal');
    expect(r.u).toBe(27);
    // σ² = n1n2/12 · (N+1 − Σ(t³−t)/(N(N−1))) = 3 · (13 − 726/132) = 22.5
    expect(r.z).toBeCloseTo(9 / Math.sqrt(22.5), 12);
    expect(r.p).toBeGreaterThan(0.02); // what a rank test can say about 4 errors vs 0
  });

  it('all values equal: no evidence at all', () => {
    expect(mannWhitney([1, 1, 1], [1, 1, 1], 'greater').p).toBe(1);
  });

  it('Hodges-Lehmann shift is the median of pairwise differences', () => {
    expect(hodgesLehmann([2, 3, 4], [1])).toBe(2);
    expect(hodgesLehmann(males, females)).toBe(7);
  });
});

describe('error ratios on raw counts', () => {
  it('R fisher.test(TeaTasting, alternative = "greater"): p-value = 0.2429; two-sided 0.4857', () => {
    const a = { events: 3, trials: 4 };
    const b = { events: 1, trials: 4 };
    expect(fisherExact(a, b, 'greater')).toBeCloseTo(0.2429, 4);
    expect(fisherExact(a, b, 'two-sided')).toBeCloseTo(0.4857, 4);
  });

  it('statsmodels proportions_ztest([5, 12], [83, 99]): p = 0.159', () => {
    const r = twoProportionZ({ events: 5, trials: 83 }, { events: 12, trials: 99 }, 'two-sided');
    expect(r.p).toBeCloseTo(0.159, 3);
  });

  it('uses Fisher up to 10,000 events and z beyond, where they agree', () => {
    const few = compareProportions({ events: 4, trials: 600 }, { events: 0, trials: 600 }, 'greater');
    expect(few.test).toBe('fisher');
    expect(few.p).toBeCloseTo(0.0625, 2); // 4 errors vs 0: ~(1/2)^4, too weak for any exact test at 98%
    const many = { events: 6000, trials: 1_000_000 };
    const z = compareProportions(many, { events: 5000, trials: 1_000_000 }, 'greater');
    expect(z.test).toBe('two-proportion');
    expect(
      fisherExact({ events: 600, trials: 100_000 }, { events: 500, trials: 100_000 }, 'greater'),
    ).toBeCloseTo(
      twoProportionZ({ events: 600, trials: 100_000 }, { events: 500, trials: 100_000 }, 'greater').p,
      2,
    );
  });
});

describe('spread (Brown-Forsythe)', () => {
  it('sees a rise in spread around the same median that a rank test cannot', () => {
    const canary = [1, 100, 4, 101, 5, 102, 6, 103, 7, 104, 8, 105, 9, 106, 17];
    const baseline = [10, 10.1, 10.2, 10.3, 10.4, 10.5, 10.6, 17, 17.1, 17.2, 17.3, 17.4, 17.5, 17.6, 17.7];
    expect(mannWhitney(canary, baseline, 'greater').p).toBeGreaterThan(0.4);
    expect(spreadIncrease(canary, baseline).p).toBeLessThan(0.001);
    expect(spreadIncrease(baseline, canary).p).toBeGreaterThan(0.99);
  });
});
