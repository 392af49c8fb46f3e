// The GitHub side against packages/github-sim over HTTP with the real Octokit (@shipgate/core's client):
// authors from one paged compare listing, and the release created, then updated, drafts included.
import { createGitHubClient, type GitHubClient } from '@shipgate/core';
import { startGitHubSim, type GitHubSim } from '@shipgate/github-sim';
import { applyLogins, lookupAuthors, publishRelease } from './github.ts';
import { DEFAULT_CONFIG } from './model.ts';
import { generateNotes } from './release-notes.ts';
import { renderRelease } from './render.ts';
import { TestRepo } from './test-utils.ts';

const repoRef = { owner: 'acme', repo: 'app' };
let sim: GitHubSim;
let gh: GitHubClient;
let local: TestRepo;

/** Mirrors the local history (oldest first, same shas) into the simulator, with GitHub logins. */
function mirror(r: TestRepo, logins: Record<string, string>) {
  const lines = r.git('log', '--reverse', '--format=%H %P%x1f%s').split('\n');
  return lines.map((line) => {
    const [ids, subject] = line.split('\x1f') as [string, string];
    const [sha, ...parents] = ids.split(' ').filter(Boolean);
    return { sha: sha!, parents, message: subject, login: logins[subject] ?? null, branch: 'main' };
  });
}

beforeAll(async () => {
  local = new TestRepo();
  local.commit('feat: base');
  local.tag('v1.0.0');
  local.commit('feat(api): widgets (#7)');
  local.commit('fix: crash on empty input');
  local.commit('Unconventional tweak');
  const commits = mirror(local, {
    'feat(api): widgets (#7)': 'octocat',
    'fix: crash on empty input': 'hubot',
  });
  sim = await startGitHubSim({
    token: 'write-token',
    repos: [{ owner: 'acme', name: 'app', commits, tags: { 'v1.0.0': commits[0]!.sha } }],
  });
  gh = await createGitHubClient({
    token: 'write-token',
    baseUrl: sim.url,
    writeSpacingMs: 0,
    backoffUnitMs: 1,
  });
});
afterAll(async () => {
  await sim.stop();
  local.remove();
});

test('authors come from one compare call for the whole range and show as @login', async () => {
  const res = await generateNotes({
    cwd: local.dir,
    tagPrefix: 'v',
    paths: [],
    config: DEFAULT_CONFIG,
    preMajorBreaking: 'minor',
    initialVersion: '0.1.0',
    repository: { serverUrl: 'https://github.com', ...repoRef },
  });
  sim.requests.length = 0;
  const logins = await lookupAuthors(gh, repoRef, res.range.from!, res.range.to);
  expect(sim.requests.map((q) => q.path)).toEqual([
    `/repos/acme/app/compare/${res.range.from}...${res.range.to}`,
  ]);
  applyLogins(res.release, logins);
  const md = renderRelease(res.release);
  expect(md).toContain('* **api:** widgets ([#7](https://github.com/acme/app/pull/7), [');
  expect(md).toMatch(/widgets .*, by @octocat\n/);
  expect(md).toMatch(/crash on empty input .*, by @hubot\n/);
  expect(md).toMatch(/Unconventional tweak .*, by Ada Lovelace\n/);
});

test('the release is created, then updated in place (same id), with the prerelease flag', async () => {
  const first = await publishRelease(gh, repoRef, {
    tag: 'v1.1.0-rc.1',
    name: 'v1.1.0-rc.1',
    body: 'first',
    draft: false,
    prerelease: true,
    mode: 'create',
  });
  expect(first.created).toBe(true);
  expect(first.url).toBe('https://github.com/acme/app/releases/tag/v1.1.0-rc.1');
  const again = await publishRelease(gh, repoRef, {
    tag: 'v1.1.0-rc.1',
    name: 'v1.1.0-rc.1',
    body: 'second',
    draft: false,
    prerelease: true,
    mode: 'create',
  });
  expect(again).toMatchObject({ created: false, id: first.id });
  const stored = (await gh.rest.repos.getRelease({ ...repoRef, release_id: first.id })).data;
  expect(stored).toMatchObject({ body: 'second', prerelease: true, draft: false, tag_name: 'v1.1.0-rc.1' });
  expect(
    (await gh.rest.repos.listReleases(repoRef)).data.filter((r) => r.tag_name === 'v1.1.0-rc.1'),
  ).toHaveLength(1);
});

test('a draft release is found through the list (tags/{tag} hides drafts) and updated, not duplicated', async () => {
  const draft = await publishRelease(gh, repoRef, {
    tag: 'v2.0.0',
    name: 'v2.0.0',
    body: 'draft',
    draft: true,
    prerelease: false,
    mode: 'create',
  });
  const updated = await publishRelease(gh, repoRef, {
    tag: 'v2.0.0',
    name: 'v2.0.0',
    body: 'final',
    draft: false,
    prerelease: false,
    mode: 'update',
  });
  expect(updated).toMatchObject({ created: false, id: draft.id });
  expect((await gh.rest.repos.getRelease({ ...repoRef, release_id: draft.id })).data).toMatchObject({
    body: 'final',
    draft: false,
  });
});

test('mode update without an existing release fails clearly and creates nothing', async () => {
  const before = (await gh.rest.repos.listReleases(repoRef)).data.length;
  await expect(
    publishRelease(gh, repoRef, {
      tag: 'v9.0.0',
      name: 'v9.0.0',
      body: 'x',
      draft: false,
      prerelease: false,
      mode: 'update',
    }),
  ).rejects.toThrow('update the release of v9.0.0 failed: GitHub (404): there is no release for this tag');
  expect((await gh.rest.repos.listReleases(repoRef)).data.length).toBe(before);
});
