/**
 * @shipgate/notes: conventional commits → next semver → release notes, CHANGELOG.md and the GitHub
 * release. Parse (conventional.ts, reverts.ts) → model (model.ts, plan.ts, semver.ts) → render
 * (render.ts); git I/O in git-log.ts, GitHub I/O in github.ts.
 */
export { generateNotes, type NotesOptions, type NotesResult } from './release-notes.ts';
export {
  parseCommitMessage,
  parseHeader,
  DEFAULT_SPLIT_TYPES,
  EMPTY_BREAKING_WARNING,
  type ConventionalEntry,
  type Footer,
  type ParsedMessage,
  type RevertTarget,
  type UnparsedReason,
} from './conventional.ts';
export { pairReverts, type RevertCandidate, type RevertPair } from './reverts.ts';
export {
  parseSemver,
  formatSemver,
  compareSemver,
  bumpFor,
  applyBump,
  nextPrerelease,
  bumpBetween,
  isPrereleaseId,
  type SemVer,
  type Bump,
  type BumpRules,
} from './semver.ts';
export {
  buildRelease,
  DEFAULT_SECTIONS,
  DEFAULT_CONFIG,
  type Release,
  type ReleaseEntry,
  type ReleaseStats,
  type UnparsedCommit,
  type ParseWarning,
  type SectionConfig,
  type NotesConfig,
  type Author,
} from './model.ts';
export { versionTags, planRange, decideVersion, validateGivenVersion, type VersionTag } from './plan.ts';
export { renderRelease, renderEntry, compareUrl } from './render.ts';
export { updateChangelogText, updateChangelogFile } from './changelog-file.ts';
export {
  lookupAuthors,
  applyLogins,
  publishRelease,
  findRelease,
  type GitHubRequester,
  type ReleaseRequest,
} from './github.ts';
export {
  streamCommits,
  listTags,
  isShallow,
  resolveCommit,
  LOG_FORMAT,
  type RawCommit,
  type TagRef,
} from './git-log.ts';
export { readContext, writeContext, releaseSchema } from './context.ts';
