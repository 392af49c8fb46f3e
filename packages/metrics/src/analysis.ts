/**
 * The analysis of one step as a state machine: each round's judgements move per-metric counters
 * (Argo's failure-limit and consecutive-errors-limit, an alert's `for:`), and the round is scored
 * as Kayenta does (pass / marginal). The state is small and JSON, so it is kept in the cluster and a
 * re-run continues where the last one stood. Pure: judgements and a time in, a decision out.
 */
import { createHash } from 'node:crypto';
import type { Judgement } from './judge.ts';
import type { AnalysisSpec } from './spec.ts';

export interface MetricCounters {
  /** Counted failures (breaches that lasted `for`). */
  failures: number;
  /** Errors or inconclusive measurements in a row. */
  consecutiveErrors: number;
  /** When the current breach started (for `for:`). */
  breachSinceMs?: number;
  /** This step's values per arm (value metrics; the judge's samples), newest last. */
  canary: number[];
  baseline: number[];
  /** When the newest value in canary/baseline was measured: the next one must not share its window. */
  sampledAtMs?: number;
}

export interface AnalysisState {
  /** Index of the step being held. */
  step: number;
  stepStartedAtMs: number;
  rounds: number;
  metrics: Record<string, MetricCounters>;
  /** sha256 chained over every round's judgements since the analysis began. */
  digest: string;
}

export type Decision =
  | { kind: 'continue'; score?: number }
  | { kind: 'step-passed'; score: number; reason: string }
  | { kind: 'failed'; score?: number; reason: string }
  | { kind: 'inconclusive'; score?: number; reason: string };

/** Points kept per arm for the judge: enough for the test, small enough for an annotation. */
export const SERIES_LIMIT = 60;

export function startStep(step: number, nowMs: number, previous?: AnalysisState): AnalysisState {
  return { step, stepStartedAtMs: nowMs, rounds: 0, metrics: {}, digest: previous?.digest ?? '' };
}

export function counters(state: AnalysisState, metric: string): MetricCounters {
  return state.metrics[metric] ?? { failures: 0, consecutiveErrors: 0, canary: [], baseline: [] };
}

/**
 * Adds this round's values to the series the judge compares (before judging it) — only when the
 * round's window [atMs - windowMs, atMs] does not overlap the window of the last value taken.
 * Rounds come every interval; with a window longer than the interval, consecutive values share
 * most of their data, and a rank test fed with them would count one slow minute several times.
 */
export function withValues(
  c: MetricCounters,
  canary: number | undefined,
  baseline: number | undefined,
  atMs: number,
  windowMs: number,
): MetricCounters {
  if (
    canary === undefined ||
    baseline === undefined ||
    !Number.isFinite(canary) ||
    !Number.isFinite(baseline)
  )
    return c;
  if (c.sampledAtMs !== undefined && atMs - c.sampledAtMs < windowMs) return c;
  return {
    ...c,
    canary: [...c.canary, canary].slice(-SERIES_LIMIT),
    baseline: [...c.baseline, baseline].slice(-SERIES_LIMIT),
    sampledAtMs: atMs,
  };
}

/**
 * Applies one round. Fails fast on a metric past its failure limit or an intermediate score below
 * marginal; inconclusive past a consecutive-errors limit; at the end of the hold the step passes only
 * on a round where every metric was conclusive and the score reaches pass (until then it goes on). Both thresholds use one rule:
 * a score below the threshold fails (Kayenta uses <= for intermediate and < for final scores).
 */
export function applyRound(
  spec: AnalysisSpec,
  state: AnalysisState,
  judgements: readonly Judgement[],
  nowMs: number,
  holdMs: number,
): { state: AnalysisState; decision: Decision } {
  const metrics = { ...state.metrics };
  const verdicts: ('pass' | 'fail' | 'tolerated' | 'pending' | 'none')[] = [];
  let failed: string | undefined;
  let inconclusive: string | undefined;
  for (const j of judgements) {
    const metric = spec.metrics.find((m) => m.name === j.metric)!;
    const c = { ...counters(state, j.metric) };
    if (j.outcome === 'inconclusive' && j.collecting) {
      // Measured fine, the judge only waits for its next non-overlapping point: not an error.
      c.consecutiveErrors = 0;
      verdicts.push('none');
    } else if (j.outcome === 'error' || j.outcome === 'inconclusive') {
      c.consecutiveErrors++;
      verdicts.push('none');
      if (c.consecutiveErrors > metric.consecutiveErrorsLimit)
        inconclusive ??= `${j.metric}: ${c.consecutiveErrors} ${j.outcome === 'error' ? 'measurement errors' : 'inconclusive measurements'} in a row (limit ${metric.consecutiveErrorsLimit}); last: ${j.reason}`;
    } else if (j.outcome === 'fail') {
      c.consecutiveErrors = 0;
      c.breachSinceMs ??= nowMs;
      if (nowMs - c.breachSinceMs >= metric.forMs) {
        c.failures++;
        if (c.failures > metric.failureLimit) {
          failed ??= `${j.metric}: ${j.reason}${metric.failureLimit ? ` (${c.failures} failures, limit ${metric.failureLimit})` : ''}`;
          verdicts.push('fail');
        } else verdicts.push('tolerated');
      } else verdicts.push('pending');
    } else {
      c.consecutiveErrors = 0;
      c.breachSinceMs = undefined;
      verdicts.push('pass');
    }
    metrics[j.metric] = c;
  }
  const next: AnalysisState = {
    ...state,
    rounds: state.rounds + 1,
    metrics,
    digest: chain(state.digest, judgements),
  };
  const final = nowMs - state.stepStartedAtMs >= holdMs;
  // Intermediate: tolerated and pending breaches are left out; final: every breach counts.
  const counted = verdicts.filter((v) => v !== 'none' && (final || (v !== 'tolerated' && v !== 'pending')));
  const score = counted.length
    ? (100 * counted.filter((v) => v === 'pass').length) / counted.length
    : undefined;
  if (failed) return { state: next, decision: { kind: 'failed', score, reason: failed } };
  if (inconclusive) return { state: next, decision: { kind: 'inconclusive', score, reason: inconclusive } };
  if (!final) {
    if (score !== undefined && score < spec.marginal)
      return {
        state: next,
        decision: { kind: 'failed', score, reason: `score ${round(score)} below marginal ${spec.marginal}` },
      };
    return { state: next, decision: { kind: 'continue', score } };
  }
  // The hold is over but a metric has no conclusive measurement yet (a resumed step, pods still
  // being discovered): keep measuring; the consecutive-errors limit above ends it as inconclusive.
  const open = judgements.filter((j) => j.outcome === 'error' || j.outcome === 'inconclusive');
  if (open.length) return { state: next, decision: { kind: 'continue', score } };
  if (score === undefined || score < spec.pass)
    return {
      state: next,
      decision: { kind: 'failed', score, reason: `final score ${round(score ?? 0)} below pass ${spec.pass}` },
    };
  return {
    state: next,
    decision: { kind: 'step-passed', score, reason: `score ${round(score)} after ${next.rounds} rounds` },
  };
}

function chain(previous: string, judgements: readonly Judgement[]): string {
  const h = createHash('sha256');
  h.update(previous);
  for (const j of judgements) h.update(`${j.metric}:${j.outcome}:${j.canary ?? ''}:${j.baseline ?? ''};`);
  return h.digest('hex').slice(0, 16);
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
