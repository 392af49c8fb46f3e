/**
 * All git I/O of the notes pipeline: ONE `git log` stream for the commits (NUL-separated records,
 * unit-separator fields, parsed incrementally as chunks arrive: no process per commit), one
 * `git for-each-ref` for the tags, and a few `rev-parse` calls. Arguments are always arrays.
 */
import { execFile, spawn } from 'node:child_process';
import { ExternalError } from '@shipgate/core';

/** One commit as read from `git log`. */
export interface RawCommit {
  sha: string;
  parents: string[];
  authorName: string;
  message: string;
  /** With `boundary`: an excluded parent of the range (`git log --boundary`), not part of it. */
  boundary?: boolean;
}

/** A tag and the commit it points to (annotated tags peeled). */
export interface TagRef {
  name: string;
  commit: string;
}

/** Where and how git runs. */
export interface GitOptions {
  cwd: string;
  signal?: AbortSignal;
}

const US = '\x1f';
/** Only what the notes use: boundary mark, sha, parents, author name, raw message. */
export const LOG_FORMAT = `%m%H${US}%P${US}%an${US}%B`;
const FORMAT = `--format=${LOG_FORMAT}`;

/** Runs a short git command and returns its stdout; a failure becomes an ExternalError naming the step. */
export function git(args: string[], opts: GitOptions, step: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd: opts.cwd, signal: opts.signal, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err) {
          const detail = (stderr || err.message).trim().split('\n').slice(0, 5).join('; ');
          reject(new ExternalError('git', step, { detail, cause: err }));
        } else resolve(stdout);
      },
    );
  });
}

/**
 * Streams the commits of `range` (e.g. `v1.2.0..HEAD`, or a single ref for all history), newest first,
 * optionally limited to `paths`. `onCommit` is called for each commit as soon as its record is complete.
 * With `boundary`, the excluded parents of the range come too, flagged: `A..B` shows A as a boundary
 * commit exactly when A is an ancestor of B, so one walk both reads the range and checks reachability.
 */
export function streamCommits(
  range: string,
  paths: readonly string[],
  opts: GitOptions & { boundary?: boolean },
  onCommit: (commit: RawCommit) => void,
): Promise<number> {
  const args = [
    '-c',
    'core.quotepath=off',
    'log',
    '-z',
    FORMAT,
    ...(opts.boundary ? ['--boundary'] : []),
    '--end-of-options',
    range,
  ];
  if (paths.length) args.push('--', ...paths);
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: opts.cwd,
      signal: opts.signal,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let count = 0;
    let pending: Buffer[] = [];
    let failure: unknown;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure) return;
      let start = 0;
      let nul = chunk.indexOf(0, start);
      while (nul !== -1) {
        const piece = chunk.subarray(start, nul);
        const record = pending.length ? Buffer.concat([...pending, piece]) : piece;
        pending = [];
        try {
          onCommit(parseRecord(record.toString('utf8')));
          count++;
        } catch (e) {
          failure = e;
          child.kill();
          return;
        }
        start = nul + 1;
        nul = chunk.indexOf(0, start);
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    });
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 4096) stderr += d.toString('utf8');
    });
    child.on('error', (e) =>
      reject(new ExternalError('git', `git log ${range}`, { detail: e.message, cause: e })),
    );
    child.on('close', (code) => {
      if (failure) return reject(failure);
      if (code !== 0) {
        return reject(
          new ExternalError('git', `git log ${range}`, {
            detail: stderr.trim().split('\n').slice(0, 5).join('; ') || `exit ${code}`,
          }),
        );
      }
      if (pending.length) {
        const rest = Buffer.concat(pending).toString('utf8');
        if (rest.trim()) {
          onCommit(parseRecord(rest));
          count++;
        }
      }
      resolve(count);
    });
  });
}

/** Splits one `-z` record into its fields; the message is the remainder and may contain anything. */
export function parseRecord(record: string): RawCommit {
  const text = record.startsWith('\n') ? record.slice(1) : record;
  const boundary = text.startsWith('-');
  const f: string[] = [];
  let at = 1;
  for (let i = 0; i < 3; i++) {
    const next = text.indexOf(US, at);
    if (next === -1) throw new ExternalError('git', 'read git log', { detail: 'unexpected record format' });
    f.push(text.slice(at, next));
    at = next + 1;
  }
  return {
    sha: f[0]!,
    parents: f[1] ? f[1].split(' ') : [],
    authorName: f[2]!,
    message: text.slice(at),
    ...(boundary ? { boundary } : {}),
  };
}

/** Every tag with its peeled commit, from one `git for-each-ref`. */
export async function listTags(opts: GitOptions): Promise<TagRef[]> {
  const out = await git(
    ['for-each-ref', `--format=%(refname:strip=2)${US}%(objectname)${US}%(*objectname)`, 'refs/tags'],
    opts,
    'list tags',
  );
  const tags: TagRef[] = [];
  for (const line of out.split('\n')) {
    if (!line) continue;
    const [name, object, peeled] = line.split(US);
    tags.push({ name: name!, commit: peeled || object! });
  }
  return tags;
}

/** Tags reachable from `ref` (one `git tag --merged`). */
export async function tagsMergedInto(ref: string, opts: GitOptions): Promise<Set<string>> {
  const out = await git(
    ['tag', '--merged', ref.startsWith('-') ? `refs/heads/${ref}` : ref],
    opts,
    `list tags reachable from ${ref}`,
  );
  return new Set(out.split('\n').filter(Boolean));
}

/** The commit a ref names, or undefined when it names none. */
export async function resolveCommit(ref: string, opts: GitOptions): Promise<string | undefined> {
  try {
    return (
      await git(
        ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
        opts,
        `resolve ${ref}`,
      )
    ).trim();
  } catch {
    return undefined;
  }
}

/** True in a shallow clone (actions/checkout's default fetch-depth: 1). */
export async function isShallow(opts: GitOptions): Promise<boolean> {
  return (
    (await git(['rev-parse', '--is-shallow-repository'], opts, 'check for a shallow clone')).trim() === 'true'
  );
}

/** The committer date (strict ISO) of a commit: the release date, deterministic for a given history. */
export async function commitDate(ref: string, opts: GitOptions): Promise<string> {
  return (
    await git(['show', '-s', '--format=%cI', '--end-of-options', ref, '--'], opts, `read the date of ${ref}`)
  ).trim();
}
