/** Cuts text at a line boundary to at most `limit` characters, ending with an italic note when cut. */
export function clipLines(text: string, limit: number, note: string): string {
  if (text.length <= limit) return text;
  const tail = `\n\n_… ${note}._\n`;
  const cut = text.slice(0, Math.max(0, limit - tail.length));
  return cut.slice(0, cut.lastIndexOf('\n') + 1) + tail;
}
