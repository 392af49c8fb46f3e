/**
 * Markdown from the Release model only (git-cliff's template.rs: the renderer knows nothing of git).
 * Breaking changes first with their descriptions, then sections in order; each entry has its scope in
 * bold, the PR and issue references and short hash linked, and its author. Every piece of commit text
 * goes through escapeMarkdown: it can form no link, image, HTML, heading or @-mention.
 */
import { escapeMarkdown } from '@shipgate/core';
import type { Author, Release, ReleaseEntry } from './model.ts';

/**
 * Every character core's escapeMarkdown rewrites, and the starts of GitHub's autolinks; text without
 * any is returned as is (most commit descriptions), which keeps rendering 100,000 entries cheap.
 * render.test.ts checks the two agree.
 */
const NEEDS_ESCAPE = /[&<>\\`*_{}[\]()#+\-.!|~@]|:\/\/|www\./i;

/**
 * GFM's extended autolinks (`https://…`, `www.…`) start at a literal `:` or `www.` in a text run; a
 * backslash-escaped `\:` or `\.` is the same character to a reader but no link to the renderer.
 */
function breakAutolinks(escaped: string): string {
  return escaped.replace(/:\/\//g, '\\://').replace(/\b(www)\./gi, '$1\\.');
}

/** escapeMarkdown plus no bare-URL autolinks, skipping the regex passes when there is nothing to escape. */
export function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? breakAutolinks(escapeMarkdown(text)) : text;
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/**
 * Appends strings to a growing UTF-8 buffer: 100,000 entries become one flat string at the end
 * instead of a million short-lived template-string pieces for the collector.
 */
class MarkdownWriter {
  private buf = Buffer.allocUnsafe(1 << 16);
  private len = 0;
  write(text: string): void {
    const need = this.len + text.length * 3;
    if (need > this.buf.length) {
      const next = Buffer.allocUnsafe(Math.max(need, this.buf.length * 2));
      this.buf.copy(next, 0, 0, this.len);
      this.buf = next;
    }
    this.len += this.buf.write(text, this.len);
  }
  toString(): string {
    return this.buf.toString('utf8', 0, this.len);
  }
}

/** The heading line and body of one release section, ending with a newline. */
export function renderRelease(release: Release): string {
  const base = repoUrl(release);
  const w = new MarkdownWriter();
  const compare = compareUrl(release);
  const title = compare ? `[${release.version}](${compare})` : release.version;
  w.write(`## ${title} (${release.date})\n\n`);
  if (release.breaking.length) {
    w.write('### ⚠ BREAKING CHANGES\n\n');
    for (const e of release.breaking) {
      for (const note of e.breakingNotes)
        w.write(`* ${scopePrefix(e)}${block(note, base)} (${refs(e, base)})\n`);
    }
    w.write('\n');
  }
  const authors = new Map<Author, string>();
  const scopes = new Map<string, string>();
  for (const section of release.sections) {
    w.write(`### ${escapeMarkdown(section.title)}\n\n`);
    for (const e of section.entries) {
      let by = authors.get(e.author);
      if (by === undefined) authors.set(e.author, (by = authorSuffix(e.author)));
      w.write('* ');
      if (e.scope) {
        let scope = scopes.get(e.scope);
        if (scope === undefined) scopes.set(e.scope, (scope = scopePrefix(e)));
        w.write(scope);
      }
      w.write(text(e.description, base));
      w.write(' (');
      writeRefs(w, e, base);
      w.write(')');
      w.write(by);
      w.write('\n');
    }
    w.write('\n');
  }
  if (!release.breaking.length && !release.sections.length) w.write('_No user-facing changes._\n\n');
  return w.toString().replace(/\n$/, '');
}

function writeRefs(w: MarkdownWriter, e: ReleaseEntry, base: string | undefined): void {
  if (!base) return w.write(refs(e, base));
  if (e.pr !== undefined) {
    w.write(`[#${e.pr}](`);
    w.write(base);
    w.write(`/pull/${e.pr}), `);
  }
  for (const n of e.refs) {
    w.write(`[#${n}](`);
    w.write(base);
    w.write(`/issues/${n}), `);
  }
  w.write(`[${e.sha.slice(0, 7)}](`);
  w.write(base);
  w.write('/commit/');
  w.write(e.sha);
  w.write(')');
}

/** One bullet: `* **scope:** description ([#12](…)) ([abc1234](…)), by @login`. */
export function renderEntry(e: ReleaseEntry, release: Release): string {
  const base = repoUrl(release);
  return `* ${scopePrefix(e)}${text(e.description, base)} (${refs(e, base)})${authorSuffix(e.author)}`;
}

/** The compare link between the previous tag and this one, when both and the repository are known. */
export function compareUrl(release: Release): string | undefined {
  const base = repoUrl(release);
  if (!base || !release.previousTag) return undefined;
  return `${base}/compare/${encodeURIComponent(release.previousTag)}...${encodeURIComponent(release.tag)}`;
}

function repoUrl(release: Release): string | undefined {
  const r = release.repository;
  if (!r) return undefined;
  return `${r.serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(r.owner)}/${encodeURIComponent(r.repo)}`;
}

function scopePrefix(e: ReleaseEntry): string {
  return e.scope ? `**${escapeText(e.scope)}:** ` : '';
}

function refs(e: ReleaseEntry, base: string | undefined): string {
  let out = '';
  if (e.pr !== undefined) out += base ? `[#${e.pr}](${base}/pull/${e.pr}), ` : `#${e.pr}, `;
  for (const n of e.refs) out += base ? `[#${n}](${base}/issues/${n}), ` : `#${n}, `;
  const short = e.sha.slice(0, 7);
  return out + (base ? `[${short}](${base}/commit/${e.sha})` : `\`${short}\``);
}

function authorSuffix(author: Author): string {
  if (author.login && LOGIN.test(author.login)) return `, by @${author.login}`;
  if (author.name.trim()) return `, by ${escapeText(author.name.trim())}`;
  return '';
}

/** Escaped commit text on one line, with `#123` turned into issue links when the repository is known. */
function text(raw: string, base: string | undefined): string {
  const line =
    raw.includes('\n') || raw.includes('\r') ? raw.replace(/\s*[\r\n]+\s*/g, ' ').trim() : raw.trim();
  if (!line.includes('#')) return escapeText(line);
  const parts = line.split(/(?<![\w/])#(\d{1,9})\b/);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) out += escapeText(parts[i]!);
    else out += base ? `[#${parts[i]}](${base}/issues/${parts[i]})` : `\\#${parts[i]}`;
  }
  return out;
}

/** A multi-line breaking-change description: each line escaped, continuation lines indented under the bullet. */
function block(raw: string, base: string | undefined): string {
  const paragraphs = raw
    .split(/\n[ \t]*\n/)
    .map((p) => text(p, base))
    .filter(Boolean);
  return paragraphs.join('\n\n  ');
}
