// What a run is given and what it reports.
import type { ArtifactStore } from './steps/artifacts.ts';
import type { Contexts, Json } from './expressions.ts';
import type { Annotation } from './workflow-commands.ts';
import type { JobModel, WorkflowModel } from './workflow-file.ts';

export interface EventSpec {
  /** `push`, `workflow_dispatch`, `pull_request`, `workflow_run`, `schedule`. */
  name: string;
  /** The webhook payload (for workflow_dispatch: `{ inputs: {...} }`). */
  payload: Record<string, Json>;
  /** GITHUB_REF, e.g. refs/tags/v1.2.0 or refs/heads/main. */
  ref: string;
  sha: string;
  actor?: string;
}

export interface EnvironmentSpec {
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
}

export interface RunOptions {
  /** Path of the workflow file (in the repository under test). */
  workflow: string;
  event: EventSpec;
  /** owner/name */
  repository: string;
  /** The git repository actions/checkout fetches from (a bare repo path). */
  origin: string;
  /** Repository secrets; GITHUB_TOKEN is also `github.token`. */
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** Environment secrets and variables, by environment name (they win over the repository's). */
  environments?: Record<string, EnvironmentSpec>;
  /** Machine environment every process gets (PATH, HOME, GITHUB_API_URL, …). */
  env?: Record<string, string>;
  /** Artifacts by run id; share one store between runs for workflow_run handoffs. */
  artifacts: ArtifactStore;
  /** Where the shipgate actions live (their action.yml and the dist bundles they name). */
  actionsRoot: string;
  runId?: number;
  /** Every log line as it happens (masked), e.g. for debugging a failing scenario. */
  log?: (line: string) => void;
  stepTimeoutMs?: number;
}

export type Result = 'success' | 'failure' | 'skipped' | 'cancelled';

export interface StepRun {
  id: string;
  name: string;
  uses?: string;
  outcome: Result;
  conclusion: Result;
  outputs: Record<string, string>;
  /** The inputs given to an action (after defaults), for assertions. */
  inputs?: Record<string, string>;
  log: string[];
  annotations: Annotation[];
  summary: string;
}

export interface LegRun {
  matrix: Record<string, Json>;
  result: Result;
  steps: StepRun[];
}

export interface JobRun {
  id: string;
  result: Result;
  outputs: Record<string, string>;
  legs: LegRun[];
  environment?: string;
  concurrencyGroup?: string;
  durationMs?: number;
}

export interface WorkflowRun {
  runId: number;
  jobs: Record<string, JobRun>;
  /** Jobs in the order they ran (or were skipped). */
  order: string[];
}

/** What every job of one run shares. */
export interface RunState {
  options: RunOptions;
  workflow: WorkflowModel;
  runId: number;
  runDir: string;
  eventPath: string;
  masks: Set<string>;
  /** github, inputs, vars (repository), secrets (repository). */
  base: Contexts;
  jobs: Record<string, JobRun>;
}

/** One matrix leg of a job while it runs. */
export interface LegState {
  run: RunState;
  job: JobModel;
  matrix: Record<string, Json>;
  workspace: string;
  temp: string;
  environment?: string;
  secrets: Record<string, string>;
  vars: Record<string, string>;
  /** Workflow + job env, then what steps add through GITHUB_ENV. */
  env: Record<string, string>;
  paths: string[];
  steps: Record<string, { outputs: Record<string, string>; outcome: Result; conclusion: Result }>;
  failed: boolean;
}
