/**
 * Revert pairing: a revert (`Revert "feat: x"` with `This reverts commit <sha>`, full or short, or a
 * conventional `revert:` commit) whose target is in the same range cancels it, and both are dropped.
 * A revert of a revert restores the original. A revert whose target is outside the range stays, to be
 * listed under "Reverts".
 */
import type { RevertTarget } from './conventional.ts';

/** The minimum a commit needs for pairing (a ParsedCommit is one). */
export interface RevertCandidate {
  sha: string;
  parsed: { subject: string; revert?: RevertTarget };
}

/** One cancelled pair. */
export interface RevertPair {
  revert: string;
  target: string;
}

/**
 * Finds cancelled pairs among `commits`, given newest first (git log order). Returns the pairs and the
 * set of dropped shas (both sides of each pair).
 */
export function pairReverts(commits: readonly RevertCandidate[]): {
  pairs: RevertPair[];
  dropped: Set<string>;
} {
  const pairs: RevertPair[] = [];
  const dropped = new Set<string>();
  if (!commits.some((c) => c.parsed.revert)) return { pairs, dropped };
  const index = new Map<string, number>();
  commits.forEach((c, i) => index.set(c.sha, i));

  for (let i = 0; i < commits.length; i++) {
    const c = commits[i]!;
    if (!c.parsed.revert || dropped.has(c.sha)) continue;
    const j = findTarget(commits, i, c.parsed.revert, index);
    if (j === undefined || dropped.has(commits[j]!.sha)) continue;
    dropped.add(c.sha);
    dropped.add(commits[j]!.sha);
    pairs.push({ revert: c.sha, target: commits[j]!.sha });
  }
  return { pairs, dropped };
}

function findTarget(
  commits: readonly RevertCandidate[],
  i: number,
  target: RevertTarget,
  index: Map<string, number>,
): number | undefined {
  if (target.sha) {
    const sha = target.sha.toLowerCase();
    if (sha.length === 40) {
      const j = index.get(sha);
      return j !== undefined && j > i ? j : undefined;
    }
    for (let j = i + 1; j < commits.length; j++) if (commits[j]!.sha.startsWith(sha)) return j;
    return undefined;
  }
  // No sha in the body (edited message): the nearest older commit with exactly that subject.
  if (target.subject === undefined) return undefined;
  for (let j = i + 1; j < commits.length; j++) if (commits[j]!.parsed.subject === target.subject) return j;
  return undefined;
}
