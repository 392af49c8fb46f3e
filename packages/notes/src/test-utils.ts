/**
 * Test support: real git repositories in temp folders, with pinned author/committer dates so hashes
 * are stable, and `git fast-import` for histories of thousands of commits in well under a second.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const BASE_TIME = Date.UTC(2024, 0, 1, 12, 0, 0) / 1000;

/** Environment for git with a fixed identity and no user/system configuration. */
export function gitEnv(time: number): NodeJS.ProcessEnv {
  const date = `${time} +0000`;
  return {
    PATH: process.env.PATH,
    HOME: tmpdir(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Ada Lovelace',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_COMMITTER_NAME: 'Ada Lovelace',
    GIT_COMMITTER_EMAIL: 'ada@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
}

/** A throwaway repository; each commit is one minute after the previous one. */
export class TestRepo {
  readonly dir: string;
  private tick = 0;

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'notes-repo-'));
    this.git('init', '-q', '-b', 'main');
  }

  /** Runs git in the repository and returns trimmed stdout. */
  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      env: gitEnv(BASE_TIME + this.tick * 60),
      encoding: 'utf8',
    }).trim();
  }

  /** Commits `message` (empty allowed), touching `file` (default: a file unique to this commit). */
  commit(message: string, opts: { file?: string; author?: string } = {}): string {
    this.tick++;
    const file = opts.file ?? `f${this.tick}.txt`;
    mkdirSync(dirname(join(this.dir, file)), { recursive: true });
    writeFileSync(join(this.dir, file), `${this.tick}\n`);
    this.git('add', '--', file);
    const args = ['commit', '-q', '--allow-empty-message', '--cleanup=verbatim', '-m', message];
    if (opts.author) args.push(`--author=${opts.author}`);
    this.git(...args);
    return this.git('rev-parse', 'HEAD');
  }

  /** A lightweight tag (or annotated with `message`) on HEAD or `ref`. */
  tag(name: string, opts: { message?: string; ref?: string } = {}): void {
    this.tick++;
    const args = opts.message ? ['tag', '-a', name, '-m', opts.message] : ['tag', name];
    if (opts.ref) args.push(opts.ref);
    this.git(...args);
  }

  /** git's own revert (message `Revert "…"` + `This reverts commit <sha>.`). */
  revert(sha: string): string {
    this.tick++;
    this.git('revert', '--no-edit', sha);
    return this.git('rev-parse', 'HEAD');
  }

  /** A true merge commit of `branch` into the current branch. */
  merge(branch: string, message: string): string {
    this.tick++;
    this.git('merge', '--no-ff', '-q', '-m', message, branch);
    return this.git('rev-parse', 'HEAD');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Appends `count` commits made by `message(i)` on `branch` with one `git fast-import` process. */
export function fastImport(
  dir: string,
  count: number,
  message: (i: number) => string,
  branch = 'refs/heads/main',
): void {
  const parts: string[] = [];
  const startMark = 1;
  for (let i = 0; i < count; i++) {
    const msg = Buffer.from(message(i), 'utf8');
    const time = BASE_TIME + i;
    parts.push(
      `commit ${branch}\nmark :${startMark + i}\n`,
      `author Ada Lovelace <ada@example.com> ${time} +0000\ncommitter Ada Lovelace <ada@example.com> ${time} +0000\n`,
      `data ${msg.length}\n${msg.toString('utf8')}\n`,
      i === 0 ? '' : `from :${startMark + i - 1}\n`,
      `M 644 inline f${i % 100}.txt\ndata ${String(i).length + 1}\n${i}\n\n`,
    );
  }
  const res = spawnSync('git', ['fast-import', '--quiet'], {
    cwd: dir,
    input: parts.join(''),
    env: gitEnv(BASE_TIME),
    maxBuffer: 1 << 30,
  });
  if (res.status !== 0) throw new Error(`git fast-import failed: ${res.stderr.toString()}`);
}
