/**
 * Semantic versions (semver.org 2.0.0): parsing, precedence, and the next version from a bump kind,
 * with pre-release counters (`1.3.0-rc.1` → `1.3.0-rc.2`). Pure: no git, no I/O.
 */

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

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Parses `1.2.3`, `1.2.3-rc.1`, `1.2.3+build.5`; returns undefined for anything else (no `v` prefix here). */
export function parseSemver(text: string): SemVer | undefined {
  const m = SEMVER.exec(text);
  if (!m) return undefined;
  const nums = [m[1], m[2], m[3]].map(Number);
  if (nums.some((n) => !Number.isSafeInteger(n))) return undefined;
  return {
    major: nums[0]!,
    minor: nums[1]!,
    patch: nums[2]!,
    prerelease: m[4] ? m[4].split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id)) : [],
    build: m[5] ? m[5].split('.') : [],
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
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (a[key] !== b[key]) return a[key] - b[key];
  }
  if (!a.prerelease.length || !b.prerelease.length) return b.prerelease.length - a.prerelease.length;
  const n = Math.max(a.prerelease.length, b.prerelease.length);
  for (let i = 0; i < n; i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
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
  const v: SemVer = { major: base.major, minor: base.minor, patch: base.patch, prerelease: [], build: [] };
  let effective = bump;
  if (effective === 'major' && v.major === 0 && rules.preMajorBreaking === 'minor') effective = 'minor';
  if (effective === 'major') return { ...v, major: v.major + 1, minor: 0, patch: 0 };
  if (effective === 'minor') return { ...v, minor: v.minor + 1, patch: 0 };
  if (effective === 'patch') return { ...v, patch: v.patch + 1 };
  return v;
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
  return /^[0-9A-Za-z-]+$/.test(id) && !/^\d+$/.test(id);
}
