import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from './model.ts';
import { generateNotes, type NotesOptions } from './release-notes.ts';
import { fastImport, gitEnv, TestRepo } from './test-utils.ts';

const repos: TestRepo[] = [];
function repo(): TestRepo {
  const r = new TestRepo();
  repos.push(r);
  return r;
}
afterAll(() => repos.forEach((r) => r.remove()));

function opts(r: TestRepo, extra: Partial<NotesOptions> = {}): NotesOptions {
  return {
    cwd: r.dir,
    tagPrefix: 'v',
    paths: [],
    config: DEFAULT_CONFIG,
    preMajorBreaking: 'minor',
    initialVersion: '0.1.0',
    ...extra,
  };
}

const titles = (res: Awaited<ReturnType<typeof generateNotes>>) =>
  Object.fromEntries(res.release.sections.map((s) => [s.title, s.entries.map((e) => e.description)]));

describe('generateNotes on real repositories', () => {
  test('trailers are no entries, squash-bullet and in-body BREAKING CHANGE bump major, an empty one warns', async () => {
    const r = repo();
    r.commit('feat: initial');
    r.tag('v1.0.0', { message: 'release 1.0.0' });
    r.commit('docs: update readme\n\nFix: #12\nSecurity: reviewed by the team');
    const patchOnly = await generateNotes(opts(r));
    expect(patchOnly.release.bump).toBe('none');
    expect(patchOnly.release.stats.entries).toBe(1);
    r.commit('chore: tidy\n\nBREAKING CHANGE:');
    const warned = await generateNotes(opts(r));
    expect(warned.release.bump).toBe('none');
    expect(warned.release.warnings?.map((w) => [w.subject, w.message])).toEqual([
      ['chore: tidy', expect.stringContaining('with no text is not a footer')],
    ]);
    r.commit('Overhaul (#7)\n\n* feat: new api\n\n* BREAKING CHANGE:\n\nthe v1 endpoints are gone');
    const major = await generateNotes(opts(r));
    expect(major.release.bump).toBe('major');
    expect(major.release.breaking.map((e) => e.breakingNotes)).toEqual([['the v1 endpoints are gone']]);
  });

  test('previous tag, merges ignored, reverts paired (full sha) and dropped, feat → minor', async () => {
    const r = repo();
    r.commit('feat: initial');
    r.tag('v1.2.0', { message: 'release 1.2.0' });
    r.commit('fix(api): handle nulls (#4)');
    const gone = r.commit('feat: short-lived');
    r.git('checkout', '-q', '-b', 'topic');
    r.commit('feat(ui): dark mode');
    r.git('checkout', '-q', 'main');
    r.merge('topic', "Merge branch 'topic'");
    r.revert(gone);
    r.commit('docs: readme');
    r.commit('Update stuff');
    const res = await generateNotes(opts(r));
    expect(res.releasable).toBe(true);
    expect(res.release).toMatchObject({
      version: '1.3.0',
      tag: 'v1.3.0',
      previousVersion: '1.2.0',
      previousTag: 'v1.2.0',
      bump: 'minor',
      prerelease: false,
    });
    expect(titles(res)).toEqual({
      Features: ['dark mode'],
      'Bug Fixes': ['handle nulls'],
      Other: ['Update stuff'],
    });
    expect(res.release.stats).toEqual({
      commits: 7,
      merges: 1,
      entries: 3,
      unparsed: 1,
      reverted: 2,
      hidden: 1,
    });
    expect(res.release.unparsed.map((u) => u.subject)).toEqual(['Update stuff']);
    expect(res.release.sections[1]!.entries[0]!.pr).toBe(4);
  });

  test('revert with a short sha in the body, and a revert whose target is older than the range', async () => {
    const r = repo();
    const old = r.commit('feat: old feature');
    r.tag('v0.3.0');
    const a = r.commit('feat: will go');
    r.commit(`Revert "feat: will go"\n\nThis reverts commit ${a.slice(0, 8)}.`);
    r.commit(`revert: feat: old feature\n\nThis reverts commit ${old}.`);
    const res = await generateNotes(opts(r));
    expect(titles(res)).toEqual({ Reverts: ['feat: old feature'] });
    expect(res.release).toMatchObject({ version: '0.3.1', bump: 'patch' });
  });

  test('breaking change before 1.0 bumps minor by default and major when configured', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v0.4.2');
    r.commit('feat(api)!: remove v1\n\nBREAKING CHANGE: the v1 endpoints are gone.\nUse /v2.');
    expect((await generateNotes(opts(r))).release).toMatchObject({ version: '0.5.0', bump: 'major' });
    const major = await generateNotes(opts(r, { preMajorBreaking: 'major' }));
    expect(major.release.version).toBe('1.0.0');
    expect(major.release.breaking[0]!.breakingNotes).toEqual(['the v1 endpoints are gone.\nUse /v2.']);
  });

  test('pre-release counters: rc.1 → rc.2 with notes since rc.1, then the stable release covers everything', async () => {
    const r = repo();
    r.commit('feat: base');
    r.tag('v1.2.0');
    r.commit('feat: one');
    const rc1 = await generateNotes(opts(r, { prerelease: 'rc' }));
    expect(rc1.release).toMatchObject({ version: '1.3.0-rc.1', prerelease: true, previousTag: 'v1.2.0' });
    r.tag('v1.3.0-rc.1');
    r.commit('fix: two');
    const rc2 = await generateNotes(opts(r, { prerelease: 'rc' }));
    expect(rc2.release).toMatchObject({ version: '1.3.0-rc.2', previousTag: 'v1.3.0-rc.1', bump: 'minor' });
    expect(titles(rc2)).toEqual({ 'Bug Fixes': ['two'] });
    r.tag('v1.3.0-rc.2');
    const stable = await generateNotes(opts(r));
    expect(stable.release).toMatchObject({ version: '1.3.0', previousTag: 'v1.2.0' });
    expect(titles(stable)).toEqual({ Features: ['one'], 'Bug Fixes': ['two'] });
  });

  test('a tag already on `to` is the version (tag push); no releasable commits → bump none', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v1.0.0');
    r.commit('chore: tidy');
    const none = await generateNotes(opts(r));
    expect(none.releasable).toBe(false);
    expect(none.release).toMatchObject({ bump: 'none', version: '1.0.0' });
    r.commit('fix: b');
    r.tag('v1.0.1', { message: 'annotated' });
    const tagged = await generateNotes(opts(r, { to: 'v1.0.1' }));
    expect(tagged.release).toMatchObject({ version: '1.0.1', previousTag: 'v1.0.0', bump: 'patch' });
  });

  test('maintenance branch: a higher tag on another branch is not the base (one walk fails its boundary check, then tag --merged)', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v1.2.0');
    r.git('checkout', '-q', '-b', 'release-1.2');
    r.commit('fix: backported');
    r.git('checkout', '-q', 'main');
    r.commit('feat!: new major');
    r.tag('v2.0.0');
    r.git('checkout', '-q', 'release-1.2');
    const res = await generateNotes(opts(r));
    expect(res.release).toMatchObject({ version: '1.2.1', previousTag: 'v1.2.0', bump: 'patch' });
    expect(titles(res)).toEqual({ 'Bug Fixes': ['backported'] });
  });

  test('monorepo: only commits touching the path, tags with a package prefix', async () => {
    const r = repo();
    r.commit('feat(api): first', { file: 'packages/api/a.ts' });
    r.tag('api-v1.0.0');
    r.commit('feat(web): not ours', { file: 'packages/web/w.ts' });
    r.commit('fix(api): ours', { file: 'packages/api/b.ts' });
    r.tag('web-v3.0.0');
    const res = await generateNotes(opts(r, { tagPrefix: 'api-v', paths: ['packages/api'] }));
    expect(res.release).toMatchObject({ version: '1.0.1', tag: 'api-v1.0.1', previousTag: 'api-v1.0.0' });
    expect(titles(res)).toEqual({ 'Bug Fixes': ['ours'] });
  });

  test('unicode and empty messages are kept and counted; no tags → initial version', async () => {
    const r = repo();
    r.commit('feat(ünï): ✨ 日本語 <b>bold</b>');
    r.commit('');
    r.commit('🎉');
    const res = await generateNotes(opts(r, { config: { ...DEFAULT_CONFIG, unconventional: 'drop' } }));
    expect(res.release).toMatchObject({ version: '0.1.0', bump: 'minor' });
    expect(res.release.previousTag).toBeUndefined();
    expect(res.release.unparsed.map((u) => u.reason)).toEqual(['empty message', 'not conventional']);
    expect(titles(res)).toEqual({ Features: ['✨ 日本語 <b>bold</b>'] });
  });

  test('bad input: unknown `from` lists the tags that exist; bad or lower `version`; unknown `to`', async () => {
    const r = repo();
    r.commit('feat: a');
    r.tag('v1.0.0');
    r.tag('v1.1.0');
    r.commit('fix: b');
    await expect(generateNotes(opts(r, { from: 'v9.9.9' }))).rejects.toThrow(
      'Invalid input "from": got "v9.9.9"; allowed: an existing tag or commit; version tags here: v1.1.0, v1.0.0',
    );
    await expect(generateNotes(opts(r, { version: '1.0.5' }))).rejects.toThrow(
      'allowed: a version greater than the previous release 1.1.0',
    );
    await expect(generateNotes(opts(r, { version: 'latest' }))).rejects.toThrow(
      'Invalid input "version": got "latest"',
    );
    await expect(generateNotes(opts(r, { to: '--output=/tmp/x' }))).rejects.toThrow('Invalid input "to"');
    await expect(generateNotes(opts(r, { prerelease: 'rc.1' }))).rejects.toThrow(
      'Invalid input "prerelease"',
    );
    const given = await generateNotes(opts(r, { version: 'v2.0.0', from: 'v1.0.0' }));
    expect(given.release).toMatchObject({ version: '2.0.0', previousTag: 'v1.0.0', bump: 'major' });
  });

  test('a shallow clone fails with the fetch-depth: 0 hint', async () => {
    const r = repo();
    r.commit('feat: a');
    r.commit('feat: b');
    const shallow = mkdtempSync(join(tmpdir(), 'notes-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.dir}`, shallow], {
        env: gitEnv(1_700_000_000),
      });
      await expect(generateNotes(opts({ dir: shallow } as TestRepo))).rejects.toMatchObject({
        message: expect.stringContaining('shallow clone'),
        hint: expect.stringContaining('fetch-depth: 0'),
      });
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });

  // How fast: bench/changelog (10,000 and 100,000 commits, against git-cliff), not a timed unit test.
  test('a long history made with git fast-import: one stream, all counted', async () => {
    const r = repo();
    const kinds = [
      'feat(core): add thing',
      'fix: repair thing',
      'chore: tidy',
      'Plain message',
      'perf: speed',
    ];
    fastImport(r.dir, 2_000, (i) => `${kinds[i % kinds.length]} ${i}\n\nBody of ${i}.`);
    r.git('tag', 'v1.0.0', 'main~1800');
    const res = await generateNotes(opts(r));
    expect(res.release.stats).toMatchObject({ commits: 1800, unparsed: 360, entries: 1440, hidden: 360 });
    expect(res.release).toMatchObject({ version: '1.1.0', previousTag: 'v1.0.0' });
  });
});
