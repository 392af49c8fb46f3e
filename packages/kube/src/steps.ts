/**
 * Named steps (Argo's reconcile steps, whose errors say `failed to <step>: …`): a run or a verb is
 * a list of small steps, and what a step throws carries the step's name as `<step>: <message>`,
 * its class kept — an InputError stays an input error, a CancelledError a cancellation.
 */
import { ShipgateError } from '@shipgate/core';

const STEP = Symbol('shipgate.steps');

/** The names of the steps an error passed through, outermost first (empty: thrown outside any step). */
export function stepsOf(error: unknown): readonly string[] {
  return (error as { [STEP]?: string[] } | null)?.[STEP] ?? [];
}

/**
 * `error` as thrown in `step`: a copy (same class and fields, so an InputError stays an input
 * error) whose message reads `<step>: <message>`. A copy, because one error may be thrown more
 * than once (a cancelled signal's reason); a non-Error becomes a ShipgateError with its text.
 */
export function inStep(step: string, error: unknown): Error {
  const e = error instanceof Error ? error : new ShipgateError(String(error), { cause: error });
  const steps = stepsOf(e);
  if (steps[0] === step) return e;
  const copy = Object.create(Object.getPrototypeOf(e) as object) as Error;
  for (const key of Reflect.ownKeys(e))
    Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(e, key)!);
  Object.defineProperty(copy, 'message', {
    value: `${step}: ${e.message}`,
    writable: true,
    configurable: true,
  });
  Object.defineProperty(copy, STEP, { value: [step, ...steps], configurable: true });
  return copy;
}

/** Runs `fn` as the step `name`: what it throws is tagged with the name (inStep). */
export async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw inStep(name, error);
  }
}
