// The expression contexts and the process environment a step sees, as the runner builds them.
import type { Contexts, Json } from './expressions.ts';
import type { JobModel } from './workflow-file.ts';
import type { EventSpec, LegState, RunOptions, RunState } from './types.ts';

/** `github` as the run starts (workspace and job are filled per job). */
export function githubContext(options: RunOptions, runId: number, eventPath: string): Record<string, Json> {
  const { event, repository } = options;
  const refType = event.ref.startsWith('refs/tags/') ? 'tag' : 'branch';
  return {
    event_name: event.name,
    event: event.payload,
    event_path: eventPath,
    ref: event.ref,
    ref_name: event.ref.replace(/^refs\/(heads|tags)\//, ''),
    ref_type: refType,
    sha: event.sha,
    repository,
    repository_owner: repository.split('/')[0]!,
    actor: event.actor ?? 'dana',
    triggering_actor: event.actor ?? 'dana',
    run_id: String(runId),
    run_number: String(runId),
    run_attempt: '1',
    server_url: 'https://github.example',
    api_url: options.env?.GITHUB_API_URL ?? 'https://api.github.example',
    graphql_url: '',
    token: options.secrets?.GITHUB_TOKEN ?? '',
    workflow: '',
    base_ref: (event.payload.pull_request as { base?: { ref?: string } } | undefined)?.base?.ref ?? '',
    head_ref: (event.payload.pull_request as { head?: { ref?: string } } | undefined)?.head?.ref ?? '',
    retention_days: '90',
  };
}

/** `inputs`: workflow_dispatch inputs with the workflow's defaults filled in. */
export function inputsContext(state: Pick<RunState, 'workflow'>, event: EventSpec): Record<string, Json> {
  if (event.name !== 'workflow_dispatch') return {};
  const given = (event.payload.inputs ?? {}) as Record<string, Json>;
  const out: Record<string, Json> = {};
  for (const [name, config] of Object.entries(state.workflow.dispatchInputs)) {
    const value = given[name] ?? config.default ?? '';
    if (config.required && value === '')
      throw new Error(`workflow_dispatch: required input "${name}" not given`);
    if (config.options && !config.options.includes(String(value)))
      throw new Error(`workflow_dispatch: input "${name}" must be one of ${config.options.join(', ')}`);
    out[name] = config.type === 'boolean' ? value === true || value === 'true' : value;
  }
  return out;
}

export function needsContext(run: RunState, job: JobModel): Record<string, Json> {
  return Object.fromEntries(
    job.needs.map((id) => [
      id,
      { result: run.jobs[id]?.result ?? 'skipped', outputs: run.jobs[id]?.outputs ?? {} },
    ]),
  );
}

/** Contexts at job level (job `if:`, `environment:`, `concurrency:`, `strategy:`). */
export function jobContexts(run: RunState, job: JobModel): Contexts {
  return { ...run.base, needs: needsContext(run, job) };
}

/** Contexts inside a running leg (step `if:`, `with:`, `env:`, job `outputs:`). */
export function legContexts(leg: LegState, stepEnv: Record<string, string> = {}): Contexts {
  return {
    ...leg.run.base,
    github: { ...(leg.run.base.github as Record<string, Json>), workspace: leg.workspace, job: leg.job.id },
    env: { ...leg.env, ...stepEnv },
    vars: leg.vars,
    secrets: leg.secrets,
    needs: needsContext(leg.run, leg.job),
    matrix: leg.matrix,
    strategy: { 'fail-fast': true, 'job-index': 0, 'job-total': 1, 'max-parallel': 1 },
    steps: leg.steps,
    job: { status: leg.failed ? 'failure' : 'success' },
    runner: {
      os: 'Linux',
      arch: 'X64',
      name: 'shipgate-test-runner',
      temp: leg.temp,
      tool_cache: leg.temp,
      environment: 'self-hosted',
    },
  };
}

/** The variables the runner sets for every step process. */
export function runnerEnv(leg: LegState): Record<string, string> {
  const github = leg.run.base.github as Record<string, string>;
  return {
    PATH: [...leg.paths, leg.run.options.env?.PATH ?? process.env.PATH ?? ''].join(':'),
    HOME: process.env.HOME ?? leg.temp,
    ...leg.run.options.env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: leg.workspace,
    GITHUB_REPOSITORY: github.repository!,
    GITHUB_REPOSITORY_OWNER: github.repository_owner!,
    GITHUB_EVENT_NAME: github.event_name!,
    GITHUB_EVENT_PATH: leg.run.eventPath,
    GITHUB_REF: github.ref!,
    GITHUB_REF_NAME: github.ref_name!,
    GITHUB_REF_TYPE: github.ref_type!,
    GITHUB_SHA: github.sha!,
    GITHUB_ACTOR: github.actor!,
    GITHUB_TRIGGERING_ACTOR: github.triggering_actor!,
    GITHUB_RUN_ID: github.run_id!,
    GITHUB_RUN_NUMBER: github.run_number!,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: leg.job.id,
    GITHUB_WORKFLOW: leg.run.workflow.name,
    GITHUB_SERVER_URL: github.server_url!,
    GITHUB_API_URL: github.api_url!,
    GITHUB_BASE_REF: github.base_ref!,
    GITHUB_HEAD_REF: github.head_ref!,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: leg.temp,
    RUNNER_TOOL_CACHE: leg.temp,
    ...leg.env,
  };
}
