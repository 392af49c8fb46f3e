// The interface every kind of step implements (run script, shipgate bundle, checkout, artifacts).
import type { Contexts } from '../expressions.ts';
import type { StepModel } from '../workflow-file.ts';
import type { LegState } from '../types.ts';

export interface StepInvocation {
  leg: LegState;
  step: StepModel;
  /** The whole process environment: runner variables, workflow/job/step env, the step's files. */
  env: Record<string, string>;
  /** `with:` evaluated. */
  with: Record<string, string>;
  contexts: Contexts;
  /** Each output line of the step (workflow commands are read from it). */
  onLine: (line: string) => void;
  timeoutMs: number;
}

export interface StepOutcome {
  ok: boolean;
  /** The inputs an action received (declared defaults applied). */
  inputs?: Record<string, string>;
}

export type StepHandler = (invocation: StepInvocation) => Promise<StepOutcome>;
