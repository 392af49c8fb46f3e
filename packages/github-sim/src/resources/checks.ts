// Check runs: create, update, get, and list for a ref ({total_count, check_runs}).
import { BodyReader } from '../body.ts';
import { notFound, validationFailed } from '../http-errors.ts';
import type { SimCheckRun } from '../model.ts';
import { paginate } from '../pagination.ts';
import { nodeId, repoApiUrl, repoHtmlUrl } from '../render.ts';
import type { HandlerContext, Router } from '../router.ts';
import { commitOr404 } from './repos.ts';

const CONCLUSIONS = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out',
] as const;
const STATUSES = ['queued', 'in_progress', 'completed'] as const;

function checkJson(ctx: HandlerContext, c: SimCheckRun): Record<string, unknown> {
  const api = repoApiUrl(ctx.urls, ctx.repo);
  return {
    id: c.id,
    node_id: nodeId('CR', c.id),
    head_sha: c.head_sha,
    external_id: c.external_id,
    url: `${api}/check-runs/${c.id}`,
    html_url: `${repoHtmlUrl(ctx.urls, ctx.repo)}/runs/${c.id}`,
    details_url: c.details_url,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.started_at,
    completed_at: c.completed_at,
    output: { ...c.output, annotations_url: `${api}/check-runs/${c.id}/annotations` },
    name: c.name,
    check_suite: { id: c.id },
    app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions' },
    pull_requests: [],
  };
}

/** Applies the writable fields of a create/update body; enforces GitHub's status/conclusion rules. */
function applyFields(ctx: HandlerContext, run: SimCheckRun, body: BodyReader): void {
  const status = body.oneOf('status', STATUSES);
  const conclusion = body.oneOf('conclusion', CONCLUSIONS);
  const name = body.string('name', { nonEmpty: true });
  if (name) run.name = name;
  run.details_url = body.string('details_url') ?? run.details_url;
  run.external_id = body.string('external_id') ?? run.external_id;
  run.started_at = body.string('started_at') ?? run.started_at;
  const output = body.object('output');
  if (output) {
    const out = new BodyReader(output, 'CheckRun');
    const annotations = (output['annotations'] as unknown[] | undefined) ?? [];
    if (!Array.isArray(annotations) || annotations.length > 50) {
      throw validationFailed({
        resource: 'CheckRun',
        code: 'invalid',
        field: 'output.annotations',
        message: 'at most 50 annotations per request',
      });
    }
    run.output = {
      title: out.requiredString('title'),
      summary: out.requiredString('summary', { maxLength: MAX_TEXT }),
      text: out.string('text', { maxLength: MAX_TEXT }) ?? null,
      annotations_count: run.output.annotations_count + annotations.length,
    };
    run.annotations.push(...annotations);
  }
  if (conclusion !== undefined) {
    run.status = 'completed';
    run.conclusion = conclusion;
  } else if (status !== undefined) {
    if (status === 'completed')
      throw validationFailed({ resource: 'CheckRun', code: 'missing_field', field: 'conclusion' });
    run.status = status;
  }
  if (run.status === 'completed')
    run.completed_at = body.string('completed_at') ?? run.completed_at ?? ctx.state.now();
}

const MAX_TEXT = 65_535;

function runOr404(ctx: HandlerContext): SimCheckRun {
  const run = ctx.repo.checkRuns.find((c) => c.id === Number(ctx.req.params['check_run_id']));
  if (!run) throw notFound();
  return run;
}

export function registerChecks(router: Router): void {
  router.post('/repos/{owner}/{repo}/check-runs', (ctx) => {
    const body = new BodyReader(ctx.req.body, 'CheckRun');
    const name = body.requiredString('name', { nonEmpty: true });
    const headSha = body.requiredString('head_sha');
    const commit = ctx.repo.commits.get(headSha);
    if (!commit) throw validationFailed({ resource: 'CheckRun', code: 'invalid', field: 'head_sha' });
    const run: SimCheckRun = {
      id: ctx.state.nextId(),
      name,
      head_sha: commit.sha,
      status: 'queued',
      conclusion: null,
      started_at: ctx.state.now(),
      completed_at: null,
      details_url: null,
      external_id: null,
      output: { title: null, summary: null, text: null, annotations_count: 0 },
      annotations: [],
    };
    applyFields(ctx, run, body);
    ctx.repo.checkRuns.push(run);
    return { status: 201, body: checkJson(ctx, run) };
  });

  router.get('/repos/{owner}/{repo}/check-runs/{check_run_id}', (ctx) => ({
    body: checkJson(ctx, runOr404(ctx)),
  }));

  router.patch('/repos/{owner}/{repo}/check-runs/{check_run_id}', (ctx) => {
    const run = runOr404(ctx);
    applyFields(ctx, run, new BodyReader(ctx.req.body, 'CheckRun'));
    return { body: checkJson(ctx, run) };
  });

  router.get('/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', (ctx) => {
    const page = paginate(ctx, runOr404(ctx).annotations);
    return { body: page.items, headers: page.headers };
  });

  // Registered before the /commits/{ref+} catch-all in repos.ts.
  router.get('/repos/{owner}/{repo}/commits/{ref}/check-runs', (ctx) => {
    const sha = commitOr404(ctx, ctx.req.params['ref'] as string).sha;
    const name = ctx.req.query.get('check_name');
    const status = ctx.req.query.get('status');
    const runs = ctx.repo.checkRuns
      .filter((c) => c.head_sha === sha && (!name || c.name === name) && (!status || c.status === status))
      .sort((a, b) => b.id - a.id);
    const page = paginate(ctx, runs);
    return {
      body: { total_count: runs.length, check_runs: page.items.map((c) => checkJson(ctx, c)) },
      headers: page.headers,
    };
  });
}
