/**
 * Markdown from the Release model only (git-cliff's template.rs: the renderer knows nothing of git).
 * Breaking changes first with their descriptions, then sections in order; each entry has its scope in
 * bold, the PR and issue references and short hash linked, and its author. Every piece of commit text
 * goes through escapeMarkdown: it can form no link, image, HTML, heading or @-mention.
 */
import { escapeMarkdown } from '@shipgate/core';
import type { Author, Release, ReleaseEntry } from './model.ts';

/**
 * Every character core's escapeMarkdown rewrites; text without any is returned as is (most commit
 * descriptions), which keeps rendering 100,000 entries cheap. render.test.ts checks the two agree.
 */
const NEEDS_ESCAPE = /[&<>\\`*_{}[\]()#+\-.!|~@]/;

/** escapeMarkdown, skipping the regex passes when there is nothing to escape. */
export function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? escapeMarkdown(text) : text;
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/** The heading line and body of one release section, ending with a newline. */
export function renderRelease(release: Release): string {
  const base = repoUrl(release);
  const out: string[] = [];
  const compare = compareUrl(release);
  const title = compare ? `[${release.version}](${compare})` : release.version;
  out.push(`## ${title} (${release.date})`, '');
  if (release.breaking.length) {
    out.push('### ⚠ BREAKING CHANGES', '');
    for (const e of release.breaking) {
      for (const note of e.breakingNotes) out.push(`* ${scopePrefix(e)}${block(note, base)} (${refs(e, base)})`);
    }
    out.push('');
  }
  const authors = new Map<Author, string>();
  for (const section of release.sections) {
    out.push(`### ${escapeMarkdown(section.title)}`, '');
    for (const e of section.entries) {
      let by = authors.get(e.author);
      if (by === undefined) authors.set(e.author, (by = authorSuffix(e.author)));
      out.push(`* ${scopePrefix(e)}${text(e.description, base)} (${refs(e, base)})${by}`);
    }
    out.push('');
  }
  if (!release.breaking.length && !release.sections.length) out.push('_No user-facing changes._', '');
  return out.join('\n');
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
  const line = raw.includes('\n') || raw.includes('\r') ? raw.replace(/\s*[\r\n]+\s*/g, ' ').trim() : raw.trim();
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
  const paragraphs = raw.split(/\n[ \t]*\n/).map((p) => text(p, base)).filter(Boolean);
  return paragraphs.join('\n\n  ');
}
