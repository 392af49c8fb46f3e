import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startGitHubSim, type GitHubSim } from './index.ts';
import { httpError, simOctokit, type SimOctokit } from './test-client.ts';

const repo = { owner: 'acme', repo: 'shop' };
let sim: GitHubSim;
let gh: SimOctokit;
let pr: number;

beforeAll(async () => {
  sim = await startGitHubSim({ token: 'write-token', repos: [{ owner: 'acme', name: 'shop' }] });
  gh = simOctokit(sim, 'write-token');
  const feature = sim.state.addCommit('acme/shop', {
    message: 'feat: cart',
    login: 'alice',
    branch: 'feature',
  });
  pr = sim.state.addPull('acme/shop', {
    title: 'Add cart',
    login: 'alice',
    head: { ref: 'feature' },
    commits: [feature.sha],
  }).number;
});
afterAll(() => sim.stop());

describe('issue and pull request comments', () => {
  it('pages through 250 comments with octokit.paginate following Link headers', async () => {
    const issue = sim.state.addIssue('acme/shop', { title: 'busy thread' });
    for (let i = 1; i <= 250; i++)
      sim.state.addComment('acme/shop', issue.number, `comment ${i}`, i % 2 ? 'alice' : 'bob');
    const before = sim.requests.length;
    const all = await gh.paginate(gh.rest.issues.listComments, {
      ...repo,
      issue_number: issue.number,
      per_page: 100,
    });
    expect(all).toHaveLength(250);
    expect(all[0]?.body).toBe('comment 1');
    expect(all[249]?.body).toBe('comment 250');
    expect(new Set(all.map((c) => c.id)).size).toBe(250);
    const pages = sim.requests.slice(before);
    expect(pages.map((r) => r.query['page'] ?? '1')).toEqual(['1', '2', '3']);

    const first = await gh.rest.issues.listComments({ ...repo, issue_number: issue.number });
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toMatch(/page=9>; rel="last"/);
  });

  it('supports the sticky-comment flow: create, find by marker, update in place, delete', async () => {
    const marker = '<!-- shipgate:size -->';
    sim.state.addComment('acme/shop', pr, 'LGTM', 'carol');
    const created = await gh.rest.issues.createComment({
      ...repo,
      issue_number: pr,
      body: `${marker}\nsize: 10 kB`,
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      user: { login: 'github-actions[bot]' },
      body: `${marker}\nsize: 10 kB`,
    });
    expect(created.data.html_url).toBe(
      `https://github.com/acme/shop/pull/${pr}#issuecomment-${created.data.id}`,
    );

    const comments = await gh.paginate(gh.rest.issues.listComments, {
      ...repo,
      issue_number: pr,
      per_page: 100,
    });
    const sticky = comments.find((c) => c.body?.startsWith(marker));
    expect(sticky?.id).toBe(created.data.id);
    const updated = await gh.rest.issues.updateComment({
      ...repo,
      comment_id: created.data.id,
      body: `${marker}\nsize: 12 kB`,
    });
    expect(updated.data.body).toBe(`${marker}\nsize: 12 kB`);
    expect((await gh.rest.issues.getComment({ ...repo, comment_id: created.data.id })).data.body).toContain(
      '12 kB',
    );
    expect((await gh.rest.issues.get({ ...repo, issue_number: pr })).data.comments).toBe(2);

    expect((await gh.rest.issues.deleteComment({ ...repo, comment_id: created.data.id })).status).toBe(204);
    expect(
      (await httpError(gh.rest.issues.getComment({ ...repo, comment_id: created.data.id }))).status,
    ).toBe(404);
  });

  it('refuses a body over 65,536 characters and comments on unknown issues', async () => {
    const long = await httpError(
      gh.rest.issues.createComment({ ...repo, issue_number: pr, body: 'x'.repeat(65_537) }),
    );
    expect(long.status).toBe(422);
    expect(long.data['errors']).toEqual([expect.objectContaining({ field: 'body', code: 'custom' })]);
    expect(
      (await gh.rest.issues.createComment({ ...repo, issue_number: pr, body: 'x'.repeat(65_536) })).status,
    ).toBe(201);
    expect(
      (await httpError(gh.rest.issues.createComment({ ...repo, issue_number: 999, body: 'hi' }))).status,
    ).toBe(404);
  });

  it('creates, reads and closes issues; pulls expose their commits', async () => {
    const issue = await gh.rest.issues.create({
      ...repo,
      title: 'Canary aborted',
      body: 'p99 too high',
      labels: ['incident'],
    });
    expect(issue.data).toMatchObject({ state: 'open', labels: [{ name: 'incident' }] });
    const closed = await gh.rest.issues.update({ ...repo, issue_number: issue.data.number, state: 'closed' });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed' });

    const pull = await gh.rest.pulls.get({ ...repo, pull_number: pr });
    expect(pull.data).toMatchObject({
      number: pr,
      head: { ref: 'feature' },
      base: { ref: 'main' },
      user: { login: 'alice' },
    });
    const commits = await gh.rest.pulls.listCommits({ ...repo, pull_number: pr });
    expect(commits.data.map((c) => [c.commit.message, c.author?.login])).toEqual([['feat: cart', 'alice']]);
    const byCommit = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: commits.data[0]!.sha,
    });
    expect(byCommit.data.map((p) => p.number)).toEqual([pr]);
    expect((await httpError(gh.rest.pulls.get({ ...repo, pull_number: issue.data.number }))).status).toBe(
      404,
    );
  });
});
