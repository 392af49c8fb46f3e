import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startGitHubSim, type GitHubSim } from './index.ts';
import { httpError, simOctokit, type SimOctokit } from './test-client.ts';

const repo = { owner: 'acme', repo: 'shop' };
let sim: GitHubSim;
let gh: SimOctokit;

beforeAll(async () => {
  sim = await startGitHubSim({
    token: 'write-token',
    repos: [{ owner: 'acme', name: 'shop', readOnlyTokens: ['fork-token'] }],
  });
  gh = simOctokit(sim, 'write-token');
});
afterAll(() => sim.stop());

describe('releases', () => {
  it('creates a release, tags the default branch head, and reads it back by id, tag and latest', async () => {
    const head = sim.state.repo('acme/shop').refs.get('refs/heads/main');
    const created = await gh.rest.repos.createRelease({
      ...repo,
      tag_name: 'v1.0.0',
      name: 'v1.0.0',
      body: '## Notes',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      tag_name: 'v1.0.0',
      draft: false,
      body: '## Notes',
      author: { login: 'github-actions[bot]' },
    });
    expect(created.data.html_url).toBe('https://github.com/acme/shop/releases/tag/v1.0.0');
    expect(created.data.node_id).toMatch(/^RE_/);
    expect(sim.state.repo('acme/shop').refs.get('refs/tags/v1.0.0')).toBe(head);

    expect((await gh.rest.repos.getRelease({ ...repo, release_id: created.data.id })).data.id).toBe(
      created.data.id,
    );
    expect((await gh.rest.repos.getReleaseByTag({ ...repo, tag: 'v1.0.0' })).data.id).toBe(created.data.id);
    expect((await gh.rest.repos.getLatestRelease(repo)).data.tag_name).toBe('v1.0.0');
  });

  it('answers a duplicate tag with 422 already_exists, as GitHub does', async () => {
    const err = await httpError(gh.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.0' }));
    expect(err.status).toBe(422);
    expect(err.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      documentation_url: expect.stringContaining('docs.github.com'),
    });
  });

  it('rejects a body without tag_name and a wrongly typed field with 422 naming the field', async () => {
    const missing = await httpError(
      gh.request('POST /repos/{owner}/{repo}/releases', { ...repo, name: 'no tag' } as never),
    );
    expect(missing.status).toBe(422);
    expect(missing.data['errors']).toEqual([
      { resource: 'Release', field: 'tag_name', code: 'missing_field' },
    ]);
    const typed = await httpError(
      gh.request('POST /repos/{owner}/{repo}/releases', { ...repo, tag_name: 'v9', draft: 'yes' } as never),
    );
    expect(typed.data['message']).toContain('For \'properties/draft\', "yes" is not a boolean.');
  });

  it('updates a draft, publishing it creates its tag; prereleases are not latest; delete removes it', async () => {
    const draft = await gh.rest.repos.createRelease({
      ...repo,
      tag_name: 'v1.1.0-rc.1',
      draft: true,
      prerelease: true,
    });
    expect(draft.data.published_at).toBeNull();
    expect(sim.state.repo('acme/shop').refs.has('refs/tags/v1.1.0-rc.1')).toBe(false);
    await httpError(gh.rest.repos.getReleaseByTag({ ...repo, tag: 'v1.1.0-rc.1' })).then((e) =>
      expect(e.status).toBe(404),
    );

    const published = await gh.rest.repos.updateRelease({
      ...repo,
      release_id: draft.data.id,
      draft: false,
      body: 'rc notes',
    });
    expect(published.data).toMatchObject({ draft: false, body: 'rc notes', prerelease: true });
    expect(published.data.published_at).not.toBeNull();
    expect(sim.state.repo('acme/shop').refs.has('refs/tags/v1.1.0-rc.1')).toBe(true);
    expect((await gh.rest.repos.getLatestRelease(repo)).data.tag_name).toBe('v1.0.0');

    expect((await gh.rest.repos.deleteRelease({ ...repo, release_id: draft.data.id })).status).toBe(204);
    expect((await httpError(gh.rest.repos.getRelease({ ...repo, release_id: draft.data.id }))).status).toBe(
      404,
    );
  });

  it('lists newest first with per_page/page pagination that paginate() follows, hiding drafts from read-only tokens', async () => {
    for (let i = 2; i <= 6; i++) await gh.rest.repos.createRelease({ ...repo, tag_name: `v1.${i}.0` });
    await gh.rest.repos.createRelease({ ...repo, tag_name: 'v2.0.0', draft: true });
    const before = sim.requests.length;
    const all = await gh.paginate(gh.rest.repos.listReleases, { ...repo, per_page: 2 });
    expect(sim.requests.length - before).toBe(4);
    expect(all.map((r) => r.tag_name)).toEqual([
      'v2.0.0',
      'v1.6.0',
      'v1.5.0',
      'v1.4.0',
      'v1.3.0',
      'v1.2.0',
      'v1.0.0',
    ]);
    const page2 = await gh.rest.repos.listReleases({ ...repo, per_page: 2, page: 2 });
    expect(page2.headers.link).toContain('rel="next"');
    expect(page2.headers.link).toContain('rel="prev"');

    const fork = simOctokit(sim, 'fork-token');
    const seen = await fork.paginate(fork.rest.repos.listReleases, { ...repo, per_page: 100 });
    expect(seen.map((r) => r.tag_name)).not.toContain('v2.0.0');
  });
});
