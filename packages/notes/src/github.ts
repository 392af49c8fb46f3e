/**
 * The GitHub side of the notes: one paged REST compare listing for the authors of the whole range (not
 * one call per commit), and the release for the tag created or updated idempotently. Takes any client
 * with Octokit's `request` (in the action: @shipgate/core's createGitHubClient).
 */
import { ExternalError } from '@shipgate/core';
import type { Release } from './model.ts';

/** The one method of Octokit this module uses. */
export interface GitHubRequester {
  request(
    route: string,
    params?: Record<string, unknown>,
  ): Promise<{ status: number; data: unknown; headers?: Record<string, unknown> }>;
}

/** Owner and name of the repository. */
export interface RepoRef {
  owner: string;
  repo: string;
}

function fail(step: string, e: unknown): ExternalError {
  const status = (e as { status?: number }).status;
  const detail =
    (e as { response?: { data?: { message?: string } } }).response?.data?.message ?? (e as Error).message;
  return new ExternalError('GitHub', step, { status, detail, cause: e });
}

/**
 * Logins of the commit authors between `base` and `head`, by sha, from the paged compare API:
 * ceil(n / 100) requests for n commits, stopping after `maxPages`.
 */
export async function lookupAuthors(
  client: GitHubRequester,
  repo: RepoRef,
  base: string,
  head: string,
  maxPages = 50,
): Promise<Map<string, string>> {
  const logins = new Map<string, string>();
  for (let page = 1; page <= maxPages; page++) {
    let data: {
      commits?: Array<{ sha: string; author?: { login?: string } | null }>;
      total_commits?: number;
    };
    try {
      ({ data } = (await client.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        ...repo,
        basehead: `${base}...${head}`,
        per_page: 100,
        page,
      })) as { data: typeof data });
    } catch (e) {
      throw fail(`look up the authors of ${base}...${head}`, e);
    }
    const commits = data.commits ?? [];
    for (const c of commits) if (c.author?.login) logins.set(c.sha, c.author.login);
    if (commits.length < 100) break;
  }
  return logins;
}

/** Sets `author.login` on every entry (and unparsed commit) whose sha the lookup knows. */
export function applyLogins(release: Release, logins: ReadonlyMap<string, string>): void {
  const all = [...release.breaking, ...release.sections.flatMap((s) => s.entries), ...release.unparsed];
  for (const item of all) {
    const login = logins.get(item.sha);
    if (login) item.author = { ...item.author, login };
  }
}

/** What to publish. */
export interface ReleaseRequest {
  tag: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  /** Commit the tag is created at when it does not exist yet. */
  target?: string;
  /** `create`: create, or update the existing one; `update`: only update an existing release. */
  mode: 'create' | 'update';
}

interface ReleaseData {
  id: number;
  html_url: string;
  tag_name: string;
  draft: boolean;
}

/** Finds the release of a tag, drafts included (`/releases/tags/{tag}` does not return drafts). */
export async function findRelease(
  client: GitHubRequester,
  repo: RepoRef,
  tag: string,
): Promise<ReleaseData | undefined> {
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...repo, tag });
    return data as ReleaseData;
  } catch (e) {
    if ((e as { status?: number }).status !== 404) throw fail(`read the release of ${tag}`, e);
  }
  for (let page = 1; page <= 10; page++) {
    let list: ReleaseData[];
    try {
      list = (await client.request('GET /repos/{owner}/{repo}/releases', { ...repo, per_page: 100, page }))
        .data as ReleaseData[];
    } catch (e) {
      throw fail('list releases', e);
    }
    const hit = list.find((r) => r.tag_name === tag);
    if (hit) return hit;
    if (list.length < 100) break;
  }
  return undefined;
}

/** Creates or updates the release for `req.tag`; returns its URL and whether it was created. */
export async function publishRelease(
  client: GitHubRequester,
  repo: RepoRef,
  req: ReleaseRequest,
): Promise<{ url: string; id: number; created: boolean }> {
  const existing = await findRelease(client, repo, req.tag);
  const fields = { name: req.name, body: req.body, draft: req.draft, prerelease: req.prerelease };
  if (existing) {
    try {
      const { data } = await client.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
        ...repo,
        release_id: existing.id,
        ...fields,
      });
      const r = data as ReleaseData;
      return { url: r.html_url, id: r.id, created: false };
    } catch (e) {
      throw fail(`update the release of ${req.tag}`, e);
    }
  }
  if (req.mode === 'update') {
    throw new ExternalError('GitHub', `update the release of ${req.tag}`, {
      status: 404,
      detail: 'there is no release for this tag',
      hint: 'Use release: create to create it, or create the release before this step.',
    });
  }
  try {
    const params: Record<string, unknown> = { ...repo, tag_name: req.tag, ...fields };
    if (req.target) params.target_commitish = req.target;
    const { data } = await client.request('POST /repos/{owner}/{repo}/releases', params);
    const r = data as ReleaseData;
    return { url: r.html_url, id: r.id, created: true };
  } catch (e) {
    throw fail(`create the release of ${req.tag}`, e);
  }
}
