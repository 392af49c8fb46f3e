/**
 * Which tags bound the range and which version comes next: the previous semver tag reachable from
 * `to` (with the tag prefix), the stable base the bump applies to, pre-release counters, and the
 * validation of a version the user gives. Pure, over tags already read from git.
 */
import { InputError } from '@shipgate/core';
import type { TagRef } from './git-log.ts';
import {
  applyBump,
  bumpBetween,
  compareSemver,
  formatSemver,
  nextPrerelease,
  parseSemver,
  type Bump,
  type BumpRules,
  type SemVer,
} from './semver.ts';

/** A tag whose name is `<prefix><semver>`. */
export interface VersionTag extends TagRef {
  version: SemVer;
}

/** Tags named `<prefix><semver>`, highest version first. */
export function versionTags(tags: readonly TagRef[], prefix: string): VersionTag[] {
  const out: VersionTag[] = [];
  for (const t of tags) {
    if (!t.name.startsWith(prefix)) continue;
    const version = parseSemver(t.name.slice(prefix.length));
    if (version) out.push({ ...t, version });
  }
  return out.sort((a, b) => compareSemver(b.version, a.version));
}

/** The bounds of a release before the commits are read. */
export interface RangePlan {
  /** Tag the notes start after (exclusive); undefined = from the root. */
  notesBase?: VersionTag;
  /** Highest stable tag the bump applies to (may be older than notesBase in pre-release mode). */
  stableBase?: VersionTag;
  /** A version tag already on `to` (a tag push): used as the version when none is given. */
  taggedAtTo?: VersionTag;
  /** The highest tag reachable from `to` (pre-releases included). */
  latest?: VersionTag;
}

/**
 * Picks the previous tags among those reachable from `to`, ignoring tags on `to` itself.
 * In pre-release mode the notes start at the latest tag (`rc.1` → `rc.2` lists only what is new).
 */
export function planRange(
  tags: readonly VersionTag[],
  reachable: ReadonlySet<string>,
  toSha: string,
  prerelease: string | undefined,
): RangePlan {
  const before = tags.filter((t) => reachable.has(t.name) && t.commit !== toSha);
  const stableBase = before.find((t) => t.version.prerelease.length === 0);
  const latest = before[0];
  // A stable release run ignores an rc tag on `to` (and vice versa a pre-release run uses it).
  const taggedAtTo = tags.find(
    (t) => t.commit === toSha && (prerelease !== undefined || t.version.prerelease.length === 0),
  );
  return { notesBase: prerelease ? latest : stableBase, stableBase, taggedAtTo, latest };
}

/** The decided version. */
export interface VersionDecision {
  version?: SemVer;
  bump: Bump;
  source: 'computed' | 'input' | 'tag' | 'none';
}

/** Inputs of the version decision. */
export interface VersionInputs {
  /** Bump asked for by the commits since the stable base. */
  bump: Bump;
  stableBase?: SemVer;
  /** The version the notes start after; a given version must be greater. */
  previous?: SemVer;
  given?: string;
  tagPrefix: string;
  prerelease?: string;
  taggedAtTo?: SemVer;
  /** The highest release reachable (pre-releases included): a pending `2.0.0-rc.1` keeps the target at 2.0.0. */
  latest?: SemVer;
  existing: SemVer[];
  initialVersion: SemVer;
  rules: BumpRules;
}

/** Parses and checks a version given by the user: semver, and greater than the previous release. */
export function validateGivenVersion(given: string, tagPrefix: string, previous: SemVer | undefined): SemVer {
  const text = given.trim();
  const bare =
    tagPrefix && text.startsWith(tagPrefix) ? text.slice(tagPrefix.length) : text.replace(/^v(?=\d)/, '');
  const v = parseSemver(bare);
  if (!v) throw new InputError('version', given, 'a semantic version such as 1.2.3, 2.0.0-rc.1 or v1.2.3');
  if (previous && compareSemver(v, previous) <= 0) {
    throw new InputError(
      'version',
      given,
      `a version greater than the previous release ${formatSemver(previous)}`,
    );
  }
  return v;
}

/** Decides the version: given by the user, the tag already on `to`, or computed from the bump. */
export function decideVersion(i: VersionInputs): VersionDecision {
  if (i.given !== undefined && i.given.trim() !== '') {
    const v = validateGivenVersion(i.given, i.tagPrefix, i.previous);
    return { version: v, bump: bumpBetween(i.stableBase, v), source: 'input' };
  }
  if (i.taggedAtTo && (!i.previous || compareSemver(i.taggedAtTo, i.previous) > 0)) {
    return { version: i.taggedAtTo, bump: bumpBetween(i.stableBase, i.taggedAtTo), source: 'tag' };
  }
  if (i.bump === 'none') return { bump: 'none', source: 'none' };
  let target = i.stableBase
    ? applyBump(i.stableBase, i.bump, i.rules)
    : { ...i.initialVersion, prerelease: [], build: [] };
  if (i.latest?.prerelease.length) {
    const core = { ...i.latest, prerelease: [], build: [] };
    if (compareSemver(core, target) > 0) target = core;
  }
  const version = i.prerelease ? nextPrerelease(target, i.prerelease, i.existing) : target;
  return { version, bump: i.bump, source: 'computed' };
}
