/**
 * A Conventional Commits 1.0.0 parser that never throws: header (type, scope, `!`, description),
 * multi-paragraph body, footers (`BREAKING CHANGE:` / `BREAKING-CHANGE:`, `Refs: …`, `Closes #12`),
 * squash-merge subjects ending in `(#123)`, squash bodies holding several entries (blank-line
 * separated or GitHub's `* feat: …` bullets), and git's `Revert "…"` / `This reverts commit <sha>`.
 */

import { bodyBreaking, FOOTER, isBreakingToken, REFS_ONLY, splitFooters, type Footer } from './footers.ts';

export type { Footer } from './footers.ts';

/** One change described by a commit: a squash commit may carry several. */
export interface ConventionalEntry {
  /** Lower-cased type: `feat`, `fix`, … */
  type: string;
  scope?: string;
  description: string;
  breaking: boolean;
  /** Descriptions of the breaking change (footers, or the description itself for a bare `!`). */
  breakingNotes: string[];
  body: string;
  footers: Footer[];
  /** Issue/PR numbers named by closing/reference footers (`Closes #12`, `Refs: #3, #4`). */
  refs: number[];
}

/** What a revert commit points at: the reverted sha (full or short) and/or its subject. */
export interface RevertTarget {
  sha?: string;
  subject?: string;
}

/** Why a commit produced no entry. */
export type UnparsedReason = 'empty message' | 'not conventional';

/** The parse of one commit message. `entries` is empty exactly when `unparsed` is set. */
export interface ParsedMessage {
  entries: ConventionalEntry[];
  /** The PR number from a squash subject `… (#123)`. */
  pr?: number;
  revert?: RevertTarget;
  unparsed?: UnparsedReason;
  subject: string;
  /** What the parser saw and did not honour (an empty `BREAKING CHANGE:`), for the summary. */
  warnings?: string[];
}

/** The warning for a breaking marker with no text: the spec makes it no footer, so no major bump. */
export const EMPTY_BREAKING_WARNING =
  '`BREAKING CHANGE:` with no text is not a footer (Conventional Commits 1.0.0 §8); not counted as breaking';

/** Types recognised at the start of a body paragraph or bullet as a further squash entry. */
export const DEFAULT_SPLIT_TYPES = [
  'feat',
  'fix',
  'perf',
  'revert',
  'docs',
  'style',
  'refactor',
  'test',
  'build',
  'ci',
  'chore',
  'deps',
  'security',
];

/** Shared empty arrays: most commits have no breaking note and no reference (never mutated). */
const NONE: string[] = [];
const NO_REFS: number[] = [];

const DEFAULT_SPLIT_SET: ReadonlySet<string> = new Set(DEFAULT_SPLIT_TYPES);

const HEADER = /^([A-Za-z][A-Za-z0-9_-]*)(?:\(([^()\r\n]*)\))?(!)?:[ \t]+(\S.*)$/;
const PR_SUFFIX = /[ \t]*\(#(\d{1,9})\)[ \t]*$/;
const GIT_REVERT = /^Revert "(.*)"$/;
const REVERTS_SHA = /This reverts commit ([0-9a-fA-F]{7,40})\b/;
const BULLET = /^[*-][ \t]+/;
const REF_TOKENS = new Set([
  'close',
  'closes',
  'closed',
  'fix',
  'fixes',
  'fixed',
  'resolve',
  'resolves',
  'resolved',
  'refs',
  'ref',
  'references',
  'see',
  'part-of',
  'related',
  'relates-to',
]);

const interned = new Map<string, string>();

/** One copy of each type and scope string (a few distinct values across 100,000 commits). */
function intern(text: string): string {
  const known = interned.get(text);
  if (known !== undefined) return known;
  if (interned.size < 10_000) interned.set(text, text);
  return text;
}

/** Parses a conventional header line; undefined when it is not one. */
export function parseHeader(
  line: string,
): Pick<ConventionalEntry, 'type' | 'scope' | 'description' | 'breaking'> | undefined {
  const m = HEADER.exec(line.trim());
  if (!m) return undefined;
  const scope = m[2]?.trim();
  return {
    type: intern(m[1]!.toLowerCase()),
    scope: scope ? intern(scope) : undefined,
    description: m[4]!.trim(),
    breaking: m[3] === '!',
  };
}

/**
 * Parses a whole commit message. Never throws; a message that is not conventional comes back with
 * `unparsed` set so the caller can count and list it.
 */
export function parseCommitMessage(
  message: string,
  splitTypes: ReadonlySet<string> | readonly string[] = DEFAULT_SPLIT_SET,
): ParsedMessage {
  const lines = (message.includes('\r') ? message.replace(/\r\n?/g, '\n') : message).split('\n');
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  if (!lines.length) return { entries: [], unparsed: 'empty message', subject: '' };

  let header = lines[0]!.trim();
  const subject = header;
  let pr: number | undefined;
  const prMatch = PR_SUFFIX.exec(header);
  if (prMatch) {
    pr = Number(prMatch[1]);
    header = header.slice(0, prMatch.index).trimEnd();
  }
  const bodyLines = lines.slice(1);
  const revert = revertTarget(header, bodyLines);
  const chunks = splitSquashBody(
    bodyLines,
    splitTypes instanceof Set ? splitTypes : new Set(splitTypes as readonly string[]),
  );
  const entries: ConventionalEntry[] = [];

  const head =
    revert?.subject !== undefined && GIT_REVERT.test(header)
      ? { type: 'revert', scope: undefined, description: revert.subject, breaking: false }
      : parseHeader(header);
  let emptyMarkers = 0;
  const finish = (h: Parameters<typeof finishEntry>[0], lines: string[]): ConventionalEntry => {
    const { entry, empty } = finishEntry(h, lines);
    emptyMarkers += empty;
    return entry;
  };
  if (head) entries.push(finish(head, chunks.own));
  for (const chunk of chunks.entries) {
    const parsed = parseHeader(chunk.header);
    if (!parsed) continue;
    const entry = finish(parsed, chunk.lines);
    if (head && entries.some((e) => sameChange(e, entry))) continue;
    entries.push(entry);
  }
  if (!entries.length) return { entries, pr, revert, unparsed: 'not conventional', subject };
  const result: ParsedMessage = { entries, pr, revert, subject };
  if (emptyMarkers) result.warnings = [EMPTY_BREAKING_WARNING];
  return result;
}

function sameChange(a: ConventionalEntry, b: ConventionalEntry): boolean {
  return (
    a.type === b.type &&
    a.scope === b.scope &&
    a.description.replace(PR_SUFFIX, '') === b.description.replace(PR_SUFFIX, '')
  );
}

function revertTarget(header: string, body: string[]): RevertTarget | undefined {
  if (!/^revert/i.test(header)) return undefined;
  const git = GIT_REVERT.exec(header);
  const conv = git ? undefined : parseHeader(header);
  if (!git && conv?.type !== 'revert') return undefined;
  const sha = REVERTS_SHA.exec(body.join('\n'))?.[1]?.toLowerCase();
  const subject = git ? git[1]! : conv!.description;
  return sha ? { sha, subject } : { subject };
}

interface SquashChunks {
  own: string[];
  entries: { header: string; lines: string[] }[];
}

/**
 * Splits a body at paragraph-initial or bulleted lines that are themselves conventional headers of a
 * known type. Inside the trailing footer block (git trailers) only a lower-case `type: text` line
 * starts an entry, so `Fix: #12`, `Security: …` or `Refs: #3` stay trailers of the entry above; a
 * description made only of issue references (`fix: #12`) is never an entry of its own.
 */
function splitSquashBody(body: string[], types: ReadonlySet<string>): SquashChunks {
  const result: SquashChunks = { own: [], entries: [] };
  const trailersFrom = trailerLineIndex(body);
  let current = result.own;
  let previousBlank = true;
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!.trimEnd();
    const bullet = BULLET.test(line);
    if ((previousBlank || bullet) && line.trim() !== '') {
      const candidate = line.replace(BULLET, '');
      const parsed = parseHeader(candidate);
      if (
        parsed &&
        types.has(parsed.type) &&
        !REFS_ONLY.test(parsed.description) &&
        (i < trailersFrom || bullet || /^[a-z]/.test(candidate))
      ) {
        const chunk = { header: candidate, lines: [] as string[] };
        result.entries.push(chunk);
        current = chunk.lines;
        previousBlank = false;
        continue;
      }
    }
    current.push(line);
    previousBlank = line.trim() === '';
  }
  return result;
}

/** The index of the first body line of the trailing footer block (body.length when there is none). */
function trailerLineIndex(body: readonly string[]): number {
  const starts: number[] = [];
  for (let i = 0; i < body.length; i++)
    if (body[i]!.trim() !== '' && (i === 0 || body[i - 1]!.trim() === '')) starts.push(i);
  let k = starts.length;
  while (k > 0 && FOOTER.test(body[starts[k - 1]!]!)) k--;
  return k === starts.length ? body.length : starts[k]!;
}

function finishEntry(
  head: Pick<ConventionalEntry, 'type' | 'scope' | 'description' | 'breaking'>,
  lines: string[],
): { entry: ConventionalEntry; empty: number } {
  const { body, footers } = splitFooters(lines);
  const inBody = bodyBreaking(body);
  let breaking = head.breaking || inBody.notes.length > 0;
  let notes: string[] = inBody.notes.length ? inBody.notes : NONE;
  let refs: number[] = NO_REFS;
  for (const f of [...inBody.footers, ...footers]) {
    if (isBreakingToken(f.token)) {
      breaking = true;
      const note = f.value.trim();
      if (note) notes = [...notes, note];
    } else if (REF_TOKENS.has(f.token.toLowerCase())) {
      for (const m of f.value.matchAll(/(?:^|[\s,(])#(\d{1,9})\b/g))
        if (!refs.includes(Number(m[1]))) refs = [...refs, Number(m[1])];
    }
  }
  if (breaking && !notes.length) notes = [head.description];
  const entry: ConventionalEntry = {
    type: head.type,
    scope: head.scope,
    description: head.description,
    breaking,
    breakingNotes: notes,
    body: body.map((p) => p.join('\n')).join('\n\n'),
    footers,
    refs,
  };
  return { entry, empty: inBody.empty };
}
