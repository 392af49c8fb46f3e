/**
 * Escaping for untrusted text (commit subjects, PR titles, server bodies) placed in Markdown that
 * GitHub renders: no formatting, links, HTML or @-mentions can come from it. Characters that only
 * mean something at the start of a line (#, +, -, =, `1.`) are escaped only there, so that ordinary
 * text such as `web-7f9c.x` or `1.2.3` stays readable in the raw Markdown.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
    .replace(/@/g, '@\u200b');
}

/** What ends a line in Markdown (CommonMark: \n, \r\n, and a lone \r). */
const LINE_BREAK = /\r\n|\r|\n/g;

/** Escapes text for one cell of a Markdown table: as escapeMarkdown, on one line. */
export function escapeTableCell(text: string): string {
  return escapeMarkdown(text.replace(LINE_BREAK, ' '));
}

/** Wraps text as inline code, choosing a fence longer than any backtick run inside it. */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(LINE_BREAK, ' ')}${pad}${fence}`;
}

/**
 * Inline code inside a table cell: GFM splits the row at `|` before it parses code spans, so a pipe
 * is escaped (`\|` shows as `|` inside the code); escapeTableCell would escape the fence itself.
 */
export function codeCell(text: string): string {
  return inlineCode(text).replace(/\|/g, '\\|');
}
