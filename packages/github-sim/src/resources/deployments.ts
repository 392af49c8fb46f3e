// Deployments and deployment statuses. Creation checks required_contexts against the ref's check
// runs (409 when one is not green, as GitHub does); a new `success` status with auto_inactive
// (the default) marks earlier successful deployments of the same environment inactive.
import { BodyReader } from '../body.ts';
import { resolveCommitish } from '../git-graph.ts';
import { conflict, notFound, unprocessable } from '../http-errors.ts';
import type { DeploymentState, SimDeployment, SimDeploymentStatus } from '../model.ts';
import { pagedResponse } from '../pagination.ts';
import { nodeId, renderUser, repoApiUrl } from '../render.ts';
import type { HandlerContext, Router } from '../router.ts';

const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'] as const;

function deploymentJson(ctx: HandlerContext, d: SimDeployment): Record<string, unknown> {
  const api = repoApiUrl(ctx.urls, ctx.repo);
  return {
    url: `${api}/deployments/${d.id}`,
    id: d.id,
    node_id: nodeId('DE', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.original_environment,
    environment: d.environment,
    description: d.description,
    creator: renderUser(ctx.urls, d.creator),
    created_at: d.created_at,
    updated_at: d.updated_at,
    statuses_url: `${api}/deployments/${d.id}/statuses`,
    repository_url: api,
    transient_environment: d.transient_environment,
    production_environment: d.production_environment,
  };
}

function statusJson(ctx: HandlerContext, d: SimDeployment, s: SimDeploymentStatus): Record<string, unknown> {
  const api = repoApiUrl(ctx.urls, ctx.repo);
  return {
    url: `${api}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DES', s.id),
    state: s.state,
    creator: renderUser(ctx.urls, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.target_url,
    log_url: s.log_url,
    environment_url: s.environment_url,
    created_at: s.created_at,
    updated_at: s.updated_at,
    deployment_url: `${api}/deployments/${d.id}`,
    repository_url: api,
  };
}

function deploymentOr404(ctx: HandlerContext): SimDeployment {
  const id = Number(ctx.req.params['deployment_id']);
  const d = ctx.repo.deployments.find((x) => x.id === id);
  if (!d) throw notFound();
  return d;
}

/** GitHub verifies the ref's commit statuses / check runs before creating a deployment. */
function checkRequiredContexts(
  ctx: HandlerContext,
  sha: string,
  ref: string,
  required: string[] | undefined,
): void {
  const runs = ctx.repo.checkRuns.filter((c) => c.head_sha === sha);
  const latest = new Map(runs.map((c) => [c.name, c]));
  const names = required ?? [...latest.keys()];
  const failing = names
    .map((name) => ({ context: name, run: latest.get(name) }))
    .filter(
      ({ run }) =>
        !run ||
        run.status !== 'completed' ||
        !['success', 'neutral', 'skipped'].includes(run.conclusion ?? ''),
    )
    .map(({ context, run }) => ({ context, state: run ? (run.conclusion ?? 'pending') : 'missing' }));
  if (failing.length > 0) {
    throw conflict(`Conflict: Commit status checks failed for ${ref}.`, [
      { contexts: failing, resource: 'Deployment', field: 'required_contexts', code: 'invalid' },
    ]);
  }
}

export function registerDeployments(router: Router): void {
  router.get('/repos/{owner}/{repo}/deployments', (ctx) => {
    const q = ctx.req.query;
    const list = ctx.repo.deployments
      .filter(
        (d) =>
          (!q.get('environment') || d.environment === q.get('environment')) &&
          (!q.get('ref') || d.ref === q.get('ref')),
      )
      .filter(
        (d) => (!q.get('sha') || d.sha === q.get('sha')) && (!q.get('task') || d.task === q.get('task')),
      )
      .sort((a, b) => b.id - a.id);
    return pagedResponse(ctx, list, (d) => deploymentJson(ctx, d));
  });

  router.get('/repos/{owner}/{repo}/deployments/{deployment_id}', (ctx) => ({
    body: deploymentJson(ctx, deploymentOr404(ctx)),
  }));

  router.post('/repos/{owner}/{repo}/deployments', (ctx) => {
    const body = new BodyReader(ctx.req.body, 'Deployment');
    const ref = body.requiredString('ref', { nonEmpty: true });
    const task = body.string('task') ?? 'deploy';
    const auto_merge = body.boolean('auto_merge') ?? true;
    const required = body.stringArray('required_contexts');
    const environment = body.string('environment') ?? 'production';
    const description = body.string('description', { maxLength: 140 }) ?? null;
    const transient = body.boolean('transient_environment') ?? false;
    const production = body.boolean('production_environment') ?? environment === 'production';
    const rawPayload = ctx.req.body && (ctx.req.body as Record<string, unknown>)['payload'];
    if (
      rawPayload !== undefined &&
      rawPayload !== null &&
      typeof rawPayload !== 'string' &&
      typeof rawPayload !== 'object'
    ) {
      throw unprocessable(
        `Invalid request.\n\nFor 'properties/payload', ${JSON.stringify(rawPayload)} is not an object or string.`,
      );
    }
    let payload: unknown = rawPayload ?? {};
    if (typeof payload === 'string') {
      try {
        payload = payload === '' ? {} : JSON.parse(payload);
      } catch {
        // GitHub keeps a non-JSON string payload as given.
      }
    }
    const sha = resolveCommitish(ctx.repo, ref);
    if (!sha) throw unprocessable(`No ref found for: ${ref}`);
    checkRequiredContexts(ctx, sha, ref, required);
    const now = ctx.state.now();
    const deployment: SimDeployment = {
      id: ctx.state.nextId(),
      sha,
      ref,
      task,
      payload,
      environment,
      original_environment: environment,
      description,
      creator: ctx.req.actor,
      created_at: now,
      updated_at: now,
      transient_environment: transient,
      production_environment: production,
      auto_merge,
      required_contexts: required ?? null,
      statuses: [],
    };
    ctx.repo.deployments.push(deployment);
    return { status: 201, body: deploymentJson(ctx, deployment) };
  });

  router.delete('/repos/{owner}/{repo}/deployments/{deployment_id}', (ctx) => {
    const d = deploymentOr404(ctx);
    const latest = d.statuses.at(-1)?.state;
    const onlyOne = ctx.repo.deployments.filter((x) => x.environment === d.environment).length === 1;
    if (
      !onlyOne &&
      latest !== undefined &&
      latest !== 'inactive' &&
      latest !== 'error' &&
      latest !== 'failure'
    ) {
      throw unprocessable(
        'We cannot delete an active deployment unless it is the only deployment in a given environment.',
      );
    }
    ctx.repo.deployments.splice(ctx.repo.deployments.indexOf(d), 1);
    return { status: 204 };
  });

  router.get('/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (ctx) => {
    const d = deploymentOr404(ctx);
    return pagedResponse(ctx, [...d.statuses].reverse(), (s) => statusJson(ctx, d, s));
  });

  router.get('/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}', (ctx) => {
    const d = deploymentOr404(ctx);
    const s = d.statuses.find((x) => x.id === Number(ctx.req.params['status_id']));
    if (!s) throw notFound();
    return { body: statusJson(ctx, d, s) };
  });

  router.post('/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (ctx) => {
    const d = deploymentOr404(ctx);
    const body = new BodyReader(ctx.req.body, 'DeploymentStatus');
    const state = body.oneOf('state', STATES, true) as DeploymentState;
    const environment = body.string('environment') ?? d.environment;
    const status = addStatus(ctx, d, {
      state,
      description: body.string('description', { maxLength: 140 }) ?? '',
      environment,
      target_url: body.string('target_url') ?? '',
      log_url: body.string('log_url') ?? body.string('target_url') ?? '',
      environment_url: body.string('environment_url') ?? '',
    });
    d.environment = environment;
    if (state === 'success' && (body.boolean('auto_inactive') ?? true)) {
      for (const other of ctx.repo.deployments) {
        if (other.id === d.id || other.environment !== d.environment || other.id > d.id) continue;
        if (other.statuses.at(-1)?.state !== 'success') continue;
        addStatus(ctx, other, {
          ...pick(other.statuses.at(-1) as SimDeploymentStatus),
          state: 'inactive',
          description: '',
        });
      }
    }
    return { status: 201, body: statusJson(ctx, d, status) };
  });
}

type StatusFields = Pick<
  SimDeploymentStatus,
  'state' | 'description' | 'environment' | 'target_url' | 'log_url' | 'environment_url'
>;

function pick(s: SimDeploymentStatus): StatusFields {
  return {
    state: s.state,
    description: s.description,
    environment: s.environment,
    target_url: s.target_url,
    log_url: s.log_url,
    environment_url: s.environment_url,
  };
}

function addStatus(ctx: HandlerContext, d: SimDeployment, fields: StatusFields): SimDeploymentStatus {
  const now = ctx.state.now();
  const status: SimDeploymentStatus = {
    id: ctx.state.nextId(),
    ...fields,
    creator: ctx.req.actor,
    created_at: now,
    updated_at: now,
  };
  d.statuses.push(status);
  d.updated_at = now;
  return status;
}
