import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startGitHubSim, type GitHubSim } from './index.ts';
import { httpError, simOctokit, type SimOctokit } from './test-client.ts';

const repo = { owner: 'acme', repo: 'shop' };
let sim: GitHubSim;
let gh: SimOctokit;
const shas: string[] = [];

beforeAll(async () => {
  sim = await startGitHubSim({
    token: 't',
    repos: [
      {
        owner: 'acme',
        name: 'shop',
        commits: [
          { message: 'chore: init', login: 'alice' },
          { message: 'feat: cart', login: 'bob' },
          { message: 'fix: rounding', login: null, name: 'Anon', email: 'anon@example.com' },
        ],
        tags: {},
      },
    ],
  });
  gh = simOctokit(sim, 't');
  const log = await gh.rest.repos.listCommits(repo);
  shas.push(...log.data.map((c) => c.sha).reverse());
});
afterAll(() => sim.stop());

describe('git refs, tags, commits and comparisons', () => {
  it('lists commits newest first with author logins (null when the email maps to no account)', async () => {
    const log = await gh.rest.repos.listCommits(repo);
    expect(log.data.map((c) => [c.commit.message, c.author?.login ?? null])).toEqual([
      ['fix: rounding', null],
      ['feat: cart', 'bob'],
      ['chore: init', 'alice'],
    ]);
    const one = await gh.rest.repos.getCommit({ ...repo, ref: shas[1]!.slice(0, 7) });
    expect(one.data).toMatchObject({ sha: shas[1], author: { login: 'bob' }, parents: [{ sha: shas[0] }] });
    expect((await httpError(gh.rest.repos.getCommit({ ...repo, ref: 'f'.repeat(40) }))).status).toBe(404);
  });

  it('creates, fast-forwards, force-updates and deletes refs', async () => {
    const created = await gh.rest.git.createRef({ ...repo, ref: 'refs/tags/v0.1.0', sha: shas[0]! });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ ref: 'refs/tags/v0.1.0', object: { type: 'commit', sha: shas[0] } });
    expect(
      (await httpError(gh.rest.git.createRef({ ...repo, ref: 'refs/tags/v0.1.0', sha: shas[0]! }))).data[
        'message'
      ],
    ).toBe('Reference already exists');
    await gh.rest.git.createRef({ ...repo, ref: 'refs/heads/release', sha: shas[1]! });
    expect(
      (await gh.rest.git.updateRef({ ...repo, ref: 'heads/release', sha: shas[2]! })).data.object.sha,
    ).toBe(shas[2]);
    const nonFf = await httpError(gh.rest.git.updateRef({ ...repo, ref: 'heads/release', sha: shas[0]! }));
    expect(nonFf).toMatchObject({ status: 422, data: { message: 'Update is not a fast forward' } });
    await gh.rest.git.updateRef({ ...repo, ref: 'heads/release', sha: shas[0]!, force: true });
    expect((await gh.rest.git.getRef({ ...repo, ref: 'heads/release' })).data.object.sha).toBe(shas[0]);
    expect((await gh.rest.git.deleteRef({ ...repo, ref: 'heads/release' })).status).toBe(204);
    expect((await httpError(gh.rest.git.getRef({ ...repo, ref: 'heads/release' }))).status).toBe(404);
  });

  it('makes annotated tags whose refs peel to the commit in /tags and /commits', async () => {
    const tag = await gh.rest.git.createTag({
      ...repo,
      tag: 'v0.2.0',
      message: 'v0.2.0',
      object: shas[1]!,
      type: 'commit',
    });
    expect(tag.data).toMatchObject({ tag: 'v0.2.0', object: { sha: shas[1], type: 'commit' } });
    await gh.rest.git.createRef({ ...repo, ref: 'refs/tags/v0.2.0', sha: tag.data.sha });
    expect((await gh.rest.git.getRef({ ...repo, ref: 'tags/v0.2.0' })).data.object).toMatchObject({
      type: 'tag',
      sha: tag.data.sha,
    });
    expect((await gh.rest.git.getTag({ ...repo, tag_sha: tag.data.sha })).data.message).toBe('v0.2.0');

    const tags = await gh.rest.repos.listTags(repo);
    expect(tags.data.map((t) => [t.name, t.commit.sha])).toEqual([
      ['v0.2.0', shas[1]],
      ['v0.1.0', shas[0]],
    ]);
    expect((await gh.rest.repos.getCommit({ ...repo, ref: 'v0.2.0' })).data.sha).toBe(shas[1]);
    const matching = await gh.rest.git.listMatchingRefs({ ...repo, ref: 'tags/v0' });
    expect(matching.data.map((r) => r.ref)).toEqual(['refs/tags/v0.1.0', 'refs/tags/v0.2.0']);
  });

  it('compares two refs: commits oldest first, ahead/behind counts, merge base', async () => {
    const cmp = await gh.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: 'v0.1.0...main' });
    expect(cmp.data).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0, total_commits: 2 });
    expect(cmp.data.commits.map((c) => c.commit.message)).toEqual(['feat: cart', 'fix: rounding']);
    expect(cmp.data.merge_base_commit.sha).toBe(shas[0]);
    const side = sim.state.addCommit('acme/shop', {
      message: 'feat: side',
      parents: [shas[1]!],
      branch: 'side',
    });
    const diverged = await gh.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `main...${side.sha}`,
    });
    expect(diverged.data).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 1 });
    const behind = await gh.rest.repos.compareCommits({ ...repo, base: 'main', head: 'v0.1.0' });
    expect(behind.data).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 2 });
  });

  it('creates, completes and lists check runs for a ref', async () => {
    const run = await gh.rest.checks.create({
      ...repo,
      name: 'size',
      head_sha: shas[2]!,
      status: 'in_progress',
    });
    expect(run.data).toMatchObject({ status: 'in_progress', conclusion: null });
    const done = await gh.rest.checks.update({
      ...repo,
      check_run_id: run.data.id,
      conclusion: 'success',
      output: { title: 'Size', summary: 'within budget' },
    });
    expect(done.data).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      output: { title: 'Size', summary: 'within budget' },
    });
    const invalid = await httpError(
      gh.rest.checks.update({ ...repo, check_run_id: run.data.id, status: 'completed' }),
    );
    expect(invalid.status).toBe(422);
    const list = await gh.rest.checks.listForRef({ ...repo, ref: 'main' });
    expect(list.data.total_count).toBe(1);
    expect(list.data.check_runs[0]?.name).toBe('size');
    const paged = await gh.paginate(gh.rest.checks.listForRef, { ...repo, ref: 'main' });
    expect(paged.map((c) => c.id)).toEqual([run.data.id]);
  });
});
