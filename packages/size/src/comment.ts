/**
 * The sticky PR comment: one comment per repository/PR (and key), found by a hidden marker at the
 * start of its body and written by a bot, created once and then updated in place. When the token
 * cannot write (a fork PR's read-only GITHUB_TOKEN answers 403), the caller falls back to the job
 * summary and says so. For `publish` mode the PR is found from the trusted `workflow_run` payload
 * and the API — never from the report artifact, which a fork controls.
 */
import { ExternalError, type GitHubClient } from '@shipgate/core';

/** The hidden marker; `key` separates several gates in one PR (e.g. two workflows). */
export function commentMarker(key = ''): string {
  return `<!-- shipgate:build-verify-size${key ? `:${key.replace(/[^\w.-]/g, '_')}` : ''} -->`;
}

export interface StickyTarget {
  owner: string;
  repo: string;
  issue: number;
}

export type StickyOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; url: string; id: number }
  | { action: 'not-permitted'; status: number; message: string };

function status(e: unknown): number | undefined {
  return typeof e === 'object' && e !== null && 'status' in e && typeof e.status === 'number'
    ? e.status
    : undefined;
}

/** Creates or updates the sticky comment. A 403 on write is an outcome (fork PR), other failures throw. */
export async function upsertStickyComment(
  gh: GitHubClient,
  t: StickyTarget,
  body: string,
  marker: string,
): Promise<StickyOutcome> {
  const full = `${marker}\n${body}`;
  let existing: { id: number; body?: string; html_url: string } | undefined;
  try {
    const comments = await gh.paginate(gh.rest.issues.listComments, {
      owner: t.owner,
      repo: t.repo,
      issue_number: t.issue,
      per_page: 100,
    });
    existing = comments.find((c) => c.user?.type === 'Bot' && (c.body ?? '').startsWith(marker));
  } catch (e) {
    throw new ExternalError('GitHub', `list comments of #${t.issue}`, { status: status(e), cause: e });
  }
  try {
    if (existing && existing.body === full)
      return { action: 'unchanged', url: existing.html_url, id: existing.id };
    if (existing) {
      const r = await gh.rest.issues.updateComment({
        owner: t.owner,
        repo: t.repo,
        comment_id: existing.id,
        body: full,
      });
      return { action: 'updated', url: r.data.html_url, id: r.data.id };
    }
    const r = await gh.rest.issues.createComment({
      owner: t.owner,
      repo: t.repo,
      issue_number: t.issue,
      body: full,
    });
    return { action: 'created', url: r.data.html_url, id: r.data.id };
  } catch (e) {
    const s = status(e);
    if (s === 403) return { action: 'not-permitted', status: s, message: (e as Error).message };
    throw new ExternalError('GitHub', `${existing ? 'update' : 'create'} the size comment on #${t.issue}`, {
      status: s,
      cause: e,
    });
  }
}

/** The PR of a pull_request / pull_request_target event payload. */
export function pullNumberFromEvent(event: Record<string, unknown>): number | undefined {
  const pr = event.pull_request as { number?: unknown } | undefined;
  return typeof pr?.number === 'number' ? pr.number : undefined;
}

interface WorkflowRunPayload {
  head_sha?: string;
  head_branch?: string;
  event?: string;
  pull_requests?: { number: number }[];
  head_repository?: { owner?: { login?: string } };
}

/**
 * The PR a `workflow_run` event belongs to, from the trusted payload: its `pull_requests` (same-repo
 * PRs), else the open PR whose head is the run's head branch and sha (fork PRs, where GitHub leaves
 * `pull_requests` empty), else the PRs associated with the head commit.
 */
export async function pullNumberFromWorkflowRun(
  gh: GitHubClient,
  owner: string,
  repo: string,
  event: Record<string, unknown>,
): Promise<number | undefined> {
  const run = event.workflow_run as WorkflowRunPayload | undefined;
  if (!run?.head_sha) return undefined;
  const direct = run.pull_requests?.[0]?.number;
  if (direct) return direct;
  const headOwner = run.head_repository?.owner?.login;
  if (headOwner && run.head_branch) {
    const pulls = await gh.rest.pulls.list({
      owner,
      repo,
      state: 'open',
      head: `${headOwner}:${run.head_branch}`,
      per_page: 100,
    });
    const match = pulls.data.find((p) => p.head.sha === run.head_sha);
    if (match) return match.number;
  }
  const assoc = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
    owner,
    repo,
    commit_sha: run.head_sha,
  });
  return assoc.data.find((p) => p.head.sha === run.head_sha)?.number ?? assoc.data[0]?.number;
}
