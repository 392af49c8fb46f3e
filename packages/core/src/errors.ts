/**
 * The one error model of shipgate (STYLE.md §12). Every error a user sees has a message that says what
 * went wrong and, where we know it, a hint that says what to do. `cause` chains are kept intact.
 */
import { clip } from './text.ts';

/** Base class: a failure with a user-facing message and an optional hint. */
export class ShipgateError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
  }
}

/** A bad input: names the input (and the path inside a YAML spec), what was given and what is allowed. */
export class InputError extends ShipgateError {
  readonly input: string;
  readonly path: string | undefined;
  constructor(
    input: string,
    given: string | undefined,
    allowed: string,
    options: { secret?: boolean; path?: string; hint?: string } = {},
  ) {
    const where = options.path ? `input "${input}" at ${options.path}` : `input "${input}"`;
    const shown = given === undefined ? 'nothing' : options.secret ? '***' : JSON.stringify(clip(given, 201));
    super(`Invalid ${where}: got ${shown}; allowed: ${allowed}`, options);
    this.input = input;
    this.path = options.path;
  }
}

/** A failure of a system outside the runner (Kubernetes API, GitHub, Prometheus, an endpoint, git). */
export class ExternalError extends ShipgateError {
  readonly system: string;
  readonly step: string;
  readonly status: number | undefined;
  /** Set when the system asked us to wait before retrying (e.g. 429 with Retry-After). */
  readonly retryAfterMs: number | undefined;
  constructor(
    system: string,
    step: string,
    options: { status?: number; detail?: string; cause?: unknown; hint?: string; retryAfterMs?: number } = {},
  ) {
    const status = options.status === undefined ? '' : ` (${options.status})`;
    const detail = options.detail ? `: ${options.detail}` : '';
    super(`${step} failed: ${system}${status}${detail}`, options);
    this.system = system;
    this.step = step;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** A bug in shipgate: the message asks the user to report it. */
export class InternalError extends ShipgateError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(`Internal error: ${message}`, { ...options, hint: 'This is a bug in shipgate; please report it.' });
  }
}

/** The run was cancelled (SIGINT/SIGTERM) or a deadline passed. */
export class CancelledError extends ShipgateError {}

/** The message of anything thrown, without a stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
