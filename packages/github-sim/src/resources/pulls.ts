// Pull requests: list, get, the commits of a PR, and the PRs associated with a commit.
import type { SimCommit, SimIssue } from '../model.ts';
import { pagedResponse } from '../pagination.ts';
import { nodeId, renderCommit, renderRepo, renderUser, repoApiUrl, repoHtmlUrl } from '../render.ts';
import type { HandlerContext, Router } from '../router.ts';
import { issueId, issueOr404 } from './issues.ts';
import { notFound } from '../http-errors.ts';
import { commitOr404 } from './repos.ts';

function pullJson(ctx: HandlerContext, issue: SimIssue): Record<string, unknown> {
  const pull = issue.pull;
  if (!pull) throw notFound();
  const api = repoApiUrl(ctx.urls, ctx.repo);
  const html = repoHtmlUrl(ctx.urls, ctx.repo);
  const repo = renderRepo(ctx.urls, ctx.repo);
  const owner = renderUser(ctx.urls, ctx.repo.owner);
  const side = (s: { ref: string; sha: string }) => ({
    label: `${ctx.repo.owner.login}:${s.ref}`,
    ref: s.ref,
    sha: s.sha,
    user: owner,
    repo,
  });
  return {
    url: `${api}/pulls/${issue.number}`,
    id: issueId(ctx.repo, issue.number),
    node_id: nodeId('PR', issueId(ctx.repo, issue.number)),
    html_url: `${html}/pull/${issue.number}`,
    diff_url: `${html}/pull/${issue.number}.diff`,
    patch_url: `${html}/pull/${issue.number}.patch`,
    issue_url: `${api}/issues/${issue.number}`,
    commits_url: `${api}/pulls/${issue.number}/commits`,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: renderUser(ctx.urls, issue.user),
    body: issue.body,
    labels: issue.labels.map((name) => ({ name })),
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    merged_at: pull.merged_at,
    merge_commit_sha: pull.merge_commit_sha,
    draft: pull.draft,
    head: side(pull.head),
    base: side(pull.base),
    author_association: issue.user.login === ctx.repo.owner.login ? 'OWNER' : 'CONTRIBUTOR',
    merged: pull.merged,
    commits: pull.commits.length,
    comments: ctx.repo.comments.filter((c) => c.issueNumber === issue.number).length,
  };
}

function pulls(ctx: HandlerContext): SimIssue[] {
  return [...ctx.repo.issues.values()]
    .filter((i) => i.pull !== undefined)
    .sort((a, b) => b.number - a.number);
}

export function registerPulls(router: Router): void {
  router.get('/repos/{owner}/{repo}/pulls', (ctx) => {
    const q = ctx.req.query;
    const state = q.get('state') ?? 'open';
    const head = q.get('head');
    const list = pulls(ctx).filter(
      (i) =>
        (state === 'all' || i.state === state) &&
        (!head || `${ctx.repo.owner.login}:${i.pull?.head.ref}` === head) &&
        (!q.get('base') || i.pull?.base.ref === q.get('base')),
    );
    return pagedResponse(ctx, list, (i) => pullJson(ctx, i));
  });

  router.get('/repos/{owner}/{repo}/pulls/{pull_number}', (ctx) => ({
    body: pullJson(ctx, issueOr404(ctx)),
  }));

  router.get('/repos/{owner}/{repo}/pulls/{pull_number}/commits', (ctx) => {
    const issue = issueOr404(ctx);
    if (!issue.pull) throw notFound();
    const commits = issue.pull.commits
      .map((sha) => ctx.repo.commits.get(sha))
      .filter((c): c is SimCommit => c !== undefined);
    return pagedResponse(ctx, commits, (c) =>
      renderCommit(ctx.urls, ctx.repo, c, (login) => ctx.state.user(login)),
    );
  });

  // Registered before the /commits/{ref+} catch-all in repos.ts.
  router.get('/repos/{owner}/{repo}/commits/{commit_sha}/pulls', (ctx) => {
    const sha = commitOr404(ctx, ctx.req.params['commit_sha'] as string).sha;
    const list = pulls(ctx).filter((i) => i.pull?.commits.includes(sha) || i.pull?.merge_commit_sha === sha);
    return pagedResponse(ctx, list, (i) => pullJson(ctx, i));
  });
}
