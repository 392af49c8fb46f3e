/** Judging one round: observations → judgements → the analysis state machine. Shared by the live walk and replay. */
import { applyRound, counters, withValues, type AnalysisState, type Decision } from './analysis.ts';
import { judgeMetric, type Judgement } from './judge.ts';
import type { Observation } from './observation.ts';
import type { AnalysisSpec } from './spec.ts';

export function judgeRound(
  spec: AnalysisSpec,
  state: AnalysisState,
  observations: readonly Observation[],
  nowMs: number,
  holdMs: number,
  /** What {{interval}} spans in the queries: values closer together than this are not both judged. */
  windowMs: number,
): { state: AnalysisState; judgements: Judgement[]; decision: Decision } {
  const metrics = { ...state.metrics };
  const judgements = observations.map((obs) => {
    const metric = spec.metrics.find((m) => m.name === obs.metric);
    if (!metric) throw new RangeError(`observation of unknown metric ${obs.metric}`);
    const c =
      metric.kind === 'value'
        ? withValues(
            counters(state, metric.name),
            obs.arms.canary.status === 'ok' ? obs.arms.canary.value : undefined,
            obs.arms.baseline.status === 'ok' ? obs.arms.baseline.value : undefined,
            nowMs,
            windowMs,
          )
        : counters(state, metric.name);
    metrics[metric.name] = c;
    return judgeMetric(metric, obs, { canary: c.canary, baseline: c.baseline }, spec.confidence);
  });
  const { state: next, decision } = applyRound(spec, { ...state, metrics }, judgements, nowMs, holdMs);
  return { state: next, judgements, decision };
}
