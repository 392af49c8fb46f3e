/**
 * The JSON report of an analysis: every query, what Prometheus answered, every judgement and
 * decision. `replay` re-judges it offline from the recorded observations alone and must reach the
 * same verdict (what flagger#1815 and argo-rollouts#1591 users ask for).
 */
import { startStep, type AnalysisState, type Decision } from './analysis.ts';
import type { Judgement } from './judge.ts';
import type { Observation } from './observation.ts';
import { judgeRound } from './round.ts';
import type { AnalysisSpec } from './spec.ts';
import type { Step } from './steps.ts';

export type Verdict = 'passed' | 'failed' | 'inconclusive' | 'in-progress';

export interface RoundRecord {
  step: number;
  stepStartedAtMs: number;
  atMs: number;
  observations: Observation[];
  judgements: Judgement[];
  decision: Decision;
}

export interface WeightRecord {
  step: number;
  atMs: number;
  requested: number;
  effective: number;
}

export interface AnalysisReport {
  v: 1;
  app: string;
  namespace: string;
  version?: string;
  spec: AnalysisSpec;
  steps: Step[];
  intervalMs: number;
  /** The recorded state this run continued from (a re-run after a runner died, or in-progress). */
  resumedFrom?: AnalysisState;
  weights: WeightRecord[];
  rounds: RoundRecord[];
  verdict: Verdict;
  reason: string;
  score?: number;
}

export interface ReplayResult {
  verdict: Verdict;
  reason: string;
  /** Rounds whose decision differs from the recorded one (empty when the replay agrees). */
  differences: { round: number; recorded: string; replayed: string }[];
}

/** Re-judges every recorded round from its observations. */
export function replay(report: AnalysisReport): ReplayResult {
  let state: AnalysisState | undefined = report.resumedFrom;
  const differences: ReplayResult['differences'] = [];
  let last: Decision | undefined;
  report.rounds.forEach((r, i) => {
    if (!state || state.step !== r.step) state = startStep(r.step, r.stepStartedAtMs, state);
    state = { ...state, stepStartedAtMs: r.stepStartedAtMs };
    const holdMs = report.steps[r.step]?.holdMs ?? 0;
    const out = judgeRound(
      report.spec,
      state,
      r.observations,
      r.atMs,
      holdMs,
      report.spec.windowMs ?? report.intervalMs,
    );
    state = out.state;
    last = out.decision;
    const recorded = describe(r.decision);
    const replayed = describe(out.decision);
    if (recorded !== replayed) differences.push({ round: i + 1, recorded, replayed });
  });
  const verdict = verdictOf(last, report);
  return { verdict, reason: last && 'reason' in last ? last.reason : report.reason, differences };
}

/** The verdict the decisions lead to, derived without looking at the recorded one. */
function verdictOf(last: Decision | undefined, report: AnalysisReport): Verdict {
  if (!last) return 'in-progress';
  if (last.kind === 'failed') return 'failed';
  if (last.kind === 'inconclusive') return 'inconclusive';
  if (last.kind === 'step-passed') {
    const lastStep = report.rounds.at(-1)!.step;
    return report.steps.slice(lastStep + 1).some((s) => s.holdMs > 0) ? 'in-progress' : 'passed';
  }
  return 'in-progress';
}

function describe(d: Decision): string {
  return 'reason' in d ? `${d.kind}: ${d.reason}` : d.kind;
}
