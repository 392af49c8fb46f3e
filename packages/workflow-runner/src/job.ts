// One job: its `if:` (status over all its ancestors, as GitHub judges a job), the environment it
// deploys to (whose secrets and variables win), the matrix legs, the steps, then its outputs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { jobContexts, legContexts } from './contexts.ts';
import { asString, evaluate, evaluateStrings, evaluateToken, truthy, type Json } from './expressions.ts';
import { runStep } from './step.ts';
import { addSecretMasks } from './workflow-commands.ts';
import type { JobRun, LegRun, LegState, RunState } from './types.ts';
import type { JobModel } from './workflow-file.ts';

function ancestors(run: RunState, job: JobModel, seen = new Set<string>()): Set<string> {
  for (const id of job.needs) {
    if (seen.has(id)) continue;
    seen.add(id);
    const parent = run.workflow.jobs.find((j) => j.id === id);
    if (parent) ancestors(run, parent, seen);
  }
  return seen;
}

function jobStatus(run: RunState, job: JobModel) {
  const results = [...ancestors(run, job)].map((id) => run.jobs[id]?.result ?? 'skipped');
  return {
    success: results.every((r) => r === 'success'),
    failure: results.some((r) => r === 'failure'),
    cancelled: results.some((r) => r === 'cancelled'),
  };
}

/** The matrix legs: the cross product, minus `exclude`, plus `include` entries. */
export function matrixLegs(strategy: Json): Record<string, Json>[] {
  const matrix = ((strategy as Record<string, Json> | null)?.matrix ?? {}) as Record<string, Json>;
  const { include = [], exclude = [], ...axes } = matrix as Record<string, Json[]>;
  let legs: Record<string, Json>[] = [{}];
  for (const [axis, values] of Object.entries(axes))
    legs = legs.flatMap((leg) => (values as Json[]).map((v) => ({ ...leg, [axis]: v })));
  const matches = (leg: Record<string, Json>, filter: Json) =>
    Object.entries(filter as Record<string, Json>).every(
      ([k, v]) => JSON.stringify(leg[k]) === JSON.stringify(v),
    );
  legs = legs.filter((leg) => !(exclude as Json[]).some((e) => matches(leg, e)));
  for (const extra of include as Record<string, Json>[]) legs.push(extra);
  return Object.keys(axes).length === 0 && (include as Json[]).length > 0 ? legs.slice(1) : legs;
}

function environmentOf(run: RunState, job: JobModel): string | undefined {
  if (!job.environment) return undefined;
  const value = evaluateToken(job.environment, jobContexts(run, job));
  return asString(
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value.name ?? null) : value,
  );
}

function concurrencyOf(run: RunState, job: JobModel): string | undefined {
  if (!job.concurrency) return undefined;
  const value = evaluateToken(job.concurrency, jobContexts(run, job));
  return asString(
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value.group ?? null) : value,
  );
}

async function runLeg(
  run: RunState,
  job: JobModel,
  matrix: Record<string, Json>,
  index: number,
  environment?: string,
) {
  const dir = join(run.runDir, `${job.id}-${index}`);
  const env = run.options.environments?.[environment ?? ''] ?? {};
  const leg: LegState = {
    run,
    job,
    matrix,
    workspace: join(dir, 'workspace'),
    temp: join(dir, 'temp'),
    environment,
    secrets: { ...run.options.secrets, ...env.secrets },
    vars: { ...run.options.vars, ...env.vars },
    env: {},
    paths: [],
    steps: {},
    failed: false,
  };
  mkdirSync(leg.workspace, { recursive: true });
  mkdirSync(leg.temp, { recursive: true });
  addSecretMasks(run.masks, Object.values(leg.secrets));
  leg.env = evaluateStrings(run.workflow.env, { ...run.base, vars: leg.vars, secrets: leg.secrets });
  Object.assign(leg.env, evaluateStrings(job.env, legContexts(leg)));
  const steps = [];
  for (const [i, step] of job.steps.entries()) steps.push(await runStep(leg, step, i));
  const outputs = evaluateStrings(job.outputs, legContexts(leg), {
    success: true,
    failure: false,
    cancelled: false,
  });
  const result: LegRun = { matrix, result: leg.failed ? 'failure' : 'success', steps };
  return { result, outputs };
}

export async function runJob(run: RunState, job: JobModel): Promise<JobRun> {
  const status = jobStatus(run, job);
  if (!truthy(evaluate(job.if, jobContexts(run, job), status)))
    return { id: job.id, result: 'skipped', outputs: {}, legs: [] };
  const started = Date.now();
  const environment = environmentOf(run, job);
  const concurrencyGroup = concurrencyOf(run, job);
  const legs: LegRun[] = [];
  const outputs: Record<string, string> = {};
  const strategy = job.strategy ? evaluateToken(job.strategy, jobContexts(run, job)) : null;
  const failFast = (strategy as Record<string, Json> | null)?.['fail-fast'] !== false;
  for (const [i, matrix] of matrixLegs(strategy).entries()) {
    if (failFast && legs.some((l) => l.result === 'failure')) {
      legs.push({ matrix, result: 'cancelled', steps: [] });
      continue;
    }
    const leg = await runLeg(run, job, matrix, i, environment);
    legs.push(leg.result);
    for (const [k, v] of Object.entries(leg.outputs)) if (v !== '') outputs[k] = v;
  }
  const failed = legs.some((l) => l.result === 'failure' || l.result === 'cancelled');
  const durationMs = Date.now() - started;
  return {
    id: job.id,
    result: failed ? 'failure' : 'success',
    outputs,
    legs,
    environment,
    concurrencyGroup,
    durationMs,
  };
}
