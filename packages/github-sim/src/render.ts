// JSON shapes shared by several resources (users, repositories, commits), following GitHub's REST docs.
import type { SimCommit, SimRepo, SimUser } from './model.ts';
import type { Urls } from './router.ts';

/** A node_id in GitHub's newer style: a type prefix and an opaque base64 part. */
export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}

export function renderUser(urls: Urls, user: SimUser): Record<string, unknown> {
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Bot' ? 'BOT' : 'U', user.id),
    avatar_url: `${urls.html}/avatars/${encodeURIComponent(user.login)}`,
    gravatar_id: '',
    url: `${urls.api}/users/${encodeURIComponent(user.login)}`,
    html_url: `${urls.html}/${encodeURIComponent(user.login)}`,
    type: user.type,
    site_admin: false,
  };
}

export function repoApiUrl(urls: Urls, repo: SimRepo): string {
  return `${urls.api}/repos/${repo.owner.login}/${repo.name}`;
}

export function repoHtmlUrl(urls: Urls, repo: SimRepo): string {
  return `${urls.html}/${repo.owner.login}/${repo.name}`;
}

export function renderRepo(
  urls: Urls,
  repo: SimRepo,
  permissions?: { push: boolean },
): Record<string, unknown> {
  const api = repoApiUrl(urls, repo);
  return {
    id: repo.id,
    node_id: nodeId('R', repo.id),
    name: repo.name,
    full_name: `${repo.owner.login}/${repo.name}`,
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    owner: renderUser(urls, repo.owner),
    html_url: repoHtmlUrl(urls, repo),
    description: repo.description,
    fork: false,
    url: api,
    releases_url: `${api}/releases{/id}`,
    deployments_url: `${api}/deployments`,
    clone_url: `${repoHtmlUrl(urls, repo)}.git`,
    default_branch: repo.defaultBranch,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    pushed_at: repo.createdAt,
    archived: false,
    disabled: false,
    ...(permissions
      ? {
          permissions: {
            admin: false,
            maintain: false,
            push: permissions.push,
            triage: permissions.push,
            pull: true,
          },
        }
      : {}),
  };
}

/** A commit as GET /repos/{o}/{r}/commits/{ref} returns it (without files/stats). */
export function renderCommit(
  urls: Urls,
  repo: SimRepo,
  commit: SimCommit,
  users: (login: string) => SimUser,
): Record<string, unknown> {
  const api = repoApiUrl(urls, repo);
  const account = commit.login ? renderUser(urls, users(commit.login)) : null;
  return {
    sha: commit.sha,
    node_id: nodeId('C', commit.sha),
    url: `${api}/commits/${commit.sha}`,
    html_url: `${repoHtmlUrl(urls, repo)}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
      comment_count: 0,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
    },
    author: account,
    committer: account,
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${repoHtmlUrl(urls, repo)}/commit/${sha}`,
    })),
  };
}
