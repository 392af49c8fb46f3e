/**
 * Semantic versions (semver.org 2.0.0): parsing, precedence, and the next version from a bump kind,
 * with pre-release counters (`1.3.0-rc.1` → `1.3.0-rc.2`). The grammar, precedence and increments
 * are the `semver` package's (npm's own); what is ours is the release policy on top (which change
 * bumps what, the pre-1.0 rule, counting pre-releases from existing tags). Pure: no git, no I/O.
 */
import semver from 'semver';

/** A parsed semantic version. `prerelease` holds the dot-separated identifiers after `-`. */
export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: Array<string | number>;
  build: string[];
}

/** What a release changes, by semver rules. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** Parses `1.2.3`, `1.2.3-rc.1`, `1.2.3+build.5`; returns undefined for anything else (no `v` prefix here). */
export function parseSemver(text: string): SemVer | undefined {
  // semver.parse also accepts a leading "v" or "=" and surrounding spaces; tags are matched exactly.
  const v = /^\d/.test(text) && text.trim() === text ? semver.parse(text) : null;
  if (!v) return undefined;
  return {
    major: v.major,
    minor: v.minor,
    patch: v.patch,
    prerelease: [...v.prerelease],
    build: [...v.build],
  };
}

/** The canonical text of a version (build metadata kept). */
export function formatSemver(v: SemVer): string {
  const pre = v.prerelease.length ? `-${v.prerelease.join('.')}` : '';
  const build = v.build.length ? `+${v.build.join('.')}` : '';
  return `${v.major}.${v.minor}.${v.patch}${pre}${build}`;
}

/** Semver precedence: negative when a < b, 0 when equal (build metadata ignored), positive when a > b. */
export function compareSemver(a: SemVer, b: SemVer): number {
  return semver.compare(formatSemver(a), formatSemver(b));
}

/** Options of the version computation. */
export interface BumpRules {
  /** Before 1.0.0 a breaking change bumps `minor` (release-please's bump-minor-pre-major) or `major`. */
  preMajorBreaking: 'minor' | 'major';
}

/** The bump a set of changes asks for: breaking → major, feat → minor, fix/perf/revert → patch (semantic-release's rules). */
export function bumpFor(changes: Iterable<{ breaking: boolean; type: string }>): Bump {
  let bump: Bump = 'none';
  for (const c of changes) bump = maxBump(bump, bumpOf(c));
  return bump;
}

/** The bump one change asks for. */
export function bumpOf(c: { breaking: boolean; type: string }): Bump {
  if (c.breaking) return 'major';
  if (c.type === 'feat') return 'minor';
  return c.type === 'fix' || c.type === 'perf' || c.type === 'revert' ? 'patch' : 'none';
}

const ORDER: Bump[] = ['none', 'patch', 'minor', 'major'];

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** Applies a bump to a stable version, honouring the pre-1.0 rule. Pre-release parts of `base` are dropped. */
export function applyBump(base: SemVer, bump: Bump, rules: BumpRules): SemVer {
  const core = `${base.major}.${base.minor}.${base.patch}`;
  let effective = bump;
  if (effective === 'major' && base.major === 0 && rules.preMajorBreaking === 'minor') effective = 'minor';
  return parseSemver(effective === 'none' ? core : semver.inc(core, effective)!)!;
}

/**
 * The next pre-release of `target` with identifier `id`: one more than the highest existing
 * `target-id.N` among `existing`, or `target-id.1` when there is none.
 */
export function nextPrerelease(target: SemVer, id: string, existing: SemVer[]): SemVer {
  let highest = 0;
  for (const e of existing) {
    if (e.major !== target.major || e.minor !== target.minor || e.patch !== target.patch) continue;
    if (e.prerelease.length !== 2 || e.prerelease[0] !== id) continue;
    const n = e.prerelease[1];
    if (typeof n === 'number' && n > highest) highest = n;
  }
  return { ...target, prerelease: [id, highest + 1], build: [] };
}

/** The kind of change between two versions, for the `bump` output when the user gives the version. */
export function bumpBetween(previous: SemVer | undefined, next: SemVer): Bump {
  if (!previous) return next.major > 0 ? 'major' : next.minor > 0 ? 'minor' : 'patch';
  if (next.major !== previous.major) return 'major';
  if (next.minor !== previous.minor) return 'minor';
  if (next.patch !== previous.patch) return 'patch';
  // Same core: a pre-release of a version whose stable release has not happened yet, or a later pre-release.
  return compareSemver(next, previous) > 0 ? 'patch' : 'none';
}

/** True for a valid pre-release identifier such as `rc`, `beta`, `alpha-2` (no dots, not numeric). */
export function isPrereleaseId(id: string): boolean {
  return !id.includes('.') && !/^\d+$/.test(id) && semver.valid(`0.0.0-${id}`) !== null;
}
