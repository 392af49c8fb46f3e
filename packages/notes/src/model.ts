/**
 * The Release model: everything the notes say, as plain JSON (it can be dumped with `context-out` and
 * rendered again with `from-context`). Built from parsed commits by `buildRelease`; rendered by render.ts.
 */
import type { ConventionalEntry, ParsedMessage, UnparsedReason } from './conventional.ts';
import type { Bump } from './semver.ts';

/** Which commit types go under which heading, in order; hidden sections are counted, not shown. */
export interface SectionConfig {
  title: string;
  types: string[];
  hidden?: boolean;
}

/** How commits become sections. */
export interface NotesConfig {
  sections: SectionConfig[];
  /** Non-conventional commits: listed under `otherTitle`, or dropped (always counted and listed in the summary). */
  unconventional: 'other' | 'drop';
  otherTitle: string;
}

/** release-please's headings; docs/style/refactor/test/build/ci/chore hidden by default. */
export const DEFAULT_SECTIONS: SectionConfig[] = [
  { title: 'Features', types: ['feat'] },
  { title: 'Bug Fixes', types: ['fix'] },
  { title: 'Performance Improvements', types: ['perf'] },
  { title: 'Reverts', types: ['revert'] },
  { title: 'Security', types: ['security'] },
  { title: 'Dependencies', types: ['deps'] },
  { title: 'Documentation', types: ['docs'], hidden: true },
  { title: 'Styles', types: ['style'], hidden: true },
  { title: 'Code Refactoring', types: ['refactor'], hidden: true },
  { title: 'Tests', types: ['test', 'tests'], hidden: true },
  { title: 'Build System', types: ['build'], hidden: true },
  { title: 'Continuous Integration', types: ['ci'], hidden: true },
  { title: 'Miscellaneous Chores', types: ['chore'], hidden: true },
];

export const DEFAULT_CONFIG: NotesConfig = {
  sections: DEFAULT_SECTIONS,
  unconventional: 'other',
  otherTitle: 'Other',
};

/** A person as git and (when a token is given) GitHub know them. */
export interface Author {
  name: string;
  login?: string;
}

/** One line of the notes. */
export interface ReleaseEntry {
  type: string;
  scope?: string;
  description: string;
  breaking: boolean;
  breakingNotes: string[];
  sha: string;
  pr?: number;
  refs: number[];
  author: Author;
}

/** A commit that did not parse as a conventional commit. */
export interface UnparsedCommit {
  sha: string;
  subject: string;
  reason: UnparsedReason;
  author: Author;
}

/** Something a commit says that the notes do not honour (an empty `BREAKING CHANGE:`), shown in the summary. */
export interface ParseWarning {
  sha: string;
  subject: string;
  message: string;
}

/** Counts of what happened to every commit of the range (nothing is lost silently). */
export interface ReleaseStats {
  commits: number;
  merges: number;
  entries: number;
  unparsed: number;
  /** Commits cancelled by a revert in the same range (both sides counted). */
  reverted: number;
  /** Entries of hidden sections or of types no section lists. */
  hidden: number;
}

/** The JSON-serialisable model of one release. */
export interface Release {
  version: string;
  tag: string;
  previousVersion?: string;
  previousTag?: string;
  bump: Bump;
  prerelease: boolean;
  /** YYYY-MM-DD: the committer date of `to`. */
  date: string;
  repository?: { serverUrl: string; owner: string; repo: string };
  breaking: ReleaseEntry[];
  sections: { title: string; entries: ReleaseEntry[] }[];
  unparsed: UnparsedCommit[];
  /** Parser warnings of the range's commits (absent from context files written before they existed). */
  warnings?: ParseWarning[];
  stats: ReleaseStats;
}

/** A commit after parsing: what the model needs, nothing more (100,000 of them stay in memory). */
export interface ParsedCommit {
  sha: string;
  /** Space-separated parent shas (one string, not an array: 100,000 of these stay in memory). */
  parents: string;
  author: Author;
  merge: boolean;
  parsed: ParsedMessage;
}

/** The version facts decided before the model is built. */
export interface ReleaseHeader {
  version: string;
  tag: string;
  previousVersion?: string;
  previousTag?: string;
  bump: Bump;
  prerelease: boolean;
  date: string;
  repository?: Release['repository'];
}

/**
 * Builds the model from commits given newest first (git log order); entries come out oldest first.
 * `dropped` are the shas cancelled by reverts.
 */
export function buildRelease(
  commits: readonly ParsedCommit[],
  dropped: ReadonlySet<string>,
  header: ReleaseHeader,
  config: NotesConfig,
): Release {
  const stats: ReleaseStats = {
    commits: commits.length,
    merges: 0,
    entries: 0,
    unparsed: 0,
    reverted: dropped.size,
    hidden: 0,
  };
  const sectionOf = new Map<string, number>();
  config.sections.forEach((s, i) =>
    s.types.forEach((t) => sectionOf.has(t.toLowerCase()) || sectionOf.set(t.toLowerCase(), i)),
  );
  const buckets: ReleaseEntry[][] = config.sections.map(() => []);
  const other: ReleaseEntry[] = [];
  const breaking: ReleaseEntry[] = [];
  const unparsed: UnparsedCommit[] = [];
  const warnings: ParseWarning[] = [];

  for (let i = commits.length - 1; i >= 0; i--) {
    const c = commits[i]!;
    if (c.merge) {
      stats.merges++;
      continue;
    }
    if (dropped.has(c.sha)) continue;
    for (const message of c.parsed.warnings ?? [])
      warnings.push({ sha: c.sha, subject: c.parsed.subject, message });
    if (c.parsed.unparsed) {
      stats.unparsed++;
      unparsed.push({ sha: c.sha, subject: c.parsed.subject, reason: c.parsed.unparsed, author: c.author });
      if (config.unconventional === 'other') {
        other.push({
          type: '',
          description: c.parsed.subject,
          breaking: false,
          breakingNotes: [],
          sha: c.sha,
          pr: c.parsed.pr,
          refs: [],
          author: c.author,
        });
      }
      continue;
    }
    for (const e of c.parsed.entries) {
      const entry = toEntry(e, c);
      stats.entries++;
      if (entry.breaking) breaking.push(entry);
      const s = sectionOf.get(entry.type);
      if (s === undefined || config.sections[s]!.hidden) {
        stats.hidden++;
        continue;
      }
      buckets[s]!.push(entry);
    }
  }
  const sections = config.sections
    .map((s, i) => ({ title: s.title, entries: buckets[i]! }))
    .filter((s) => s.entries.length > 0);
  if (other.length) sections.push({ title: config.otherTitle, entries: other });
  return { ...header, breaking, sections, unparsed, ...(warnings.length ? { warnings } : {}), stats };
}

function toEntry(e: ConventionalEntry, c: ParsedCommit): ReleaseEntry {
  const entry: ReleaseEntry = {
    type: e.type,
    description: e.description,
    breaking: e.breaking,
    breakingNotes: e.breakingNotes,
    sha: c.sha,
    refs:
      c.parsed.pr !== undefined && e.refs.includes(c.parsed.pr)
        ? e.refs.filter((r) => r !== c.parsed.pr)
        : e.refs,
    author: c.author,
  };
  if (e.scope !== undefined) entry.scope = e.scope;
  if (c.parsed.pr !== undefined) entry.pr = c.parsed.pr;
  return entry;
}

/** Calls `fn` for every change that counts for the version: each entry of a non-merge, non-reverted commit. */
export function forEachChange(
  commits: readonly ParsedCommit[],
  dropped: ReadonlySet<string>,
  fn: (e: ConventionalEntry) => void,
): void {
  for (const c of commits) if (!c.merge && !dropped.has(c.sha)) for (const e of c.parsed.entries) fn(e);
}
