/**
 * A Conventional Commits 1.0.0 parser that never throws: header (type, scope, `!`, description),
 * multi-paragraph body, footers (`BREAKING CHANGE:` / `BREAKING-CHANGE:`, `Refs: …`, `Closes #12`),
 * squash-merge subjects ending in `(#123)`, squash bodies holding several entries (blank-line
 * separated or GitHub's `* feat: …` bullets), and git's `Revert "…"` / `This reverts commit <sha>`.
 */

/** One `token: value` (or `token #value`) trailer of a commit message. */
export interface Footer {
  token: string;
  value: string;
}

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
}

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
const FOOTER = /^(BREAKING CHANGE|BREAKING-CHANGE|[A-Za-z][A-Za-z0-9-]*)(?::[ \t]*|[ \t]+#(?=\w))(.*)$/;
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
  if (head) entries.push(finishEntry(head, chunks.own));
  for (const chunk of chunks.entries) {
    const parsed = parseHeader(chunk.header);
    if (!parsed) continue;
    const entry = finishEntry(parsed, chunk.lines);
    if (head && entries.some((e) => sameChange(e, entry))) continue;
    entries.push(entry);
  }
  if (!entries.length) return { entries, pr, revert, unparsed: 'not conventional', subject };
  return { entries, pr, revert, subject };
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

/** Splits a body at paragraph-initial or bulleted lines that are themselves conventional headers of a known type. */
function splitSquashBody(body: string[], types: ReadonlySet<string>): SquashChunks {
  const result: SquashChunks = { own: [], entries: [] };
  let current = result.own;
  let previousBlank = true;
  for (const raw of body) {
    const line = raw.trimEnd();
    const bullet = BULLET.test(line);
    if ((previousBlank || bullet) && line.trim() !== '') {
      const candidate = line.replace(BULLET, '');
      const parsed = parseHeader(candidate);
      if (parsed && types.has(parsed.type)) {
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

function finishEntry(
  head: Pick<ConventionalEntry, 'type' | 'scope' | 'description' | 'breaking'>,
  lines: string[],
): ConventionalEntry {
  const { body, footers } = splitFooters(lines);
  let breaking = head.breaking;
  let notes: string[] = NONE;
  let refs: number[] = NO_REFS;
  for (const f of footers) {
    if (f.token === 'BREAKING CHANGE' || f.token === 'BREAKING-CHANGE') {
      breaking = true;
      const note = f.value.trim();
      if (note) notes = [...notes, note];
    } else if (REF_TOKENS.has(f.token.toLowerCase())) {
      for (const m of f.value.matchAll(/(?:^|[\s,(])#(\d{1,9})\b/g))
        if (!refs.includes(Number(m[1]))) refs = [...refs, Number(m[1])];
    }
  }
  if (breaking && !notes.length) notes = [head.description];
  return {
    type: head.type,
    scope: head.scope,
    description: head.description,
    breaking,
    breakingNotes: notes,
    body,
    footers,
    refs,
  };
}

/** Separates trailing footer paragraphs from the body; continuation lines extend the previous footer. */
function splitFooters(lines: string[]): { body: string; footers: Footer[] } {
  const trimmed = [...lines];
  while (trimmed.length && trimmed[0]!.trim() === '') trimmed.shift();
  while (trimmed.length && trimmed[trimmed.length - 1]!.trim() === '') trimmed.pop();
  const paragraphs: string[][] = [];
  let para: string[] = [];
  for (const line of trimmed) {
    if (line.trim() === '') {
      if (para.length) paragraphs.push(para);
      para = [];
    } else para.push(line);
  }
  if (para.length) paragraphs.push(para);

  let start = paragraphs.length;
  while (start > 0 && FOOTER.test(paragraphs[start - 1]![0]!)) start--;
  const footers: Footer[] = [];
  for (const p of paragraphs.slice(start)) {
    for (const line of p) {
      const m = FOOTER.exec(line);
      if (m) {
        const hash = !line.slice(m[1]!.length).trimStart().startsWith(':');
        footers.push({ token: m[1]!, value: (hash ? '#' : '') + m[2]! });
      } else if (footers.length) footers[footers.length - 1]!.value += `\n${line}`;
    }
  }
  const body = paragraphs
    .slice(0, start)
    .map((p) => p.join('\n'))
    .join('\n\n');
  return { body, footers };
}
