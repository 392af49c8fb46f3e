/** Clipping text for logs, messages and summaries: the one helper, so every cut looks the same. */

/**
 * `text` in at most `max` characters, cut with `…` when longer. With `flatten`, runs of
 * whitespace (newlines included) first become one space, for text shown inline.
 */
export function clip(text: string, max: number, options: { flatten?: boolean } = {}): string {
  const flat = options.flatten ? text.replace(/\s+/g, ' ') : text;
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1))}…`;
}

/** Cuts text at a line boundary to at most `limit` characters, ending with an italic note when cut. */
export function clipLines(text: string, limit: number, note: string): string {
  if (text.length <= limit) return text;
  const tail = `\n\n_… ${note}._\n`;
  const cut = text.slice(0, Math.max(0, limit - tail.length));
  return cut.slice(0, cut.lastIndexOf('\n') + 1) + tail;
}
