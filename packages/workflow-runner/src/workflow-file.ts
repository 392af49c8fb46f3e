// A workflow file read by GitHub's own parser (@actions/workflow-parser): schema-validated,
// expressions already split out as tokens. The parser's model (convertWorkflowTemplate) drops a
// step's `with:`, `shell:` and `working-directory:` and a job's `permissions:`, so those are
// taken from the parsed token tree beside it.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  isString,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import type { InputConfig, Job, WorkflowTemplate } from '@actions/workflow-parser/model/workflow-template';

export interface StepModel {
  /** The step's id, or the parser's generated one (`__run`, `__actions_checkout`, …). */
  id: string;
  name?: TemplateToken;
  /** The full condition, `success() && (…)` added where the file names no status function. */
  if: string;
  env?: TemplateToken;
  uses?: string;
  run?: TemplateToken;
  with?: MappingToken;
  shell?: string;
  workingDirectory?: TemplateToken;
  continueOnError?: TemplateToken | boolean;
}

export interface JobModel {
  id: string;
  name?: TemplateToken;
  needs: string[];
  if: string;
  env?: TemplateToken;
  environment?: TemplateToken;
  concurrency?: TemplateToken;
  strategy?: TemplateToken;
  outputs?: TemplateToken;
  /** `permissions:` as written (undefined when the job names none). */
  permissions?: TemplateToken;
  steps: StepModel[];
}

export interface WorkflowModel {
  path: string;
  name: string;
  template: WorkflowTemplate;
  env?: TemplateToken;
  permissions?: TemplateToken;
  dispatchInputs: Record<string, InputConfig>;
  jobs: JobModel[];
}

function field(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  return token && isMapping(token) ? token.find(key) : undefined;
}

function rawSteps(root: TemplateToken, jobId: string): TemplateToken[] {
  const steps = field(field(field(root, 'jobs'), jobId), 'steps');
  return steps && isSequence(steps) ? [...steps] : [];
}

function stepModel(step: Job['steps'][number], raw: TemplateToken | undefined): StepModel {
  const withToken = field(raw, 'with');
  const shell = field(raw, 'shell');
  return {
    id: step.id,
    name: step.name,
    if: step.if?.expression ?? 'success()',
    env: 'env' in step ? step.env : undefined,
    uses: 'uses' in step ? step.uses.value : undefined,
    run: 'run' in step ? step.run : undefined,
    with: withToken && isMapping(withToken) ? withToken : undefined,
    shell: shell && isString(shell) ? shell.value : undefined,
    workingDirectory: field(raw, 'working-directory'),
    continueOnError: step['continue-on-error'],
  };
}

/** Parses and validates a workflow file; any schema or conversion error throws, listed. */
export async function loadWorkflow(path: string): Promise<WorkflowModel> {
  const name = basename(path);
  const parsed = parseWorkflow({ name, content: readFileSync(path, 'utf8') }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (!parsed.value || errors.length > 0) throw new Error(`${name} does not parse:\n${errors.join('\n')}`);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  if (template.errors?.length)
    throw new Error(`${name}: ${template.errors.map((e) => e.Message).join('\n')}`);
  const root = parsed.value;
  const jobs = template.jobs.map((job): JobModel => {
    if (job.type !== 'job')
      throw new Error(`${name}: reusable workflow jobs are not run here (${job.id.value})`);
    const raw = rawSteps(root, job.id.value);
    return {
      id: job.id.value,
      name: job.name,
      needs: (job.needs ?? []).map((n) => n.value),
      if: job.if.expression,
      env: job.env,
      environment: job.environment,
      concurrency: job.concurrency,
      strategy: job.strategy,
      outputs: job.outputs,
      permissions: field(field(field(root, 'jobs'), job.id.value), 'permissions'),
      steps: job.steps.map((s, i) => stepModel(s, raw[i])),
    };
  });
  return {
    path,
    name,
    template,
    env: field(root, 'env'),
    permissions: field(root, 'permissions'),
    dispatchInputs: template.events.workflow_dispatch?.inputs ?? {},
    jobs,
  };
}
