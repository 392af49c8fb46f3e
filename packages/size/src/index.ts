/** @shipgate/size: measure artifacts against size budgets, compare with a baseline, and gate on dependency audits. */
export {
  parseSize,
  parseDelta,
  formatBytes,
  formatDelta,
  formatPercent,
  allowedBy,
  SIZE_ALLOWED,
  DELTA_ALLOWED,
  type Delta,
} from './units.ts';
export {
  budgetsSchema,
  budgetEntrySchema,
  allowlistSchema,
  allowlistEntrySchema,
  parseExpiry,
  COMPRESSIONS,
  type BudgetEntry,
  type BudgetEntryInput,
  type AllowlistEntry,
  type Compression,
} from './spec.ts';
export { measureBudgets, budgetName, type MeasureOptions, type MeasureOutcome } from './measure/index.ts';
export { measureOnPool, type FileSizes, type SizeCache, type MeasureTask } from './measure/pool.ts';
export { normalizeHashedName } from './measure/normalize.ts';
export { readImageTarball, type ImageInfo, type ImageLayer } from './measure/image.ts';
export { evaluateBudgets, type Evaluation } from './budgets.ts';
export {
  runAudit,
  readAuditFiles,
  parseAuditReport,
  mergeFindings,
  judgeFindings,
  cvss3BaseScore,
  AuditReportError,
  AUDIT_FORMATS,
  EXPIRY_WARNING_DAYS,
  type AuditInput,
} from './audit/index.ts';
export { buildReport, parseReport, readReport, cacheFromReport, mergeReports } from './report.ts';
export { renderReport, COMMENT_CHARS, SUMMARY_BYTES, type RenderOptions } from './render.ts';
export {
  commentMarker,
  upsertStickyComment,
  pullNumberFromEvent,
  pullNumberFromWorkflowRun,
  type StickyOutcome,
  type StickyTarget,
} from './comment.ts';
export { parseCommandLine, runArgv, withWorktree } from './build.ts';
export { runGate, type GateOptions, type GateDeps } from './gate.ts';
export * from './model.ts';
