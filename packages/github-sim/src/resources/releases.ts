// Releases: list (newest first, paginated), get by id / by tag / latest, create (creating the tag
// from target_commitish as GitHub does; 422 already_exists on a duplicate tag), update, delete.
import { BodyReader } from '../body.ts';
import { resolveCommitish } from '../git-graph.ts';
import { notFound, validationFailed } from '../http-errors.ts';
import type { SimRelease } from '../model.ts';
import { pagedResponse } from '../pagination.ts';
import { nodeId, renderUser, repoApiUrl, repoHtmlUrl } from '../render.ts';
import type { HandlerContext, Router } from '../router.ts';

function releaseJson(ctx: HandlerContext, r: SimRelease): Record<string, unknown> {
  const api = repoApiUrl(ctx.urls, ctx.repo);
  const html = repoHtmlUrl(ctx.urls, ctx.repo);
  return {
    url: `${api}/releases/${r.id}`,
    html_url: `${html}/releases/tag/${encodeURIComponent(r.tag_name)}`,
    assets_url: `${api}/releases/${r.id}/assets`,
    upload_url: `${api}/releases/${r.id}/assets{?name,label}`,
    tarball_url: r.draft ? null : `${api}/tarball/${encodeURIComponent(r.tag_name)}`,
    zipball_url: r.draft ? null : `${api}/zipball/${encodeURIComponent(r.tag_name)}`,
    id: r.id,
    node_id: nodeId('RE', r.id),
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: false,
    created_at: r.created_at,
    published_at: r.published_at,
    author: renderUser(ctx.urls, r.author),
    assets: [],
  };
}

function canSeeDrafts(ctx: HandlerContext): boolean {
  return ctx.req.token !== undefined && !ctx.repo.readOnlyTokens.has(ctx.req.token);
}

function visible(ctx: HandlerContext): SimRelease[] {
  const all = ctx.repo.releases.filter((r) => !r.draft || canSeeDrafts(ctx));
  return all.sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
}

function byId(ctx: HandlerContext): SimRelease {
  const id = Number(ctx.req.params['release_id']);
  const release = ctx.repo.releases.find((r) => r.id === id && (!r.draft || canSeeDrafts(ctx)));
  if (!release) throw notFound();
  return release;
}

function validTagName(tag: string): boolean {
  return tag.trim() !== '' && !/[\s~^:?*[\\]|\.\.|@\{|\/\/|^\/|\/$|\.lock$|\.$/.test(tag);
}

/** Checks tag uniqueness and, for a published release, makes sure the tag exists (GitHub creates it). */
function claimTag(
  ctx: HandlerContext,
  release: Pick<SimRelease, 'id' | 'tag_name' | 'target_commitish' | 'draft'>,
): void {
  if (!validTagName(release.tag_name)) {
    throw validationFailed({ resource: 'Release', code: 'invalid', field: 'tag_name' });
  }
  if (release.draft) return;
  const taken = ctx.repo.releases.some(
    (r) => r.id !== release.id && !r.draft && r.tag_name === release.tag_name,
  );
  if (taken) throw validationFailed({ resource: 'Release', code: 'already_exists', field: 'tag_name' });
  const tagRef = `refs/tags/${release.tag_name}`;
  if (ctx.repo.refs.has(tagRef)) return;
  const sha = resolveCommitish(ctx.repo, release.target_commitish);
  if (!sha) throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
  ctx.repo.refs.set(tagRef, sha);
}

export function registerReleases(router: Router): void {
  router.get('/repos/{owner}/{repo}/releases', (ctx) =>
    pagedResponse(ctx, visible(ctx), (r) => releaseJson(ctx, r)),
  );

  router.get('/repos/{owner}/{repo}/releases/latest', (ctx) => {
    const latest = visible(ctx)
      .filter((r) => !r.draft && !r.prerelease)
      .sort((a, b) => (b.published_at ?? '').localeCompare(a.published_at ?? '') || b.id - a.id)[0];
    if (!latest) throw notFound();
    return { body: releaseJson(ctx, latest) };
  });

  router.get('/repos/{owner}/{repo}/releases/tags/{tag+}', (ctx) => {
    const tag = ctx.req.params['tag'];
    const release = ctx.repo.releases.find((r) => !r.draft && r.tag_name === tag);
    if (!release) throw notFound();
    return { body: releaseJson(ctx, release) };
  });

  router.get('/repos/{owner}/{repo}/releases/{release_id}', (ctx) => ({ body: releaseJson(ctx, byId(ctx)) }));

  router.post('/repos/{owner}/{repo}/releases', (ctx) => {
    const body = new BodyReader(ctx.req.body, 'Release');
    const tag_name = body.requiredString('tag_name');
    const target_commitish = body.string('target_commitish') ?? ctx.repo.defaultBranch;
    const draft = body.boolean('draft') ?? false;
    const prerelease = body.boolean('prerelease') ?? false;
    const name = body.string('name') ?? null;
    const text = body.string('body', { maxLength: 125_000 }) ?? null;
    body.boolean('generate_release_notes');
    body.oneOf('make_latest', ['true', 'false', 'legacy'] as const);
    const id = ctx.state.nextId();
    claimTag(ctx, { id, tag_name, target_commitish, draft });
    const now = ctx.state.now();
    const release: SimRelease = {
      id,
      tag_name,
      target_commitish,
      name,
      body: text,
      draft,
      prerelease,
      created_at: now,
      published_at: draft ? null : now,
      author: ctx.req.actor,
    };
    ctx.repo.releases.push(release);
    return {
      status: 201,
      body: releaseJson(ctx, release),
      headers: { location: `${repoApiUrl(ctx.urls, ctx.repo)}/releases/${id}` },
    };
  });

  router.patch('/repos/{owner}/{repo}/releases/{release_id}', (ctx) => {
    const release = byId(ctx);
    const body = new BodyReader(ctx.req.body, 'Release');
    const next = {
      id: release.id,
      tag_name: body.string('tag_name') ?? release.tag_name,
      target_commitish: body.string('target_commitish') ?? release.target_commitish,
      draft: body.boolean('draft') ?? release.draft,
    };
    const name = body.has('name') ? (body.string('name') ?? null) : release.name;
    const text = body.has('body') ? (body.string('body', { maxLength: 125_000 }) ?? null) : release.body;
    const prerelease = body.boolean('prerelease') ?? release.prerelease;
    body.oneOf('make_latest', ['true', 'false', 'legacy'] as const);
    claimTag(ctx, next);
    if (release.draft && !next.draft) release.published_at = ctx.state.now();
    Object.assign(release, next, { name, body: text, prerelease });
    return { body: releaseJson(ctx, release) };
  });

  router.delete('/repos/{owner}/{repo}/releases/{release_id}', (ctx) => {
    const release = byId(ctx);
    ctx.repo.releases.splice(ctx.repo.releases.indexOf(release), 1);
    return { status: 204 };
  });
}
