/**
 * Overlapping windows: a value metric measured every `interval` over a longer `window` (rate over
 * [3m] every minute) gives consecutive values that share most of their data. The rank test treats
 * its points as independent, so only values from non-overlapping windows go into its series.
 */
import { startStep, type AnalysisState } from './analysis.ts';
import { judgeRound } from './round.ts';
import { normal, obs, seeded, spec, valueArm } from './test-support.ts';

const latency = spec({ metrics: [{ name: 'latency', query: 'latency_seconds', 'max-increase': 1000 }] });
const SECOND = 1000;

/**
 * One A/A step: both arms draw per-second values from the same distribution; the value a round
 * sees at second t is the mean over its window (what rate()/histogram_quantile over [window] does).
 */
function walk(seed: number, windowSeconds: number, judgedWindowMs: number, rounds = 60, canaryShift = 0) {
  const random = seeded(seed);
  const perSecond = { canary: [] as number[], baseline: [] as number[] };
  let state: AnalysisState = startStep(0, 0);
  let last;
  for (let t = 1; t <= rounds; t++) {
    for (const arm of ['canary', 'baseline'] as const)
      perSecond[arm].push(0.1 + (arm === 'canary' ? canaryShift : 0) + 0.03 * normal(random));
    const mean = (xs: number[]) =>
      xs.slice(-windowSeconds).reduce((a, b) => a + b, 0) / Math.min(xs.length, windowSeconds);
    const round = judgeRound(
      latency,
      state,
      [obs('latency', valueArm(mean(perSecond.canary)), valueArm(mean(perSecond.baseline)), t * SECOND)],
      t * SECOND,
      rounds * SECOND,
      judgedWindowMs,
    );
    state = round.state;
    last = round.judgements[0]!;
  }
  return { state, last: last! };
}

test('only values from non-overlapping windows are judged: one point per window, not one per round', () => {
  const { state, last } = walk(1, 3, 3 * SECOND, 30);
  expect(state.metrics.latency!.canary).toHaveLength(10); // rounds at 1, 4, 7, … 28 s
  expect(state.metrics.latency!.sampledAtMs).toBe(28 * SECOND);
  expect(last.samples).toEqual({ canary: 10, baseline: 10 });
  // with the window equal to the interval every round is a point of its own
  expect(walk(1, 1, SECOND, 30).state.metrics.latency!.canary).toHaveLength(30);
});

test('collecting the first points is inconclusive, but not an error in a row', () => {
  const s = startStep(0, 0);
  const first = judgeRound(
    latency,
    s,
    [obs('latency', valueArm(0.1), valueArm(0.1), SECOND)],
    SECOND,
    60 * SECOND,
    3 * SECOND,
  );
  expect(first.judgements[0]).toMatchObject({ outcome: 'inconclusive', collecting: true });
  expect(first.state.metrics.latency!.consecutiveErrors).toBe(0);
  expect(first.decision.kind).toBe('continue');
});

test('A/A with a 5 s window every 1 s: overlapping points false-fail the rank test; non-overlapping ones stay within 2%', () => {
  const seeds = Array.from({ length: 200 }, (_, i) => i + 1);
  const falseFails = (judgedWindowMs: number) =>
    seeds.filter((seed) => walk(seed, 5, judgedWindowMs).last.outcome === 'fail').length;
  const overlapping = falseFails(SECOND); // every round's value judged, as before the fix
  const separate = falseFails(5 * SECOND);
  // Measured (seeds 1-200): 13 overlapping (6.5%) vs 1 separate (0.5%).
  expect(separate).toBeLessThanOrEqual(4); // ≤ 2% of 200
  expect(overlapping).toBeGreaterThanOrEqual(10); // ≥ 5%: what the fix is for
});

test('a real latency regression is still caught by the judge on non-overlapping points (no bound involved)', () => {
  const caught = Array.from({ length: 20 }, (_, i) => walk(i + 1, 5, 5 * SECOND, 60, 0.05).last);
  // +50% on every request: Mann-Whitney over 12 non-overlapping windows per arm sees it every time.
  expect(caught.map((j) => j.outcome)).toEqual(Array(20).fill('fail'));
  expect(caught[0]!.reason).toMatch(/^Mann-Whitney p=/);
});
