// The repository of a service that adopted shipgate, as a real git repository: the sample
// service (fixtures/service), the example workflows in .github/workflows and their files in
// .github/shipgate, laid out as workflows-examples/README.md tells a user to. `origin` is the
// bare repository actions/checkout fetches from; pushes are mirrored into github-sim (same shas)
// so the changelog's compare calls and the releases line up.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GitHubSim } from '@shipgate/github-sim';

/** This repository: its workflows-examples/ and the actions (action.yml + dist/) the runs use. */
export const repoRoot = new URL('../../../..', import.meta.url).pathname;
const fixtures = new URL('../../fixtures', import.meta.url).pathname;
const examples = join(repoRoot, 'workflows-examples');
const IDENTITY = {
  GIT_AUTHOR_NAME: 'Dana Dev',
  GIT_AUTHOR_EMAIL: 'dana@example.com',
  GIT_COMMITTER_NAME: 'Dana Dev',
  GIT_COMMITTER_EMAIL: 'dana@example.com',
};

export interface ServiceRepo {
  /** owner/name on github-sim */
  repository: string;
  /** The bare repository (what GitHub holds). */
  origin: string;
  /** A developer's clone. */
  work: string;
  git(...args: string[]): string;
  /** Commits a change to CHANGES (or the given files) with this message; returns the sha. */
  commit(message: string, files?: Record<string, string>): string;
  /** Tags HEAD, pushes branch and tag to origin and github-sim; returns the tagged sha. */
  release(tag: string): string;
  /** Pushes the current branch (and any new tags) to origin and github-sim. */
  push(): void;
}

export function createServiceRepo(dir: string, github: GitHubSim, repository = 'acme/web'): ServiceRepo {
  const origin = join(dir, 'origin.git');
  const work = join(dir, 'work');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
  execFileSync('git', ['init', '-q', '-b', 'main', work]);
  cpSync(join(fixtures, 'service'), work, { recursive: true });
  mkdirSync(join(work, '.github/workflows'), { recursive: true });
  for (const f of ['release.yml', 'rollback.yml', 'canary-continue.yml', 'pr-checks.yml', 'pr-report.yml'])
    cpSync(join(examples, f), join(work, '.github/workflows', f));
  cpSync(join(examples, 'shipgate'), join(work, '.github/shipgate'), { recursive: true });
  cpSync(join(fixtures, 'analysis-fast.yml'), join(work, '.github/shipgate/analysis.yml'));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: work, encoding: 'utf8', env: { ...process.env, ...IDENTITY } }).trim();
  git('remote', 'add', 'origin', origin);
  const mirrored = new Set<string>();
  const push = () => {
    git('push', '-q', '--tags', 'origin', 'HEAD:refs/heads/main');
    for (const line of git('rev-list', '--reverse', '--parents', 'HEAD').split('\n')) {
      const [sha, ...parents] = line.split(' ');
      if (!sha || mirrored.has(sha)) continue;
      github.state.addCommit(repository, {
        sha,
        parents,
        message: git('log', '-1', '--format=%B', sha),
        login: 'dana',
        name: 'Dana Dev',
        email: 'dana@example.com',
      });
      mirrored.add(sha);
    }
    for (const line of git('tag', '--list', '--format=%(refname:short) %(objectname)')
      .split('\n')
      .filter(Boolean)) {
      const [tag, sha] = line.split(' ');
      github.state.addTag(repository, tag!, git('rev-parse', `${sha}^{commit}`));
    }
  };
  const repo: ServiceRepo = {
    repository,
    origin,
    work,
    git,
    commit(message, files = { CHANGES: `${message}\n` }) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(work, path, '..'), { recursive: true });
        writeFileSync(join(work, path), text, { flag: path === 'CHANGES' ? 'a' : 'w' });
        git('add', path);
      }
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    release(tag) {
      git('tag', tag);
      push();
      return git('rev-parse', 'HEAD');
    },
    push,
  };
  git('add', '-A');
  git('commit', '-q', '-m', 'chore: start the web service');
  return repo;
}
