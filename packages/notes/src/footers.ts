/**
 * The footer block of one entry (Conventional Commits 1.0.0 §8-§11, git trailers) and the breaking
 * markers a commit can carry outside it. A footer is `Token: value` or `Token #value`; a token with
 * an empty value is not a footer (the spec: "followed by a `:<space>` or `<space>#` separator,
 * followed by a string value"). conventional-changelog's parser also honours `BREAKING CHANGE:` at
 * the start of any body line and as a squash bullet (`* BREAKING CHANGE:` with its text in the next
 * paragraph); so do we, so a breaking change is never lost to where it was written.
 */

/** One `token: value` (or `token #value`) trailer of a commit message. */
export interface Footer {
  token: string;
  value: string;
}

export const FOOTER =
  /^(BREAKING CHANGE|BREAKING-CHANGE|[A-Za-z][A-Za-z0-9-]*)(?::[ \t]+(?=\S)|[ \t]+#(?=\w))(.*)$/;

/** A breaking marker at the start of a body line, optionally as a squash bullet; spelt in upper case (spec §15). */
const BREAKING_LINE = /^(?:[*-][ \t]+)?BREAKING[ -]CHANGE:[ \t]*(.*)$/;

/** A footer value made only of issue references (`#12`, `#3, #4`): a trailer, never a change of its own. */
export const REFS_ONLY = /^#\d{1,9}(?:[ \t]*,?[ \t]*#\d{1,9})*[.]?[ \t]*$/;

export function isBreakingToken(token: string): boolean {
  return token === 'BREAKING CHANGE' || token === 'BREAKING-CHANGE';
}

/** Paragraphs of trimmed-at-both-ends lines (blank lines separate). */
export function paragraphsOf(lines: readonly string[]): string[][] {
  const paragraphs: string[][] = [];
  let para: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (para.length) paragraphs.push(para);
      para = [];
    } else para.push(line);
  }
  if (para.length) paragraphs.push(para);
  return paragraphs;
}

/** Index of the first paragraph of the trailing footer block (paragraphs.length when there is none). */
export function footerBlockStart(paragraphs: readonly string[][]): number {
  let start = paragraphs.length;
  while (start > 0 && FOOTER.test(paragraphs[start - 1]![0]!)) start--;
  return start;
}

/** Separates trailing footer paragraphs from the body; continuation lines extend the previous footer. */
export function splitFooters(lines: readonly string[]): { body: string[][]; footers: Footer[] } {
  const paragraphs = paragraphsOf(lines);
  const start = footerBlockStart(paragraphs);
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
  return { body: paragraphs.slice(0, start), footers };
}

/** What the body paragraphs say about breaking changes outside the footer block. */
export interface BodyBreaking {
  notes: string[];
  /** Markers with no text anywhere (not a footer, per the spec): reported, never a silent major. */
  empty: number;
  /** Footer lines that end a note's paragraph (`Closes #9`), as conventional-changelog reads them. */
  footers: Footer[];
}

/**
 * Breaking markers at the start of a body line (conventional-changelog's notes pattern): the text is
 * the rest of the line and the lines after it in the paragraph, or, when the line holds nothing, the
 * next paragraph unless that one is a footer (`* BREAKING CHANGE:` squash bullets are written so).
 * The text ends at the next footer line (spec §10), whose lines become footers.
 */
export function bodyBreaking(body: readonly string[][]): BodyBreaking {
  const found: BodyBreaking = { notes: [], empty: 0, footers: [] };
  for (let p = 0; p < body.length; p++) {
    const para = body[p]!;
    for (let i = 0; i < para.length; i++) {
      const m = BREAKING_LINE.exec(para[i]!.trim());
      if (!m) continue;
      let rest = [m[1]!, ...para.slice(i + 1)];
      const next = body[p + 1];
      if (!rest.join('').trim() && next && !FOOTER.test(next[0]!)) {
        rest = next;
        p++;
      }
      const end = rest.findIndex((line, k) => k > 0 && FOOTER.test(line));
      const text = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
      if (end >= 0) found.footers.push(...splitFooters(['', ...rest.slice(end)]).footers);
      if (text) found.notes.push(text);
      else found.empty++;
      break;
    }
  }
  return found;
}
