/**
 * Walking a canary through its steps: set the weight, hold it, measure every interval, decide.
 * Fails fast (the round a failure condition is met), checkpoints when the run-time budget ends
 * before the hold does, and saves the analysis state after every round so that a re-run continues
 * at the recorded step and counts. Kubernetes and Prometheus are reached through the injected
 * driver and `measure`, so this loop is tested with a fake clock.
 */
import { CancelledError, type Clock, type Logger } from '@shipgate/core';
import { startStep, type AnalysisState } from './analysis.ts';
import type { Observation } from './observation.ts';
import type { RoundRecord, Verdict, WeightRecord } from './report.ts';
import { judgeRound } from './round.ts';
import type { AnalysisSpec } from './spec.ts';
import type { Step } from './steps.ts';

export interface CanaryDriver {
  /** Moves the canary to `weight` percent; returns what was asked and what the cluster shows. */
  setWeight(weight: number): Promise<{ requested: number; effective: number }>;
  /** Records the analysis state where a later run finds it (annotations on the app). */
  save(state: AnalysisState): Promise<void>;
}

export interface WalkOptions {
  spec: AnalysisSpec;
  steps: Step[];
  intervalMs: number;
  /** The walk checkpoints (verdict in-progress) rather than run past start + this. */
  maxRunTimeMs: number;
  measure(atMs: number): Promise<Observation[]>;
  driver: CanaryDriver;
  clock: Clock;
  signal: AbortSignal;
  log: Logger;
  /** State recorded by an earlier run: continue at its step, with its counts. */
  resume?: AnalysisState;
  onRound?(round: RoundRecord): void;
}

export interface WalkResult {
  verdict: Verdict;
  reason: string;
  score?: number;
  state: AnalysisState;
  rounds: RoundRecord[];
  weights: WeightRecord[];
}

export async function walkCanary(o: WalkOptions): Promise<WalkResult> {
  const startedAt = o.clock.now();
  const deadline = startedAt + o.maxRunTimeMs;
  const rounds: RoundRecord[] = [];
  const weights: WeightRecord[] = [];
  let state = o.resume ?? startStep(0, startedAt);
  let resumed = o.resume !== undefined;
  let score: number | undefined;
  for (let index = state.step; index < o.steps.length; index++) {
    const step = o.steps[index]!;
    // The last step at 100% is the promotion itself (done by the caller, with stable taking the version).
    if (step.weight === 100 && step.holdMs === 0) break;
    if (!resumed) {
      state = startStep(index, o.clock.now(), state);
    }
    // Re-applying the weight on resume is idempotent and repairs a half-done step change.
    const w = await o.driver.setWeight(step.weight);
    weights.push({ step: index, atMs: o.clock.now(), ...w });
    o.log.info(
      `step ${index + 1}/${o.steps.length}: weight ${w.requested}% (effective ${w.effective}%)${resumed ? ', continued from the recorded state' : ''}`,
    );
    if (!resumed) await o.driver.save(state);
    resumed = false;
    if (step.holdMs === 0) continue;
    for (;;) {
      const stepEnd = state.stepStartedAtMs + step.holdMs;
      const now = o.clock.now();
      // Rounds every interval, and one at the end of the hold; past it (no conclusive round yet), every interval.
      const next = stepEnd > now ? Math.min(now + o.intervalMs, stepEnd) : now + o.intervalMs;
      if (next > deadline) {
        await o.driver.save(state);
        const left = Math.round((stepEnd - o.clock.now()) / 1000);
        return {
          verdict: 'in-progress',
          reason: `max-run-time reached at step ${index + 1} (weight ${step.weight}%, ${left}s of its hold left); the next run continues it`,
          score,
          state,
          rounds,
          weights,
        };
      }
      await o.clock.sleep(Math.max(0, next - o.clock.now()), o.signal);
      if (o.signal.aborted) throw new CancelledError('cancelled');
      const atMs = o.clock.now();
      const observations = await o.measure(atMs);
      const out = judgeRound(o.spec, state, observations, atMs, step.holdMs, o.spec.windowMs ?? o.intervalMs);
      const record: RoundRecord = {
        step: index,
        stepStartedAtMs: state.stepStartedAtMs,
        atMs,
        observations,
        judgements: out.judgements,
        decision: out.decision,
      };
      state = out.state;
      rounds.push(record);
      o.onRound?.(record);
      await o.driver.save(state);
      score = out.decision.score ?? score;
      const d = out.decision;
      if (d.kind === 'failed' || d.kind === 'inconclusive')
        return {
          verdict: d.kind,
          reason: `step ${index + 1} (weight ${step.weight}%): ${d.reason}`,
          score: d.score,
          state,
          rounds,
          weights,
        };
      if (d.kind === 'step-passed') {
        o.log.info(`step ${index + 1} passed: ${d.reason}`);
        break;
      }
    }
  }
  return { verdict: 'passed', reason: `all ${o.steps.length} steps passed`, score, state, rounds, weights };
}
