import { createGitHubClient } from '@shipgate/core';
import { startGitHubSim, type GitHubSim } from '@shipgate/github-sim';
import { commentMarker, pullNumberFromWorkflowRun, upsertStickyComment } from './comment.ts';

let sim: GitHubSim;
let pr: number;
let headSha: string;
const t = () => ({ owner: 'acme', repo: 'shop', issue: pr });

beforeAll(async () => {
  sim = await startGitHubSim({
    token: 'write-token',
    repos: [{ owner: 'acme', name: 'shop', readOnlyTokens: ['fork-token'] }],
  });
  const c = sim.state.addCommit('acme/shop', {
    message: 'feat: bigger bundle',
    login: 'alice',
    branch: 'feature',
  });
  headSha = c.sha;
  pr = sim.state.addPull('acme/shop', {
    title: 'Bigger bundle',
    login: 'alice',
    head: { ref: 'feature' },
    commits: [c.sha],
  }).number;
});
afterAll(() => sim.stop());

const client = (token: string) =>
  createGitHubClient({ token, baseUrl: sim.url, writeSpacingMs: 0, retries: 0 });

test('sticky comment: created once, then updated in place; a user comment carrying the marker is left alone', async () => {
  const gh = await client('write-token');
  const marker = commentMarker();
  sim.state.addComment('acme/shop', pr, `${marker}\nplanted by a user`, 'mallory');
  const first = await upsertStickyComment(gh, t(), 'size: 10 kB', marker);
  expect(first.action).toBe('created');
  const second = await upsertStickyComment(gh, t(), 'size: 12 kB', marker);
  expect(second).toMatchObject({ action: 'updated', id: (first as { id: number }).id });
  const third = await upsertStickyComment(gh, t(), 'size: 12 kB', marker);
  expect(third.action).toBe('unchanged');
  const comments = sim.state.repo('acme/shop').comments.filter((c) => c.issueNumber === pr);
  expect(comments.map((c) => [c.user.login, c.body])).toEqual([
    ['mallory', `${marker}\nplanted by a user`],
    ['github-actions[bot]', `${marker}\nsize: 12 kB`],
  ]);
  expect((first as { url: string }).url).toMatch(
    new RegExp(`/acme/shop/(pull|issues)/${pr}#issuecomment-\\d+$`),
  );
  // Two keys, two comments.
  const other = await upsertStickyComment(gh, t(), 'arm64', commentMarker('linux-arm64'));
  expect(other.action).toBe('created');
});

test('fork PR: the read-only token gets 403, reported as an outcome (the caller falls back to the summary)', async () => {
  const gh = await client('fork-token');
  const before = sim.state.repo('acme/shop').comments.length;
  const out = await upsertStickyComment(gh, t(), 'size: 99 kB', commentMarker('fork'));
  expect(out).toMatchObject({ action: 'not-permitted', status: 403 });
  expect(sim.state.repo('acme/shop').comments).toHaveLength(before);
});

test('workflow_run: the PR is found from the trusted payload, even with pull_requests empty (fork)', async () => {
  const gh = await client('write-token');
  const same = await pullNumberFromWorkflowRun(gh, 'acme', 'shop', {
    workflow_run: { head_sha: headSha, pull_requests: [{ number: pr }] },
  });
  expect(same).toBe(pr);
  const fork = await pullNumberFromWorkflowRun(gh, 'acme', 'shop', {
    workflow_run: {
      head_sha: headSha,
      head_branch: 'feature',
      pull_requests: [],
      head_repository: { owner: { login: 'acme' } },
    },
  });
  expect(fork).toBe(pr);
  const bySha = await pullNumberFromWorkflowRun(gh, 'acme', 'shop', {
    workflow_run: { head_sha: headSha, pull_requests: [] },
  });
  expect(bySha).toBe(pr);
  expect(await pullNumberFromWorkflowRun(gh, 'acme', 'shop', {})).toBeUndefined();
});
