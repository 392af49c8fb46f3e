import { appendFile } from 'node:fs/promises';
import { redact } from './secrets.ts';

/** GitHub's limits: a step summary over 1 MiB is dropped; a comment body over 65,536 characters is refused. */
export const SUMMARY_LIMIT = 1024 * 1024;
export const COMMENT_LIMIT = 65_536;

/**
 * A job summary built from blocks (toolkit `summary.ts` style). Callers escape untrusted text
 * themselves (escapeMarkdown / escapeTableCell): this builder does not guess what is Markdown.
 */
export class Summary {
  private readonly blocks: string[] = [];

  get isEmpty(): boolean {
    return this.blocks.length === 0;
  }

  heading(text: string, level: 1 | 2 | 3 | 4 = 2): this {
    return this.raw(`${'#'.repeat(level)} ${text}`);
  }

  paragraph(markdown: string): this {
    return this.raw(markdown);
  }

  /** A table; every row must have as many cells as there are headers. */
  table(headers: string[], rows: string[][]): this {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const body = rows.map((row) => line(headers.map((_, i) => row[i] ?? '')));
    return this.raw([line(headers), line(headers.map(() => '---')), ...body].join('\n'));
  }

  details(summaryText: string, markdown: string): this {
    return this.raw(`<details><summary>${summaryText}</summary>\n\n${markdown}\n\n</details>`);
  }

  list(items: string[]): this {
    return this.raw(items.map((item) => `- ${item}`).join('\n'));
  }

  code(text: string, lang = ''): this {
    const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return this.raw(`${fence}${lang}\n${text}\n${fence}`);
  }

  mermaid(source: string): this {
    return this.code(source, 'mermaid');
  }

  raw(markdown: string): this {
    this.blocks.push(markdown);
    return this;
  }

  /** The Markdown, cut to `limit` characters by dropping whole trailing blocks, with a note saying so. */
  toMarkdown(limit = SUMMARY_LIMIT): string {
    return fitBlocks(this.blocks, limit);
  }

  /** Appends the summary to GITHUB_STEP_SUMMARY (no-op when unset), with secrets redacted. */
  async write(path = process.env.GITHUB_STEP_SUMMARY): Promise<void> {
    if (!path || this.isEmpty) return;
    await appendFile(path, `${redact(this.toMarkdown())}\n`);
  }
}

/**
 * Cuts Markdown to fit `limit` characters at block boundaries (blank-line separated, headings kept
 * with what follows where possible) and says how much was left out — never a silent truncation.
 */
export function fitToLimit(markdown: string, limit: number): string {
  return fitBlocks(markdown.split(/\n{2,}(?=#{1,6} )/), limit);
}

function fitBlocks(blocks: string[], limit: number): string {
  const whole = blocks.join('\n\n');
  if (whole.length <= limit) return whole;
  const kept: string[] = [];
  let size = 0;
  const noteFor = (omitted: number) =>
    `\n\n> ⚠️ ${omitted} section(s) left out to fit GitHub's limit of ${limit.toLocaleString('en-US')} characters; the full report is in the job's report file.`;
  const reserve = noteFor(blocks.length).length;
  for (const block of blocks) {
    const extra = (kept.length ? 2 : 0) + block.length;
    if (size + extra + reserve > limit) break;
    kept.push(block);
    size += extra;
  }
  if (kept.length === 0) {
    // Even the first block is too long: cut it at a line boundary.
    const first = blocks[0] ?? '';
    const cut = first.slice(0, Math.max(0, limit - reserve));
    kept.push(cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) || cut);
  }
  return kept.join('\n\n') + noteFor(blocks.length - kept.length);
}

export interface ChartSeries {
  name: string;
  kind: 'line' | 'bar';
  values: number[];
}

/** Mermaid `xychart-beta` source (GitHub renders it in summaries and comments). */
export function xyChart(chart: {
  title: string;
  xLabels: string[];
  /** The x-axis title, e.g. with the unit of the labels ("latency (ms)"). */
  xLabel?: string;
  yLabel?: string;
  series: ChartSeries[];
}): string {
  const quote = (text: string) => `"${text.replace(/["\\\n\r]/g, ' ')}"`;
  const finite = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(6)) : 0);
  const lines = [
    'xychart-beta',
    `  title ${quote(chart.title)}`,
    `  x-axis ${chart.xLabel ? `${quote(chart.xLabel)} ` : ''}[${chart.xLabels.map(quote).join(', ')}]`,
  ];
  if (chart.yLabel) lines.push(`  y-axis ${quote(chart.yLabel)}`);
  for (const series of chart.series) lines.push(`  ${series.kind} [${series.values.map(finite).join(', ')}]`);
  return lines.join('\n');
}
