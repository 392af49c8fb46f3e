// One step, as the runner runs it: `if:` (status functions over the job so far), `env:`, the
// handler, then GITHUB_OUTPUT / GITHUB_ENV / GITHUB_PATH / GITHUB_STEP_SUMMARY read back.
// A failed step fails the job unless `continue-on-error`; later steps then run only when their
// `if:` asks for it (failure(), always()).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOutputFile } from '../../../bin/cli-support.js';
import { legContexts, runnerEnv } from './contexts.ts';
import { asString, evaluate, evaluateStrings, evaluateToken, truthy } from './expressions.ts';
import { handlerFor } from './steps/index.ts';
import { CommandReader, mask } from './workflow-commands.ts';
import type { LegState, StepRun } from './types.ts';
import type { StepModel } from './workflow-file.ts';

const STEP_FILES = [
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_STATE',
] as const;

function stepFiles(leg: LegState, index: number): Record<(typeof STEP_FILES)[number], string> {
  const files = Object.fromEntries(
    STEP_FILES.map((f) => [f, join(leg.temp, `_step${index}_${f.toLowerCase()}`)]),
  );
  for (const file of Object.values(files)) writeFileSync(file, '');
  return files as Record<(typeof STEP_FILES)[number], string>;
}

function skipped(step: StepModel, name: string): StepRun {
  return {
    id: step.id,
    name,
    uses: step.uses,
    outcome: 'skipped',
    conclusion: 'skipped',
    outputs: {},
    log: [],
    annotations: [],
    summary: '',
  };
}

export async function runStep(leg: LegState, step: StepModel, index: number): Promise<StepRun> {
  const run = leg.run;
  const status = { success: !leg.failed, failure: leg.failed, cancelled: false };
  const base = legContexts(leg);
  const name = step.name ? asString(evaluateToken(step.name, base)) : (step.uses ?? 'Run script');
  if (!truthy(evaluate(step.if, base, status))) {
    leg.steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
    return skipped(step, name);
  }
  const stepEnv = evaluateStrings(step.env, base, status);
  const contexts = legContexts(leg, stepEnv);
  const files = stepFiles(leg, index);
  const reader = new CommandReader(run.masks);
  const log: string[] = [];
  const onLine = (line: string) => {
    const shown = reader.read(line);
    log.push(shown);
    run.options.log?.(`[${leg.job.id}/${step.id}] ${shown}`);
  };
  let ok = false;
  let inputs: Record<string, string> | undefined;
  try {
    const outcome = await handlerFor(step)({
      leg,
      step,
      env: { ...runnerEnv(leg), ...stepEnv, ...files },
      with: step.with ? evaluateStrings(step.with, contexts, status) : {},
      contexts,
      onLine,
      timeoutMs: run.options.stepTimeoutMs ?? 120_000,
    });
    ok = outcome.ok;
    inputs = outcome.inputs;
  } catch (e) {
    onLine(`::error::${mask((e as Error).message, run.masks).replace(/\n/g, '%0A')}`);
  }
  const outputs = parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')) as Record<string, string>;
  Object.assign(leg.env, parseOutputFile(readFileSync(files.GITHUB_ENV, 'utf8')));
  leg.paths.unshift(...readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean).reverse());
  const continueOnError =
    step.continueOnError !== undefined &&
    (typeof step.continueOnError === 'boolean'
      ? step.continueOnError
      : truthy(evaluateToken(step.continueOnError, contexts)));
  const outcome = ok ? 'success' : 'failure';
  const conclusion = ok || continueOnError ? 'success' : 'failure';
  if (conclusion === 'failure') leg.failed = true;
  leg.steps[step.id] = { outputs, outcome, conclusion };
  return {
    id: step.id,
    name,
    uses: step.uses,
    outcome,
    conclusion,
    outputs,
    inputs,
    log,
    annotations: reader.annotations,
    summary: mask(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), run.masks),
  };
}
