/**
 * @shipgate/probe: post-deploy validation of a live service. `validate(options, deps)` runs the
 * checks (retried until ready) and the bounded load, and returns a JSON-serialisable report; the
 * pieces (conditions, one request, the load generator, security grading) are exported for reuse by
 * deploy (blue-green preview gate) and rollback (verification).
 */
export {
  validate,
  planValidation,
  type ValidateOptions,
  type ValidateDeps,
  type ValidationPlan,
} from './validate.ts';
export { failureLines, publicUrl, writeReport, type CheckReport, type ValidationReport } from './report.ts';
export { checksSchema, checkSchema, type CheckSpec, type ChecksSpec, type CheckKind } from './spec.ts';
export {
  ConditionSyntaxError,
  evaluateConditions,
  parseCondition,
  PLACEHOLDERS,
  type Condition,
  type ConditionContext,
  type ConditionResult,
} from './conditions/index.ts';
export {
  sendRequest,
  RequestError,
  type RequestOptions,
  type ResponseFacts,
  type CertificateFacts,
} from './http.ts';
export {
  untilReady,
  type ReadinessOptions,
  type ReadinessOutcome,
  type FailedAttempt,
} from './retry-until-ready.ts';
export { runLoad, type LoadOptions, type LoadReport } from './load/runner.ts';
export {
  parseThreshold,
  evaluateThresholds,
  type Threshold,
  type ThresholdResult,
} from './load/thresholds.ts';
export type { LatencySummary, LatencyBucket } from './load/histogram.ts';
export {
  gradeSecurityHeaders,
  type SecurityGrade,
  type SecurityRule,
  type SecurityLevel,
} from './checks/security-headers.ts';
export { parseExposition, type Exposition, type Family, type Sample } from './checks/metrics-text.ts';
export type { AttemptResult, ResponseSummary } from './checks/types.ts';
