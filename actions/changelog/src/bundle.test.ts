// The built bundle (dist/changelog/index.js) run as the runner runs it, against a real git repository
// and packages/github-sim. Build first: npm run build -- changelog.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGitHubSim, type GitHubSim } from '@shipgate/github-sim';
import { TestRepo } from '../../../packages/notes/src/test-utils.ts';
import { repoRoot, runBundle } from '../../../test/support/run-bundle.ts';

if (!existsSync(join(repoRoot, 'dist/changelog/index.js')))
  throw new Error('dist/changelog/index.js is missing: run npm run build -- changelog');

let sim: GitHubSim;
let repo: TestRepo;
let head: string;

function mirror(r: TestRepo) {
  return r
    .git('log', '--reverse', '--format=%H %P%x1f%s')
    .split('\n')
    .map((line) => {
      const [ids, subject] = line.split('\x1f') as [string, string];
      const [sha, ...parents] = ids.split(' ').filter(Boolean);
      return {
        sha: sha!,
        parents,
        message: subject,
        login: subject.startsWith('feat') ? 'octocat' : null,
        branch: 'main',
      };
    });
}

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: sim.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_SHA: head,
    SHIPGATE_GITHUB_WRITE_SPACING_MS: '0',
    RUNNER_TEMP: join(repo.dir, '.runner-temp'),
    ...extra,
  };
}

describe('changelog bundle', () => {
  beforeAll(async () => {
    repo = new TestRepo();
    repo.commit('feat: base');
    repo.tag('v1.0.0');
    repo.commit('feat(api): widgets (#7)');
    repo.commit('fix: ::error::x $(rm -rf /) `id` <img src=x onerror=alert(1)> @org/team');
    repo.commit('Tweak wording');
    head = repo.git('rev-parse', 'HEAD');
    sim = await startGitHubSim({
      token: 'write-token',
      repos: [
        { owner: 'acme', name: 'app', commits: mirror(repo), tags: { 'v1.0.0': mirror(repo)[0]!.sha } },
      ],
    });
  });
  afterAll(async () => {
    await sim.stop();
    repo.remove();
  });

  test('preview writes the summary and outputs and creates nothing', async () => {
    const run = await runBundle('changelog', {
      inputs: { preview: 'true', token: 'write-token' },
      env: env(),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      version: '1.1.0',
      'previous-version': '1.0.0',
      bump: 'minor',
      tag: 'v1.1.0',
      unparsed: '1',
    });
    expect(run.outputs.notes).toContain('by @octocat');
    expect(run.summary).toContain('Changelog preview: next version v1.1.0 (minor)');
    expect(run.summary).toContain('Tweak wording');
    expect(sim.writes()).toEqual([]);
    expect(existsSync(join(repo.dir, 'CHANGELOG.md'))).toBe(false);
  });

  test('sections: custom headings and order, types merged under one heading, unconventional dropped', async () => {
    const sections =
      '- type: fix\n  section: Fixed\n- types: [feat, perf]\n  section: Added\n- type: fix\n  section: Fixed\n';
    const run = await runBundle('changelog', {
      inputs: { preview: 'true', sections, unconventional: 'drop' },
      env: env(),
    });
    expect(run.exitCode).toBe(0);
    const notes = run.outputs.notes!;
    expect(notes.indexOf('### Fixed')).toBeLessThan(notes.indexOf('### Added'));
    expect(notes).not.toContain('Tweak wording');
    expect(run.summary).toContain('Tweak wording');
  });

  test('strict fails on the unparsed commit before writing anything', async () => {
    const run = await runBundle('changelog', {
      inputs: { strict: 'true', token: 'write-token' },
      env: env(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::1 commit(s) are not conventional commits (strict: true)');
    expect(run.summary).toMatch(/1 commit\(s\) not conventional[\s\S]*Tweak wording/);
    expect(sim.writes()).toEqual([]);
    expect(existsSync(join(repo.dir, 'CHANGELOG.md'))).toBe(false);
  });

  test('release: CHANGELOG.md and the GitHub release; a second run updates both in place', async () => {
    const first = await runBundle('changelog', {
      inputs: { token: 'write-token', 'context-out': 'notes.json' },
      env: env(),
    });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs['release-url']).toBe('https://github.com/acme/app/releases/tag/v1.1.0');
    expect(readFileSync(first.outputs['notes-path']!, 'utf8').length).toBeGreaterThan(0);
    const changelog = readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8');
    expect(
      changelog.startsWith('# Changelog\n\n## [1.1.0](https://github.com/acme/app/compare/v1.0.0...v1.1.0)'),
    ).toBe(true);
    // Injection: inert in the log and in the Markdown.
    expect(first.stdout.split('\n').some((l) => l.startsWith('::error::x'))).toBe(false);
    expect(changelog).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(changelog).toContain('@\u200borg/team');
    expect(changelog).not.toMatch(/<img|\]\(javascript/);

    const releases = sim.state.repo('acme/app').releases;
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({ tag_name: 'v1.1.0', prerelease: false, draft: false });

    // Edit the model by hand (the from-context use case), then publish from it: same release, same section.
    const ctxPath = join(repo.dir, 'notes.json');
    writeFileSync(ctxPath, readFileSync(ctxPath, 'utf8').replace('widgets', 'widgets, edited'));
    const second = await runBundle('changelog', {
      inputs: { token: 'write-token', 'from-context': 'notes.json' },
      env: env(),
    });
    expect(second.exitCode).toBe(0);
    expect(sim.state.repo('acme/app').releases).toHaveLength(1);
    expect(sim.state.repo('acme/app').releases[0]!.body).toContain('widgets, edited');
    const again = readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8');
    expect(again.match(/^## /gm)).toHaveLength(1);
    expect(again).toContain('widgets, edited');
  });

  test('bad input fails before any side effect, naming the input and what exists', async () => {
    const from = await runBundle('changelog', {
      inputs: { from: 'v0.0.9', token: 'write-token', release: 'none' },
      env: env(),
    });
    expect(from.exitCode).toBe(1);
    expect(from.stdout).toContain(
      'Invalid input "from": got "v0.0.9"; allowed: an existing tag or commit; version tags here: v1.0.0',
    );
    const version = await runBundle('changelog', {
      inputs: { version: '0.9.0', release: 'none' },
      env: env(),
    });
    expect(version.exitCode).toBe(1);
    expect(version.stdout).toContain(
      'Invalid input "version": got "0.9.0"; allowed: a version greater than the previous release 1.0.0',
    );
    const sections = await runBundle('changelog', {
      inputs: { sections: '- types: [feat]\n  title: X', release: 'none' },
      env: env(),
    });
    expect(sections.exitCode).toBe(1);
    expect(sections.stdout).toContain('Invalid input "sections"');
  });
});
