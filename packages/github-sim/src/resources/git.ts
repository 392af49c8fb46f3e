// Git database endpoints: refs (get, list, matching, create, update, delete), annotated tag
// objects and git commits.
import { BodyReader } from '../body.ts';
import { ancestors, peel } from '../git-graph.ts';
import { notFound, unprocessable } from '../http-errors.ts';
import type { SimTagObject } from '../model.ts';
import { pagedResponse } from '../pagination.ts';
import { nodeId, repoApiUrl, repoHtmlUrl } from '../render.ts';
import type { HandlerContext, Router } from '../router.ts';
import { sha1 } from '../state.ts';

function refJson(ctx: HandlerContext, ref: string, sha: string): Record<string, unknown> {
  const api = repoApiUrl(ctx.urls, ctx.repo);
  const type = ctx.repo.tagObjects.has(sha) ? 'tag' : 'commit';
  return {
    ref,
    node_id: nodeId('REF', `${ctx.repo.id}:${ref}`),
    url: `${api}/git/${ref}`,
    object: { type, sha, url: `${api}/git/${type === 'tag' ? 'tags' : 'commits'}/${sha}` },
  };
}

function refsWithPrefix(ctx: HandlerContext, prefix: string): [string, string][] {
  return [...ctx.repo.refs.entries()]
    .filter(([name]) => name.startsWith(prefix))
    .sort(([a], [b]) => a.localeCompare(b));
}

function tagJson(ctx: HandlerContext, tag: SimTagObject): Record<string, unknown> {
  const api = repoApiUrl(ctx.urls, ctx.repo);
  return {
    node_id: nodeId('TAG', tag.sha),
    tag: tag.tag,
    sha: tag.sha,
    url: `${api}/git/tags/${tag.sha}`,
    message: tag.message,
    tagger: tag.tagger,
    object: { type: tag.object.type, sha: tag.object.sha, url: `${api}/git/commits/${tag.object.sha}` },
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
  };
}

function isObject(ctx: HandlerContext, sha: string): boolean {
  return ctx.repo.commits.has(sha) || ctx.repo.tagObjects.has(sha);
}

export function registerGit(router: Router): void {
  router.get('/repos/{owner}/{repo}/git/ref/{ref+}', (ctx) => {
    const name = `refs/${ctx.req.params['ref']}`;
    const sha = ctx.repo.refs.get(name);
    if (!sha) throw notFound();
    return { body: refJson(ctx, name, sha) };
  });

  router.get('/repos/{owner}/{repo}/git/matching-refs/{ref+}', (ctx) =>
    pagedResponse(ctx, refsWithPrefix(ctx, `refs/${ctx.req.params['ref']}`), ([n, s]) => refJson(ctx, n, s)),
  );

  router.get('/repos/{owner}/{repo}/git/refs', (ctx) =>
    pagedResponse(ctx, refsWithPrefix(ctx, 'refs/'), ([n, s]) => refJson(ctx, n, s)),
  );

  // Legacy form: an exact ref answers one object, a prefix answers the matching list.
  router.get('/repos/{owner}/{repo}/git/refs/{ref+}', (ctx) => {
    const name = `refs/${ctx.req.params['ref']}`;
    const exact = ctx.repo.refs.get(name);
    if (exact) return { body: refJson(ctx, name, exact) };
    const matches = refsWithPrefix(ctx, `${name}/`);
    if (matches.length === 0) throw notFound();
    return pagedResponse(ctx, matches, ([n, s]) => refJson(ctx, n, s));
  });

  router.post('/repos/{owner}/{repo}/git/refs', (ctx) => {
    const body = new BodyReader(ctx.req.body, 'Reference');
    const ref = body.requiredString('ref');
    const sha = body.requiredString('sha');
    if (
      !/^refs\/[^/\s]+\/\S+$/.test(ref) ||
      ref.includes('..') ||
      ref.endsWith('/') ||
      ref.endsWith('.lock')
    ) {
      throw unprocessable(`${ref} is not a valid ref name.`);
    }
    if (!isObject(ctx, sha)) throw unprocessable('Object does not exist');
    if (ctx.repo.refs.has(ref)) throw unprocessable('Reference already exists');
    ctx.repo.refs.set(ref, sha);
    return {
      status: 201,
      body: refJson(ctx, ref, sha),
      headers: { location: `${repoApiUrl(ctx.urls, ctx.repo)}/git/${ref}` },
    };
  });

  router.patch('/repos/{owner}/{repo}/git/refs/{ref+}', (ctx) => {
    const name = `refs/${ctx.req.params['ref']}`;
    const body = new BodyReader(ctx.req.body, 'Reference');
    const sha = body.requiredString('sha');
    const force = body.boolean('force') ?? false;
    const current = ctx.repo.refs.get(name);
    if (!current) throw unprocessable('Reference does not exist');
    if (!isObject(ctx, sha)) throw unprocessable('Object does not exist');
    const target = peel(ctx.repo, sha);
    const from = peel(ctx.repo, current);
    if (!force && target && from && !ancestors(ctx.repo, target).includes(from)) {
      throw unprocessable('Update is not a fast forward');
    }
    ctx.repo.refs.set(name, sha);
    return { body: refJson(ctx, name, sha) };
  });

  router.delete('/repos/{owner}/{repo}/git/refs/{ref+}', (ctx) => {
    const name = `refs/${ctx.req.params['ref']}`;
    if (!ctx.repo.refs.delete(name)) throw unprocessable('Reference does not exist');
    return { status: 204 };
  });

  router.post('/repos/{owner}/{repo}/git/tags', (ctx) => {
    const body = new BodyReader(ctx.req.body, 'Tag');
    const tag = body.requiredString('tag', { nonEmpty: true });
    const message = body.requiredString('message');
    const object = body.requiredString('object');
    const type = body.oneOf('type', ['commit', 'tag', 'tree', 'blob'] as const, true);
    const tagger = body.object('tagger');
    if (!isObject(ctx, object)) throw unprocessable('Object does not exist');
    const when = typeof tagger?.['date'] === 'string' ? tagger['date'] : ctx.state.now();
    const record: SimTagObject = {
      sha: sha1(`tag ${tag}\n${object}\n${message}\n${when}`),
      tag,
      message,
      object: { sha: object, type: type === 'tag' ? 'tag' : 'commit' },
      tagger: {
        name: typeof tagger?.['name'] === 'string' ? tagger['name'] : ctx.req.actor.login,
        email:
          typeof tagger?.['email'] === 'string'
            ? tagger['email']
            : `${ctx.req.actor.login}@users.noreply.github.com`,
        date: when,
      },
    };
    ctx.repo.tagObjects.set(record.sha, record);
    return { status: 201, body: tagJson(ctx, record) };
  });

  router.get('/repos/{owner}/{repo}/git/tags/{tag_sha}', (ctx) => {
    const tag = ctx.repo.tagObjects.get(ctx.req.params['tag_sha'] as string);
    if (!tag) throw notFound();
    return { body: tagJson(ctx, tag) };
  });

  router.get('/repos/{owner}/{repo}/git/commits/{sha}', (ctx) => {
    const commit = ctx.repo.commits.get(ctx.req.params['sha'] as string);
    if (!commit) throw notFound();
    const api = repoApiUrl(ctx.urls, ctx.repo);
    return {
      body: {
        sha: commit.sha,
        node_id: nodeId('C', commit.sha),
        url: `${api}/git/commits/${commit.sha}`,
        html_url: `${repoHtmlUrl(ctx.urls, ctx.repo)}/commit/${commit.sha}`,
        author: commit.author,
        committer: commit.committer,
        message: commit.message,
        tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
        parents: commit.parents.map((sha) => ({ sha, url: `${api}/git/commits/${sha}` })),
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
      },
    };
  });
}
