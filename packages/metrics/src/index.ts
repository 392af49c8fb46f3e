/** @shipgate/metrics: Prometheus client, query templates, the judge and the canary analysis. */
export { Prometheus, parseSampleValue, type PrometheusOptions, type Reading } from './prometheus.ts';
export {
  TEMPLATES,
  TEMPLATE_NAMES,
  PLACEHOLDERS,
  renderQuery,
  type TemplateName,
  type QueryVars,
} from './templates.ts';
export { checkQuery, type SyntaxProblem } from './promql.ts';
export {
  analysisSchema,
  resolveSpec,
  DEFAULT_ANALYSIS,
  type AnalysisSpec,
  type AnalysisSpecInput,
  type Metric,
} from './spec.ts';
export { parseSteps, type Step } from './steps.ts';
export { ARMS, type Arm, type ArmObservation, type Observation } from './observation.ts';
export { measureRound, allQueries, resolvedQueries, type ArmVars } from './measure.ts';
export { judgeMetric, type Judgement, type Outcome, type Statistic, type Series } from './judge.ts';
export { applyRound, startStep, type AnalysisState, type Decision, type MetricCounters } from './analysis.ts';
export { judgeRound } from './round.ts';
export { walkCanary, type CanaryDriver, type WalkOptions, type WalkResult } from './walk.ts';
export {
  replay,
  type AnalysisReport,
  type RoundRecord,
  type WeightRecord,
  type Verdict,
  type ReplayResult,
} from './report.ts';
export { mannWhitney, hodgesLehmann, type MannWhitneyResult } from './stats/mann-whitney.ts';
export { compareProportions, fisherExact, twoProportionZ, type Counts } from './stats/proportions.ts';
export { spreadIncrease } from './stats/dispersion.ts';
