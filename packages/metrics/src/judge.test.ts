import { judgeMetric } from './judge.ts';
import { mannWhitney } from './stats/mann-whitney.ts';
import { normal, obs, ratioArm, seeded, spec, valueArm } from './test-support.ts';

const errorRate = spec({ metrics: [{ template: 'http-error-rate' }] }).metrics[0]!;
const latency = spec({ metrics: [{ template: 'latency-p95', 'max-increase': 1000 }] }).metrics[0]!;
const series = (canary: number[], baseline: number[]) => ({ canary, baseline });
const judgeSeries = (canary: number[], baseline: number[], metric = latency) =>
  judgeMetric(
    metric,
    obs(metric.name, valueArm(canary.at(-1)!), valueArm(baseline.at(-1)!)),
    series(canary, baseline),
    0.98,
  );

describe('bounds', () => {
  it('absolute: an error rate above 1% fails and says by how much', () => {
    const j = judgeMetric(
      errorRate,
      obs('http-error-rate', ratioArm(50, 1000), ratioArm(1, 1000)),
      series([], []),
      0.98,
    );
    expect(j.outcome).toBe('fail');
    expect(j.reason).toBe('canary 5% above the maximum 1%');
    expect(j.samples).toEqual({ canary: 1000, baseline: 1000 });
  });

  it('relative: p95 more than 10% above the baseline fails', () => {
    const p95 = spec({ metrics: [{ template: 'latency-p95', judge: 'none' }] }).metrics[0]!;
    const j = judgeMetric(
      p95,
      obs('latency-p95', valueArm(0.25), valueArm(0.2)),
      series([0.25], [0.2]),
      0.98,
    );
    expect(j.outcome).toBe('fail');
    expect(j.reason).toContain('25% above the baseline 0.2 s (at most +10%)');
    const ok = judgeMetric(
      p95,
      obs('latency-p95', valueArm(0.21), valueArm(0.2)),
      series([0.21], [0.2]),
      0.98,
    );
    expect(ok.outcome).toBe('pass');
  });
});

describe('never a silent pass', () => {
  it.each([
    [
      { queries: ['q'], status: 'no-data' as const, message: 'no data (empty result)' },
      'inconclusive',
      'no data',
    ],
    [{ queries: ['q'], status: 'nan' as const, message: 'the query returned NaN' }, 'inconclusive', 'NaN'],
    [
      { queries: ['q'], status: 'ambiguous' as const, message: '2 series where one was expected' },
      'inconclusive',
      '2 series',
    ],
    [
      { queries: ['q'], status: 'partial' as const, value: 0.1, message: 'Prometheus warned: x' },
      'inconclusive',
      'warned',
    ],
    [{ queries: ['q'], status: 'error' as const, message: 'connection refused' }, 'error', 'refused'],
  ])('%j → %s', (arm, outcome, text) => {
    const j = judgeMetric(latency, obs('latency-p95', arm, valueArm(0.1)), series([], [0.1]), 0.98);
    expect(j.outcome).toBe(outcome);
    expect(j.reason).toContain(text);
  });

  it('below min-samples requests per arm: inconclusive, never pass', () => {
    const j = judgeMetric(
      errorRate,
      obs('http-error-rate', ratioArm(0, 12), ratioArm(0, 400)),
      series([], []),
      0.98,
    );
    expect(j.outcome).toBe('inconclusive');
    expect(j.reason).toContain('12 canary / 400 baseline requests');
  });

  it('a value metric with fewer points than min-samples is inconclusive for the judge', () => {
    expect(judgeSeries([0.1, 0.1], [0.1, 0.1]).outcome).toBe('inconclusive');
  });
});

describe('statistical judge', () => {
  it('takes the fractional counts increase() extrapolates as whole requests', () => {
    const j = judgeMetric(
      errorRate,
      obs('http-error-rate', ratioArm(18.4, 2500.3), ratioArm(2.2, 2499.8)),
      series([], []),
      0.98,
    );
    expect(j.outcome).toBe('fail');
    expect(j.statistics[0]!.p).toBeLessThan(0.01);
  });

  it('error ratios on raw counts: 0.9% vs 0.2% of 5000 requests fails although under the 1% bound', () => {
    const j = judgeMetric(
      errorRate,
      obs('http-error-rate', ratioArm(45, 5000), ratioArm(10, 5000)),
      series([], []),
      0.98,
    );
    expect(j.outcome).toBe('fail');
    expect(j.statistics[0]).toMatchObject({ test: 'fisher', alpha: 0.01 });
    expect(j.statistics[0]!.p).toBeLessThan(0.01);
  });

  it('latency shift: Mann-Whitney with the Hodges-Lehmann floor', () => {
    const base = [100, 102, 98, 101, 99, 100, 103, 97, 100, 101];
    expect(
      judgeSeries(
        base.map((v) => v * 1.3),
        base,
      ).outcome,
    ).toBe('fail');
    // significant but below the 10% effect floor: passes
    const tiny = judgeSeries(
      base.map((v) => v + 3),
      base,
    );
    expect(
      mannWhitney(
        base.map((v) => v + 3),
        base,
        'greater',
      ).p,
    ).toBeLessThan(0.01);
    expect(tiny.outcome).toBe('pass');
  });

  // kayenta#780 "Case 1: Increase in Metric Variability" (Kayenta: Pass, should be Fail). The issue's
  // unit test names its steady series "experiment"; the title and charts say the canary became more
  // variable, so the variable series is the canary here.
  it('kayenta#780: a clear rise in variance fails here', () => {
    const steady = [10.0, 10.1, 10.2, 10.3, 10.4, 10.5, 10.6, 17.0, 17.1, 17.2, 17.3, 17.4, 17.5, 17.6, 17.7];
    const variable = [
      1.0, 100.0, 4.0, 101.0, 5.0, 102.0, 6.0, 103.0, 7.0, 104.0, 8.0, 105.0, 9.0, 106.0, 17.0,
    ];
    const j = judgeSeries(variable, steady);
    expect(j.outcome).toBe('fail');
    expect(j.reason).toContain('spread rose');
    expect(judgeSeries(steady, variable).outcome).toBe('pass');
  });

  // spinnaker#6278 (same thread): experiment [100×7, 1×3] vs control [1×10] passes in Kayenta.
  it('spinnaker#6278: seven of ten points at 100 vs all at 1 fails', () => {
    expect(judgeSeries([100, 100, 100, 100, 100, 100, 100, 1, 1, 1], Array(10).fill(1)).outcome).toBe('fail');
  });

  // kayenta#426 "Sparse data": experiment [0,1,2,1,0,0] vs control all 0, Kayenta: Pass, should be High.
  // Read as error rates in percent per interval; each interval carried 1000 requests per arm. Errors
  // are judged on the raw counts (40/6000 vs 0/6000), not by ranks of mostly-tied zeros.
  it('kayenta#426: a sparse error series fails on raw counts where a rank test sees ties', () => {
    const canary = [0, 1, 2, 1, 0, 0];
    const errors = canary.reduce((s, pct) => s + pct * 10, 0);
    expect(mannWhitney(canary, Array(6).fill(0), 'greater').p).toBeGreaterThan(0.01);
    const j = judgeMetric(
      errorRate,
      obs('http-error-rate', ratioArm(errors, 6000), ratioArm(0, 6000)),
      series([], []),
      0.98,
    );
    expect(j.outcome).toBe('fail');
    expect(j.statistics[0]!.p).toBeLessThan(1e-9);
  });

  it('A/A: the same distribution in both arms false-fails at most 2% of 200 seeded runs', () => {
    let failed = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const random = seeded(seed);
      const errorsIn = (n: number) => {
        let e = 0;
        for (let i = 0; i < n; i++) if (random() < 0.005) e++;
        return e;
      };
      const latencies = () =>
        Array.from({ length: 20 }, () => Math.exp(Math.log(0.12) + 0.3 * normal(random)));
      const ratio = judgeMetric(
        errorRate,
        obs('http-error-rate', ratioArm(errorsIn(2000), 2000), ratioArm(errorsIn(2000), 2000)),
        series([], []),
        0.98,
      );
      const lat = judgeSeries(latencies(), latencies());
      if (ratio.outcome === 'fail' || lat.outcome === 'fail') failed++;
    }
    expect(failed).toBeLessThanOrEqual(4);
  });
});
