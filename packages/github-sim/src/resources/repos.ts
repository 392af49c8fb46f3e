// Repositories, commits, comparisons, tags and the rate-limit endpoint.
import { compareCommits, ancestors, resolveCommitish } from '../git-graph.ts';
import { notFound, SimHttpError } from '../http-errors.ts';
import type { SimCommit } from '../model.ts';
import { paginate, pagedResponse } from '../pagination.ts';
import type { RateLimiter } from '../rate-limit.ts';
import { renderCommit, renderRepo, repoApiUrl, repoHtmlUrl } from '../render.ts';
import type { HandlerContext, Router } from '../router.ts';

export function commitOr404(ctx: HandlerContext, ref: string): SimCommit {
  const sha = resolveCommitish(ctx.repo, ref);
  const commit = sha ? ctx.repo.commits.get(sha) : undefined;
  if (!commit) {
    // GitHub answers an unknown commit-ish with 422 "No commit found for SHA: x" and an unknown sha with 404.
    if (/^[0-9a-f]{40}$/i.test(ref)) throw notFound();
    throw new SimHttpError(422, { message: `No commit found for SHA: ${ref}` });
  }
  return commit;
}

function commitJson(ctx: HandlerContext, commit: SimCommit): Record<string, unknown> {
  return renderCommit(ctx.urls, ctx.repo, commit, (login) => ctx.state.user(login));
}

export function registerRepos(router: Router, limiter: RateLimiter): void {
  router.get('/rate_limit', (ctx) => {
    const key = ctx.req.token === undefined ? 'ip:127.0.0.1' : `token:${ctx.req.token}`;
    const core = limiter.status(key);
    return { body: { resources: { core, graphql: core }, rate: core } };
  });

  router.get('/repos/{owner}/{repo}', (ctx) => ({
    body: renderRepo(ctx.urls, ctx.repo, {
      push: ctx.req.token !== undefined && !ctx.repo.readOnlyTokens.has(ctx.req.token),
    }),
  }));

  router.get('/repos/{owner}/{repo}/commits', (ctx) => {
    const start = ctx.req.query.get('sha') ?? ctx.repo.defaultBranch;
    const head = commitOr404(ctx, start);
    const commits = ancestors(ctx.repo, head.sha).map((sha) => ctx.repo.commits.get(sha) as SimCommit);
    return pagedResponse(ctx, commits, (c) => commitJson(ctx, c));
  });

  // Registered by checks.ts / pulls.ts before this catch-all: /commits/{ref}/check-runs, /commits/{sha}/pulls.
  router.get('/repos/{owner}/{repo}/commits/{ref+}', (ctx) => ({
    body: commitJson(ctx, commitOr404(ctx, ctx.req.params['ref'] as string)),
  }));

  router.get('/repos/{owner}/{repo}/compare/{basehead+}', (ctx) => {
    const basehead = ctx.req.params['basehead'] as string;
    const parts = basehead.split('...');
    if (parts.length !== 2 || !parts[0] || !parts[1]) throw notFound();
    const base = commitOr404(ctx, parts[0]);
    const head = commitOr404(ctx, parts[1]);
    const cmp = compareCommits(ctx.repo, base.sha, head.sha);
    const api = repoApiUrl(ctx.urls, ctx.repo);
    const html = repoHtmlUrl(ctx.urls, ctx.repo);
    const paged = ctx.req.query.has('page') || ctx.req.query.has('per_page');
    const page = paged ? paginate(ctx, cmp.ahead) : { items: cmp.ahead.slice(-250), headers: {} };
    const mergeBase = cmp.mergeBase ? ctx.repo.commits.get(cmp.mergeBase) : undefined;
    return {
      headers: page.headers,
      body: {
        url: `${api}/compare/${basehead}`,
        html_url: `${html}/compare/${basehead}`,
        permalink_url: `${html}/compare/${base.sha}...${head.sha}`,
        diff_url: `${html}/compare/${basehead}.diff`,
        patch_url: `${html}/compare/${basehead}.patch`,
        base_commit: commitJson(ctx, base),
        merge_base_commit: mergeBase ? commitJson(ctx, mergeBase) : null,
        status: cmp.status,
        ahead_by: cmp.ahead.length,
        behind_by: cmp.behindBy,
        total_commits: cmp.ahead.length,
        commits: page.items.map((c) => commitJson(ctx, c)),
        files: [],
      },
    };
  });

  router.get('/repos/{owner}/{repo}/tags', (ctx) => {
    const api = repoApiUrl(ctx.urls, ctx.repo);
    const tags = [...ctx.repo.refs.keys()]
      .filter((ref) => ref.startsWith('refs/tags/'))
      .map((ref) => ref.slice('refs/tags/'.length))
      .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
    return pagedResponse(ctx, tags, (name) => {
      const sha = resolveCommitish(ctx.repo, `refs/tags/${name}`) ?? '';
      return {
        name,
        commit: { sha, url: `${api}/commits/${sha}` },
        zipball_url: `${api}/zipball/refs/tags/${name}`,
        tarball_url: `${api}/tarball/refs/tags/${name}`,
        node_id: `REF_${Buffer.from(`${ctx.repo.id}:${name}`).toString('base64url')}`,
      };
    });
  });
}
