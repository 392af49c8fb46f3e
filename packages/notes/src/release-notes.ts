/**
 * The pipeline (git-cliff's changelog.rs): read tags → plan the range → ONE git log stream, each
 * commit parsed as it arrives → pair reverts → decide the version → build the model → render.
 */
import { InputError, ShipgateError } from '@shipgate/core';
import { DEFAULT_SPLIT_TYPES, parseCommitMessage } from './conventional.ts';
import { commitDate, git, isShallow, listTags, resolveCommit, streamCommits, tagsMergedInto, type GitOptions } from './git-log.ts';
import { buildRelease, releasableChanges, type NotesConfig, type ParsedCommit, type Release } from './model.ts';
import { decideVersion, planRange, versionTags, type VersionTag } from './plan.ts';
import { renderRelease } from './render.ts';
import { pairReverts } from './reverts.ts';
import { bumpFor, formatSemver, isPrereleaseId, parseSemver } from './semver.ts';

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
    throw new InputError('prerelease', o.prerelease, 'a pre-release identifier such as rc, beta or alpha (letters, digits, hyphens)');
  }
  const initial = parseSemver(o.initialVersion);
  if (!initial) throw new InputError('initial-version', o.initialVersion, 'a semantic version such as 0.1.0 or 1.0.0');
  if (await isShallow(gitOpts)) {
    throw new ShipgateError('The repository is a shallow clone, so the history since the previous tag is missing.', {
      hint: 'Check out the full history: actions/checkout with "fetch-depth: 0" (and "fetch-tags: true").',
    });
  }
  const to = o.to?.trim() || 'HEAD';
  const toSha = await resolveCommit(to, gitOpts);
  const tags = versionTags(await listTags(gitOpts), o.tagPrefix);
  if (!toSha) throw new InputError('to', to, 'a commit, branch or tag that exists in this repository');
  const reachable = await tagsMergedInto(toSha, gitOpts);
  const plan = planRange(tags, reachable, toSha, o.prerelease);

  let notesBase: { sha: string; tag?: VersionTag } | undefined;
  if (o.from?.trim()) notesBase = await explicitFrom(o.from.trim(), tags, gitOpts);
  else if (plan.notesBase) notesBase = { sha: plan.notesBase.commit, tag: plan.notesBase };
  // The bump counts everything since the last stable release, even in pre-release mode.
  const stableBase = o.from?.trim() ? (notesBase?.tag ?? plan.stableBase) : plan.stableBase;
  const readFrom = o.from?.trim() || !plan.stableBase ? notesBase?.sha : plan.stableBase.commit;

  const commits: ParsedCommit[] = [];
  const splitTypes = [...new Set([...DEFAULT_SPLIT_TYPES, ...o.config.sections.flatMap((s) => s.types)])];
  await streamCommits(readFrom ? `${readFrom}..${toSha}` : toSha, o.paths, gitOpts, (c) => {
    commits.push({ sha: c.sha, author: { name: c.authorName }, merge: c.parents.length > 1, parsed: parseCommitMessage(c.message, splitTypes) });
  });
  const { dropped } = pairReverts(commits.map((c) => ({ sha: c.sha, subject: c.parsed.subject, revert: c.parsed.revert })));
  const bump = bumpFor(releasableChanges(commits, dropped));

  let noteCommits = commits;
  if (notesBase && readFrom !== notesBase.sha) {
    const inRange = new Set((await git(['rev-list', `${notesBase.sha}..${toSha}`, ...(o.paths.length ? ['--', ...o.paths] : [])], gitOpts, 'list the commits since the previous pre-release')).split('\n'));
    noteCommits = commits.filter((c) => inRange.has(c.sha));
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
  const version = decision.version ? formatSemver(decision.version) : previousTag ? formatSemver(previousTag.version) : '';
  const release = buildRelease(noteCommits, dropped, {
    version,
    tag: `${o.tagPrefix}${version}`,
    previousVersion: previousTag ? formatSemver(previousTag.version) : undefined,
    previousTag: previousTag?.name,
    bump: decision.bump,
    prerelease: (decision.version?.prerelease.length ?? 0) > 0,
    date: (await commitDate(toSha, gitOpts)).slice(0, 10),
    repository: o.repository,
  }, o.config);
  if (release.previousVersion === undefined) delete release.previousVersion;
  if (release.previousTag === undefined) delete release.previousTag;
  if (release.repository === undefined) delete release.repository;
  return { release, markdown: renderRelease(release), releasable: decision.version !== undefined, range: { from: notesBase?.sha, to: toSha } };
}

/** Resolves an explicit `from`; an unknown ref fails naming the version tags that do exist. */
async function explicitFrom(from: string, tags: VersionTag[], gitOpts: GitOptions): Promise<{ sha: string; tag?: VersionTag }> {
  const sha = await resolveCommit(from, gitOpts);
  if (!sha) {
    const names = tags.map((t) => t.name);
    const shown = names.length ? names.slice(0, 20).join(', ') + (names.length > 20 ? `, … (${names.length} in all)` : '') : 'none';
    throw new InputError('from', from, `an existing tag or commit; version tags here: ${shown}`);
  }
  return { sha, tag: tags.find((t) => t.name === from) ?? tags.find((t) => t.commit === sha) };
}
