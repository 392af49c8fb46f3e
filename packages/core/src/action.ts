import { readInputs, type ActionDefinition, type InputsOf } from './definition.ts';
import { cancellationSignal } from './cancel.ts';
import { systemClock, type Clock } from './clock.ts';
import { CancelledError, InputError, ShipgateError } from './errors.ts';
import { readGitHubContext, type GitHubContext } from './github-context.ts';
import { createLogger, type Logger } from './log.ts';
import { redact } from './secrets.ts';
import { Summary } from './summary.ts';
import { setOutput } from './workflow-commands.ts';

/** What an action's body gets besides its inputs. */
export interface ActionContext {
  /** Aborted on SIGINT/SIGTERM (the workflow was cancelled). */
  signal: AbortSignal;
  log: Logger;
  summary: Summary;
  clock: Clock;
  github: GitHubContext;
  env: NodeJS.ProcessEnv;
}

export type OutputValue = string | number | boolean | undefined | Record<string, unknown> | unknown[];

export interface ActionResult {
  outputs: Record<string, OutputValue>;
  /** Set when the action ran but its verdict is a failure (a gate tripped): the step fails with this. */
  failure?: string | undefined;
}

/**
 * The whole of an action's `main.ts`: parse inputs (a bad one fails the step before anything else
 * runs), run the body, write outputs and the job summary, and turn any error into one clear
 * `::error::` line. Sets process.exitCode instead of exiting, so cleanup in `finally` blocks runs.
 */
export async function runAction<D extends ActionDefinition>(
  definition: D,
  body: (inputs: InputsOf<D>, ctx: ActionContext) => Promise<ActionResult>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const log = createLogger();
  const summary = new Summary();
  try {
    const inputs = readInputs(definition, env);
    for (const warning of definition.rules?.(inputs) ?? []) log.warn(warning);
    // performance.now() counts from process start: bench/startup reads this line.
    log.debug(`inputs parsed ${performance.now().toFixed(1)}ms after process start`);
    const ctx: ActionContext = {
      signal: cancellationSignal(),
      log,
      summary,
      clock: systemClock,
      github: readGitHubContext(env),
      env,
    };
    const result = await body(inputs, ctx);
    writeOutputs(definition, result.outputs);
    if (result.failure) fail(log, result.failure);
  } catch (error) {
    reportFailure(log, definition.name, error);
  } finally {
    await summary.write(env.GITHUB_STEP_SUMMARY).catch((error: unknown) => {
      log.warn(`Could not write the job summary: ${String(error)}`);
    });
  }
}

function writeOutputs(definition: ActionDefinition, outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (!(name in definition.outputs))
      throw new Error(`output "${name}" is not declared by ${definition.name}`);
    if (value === undefined) continue;
    setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
}

function fail(log: Logger, message: string, title?: string): void {
  log.error(message, title ? { title } : undefined);
  process.exitCode = 1;
}

function reportFailure(log: Logger, action: string, error: unknown): void {
  if (error instanceof InputError)
    return fail(log, `${error.message}${error.hint ? `\nHint: ${error.hint}` : ''}`, 'Invalid input');
  if (error instanceof CancelledError) return fail(log, error.message, 'Cancelled');
  if (error instanceof ShipgateError) {
    const hint = error.hint ? `\nHint: ${error.hint}` : '';
    if (error.cause !== undefined) log.debug(`cause: ${redact(describeCause(error.cause))}`);
    return fail(log, `${error.message}${hint}`, `${action} failed`);
  }
  // Not one of ours: an unexpected bug. Show the stack in debug logs only.
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.stack) log.debug(error.stack);
  fail(
    log,
    `${action} failed unexpectedly: ${message}\nHint: this may be a bug in shipgate; re-run with debug logging for details.`,
  );
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) return `${cause.name}: ${cause.message}`;
  return String(cause);
}
