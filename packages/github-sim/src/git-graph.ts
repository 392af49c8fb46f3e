// Git object lookups over a simulated repository: resolving a ref name or sha to a commit, and
// walking history for /compare and commit listings.
import type { SimCommit, SimRepo } from './model.ts';

/** Follows annotated tag objects until a commit sha. */
export function peel(repo: SimRepo, sha: string): string | undefined {
  let current = sha;
  for (let depth = 0; depth < 10; depth++) {
    if (repo.commits.has(current)) return current;
    const tag = repo.tagObjects.get(current);
    if (!tag) return undefined;
    current = tag.object.sha;
  }
  return undefined;
}

/**
 * Resolves what GitHub accepts as a commit-ish in a URL or body: a full or abbreviated sha, a
 * branch, a tag, or `heads/x` / `tags/x` / `refs/heads/x` / `refs/tags/x`. Returns the commit sha.
 */
export function resolveCommitish(repo: SimRepo, ref: string): string | undefined {
  if (repo.commits.has(ref)) return ref;
  const candidates = ref.startsWith('refs/')
    ? [ref]
    : [`refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`];
  for (const name of candidates) {
    const sha = repo.refs.get(name);
    if (sha) return peel(repo, sha);
  }
  if (/^[0-9a-f]{7,39}$/i.test(ref)) {
    const matches = [...repo.commits.keys()].filter((sha) => sha.startsWith(ref.toLowerCase()));
    if (matches.length === 1) return matches[0];
  }
  return undefined;
}

/** Every commit reachable from `sha` (itself included), in breadth-first order from it. */
export function ancestors(repo: SimRepo, sha: string): string[] {
  const seen = new Set<string>([sha]);
  const order: string[] = [];
  const queue = [sha];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    order.push(current);
    for (const parent of repo.commits.get(current)?.parents ?? []) {
      if (!seen.has(parent)) {
        seen.add(parent);
        queue.push(parent);
      }
    }
  }
  return order;
}

/** Commits reachable from `head` but not from `base` (`base..head`), oldest first as GitHub lists them. */
export function commitsBetween(repo: SimRepo, base: string | undefined, head: string): SimCommit[] {
  const excluded = new Set(base ? ancestors(repo, base) : []);
  return ancestors(repo, head)
    .filter((sha) => !excluded.has(sha))
    .reverse()
    .map((sha) => repo.commits.get(sha))
    .filter((c): c is SimCommit => c !== undefined);
}

export interface Comparison {
  status: 'identical' | 'ahead' | 'behind' | 'diverged';
  ahead: SimCommit[];
  behindBy: number;
  mergeBase: string | undefined;
}

export function compareCommits(repo: SimRepo, base: string, head: string): Comparison {
  const baseSet = new Set(ancestors(repo, base));
  const mergeBase = ancestors(repo, head).find((sha) => baseSet.has(sha));
  const ahead = commitsBetween(repo, base, head);
  const behindBy = commitsBetween(repo, head, base).length;
  const status =
    ahead.length === 0 && behindBy === 0
      ? 'identical'
      : behindBy === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged';
  return { status, ahead, behindBy, mergeBase };
}
