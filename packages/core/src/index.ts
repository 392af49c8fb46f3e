/** @shipgate/core: what every shipgate action shares. */
export { runAction, type ActionContext, type ActionResult, type OutputValue } from './action.ts';
export {
  defineAction,
  readInputs,
  inputEnvName,
  type ActionDefinition,
  type InputsOf,
} from './definition.ts';
export { input, type InputDef, type InputMeta } from './inputs.ts';
export { leaseDurationInput } from './shared-inputs.ts';
export { readSpec, formatPath } from './spec.ts';
export {
  ShipgateError,
  InputError,
  ExternalError,
  InternalError,
  CancelledError,
  errorMessage,
} from './errors.ts';
export {
  createLogger,
  createMemoryLogger,
  neutralizeCommands,
  RUNNER_WHITESPACE,
  type Logger,
  type AnnotationProps,
} from './log.ts';
export { registerSecret, redact, redactWith, redactDeep, secretVariants } from './secrets.ts';
export { checkWritablePath } from './paths.ts';
export { codeCell, escapeMarkdown, escapeTableCell, inlineCode } from './markdown.ts';
export { clip, clipLines } from './text.ts';
export { Summary, fitToLimit, xyChart, SUMMARY_LIMIT, COMMENT_LIMIT, type ChartSeries } from './summary.ts';
export { retry, parseRetryAfter, type RetryOptions } from './retry.ts';
export { systemClock, FakeClock, type Clock } from './clock.ts';
export { cancellationSignal, withDeadline, abortable } from './cancel.ts';
export { parseDuration, formatDuration, DURATION_PATTERN } from './duration.ts';
export {
  APP_NAME,
  APP_NAME_ALLOWED,
  APP_NAME_MAX,
  DNS_LABEL,
  IMAGE_REF,
  imageRefProblem,
  imageRepository,
  normalizeVersion,
  versionSchema,
} from './references.ts';
export { readGitHubContext, type GitHubContext } from './github-context.ts';
export { createGitHubClient, type GitHubClient, type GitHubClientOptions } from './github.ts';
