// A whole workflow run: the event checked against the workflow's triggers, then every job in
// `needs` order (one at a time; a job starts when all it needs have finished, as on GitHub).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { githubContext, inputsContext } from './contexts.ts';
import { runJob } from './job.ts';
import { addSecretMasks } from './workflow-commands.ts';
import { loadWorkflow, type WorkflowModel } from './workflow-file.ts';
import type { EventSpec, RunOptions, RunState, WorkflowRun } from './types.ts';

const glob = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*/g, '.*')
      .replace(/(?<!\.)\*/g, '[^/]*')}$`,
  );

/** Whether this event starts the workflow (event name, tag and branch filters, schedule crons, workflow_run names). */
export function triggers(workflow: WorkflowModel, event: EventSpec): boolean {
  const config = workflow.template.events[event.name] as Record<string, string[] | undefined> | undefined;
  if (!config) return false;
  if (event.name === 'push') {
    const tag = /^refs\/tags\/(.+)$/.exec(event.ref)?.[1];
    const branch = /^refs\/heads\/(.+)$/.exec(event.ref)?.[1];
    // Only tag filters: branch pushes do not run it, and the other way round.
    if (tag !== undefined) return config.tags ? config.tags.some((p) => glob(p).test(tag)) : !config.branches;
    if (branch !== undefined)
      return config.branches ? config.branches.some((p) => glob(p).test(branch)) : !config.tags;
  }
  if (event.name === 'schedule') {
    // GitHub's schedule payload names the cron entry that fired.
    const crons = workflow.template.events.schedule?.map((s) => s.cron) ?? [];
    return crons.includes(String(event.payload.schedule));
  }
  if (event.name === 'workflow_run') {
    const name = (event.payload.workflow as { name?: string } | undefined)?.name ?? '';
    return !config.workflows || config.workflows.includes(name);
  }
  return true;
}

function order(workflow: WorkflowModel): WorkflowModel['jobs'] {
  const done = new Set<string>();
  const out: WorkflowModel['jobs'] = [];
  while (out.length < workflow.jobs.length) {
    const next = workflow.jobs.find((j) => !done.has(j.id) && j.needs.every((n) => done.has(n)));
    if (!next) throw new Error(`${workflow.name}: a needs cycle or a needs of an unknown job`);
    done.add(next.id);
    out.push(next);
  }
  return out;
}

export async function runWorkflow(options: RunOptions & { workDir: string }): Promise<WorkflowRun> {
  const workflow = await loadWorkflow(options.workflow);
  if (!triggers(workflow, options.event))
    throw new Error(`${workflow.name} does not run on ${options.event.name} ${options.event.ref}`);
  const runId = options.runId ?? Math.floor(Math.random() * 1e9);
  const runDir = join(options.workDir, `run-${runId}`);
  mkdirSync(runDir, { recursive: true });
  const eventPath = join(runDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event.payload));
  const masks = new Set<string>();
  addSecretMasks(masks, Object.values(options.secrets ?? {}));
  const state: RunState = {
    options,
    workflow,
    runId,
    runDir,
    eventPath,
    masks,
    base: {
      github: { ...githubContext(options, runId, eventPath), workflow: workflow.name },
      inputs: inputsContext({ workflow }, options.event),
      vars: options.vars ?? {},
      secrets: options.secrets ?? {},
    },
    jobs: {},
  };
  const ran: string[] = [];
  for (const job of order(workflow)) {
    state.jobs[job.id] = await runJob(state, job);
    ran.push(job.id);
  }
  return { runId, jobs: state.jobs, order: ran };
}
