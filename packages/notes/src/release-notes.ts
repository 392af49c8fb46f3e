/**
 * The pipeline (git-cliff's changelog.rs): read tags → plan the range → ONE git log stream, each
 * commit parsed as it arrives → pair reverts → decide the version → build the model → render.
 */
import { InputError, ShipgateError } from '@shipgate/core';
import { DEFAULT_SPLIT_TYPES, parseCommitMessage, type Footer, type ParsedMessage } from './conventional.ts';
import {
  commitDate,
  git,
  isShallow,
  listTags,
  resolveCommit,
  streamCommits,
  tagsMergedInto,
  type GitOptions,
} from './git-log.ts';
import {
  buildRelease,
  forEachChange,
  type Author,
  type NotesConfig,
  type ParsedCommit,
  type Release,
} from './model.ts';
import { decideVersion, planRange, versionTags, type RangePlan, type VersionTag } from './plan.ts';
import { renderRelease } from './render.ts';
import { pairReverts } from './reverts.ts';
import {
  bumpOf,
  compareSemver,
  formatSemver,
  isPrereleaseId,
  maxBump,
  parseSemver,
  type Bump,
} from './semver.ts';

/** Everything the pipeline needs; all of it already parsed and typed. */
export interface NotesOptions {
  /** The git working tree. */
  cwd: string;
  /** Start (exclusive): a tag or commit; default the previous `<tagPrefix><semver>` tag reachable from `to`. */
  from?: string;
  /** End (inclusive); default HEAD. */
  to?: string;
  /** The version to release; default computed from the commits. */
  version?: string;
  tagPrefix: string;
  /** Pre-release identifier such as `rc` (→ `1.3.0-rc.1`, then `rc.2`). */
  prerelease?: string;
  /** Only commits touching these paths (a package in a monorepo). */
  paths: string[];
  config: NotesConfig;
  preMajorBreaking: 'minor' | 'major';
  /** The first release when there is no previous tag. */
  initialVersion: string;
  repository?: Release['repository'];
  signal?: AbortSignal;
}

/** The outcome: the model, its Markdown, and the commits behind it. */
export interface NotesResult {
  release: Release;
  markdown: string;
  /** False when there is nothing to release (bump none and no version given). */
  releasable: boolean;
  /** First and last commit of the range, for the author lookup. */
  range: { from?: string; to: string };
}

/** Runs the whole pipeline against a local repository. */
export async function generateNotes(o: NotesOptions): Promise<NotesResult> {
  const gitOpts: GitOptions = { cwd: o.cwd, signal: o.signal };
  if (o.prerelease !== undefined && !isPrereleaseId(o.prerelease)) {
    throw new InputError(
      'prerelease',
      o.prerelease,
      'a pre-release identifier such as rc, beta or alpha (letters, digits, hyphens)',
    );
  }
  const initial = parseSemver(o.initialVersion);
  if (!initial)
    throw new InputError('initial-version', o.initialVersion, 'a semantic version such as 0.1.0 or 1.0.0');
  if (await isShallow(gitOpts)) {
    throw new ShipgateError(
      'The repository is a shallow clone, so the history since the previous tag is missing.',
      {
        hint: 'Check out the full history: actions/checkout with "fetch-depth: 0" (and "fetch-tags: true").',
      },
    );
  }
  const to = o.to?.trim() || 'HEAD';
  const toSha = await resolveCommit(to, gitOpts);
  const tags = versionTags(await listTags(gitOpts), o.tagPrefix);
  if (!toSha) throw new InputError('to', to, 'a commit, branch or tag that exists in this repository');
  const splitTypes = new Set([
    ...DEFAULT_SPLIT_TYPES,
    ...o.config.sections.flatMap((s) => s.types.map((t) => t.toLowerCase())),
  ]);
  const history = await readHistory(o, tags, toSha, splitTypes, gitOpts);
  const { plan, commits } = history;

  let notesBase: { sha: string; tag?: VersionTag } | undefined;
  if (o.from?.trim()) notesBase = await explicitFrom(o.from.trim(), tags, gitOpts);
  else if (plan.notesBase) notesBase = { sha: plan.notesBase.commit, tag: plan.notesBase };
  // The bump counts everything since the last stable release, even in pre-release mode.
  const stableBase = o.from?.trim() ? (notesBase?.tag ?? plan.stableBase) : plan.stableBase;
  const { dropped } = pairReverts(commits);
  let bump: Bump = 'none';
  forEachChange(commits, dropped, (e) => (bump = maxBump(bump, bumpOf(e))));

  let noteCommits = commits;
  if (notesBase && history.readFrom !== notesBase.sha) {
    const excluded = o.paths.length ? undefined : ancestorsWithin(commits, notesBase.sha);
    const inRange = excluded
      ? undefined
      : new Set(
          (
            await git(
              ['rev-list', `${notesBase.sha}..${toSha}`, '--', ...o.paths],
              gitOpts,
              'list the commits since the previous pre-release',
            )
          ).split('\n'),
        );
    noteCommits = commits.filter((c) => (excluded ? !excluded.has(c.sha) : inRange!.has(c.sha)));
  }

  const decision = decideVersion({
    bump,
    stableBase: stableBase?.version,
    previous: notesBase?.tag?.version ?? stableBase?.version,
    given: o.version,
    tagPrefix: o.tagPrefix,
    prerelease: o.prerelease,
    taggedAtTo: plan.taggedAtTo?.version,
    latest: plan.latest?.version,
    existing: tags.map((t) => t.version),
    initialVersion: initial,
    rules: { preMajorBreaking: o.preMajorBreaking },
  });
  const previousTag = notesBase?.tag;
  const version = decision.version
    ? formatSemver(decision.version)
    : previousTag
      ? formatSemver(previousTag.version)
      : '';
  const release = buildRelease(
    noteCommits,
    dropped,
    {
      version,
      tag: `${o.tagPrefix}${version}`,
      previousVersion: previousTag ? formatSemver(previousTag.version) : undefined,
      previousTag: previousTag?.name,
      bump: decision.bump,
      prerelease: (decision.version?.prerelease.length ?? 0) > 0,
      date: (await commitDate(toSha, gitOpts)).slice(0, 10),
      repository: o.repository,
    },
    o.config,
  );
  if (release.previousVersion === undefined) delete release.previousVersion;
  if (release.previousTag === undefined) delete release.previousTag;
  if (release.repository === undefined) delete release.repository;
  // The parsed commits are no longer needed: let the collector have them while the notes render.
  commits.length = 0;
  noteCommits.length = 0;
  return {
    release,
    markdown: renderRelease(release),
    releasable: decision.version !== undefined,
    range: { from: notesBase?.sha, to: toSha },
  };
}

/** Resolves an explicit `from`; an unknown ref fails naming the version tags that do exist. */
async function explicitFrom(
  from: string,
  tags: VersionTag[],
  gitOpts: GitOptions,
): Promise<{ sha: string; tag?: VersionTag }> {
  const sha = await resolveCommit(from, gitOpts);
  if (!sha) {
    const names = tags.map((t) => t.name);
    const shown = names.length
      ? names.slice(0, 20).join(', ') + (names.length > 20 ? `, … (${names.length} in all)` : '')
      : 'none';
    throw new InputError('from', from, `an existing tag or commit; version tags here: ${shown}`);
  }
  return { sha, tag: tags.find((t) => t.name === from) ?? tags.find((t) => t.commit === sha) };
}

interface History {
  plan: RangePlan;
  commits: ParsedCommit[];
  /** The exclusive start the commits were read from (undefined: from the root). */
  readFrom?: string;
}

/**
 * Reads the commits with as few history walks as possible. Common case (no `from`, no `path`): ONE
 * `git log --boundary <highest stable tag>..<to>` both reads the range and proves the tag reachable
 * (it shows up as a boundary commit); pre-release tags inside the range are seen in the same stream.
 * Otherwise (or when that tag is on another branch): `git tag --merged`, then the stream.
 */
async function readHistory(
  o: NotesOptions,
  tags: VersionTag[],
  toSha: string,
  splitTypes: ReadonlySet<string>,
  gitOpts: GitOptions,
): Promise<History> {
  const keepParents = o.prerelease !== undefined;
  const read = async (range: string, boundary: boolean) => {
    const commits: ParsedCommit[] = [];
    const boundaries = new Set<string>();
    const authors = new Map<string, Author>();
    await streamCommits(range, o.paths, { ...gitOpts, boundary }, (c) => {
      if (c.boundary) return void boundaries.add(c.sha);
      let author = authors.get(c.authorName);
      if (!author) authors.set(c.authorName, (author = { name: c.authorName }));
      const parsed = slim(parseCommitMessage(c.message, splitTypes));
      // Parents are only walked to split a pre-release range; don't keep 100,000 of them otherwise.
      commits.push({
        sha: c.sha,
        parents: keepParents ? c.parents.join(' ') : '',
        author,
        merge: c.parents.length > 1,
        parsed,
      });
    });
    return { commits, boundaries };
  };
  const explicit = o.from?.trim();
  if (!explicit && !o.paths.length) {
    const stable = tags.find((t) => t.commit !== toSha && t.version.prerelease.length === 0);
    const { commits, boundaries } = await read(
      stable ? `${stable.commit}..${toSha}` : toSha,
      stable !== undefined,
    );
    if (!stable || boundaries.has(stable.commit)) {
      const reachable = new Set(commits.map((c) => c.sha));
      if (stable) reachable.add(stable.commit);
      const names = new Set(
        tags
          .filter(
            (t) => reachable.has(t.commit) && (!stable || compareSemver(t.version, stable.version) >= 0),
          )
          .map((t) => t.name),
      );
      return { plan: planRange(tags, names, toSha, o.prerelease), commits, readFrom: stable?.commit };
    }
  }
  const plan = planRange(tags, await tagsMergedInto(toSha, gitOpts), toSha, o.prerelease);
  const fromSha = explicit
    ? (await explicitFrom(explicit, tags, gitOpts)).sha
    : (plan.stableBase ?? plan.notesBase)?.commit;
  const { commits } = await read(fromSha ? `${fromSha}..${toSha}` : toSha, false);
  return { plan, commits, readFrom: fromSha };
}

const NO_FOOTERS: Footer[] = [];

/** Drops what the model never uses (bodies, footers) so 100,000 parsed commits stay small. */
function slim(p: ParsedMessage): ParsedMessage {
  for (const e of p.entries) {
    e.body = '';
    e.footers = NO_FOOTERS;
    e.description = own(e.description);
  }
  p.subject = own(p.subject);
  return p;
}

/**
 * A copy of `text` that does not keep its source alive: V8 slices of a string (a subject cut from a
 * whole git record) hold the entire record in memory; this flattens a short new string instead.
 */
function own(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

/** Shas of `sha` and its ancestors among `commits` (parents followed only inside the range). */
function ancestorsWithin(commits: readonly ParsedCommit[], sha: string): Set<string> {
  const byId = new Map(commits.map((c) => [c.sha, c]));
  const seen = new Set<string>();
  const stack = [sha];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const c = byId.get(id);
    if (c && c.parents) stack.push(...c.parents.split(' '));
  }
  return seen;
}
