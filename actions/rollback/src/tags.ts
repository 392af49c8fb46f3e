/**
 * The tags a target must be among: read from the checked-out repository (one `git for-each-ref`),
 * or, when the workspace has no git history, from the GitHub API. Versions are kept without `v`.
 */
import { errorMessage, type GitHubClient } from '@shipgate/core';
import type { TagSet } from '@shipgate/kube';
import { isShallow, listTags } from '@shipgate/notes';

const VERSION_TAG = /^v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/;

/** Pure: the versions among tag names (`v1.2.3` and `1.2.3` both give 1.2.3). */
export function versionsOf(names: string[]): Set<string> {
  return new Set(names.map((n) => VERSION_TAG.exec(n)?.[1]).filter((v): v is string => !!v));
}

export async function readTags(o: {
  workspace: string;
  github?: { api: GitHubClient; owner: string; repo: string };
  signal: AbortSignal;
}): Promise<TagSet> {
  let gitProblem: string;
  try {
    const tags = await listTags({ cwd: o.workspace, signal: o.signal });
    // A shallow clone without tags has no history to judge by: ask GitHub instead.
    if (tags.length > 0 || !(await isShallow({ cwd: o.workspace })))
      return {
        versions: versionsOf(tags.map((t) => t.name)),
        source: `the git repository in ${o.workspace}`,
      };
    gitProblem = 'a shallow clone without tags';
  } catch (error) {
    gitProblem = `no git history (${errorMessage(error).split('\n')[0]})`;
  }
  if (!o.github)
    return {
      error: `cannot check that the target is a tag: ${gitProblem} in ${o.workspace}, and no GitHub token and repository to ask (check out with fetch-depth: 0, or pass token)`,
    };
  try {
    const names = await o.github.api.paginate('GET /repos/{owner}/{repo}/tags', {
      owner: o.github.owner,
      repo: o.github.repo,
      per_page: 100,
    });
    return {
      versions: versionsOf((names as { name: string }[]).map((t) => t.name)),
      source: `GitHub repository ${o.github.owner}/${o.github.repo} (${gitProblem} in the workspace)`,
    };
  } catch (error) {
    return {
      error: `cannot read the tags of ${o.github.owner}/${o.github.repo} from GitHub: ${errorMessage(error)}`,
    };
  }
}
