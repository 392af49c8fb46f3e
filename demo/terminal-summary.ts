// A job summary (GitHub-flavoured Markdown) as a person reads it in a terminal: tables aligned,
// Mermaid xychart-beta drawn as a text chart, a gantt as bars, markup and escapes removed. Pure.

/** Columns a string takes in a terminal: emoji and other wide characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(/\uFE0F/g, '')) {
    const code = ch.codePointAt(0)!;
    width +=
      code >= 0x1f000 ||
      (code >= 0x2600 && code <= 0x27bf && code !== 0x2713 && code !== 0x2714) ||
      (code >= 0x2b00 && code <= 0x2bff)
        ? 2
        : 1;
  }
  return width;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Inline Markdown → plain text: escapes, emphasis, code spans, links, HTML tags. */
export function plain(text: string): string {
  return (
    text
      .replace(/<[^>]+>/g, '')
      .replace(/!?\[([^\]]*)\]\(([^)]*)\)/g, (_m, t: string, url: string) =>
        t && t !== url ? `${t} (${url})` : url,
      )
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      // A code span opens at an unescaped backtick; `\`` is a literal backtick, as on GitHub.
      .replace(/(?<!\\)`([^`]*)`/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  );
}

function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => plain(c.trim()));
}

/** A Markdown table as aligned columns. */
export function renderTable(rows: string[]): string[] {
  const body = rows.filter((r) => !/^\s*\|?\s*:?-{3,}/.test(r)).map(cells);
  const widths = body[0]!.map((_, i) => Math.max(...body.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) =>
    `  ${r
      .map((c, i) => pad(c, widths[i]!))
      .join('  ')
      .trimEnd()}`;
  const header = body[0]!.some((c) => c !== '')
    ? [line(body[0]!), `  ${widths.map((w) => '─'.repeat(w)).join('  ')}`]
    : [];
  return [...header, ...body.slice(1).map(line)];
}

/** Mermaid xychart-beta: every `line`/`bar` series drawn in one grid, x labels under it. */
export function renderXyChart(source: string, height = 8): string[] {
  const title = /title\s+"([^"]*)"/.exec(source)?.[1] ?? '';
  const xLabels = [...(/x-axis\s+\[([^\]]*)\]/.exec(source)?.[1] ?? '').matchAll(/"([^"]*)"/g)].map(
    (m) => m[1]!,
  );
  const yLabel = /y-axis\s+"([^"]*)"/.exec(source)?.[1] ?? '';
  const series = [...source.matchAll(/^\s*(?:line|bar)\s+\[([^\]]*)\]/gm)].map((m) =>
    m[1]!.split(',').map(Number),
  );
  if (series.length === 0) return [];
  const all = series.flat().filter(Number.isFinite);
  const max = Math.max(...all, 0);
  const min = Math.min(...all, 0);
  const span = max - min || 1;
  const glyphs = ['●', '○', '─', '·'];
  const columns = Math.max(...series.map((s) => s.length));
  const grid = Array.from({ length: height }, () => Array.from({ length: columns * 2 }, () => ' '));
  series.forEach((values, s) =>
    values.forEach((v, x) => {
      if (!Number.isFinite(v)) return;
      const y = height - 1 - Math.round(((v - min) / span) * (height - 1));
      if (grid[y]![x * 2] === ' ') grid[y]![x * 2] = glyphs[s % glyphs.length]!;
    }),
  );
  const label = (v: number) => Number(v.toPrecision(3)).toString();
  const axisWidth = Math.max(label(max).length, label(min).length);
  const lines = [`  ${title}${yLabel ? ` (${yLabel})` : ''}`];
  grid.forEach((row, i) => {
    const tick = i === 0 ? label(max) : i === height - 1 ? label(min) : '';
    lines.push(`  ${tick.padStart(axisWidth)} ┤${row.join('').trimEnd()}`);
  });
  lines.push(`  ${' '.repeat(axisWidth)} └${'─'.repeat(columns * 2)}`);
  if (xLabels.length)
    lines.push(`  ${' '.repeat(axisWidth)}  ${xLabels[0]} … ${xLabels.at(-1)} (${xLabels.length} points)`);
  if (series.length > 1)
    lines.push(
      `  ${' '.repeat(axisWidth)}  ${series.map((_, s) => `${glyphs[s % glyphs.length]} series ${s + 1}`).join('  ')}`,
    );
  return lines;
}

/** Mermaid gantt (`name label :tags, id, start, end`): one bar per task, scaled to 40 columns. */
export function renderGantt(source: string): string[] {
  const tasks = [...source.matchAll(/^\s*(\S.*?)\s*:[^,]*,\s*[^,]+,\s*(\d+),\s*(\d+)\s*$/gm)].map((m) => ({
    name: m[1]!,
    start: Number(m[2]),
    end: Number(m[3]),
  }));
  if (tasks.length === 0) return [];
  const total = Math.max(...tasks.map((t) => t.end)) || 1;
  const width = Math.max(...tasks.map((t) => displayWidth(t.name)));
  return tasks.map((t) => {
    const from = Math.round((t.start / total) * 40);
    const to = Math.max(from + 1, Math.round((t.end / total) * 40));
    return `  ${pad(t.name, width)}  ${' '.repeat(from)}${'█'.repeat(to - from)}`;
  });
}

/** The whole summary, line by line. */
export function renderSummary(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.replace(/\r/g, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^```(\w*)/.exec(line.trim());
    if (fence) {
      const block: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trim().startsWith('```'); i++) block.push(lines[i]!);
      const source = block.join('\n');
      if (fence[1] === 'mermaid' && /^\s*xychart-beta/.test(source)) out.push(...renderXyChart(source));
      else if (fence[1] === 'mermaid' && /^\s*gantt/.test(source)) out.push(...renderGantt(source));
      else if (fence[1] !== 'mermaid') out.push(...block.map((b) => `    ${b}`));
      continue;
    }
    if (line.trim().startsWith('|')) {
      const table: string[] = [];
      for (; i < lines.length && lines[i]!.trim().startsWith('|'); i++) table.push(lines[i]!);
      i--;
      out.push(...renderTable(table));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const text = plain(heading[2]!);
      out.push('', heading[1]!.length <= 2 ? `\x1b[1m${text}\x1b[0m` : `\x1b[1m${text}\x1b[0m`);
      continue;
    }
    if (/^\s*<\/?(details|summary)/.test(line)) {
      const text = plain(line).trim();
      if (text) out.push(text);
      continue;
    }
    out.push(plain(line));
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
