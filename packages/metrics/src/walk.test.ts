import { FakeClock, createMemoryLogger } from '@shipgate/core';
import type { AnalysisState } from './analysis.ts';
import type { Observation } from './observation.ts';
import { replay, type AnalysisReport } from './report.ts';
import { parseSteps } from './steps.ts';
import { obs, ratioArm, spec } from './test-support.ts';
import { walkCanary, type WalkOptions } from './walk.ts';

const errorRate = spec({ metrics: [{ template: 'http-error-rate' }] });
const healthy = (): Observation[] => [obs('http-error-rate', ratioArm(1, 1000), ratioArm(1, 1000))];
const broken = (): Observation[] => [obs('http-error-rate', ratioArm(50, 1000), ratioArm(1, 1000))];
const silent = (): Observation[] => [
  obs(
    'http-error-rate',
    { queries: [], status: 'no-data', message: 'no data (empty result)' },
    ratioArm(0, 1000),
  ),
];

function setup(measure: (n: number) => Observation[], overrides: Partial<WalkOptions> = {}) {
  const clock = new FakeClock();
  const weights: number[] = [];
  const saved: AnalysisState[] = [];
  let n = 0;
  const options: WalkOptions = {
    spec: errorRate,
    steps: parseSteps('10:3s, 50:3s, 100'),
    intervalMs: 1000,
    maxRunTimeMs: 3_600_000,
    measure: async (atMs) => measure(n++).map((o) => ({ ...o, atMs })),
    driver: {
      setWeight: async (w) => (weights.push(w), { requested: w, effective: w }),
      save: async (s) => void saved.push(s),
    },
    clock,
    signal: new AbortController().signal,
    log: createMemoryLogger(),
    ...overrides,
  };
  return { clock, weights, saved, options };
}

/** Runs the walk on a fake clock, advancing one interval each time it sleeps. */
async function run(options: WalkOptions, clock: FakeClock) {
  const done = walkCanary(options);
  let finished = false;
  void done.finally(() => (finished = true));
  while (!finished) {
    await new Promise((r) => setImmediate(r));
    if (clock.sleepers > 0) await clock.advance(1000);
  }
  return done;
}

describe('walkCanary', () => {
  it('walks a healthy canary through its steps and passes', async () => {
    const { clock, weights, saved, options } = setup(healthy);
    const r = await run(options, clock);
    expect(r.verdict).toBe('passed');
    expect(weights).toEqual([10, 50]);
    expect(r.rounds).toHaveLength(6);
    expect(saved.at(-1)).toMatchObject({ step: 1, rounds: 3 });
  });

  it('fails fast: the round the error rate breaches, not at the end of the step', async () => {
    const { clock, options } = setup((n) => (n < 1 ? healthy() : broken()));
    const r = await run(options, clock);
    expect(r.verdict).toBe('failed');
    expect(r.rounds).toHaveLength(2);
    expect(r.reason).toBe('step 1 (weight 10%): http-error-rate: canary 5% above the maximum 1%');
  });

  it('for: a breach counts only once it lasted that long', async () => {
    const withFor = spec({ metrics: [{ template: 'http-error-rate', for: '2s' }] });
    const { clock, options } = setup(broken, { spec: withFor, steps: parseSteps('10:10s, 100') });
    const r = await run(options, clock);
    expect(r.verdict).toBe('failed');
    expect(r.rounds).toHaveLength(3); // breach at 1s, counted at 3s
  });

  it('no data is inconclusive after the consecutive-errors limit (4), never a pass', async () => {
    const { clock, options } = setup(silent, { steps: parseSteps('10:30s, 100') });
    const r = await run(options, clock);
    expect(r.verdict).toBe('inconclusive');
    expect(r.rounds).toHaveLength(5);
    expect(r.reason).toContain('5 inconclusive measurements in a row (limit 4)');
  });

  it('a step cannot pass on a round without data: past the hold it keeps measuring, then is inconclusive', async () => {
    const { clock, options } = setup((n) => (n < 2 ? healthy() : silent()));
    const r = await run(options, clock);
    expect(r.verdict).toBe('inconclusive');
    expect(r.rounds).toHaveLength(7); // 2 good, then 5 without data (limit 4), 4 of them past the 3 s hold
    expect(r.reason).toContain('in a row (limit 4)');
  });

  it('past the hold, a round that becomes conclusive ends the step', async () => {
    const { clock, options } = setup((n) => (n === 2 ? silent() : healthy()));
    const r = await run(options, clock);
    expect(r.verdict).toBe('passed');
    expect(r.rounds.filter((x) => x.step === 0)).toHaveLength(4);
  });

  it('checkpoints as in-progress when the hold outlasts max-run-time, and the next run continues it', async () => {
    const first = setup(healthy, { steps: parseSteps('10:10s, 100'), maxRunTimeMs: 4500 });
    const r1 = await run(first.options, first.clock);
    expect(r1.verdict).toBe('in-progress');
    expect(r1.state).toMatchObject({ step: 0, rounds: 4 });
    const second = setup(healthy, { steps: parseSteps('10:10s, 100'), resume: r1.state });
    await second.clock.advance(first.clock.now() - second.clock.now());
    const r2 = await run(second.options, second.clock);
    expect(r2.verdict).toBe('passed');
    expect(r2.state.rounds).toBe(10); // the count carried over: 4 + 6, not a fresh 10
    expect(second.weights).toEqual([10]); // the recorded step, re-applied; never back to an earlier one
  });

  it('the report replays offline to the same verdict and decisions', async () => {
    const { clock, options } = setup((n) => (n < 4 ? healthy() : broken()));
    const r = await run(options, clock);
    const report: AnalysisReport = {
      v: 1,
      app: 'web',
      namespace: 'ns',
      spec: options.spec,
      steps: options.steps,
      intervalMs: 1000,
      weights: r.weights,
      rounds: r.rounds,
      verdict: r.verdict,
      reason: r.reason,
    };
    const again = replay(JSON.parse(JSON.stringify(report)) as AnalysisReport);
    expect(again).toEqual({
      verdict: 'failed',
      reason: expect.stringContaining('above the maximum'),
      differences: [],
    });
    expect(r.verdict).toBe('failed');
    // a tampered observation changes the replayed decision, and replay says where
    const tampered = JSON.parse(JSON.stringify(report)) as AnalysisReport;
    tampered.rounds.at(-1)!.observations[0]!.arms.canary = ratioArm(1, 1000);
    expect(replay(tampered).differences).toEqual([expect.objectContaining({ round: 5 })]);
  });
});
