// Issues (list, get, create, update) and issue / pull request comments (list with pagination,
// create, get, update, delete) — what sticky PR comments are built on.
import { BodyReader } from '../body.ts';
import { notFound } from '../http-errors.ts';
import type { SimComment, SimIssue, SimRepo } from '../model.ts';
import { pagedResponse } from '../pagination.ts';
import { nodeId, renderUser, repoApiUrl, repoHtmlUrl } from '../render.ts';
import type { HandlerContext, Router } from '../router.ts';

/** GitHub's limit on issue and comment bodies. */
export const MAX_BODY = 65_536;

export function issueId(repo: SimRepo, number: number): number {
  return repo.id * 100_000 + number;
}

function association(repo: SimRepo, login: string): string {
  return login === repo.owner.login ? 'OWNER' : 'NONE';
}

export function issueJson(ctx: HandlerContext, issue: SimIssue): Record<string, unknown> {
  const api = repoApiUrl(ctx.urls, ctx.repo);
  const html = repoHtmlUrl(ctx.urls, ctx.repo);
  const kind = issue.pull ? 'pull' : 'issues';
  return {
    id: issueId(ctx.repo, issue.number),
    node_id: nodeId(issue.pull ? 'PR' : 'I', issueId(ctx.repo, issue.number)),
    url: `${api}/issues/${issue.number}`,
    repository_url: api,
    comments_url: `${api}/issues/${issue.number}/comments`,
    html_url: `${html}/${kind}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.state_reason,
    title: issue.title,
    body: issue.body,
    user: renderUser(ctx.urls, issue.user),
    labels: issue.labels.map((name) => ({
      id: name.length,
      node_id: nodeId('LA', name),
      name,
      color: 'ededed',
      default: false,
    })),
    assignee: issue.assignees[0] ? renderUser(ctx.urls, ctx.state.user(issue.assignees[0])) : null,
    assignees: issue.assignees.map((login) => renderUser(ctx.urls, ctx.state.user(login))),
    milestone: null,
    locked: false,
    comments: ctx.repo.comments.filter((c) => c.issueNumber === issue.number).length,
    ...(issue.pull
      ? {
          pull_request: {
            url: `${api}/pulls/${issue.number}`,
            html_url: `${html}/pull/${issue.number}`,
            diff_url: `${html}/pull/${issue.number}.diff`,
            patch_url: `${html}/pull/${issue.number}.patch`,
            merged_at: issue.pull.merged_at,
          },
        }
      : {}),
    closed_at: issue.closed_at,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    author_association: association(ctx.repo, issue.user.login),
  };
}

function commentJson(ctx: HandlerContext, c: SimComment): Record<string, unknown> {
  const api = repoApiUrl(ctx.urls, ctx.repo);
  const kind = ctx.repo.issues.get(c.issueNumber)?.pull ? 'pull' : 'issues';
  return {
    id: c.id,
    node_id: nodeId('IC', c.id),
    url: `${api}/issues/comments/${c.id}`,
    html_url: `${repoHtmlUrl(ctx.urls, ctx.repo)}/${kind}/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${api}/issues/${c.issueNumber}`,
    body: c.body,
    user: renderUser(ctx.urls, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: association(ctx.repo, c.user.login),
  };
}

export function issueOr404(ctx: HandlerContext): SimIssue {
  const raw = ctx.req.params['issue_number'] ?? ctx.req.params['pull_number'] ?? '';
  const issue = /^\d+$/.test(raw) ? ctx.repo.issues.get(Number(raw)) : undefined;
  if (!issue) throw notFound();
  return issue;
}

function commentOr404(ctx: HandlerContext): SimComment {
  const id = Number(ctx.req.params['comment_id']);
  const comment = ctx.repo.comments.find((c) => c.id === id);
  if (!comment) throw notFound();
  return comment;
}

function applyIssueFields(ctx: HandlerContext, issue: SimIssue, body: BodyReader): void {
  const title = body.string('title', { nonEmpty: true });
  if (title !== undefined) issue.title = title;
  if (body.has('body')) issue.body = body.string('body', { maxLength: MAX_BODY }) ?? null;
  const labels = body.stringArray('labels');
  if (labels) issue.labels = labels;
  const assignees = body.stringArray('assignees');
  if (assignees) issue.assignees = assignees;
  const state = body.oneOf('state', ['open', 'closed'] as const);
  const reason = body.oneOf('state_reason', ['completed', 'not_planned', 'reopened'] as const);
  if (state && state !== issue.state) {
    issue.state = state;
    issue.closed_at = state === 'closed' ? ctx.state.now() : null;
    issue.state_reason = state === 'closed' ? (reason ?? 'completed') : 'reopened';
  }
  issue.updated_at = ctx.state.now();
}

export function registerIssues(router: Router): void {
  router.get('/repos/{owner}/{repo}/issues', (ctx) => {
    const state = ctx.req.query.get('state') ?? 'open';
    const list = [...ctx.repo.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .sort((a, b) => b.number - a.number);
    return pagedResponse(ctx, list, (i) => issueJson(ctx, i));
  });

  router.post('/repos/{owner}/{repo}/issues', (ctx) => {
    const body = new BodyReader(ctx.req.body, 'Issue');
    const title = body.requiredString('title', { nonEmpty: true });
    const issue = ctx.state.addIssue(`${ctx.repo.owner.login}/${ctx.repo.name}`, {
      title,
      login: ctx.req.actor.login,
    });
    applyIssueFields(ctx, issue, body);
    return { status: 201, body: issueJson(ctx, issue) };
  });

  router.get('/repos/{owner}/{repo}/issues/comments/{comment_id}', (ctx) => ({
    body: commentJson(ctx, commentOr404(ctx)),
  }));

  router.patch('/repos/{owner}/{repo}/issues/comments/{comment_id}', (ctx) => {
    const comment = commentOr404(ctx);
    comment.body = new BodyReader(ctx.req.body, 'IssueComment').requiredString('body', {
      maxLength: MAX_BODY,
    });
    comment.updated_at = ctx.state.now();
    return { body: commentJson(ctx, comment) };
  });

  router.delete('/repos/{owner}/{repo}/issues/comments/{comment_id}', (ctx) => {
    const comment = commentOr404(ctx);
    ctx.repo.comments.splice(ctx.repo.comments.indexOf(comment), 1);
    return { status: 204 };
  });

  router.get('/repos/{owner}/{repo}/issues/{issue_number}', (ctx) => ({
    body: issueJson(ctx, issueOr404(ctx)),
  }));

  router.patch('/repos/{owner}/{repo}/issues/{issue_number}', (ctx) => {
    const issue = issueOr404(ctx);
    applyIssueFields(ctx, issue, new BodyReader(ctx.req.body, 'Issue'));
    return { body: issueJson(ctx, issue) };
  });

  router.get('/repos/{owner}/{repo}/issues/{issue_number}/comments', (ctx) => {
    const issue = issueOr404(ctx);
    const since = ctx.req.query.get('since');
    const list = ctx.repo.comments.filter(
      (c) => c.issueNumber === issue.number && (!since || c.updated_at >= since),
    );
    return pagedResponse(ctx, list, (c) => commentJson(ctx, c));
  });

  router.post('/repos/{owner}/{repo}/issues/{issue_number}/comments', (ctx) => {
    const issue = issueOr404(ctx);
    const text = new BodyReader(ctx.req.body, 'IssueComment').requiredString('body', { maxLength: MAX_BODY });
    const comment = ctx.state.addComment(
      `${ctx.repo.owner.login}/${ctx.repo.name}`,
      issue.number,
      text,
      ctx.req.actor.login,
    );
    issue.updated_at = comment.created_at;
    return { status: 201, body: commentJson(ctx, comment) };
  });
}
