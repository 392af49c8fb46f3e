/**
 * Markdown for the PR comment and the job summary, rendered from the report alone (so `publish`
 * mode can render a report made by another job). Fits GitHub's limits — 65,536 characters per
 * comment, 1 MiB per step summary — by leaving out whole sections, least important first, and
 * saying which; never a silent cut. Text from the repository or reports (paths, package names,
 * titles) is escaped.
 */
import { escapeMarkdown, escapeTableCell } from '@shipgate/core';
import { advisoryLink } from './advisory-links.ts';
import type { BudgetResult, JudgedFinding, SizeReport } from './model.ts';
import { formatBytes, formatDelta, formatPercent } from './units.ts';

export const COMMENT_CHARS = 65_536;
export const SUMMARY_BYTES = 1024 * 1024;
/** Rows per table before the rest is counted instead of listed. */
const MAX_ROWS = 250;

interface Section {
  title: string;
  /** 0 is kept always; higher numbers are left out first. */
  priority: number;
  md: string;
}

export interface RenderOptions {
  /** comment: 65,536 characters; summary: 1 MiB. */
  kind: 'comment' | 'summary';
  /** Where the full report is (artifact name or URL), named when sections are left out. */
  reportHint?: string;
  /** A line put right under the heading (e.g. "could not comment on this fork PR"). */
  notice?: string;
  /** Characters (or bytes) kept free for what the caller adds, e.g. the comment's marker line. */
  reserve?: number;
}

const mark = (s: BudgetResult['status']) => (s === 'pass' ? '✅' : s === 'fail' ? '❌' : '⚠️');
const cell = escapeTableCell;

function table(headers: string[], rows: string[][]): string {
  const shown = rows.slice(0, MAX_ROWS);
  const line = (c: string[]) => `| ${c.join(' | ')} |`;
  const md = [line(headers), line(headers.map(() => '---')), ...shown.map(line)].join('\n');
  return rows.length > shown.length
    ? `${md}\n\n…and ${rows.length - shown.length} more rows in the report JSON.`
    : md;
}

function verdict(r: SizeReport): string {
  const over = r.budgets.filter((b) => b.status === 'fail').length;
  const errors = r.budgets.filter((b) => b.status === 'error').length;
  const vulns = r.audit?.counts.fail ?? 0;
  const parts = [
    `${r.budgets.length} budget${r.budgets.length === 1 ? '' : 's'}: ${r.budgets.length - over - errors} within, ${over} over${errors ? `, ${errors} not measurable` : ''}`,
  ];
  if (r.audit)
    parts.push(`audit: ${vulns} vulnerabilit${vulns === 1 ? 'y' : 'ies'} at or above ${r.audit.level}`);
  const targets = r.targets.length ? ` — ${r.targets.map(escapeMarkdown).join(', ')}` : '';
  return `## ${r.passed ? '✅' : '❌'} Size and audit gate ${r.passed ? 'passed' : 'failed'}${targets}\n\n${parts.join(' · ')}`;
}

function budgetRows(r: SizeReport): string[][] {
  return r.budgets.flatMap((b) => {
    const name = `${cell(b.name)}${b.target && r.targets.length > 1 ? ` (${cell(b.target)})` : ''}`;
    if (b.status === 'error') return [[mark(b.status), name, '—', '—', '—', cell(b.message ?? '')]];
    return b.checks.map((c) => {
      const limit =
        [
          c.maxText ? `≤ ${cell(c.maxText)}` : '',
          c.increaseText
            ? `${cell(c.increaseText)}${c.relative === 'no-baseline' ? ' (no baseline)' : ''}`
            : '',
        ]
          .filter(Boolean)
          .join(b.when === 'all' ? ' and ' : ' or ') || 'tracked';
      const delta =
        c.delta === undefined
          ? 'no baseline'
          : `${formatDelta(c.delta)} (${formatPercent(c.delta, c.base!)})`;
      return [
        mark(c.breached ? 'fail' : 'pass'),
        name,
        c.compression === 'none' ? 'raw' : c.compression,
        formatBytes(c.size),
        limit,
        delta,
      ];
    });
  });
}

function budgetSections(r: SizeReport): Section[] {
  const sections: Section[] = [
    {
      title: 'Budgets',
      priority: 0,
      md: `### Budgets\n\n${table(['', 'Budget', 'Size of', 'Size', 'Limit', 'Δ vs baseline'], budgetRows(r))}`,
    },
  ];
  const failures = r.budgets.filter((b) => b.message);
  if (failures.length)
    sections.push({
      title: 'Budget failures',
      priority: 0,
      md: `### Budget failures\n\n${failures
        .slice(0, MAX_ROWS)
        .map((b) => `- ${escapeMarkdown(b.message!)}`)
        .join('\n')}`,
    });
  if (r.movers.length) {
    const rows = r.movers.map((m) => [
      cell(m.key),
      m.compression === 'none' ? 'raw' : m.compression,
      formatBytes(m.before),
      formatBytes(m.after),
      `${formatDelta(m.delta)} (${formatPercent(m.delta, m.before)})`,
    ]);
    sections.push({
      title: 'Top movers',
      priority: 2,
      md: `### Top movers\n\n${table(['File', 'Size of', 'Before', 'After', 'Δ'], rows)}`,
    });
  }
  const changed = r.budgets.filter((b) => b.newFiles.length || b.removedFiles.length);
  if (changed.length) {
    const lines = changed.flatMap((b) => [
      ...b.newFiles.map((f) => `- ➕ ${cell(f)} (${cell(b.name)})`),
      ...b.removedFiles.map((f) => `- ➖ ${cell(f)} (${cell(b.name)})`),
    ]);
    const shown =
      lines.slice(0, MAX_ROWS).join('\n') +
      (lines.length > MAX_ROWS ? `\n- …and ${lines.length - MAX_ROWS} more in the report JSON` : '');
    sections.push({
      title: 'New and removed files',
      priority: 4,
      md: `### New and removed files\n\n<details><summary>${lines.length} file(s) added or removed</summary>\n\n${shown}\n\n</details>`,
    });
  }
  const layers = r.files.filter((f) => f.path.includes('#layer '));
  if (layers.length) {
    const rows = layers.map((f) => [cell(f.path), formatBytes(f.raw), cell((f.command ?? '').slice(0, 120))]);
    sections.push({
      title: 'Image layers',
      priority: 3,
      md: `### Image layers\n\n${table(['Layer', 'Size', 'Made by'], rows)}`,
    });
  }
  return sections;
}

function findingRow(f: JudgedFinding): string[] {
  const status =
    f.status === 'fail' ? '❌' : f.status === 'allowlisted' ? '🟡' : f.status === 'unreachable' ? '💤' : '➖';
  const sev =
    f.severity === 'unscored'
      ? `unscored → ${f.effectiveSeverity}`
      : `${f.severity}${f.severitySource === 'cvss' ? ` (CVSS ${f.cvssScore})` : ''}`;
  const link = advisoryLink(f);
  const id = link ? `[${cell(f.id)}](${link})` : cell(f.id);
  const until = f.allowlist ? (f.allowlist.expires ?? 'no expiry') : '';
  return [
    status,
    id,
    cell(`${f.package}${f.version ? ` ${f.version}` : ''}`),
    sev,
    cell(f.fixedIn?.join(', ') ?? '—'),
    cell(until),
  ];
}

function auditSections(r: SizeReport): Section[] {
  const a = r.audit;
  if (!a) return [];
  const headers = ['', 'Advisory', 'Package', 'Severity', 'Fixed in', 'Allowlisted until'];
  const unreachable = a.counts.unreachable ?? 0;
  const counts = `${a.counts.fail} failing · ${a.counts.belowLevel} below ${a.level} · ${a.counts.allowlisted} allowlisted · ${a.counts.duplicatesMerged} duplicate(s) merged across reports${unreachable ? ` · ${unreachable} uncalled/unimportant (not gated)` : ''}`;
  const shown = (f: JudgedFinding) => f.status !== 'below-level' && f.status !== 'unreachable';
  const reports = a.reports.map((p) => `${cell(p.path)} (${p.format}, ${p.findings})`).join(', ');
  const sections: Section[] = [
    {
      title: 'Audit',
      priority: 0,
      md:
        `### Audit (level ${a.level}; unscored advisories count as ${a.unscoredAs})\n\n${counts}\n\nReports: ${reports || 'none'}` +
        (a.findings.some(shown) ? `\n\n${table(headers, a.findings.filter(shown).map(findingRow))}` : ''),
    },
  ];
  const below = a.findings.filter((f) => f.status === 'below-level');
  if (below.length)
    sections.push({
      title: 'Advisories below the level',
      priority: 3,
      md: `<details><summary>${below.length} advisor${below.length === 1 ? 'y' : 'ies'} below ${a.level}</summary>\n\n${table(headers, below.map(findingRow))}\n\n</details>`,
    });
  const apart = a.findings.filter((f) => f.status === 'unreachable');
  if (apart.length)
    sections.push({
      title: 'Uncalled advisories',
      priority: 2,
      md: `<details><summary>${apart.length} advisor${apart.length === 1 ? 'y' : 'ies'} osv-scanner's call analysis finds uncalled or unimportant: listed, not gated (\`audit-uncalled: gate\` gates them)</summary>\n\n${table(headers, apart.map(findingRow))}\n\n</details>`,
    });
  const notes = a.allowlist
    .filter((e) => e.state !== 'used')
    .map((e) => {
      const what = `${cell(e.id)}${e.package ? ` (${cell(e.package)})` : ''}`;
      if (e.state === 'expired')
        return `- ⏰ allowlist entry ${what} expired on ${cell(e.expires ?? '')} and no longer counts`;
      if (e.state === 'expiring')
        return `- ⚠️ allowlist entry ${what} expires in ${e.daysLeft} day(s) (${cell(e.expires ?? '')})${e.matched ? '' : ' and matched nothing'}`;
      return `- ❔ allowlist entry ${what} matched no finding (unused: remove it?)`;
    });
  const extra = [...notes, ...a.notes.map((n) => `- ${cell(n)}`)];
  if (extra.length)
    sections.push({ title: 'Allowlist', priority: 1, md: `### Allowlist and notes\n\n${extra.join('\n')}` });
  return sections;
}

function notesSection(r: SizeReport): Section {
  const skipped = new Map<string, number>();
  for (const s of r.skipped) skipped.set(s.reason, (skipped.get(s.reason) ?? 0) + 1);
  const lines = [...skipped].map(
    ([reason, n]) => `- ${n} budget(s) not measured in this run: ${cell(reason)}`,
  );
  lines.push(
    `- ${r.stats.files.toLocaleString('en-US')} file(s) measured in ${(r.stats.ms / 1000).toFixed(1)} s; ${r.stats.reused.toLocaleString('en-US')} reused from the baseline by content hash, ${r.stats.compressed.toLocaleString('en-US')} compressed`,
  );
  lines.push(
    `- gzip level ${r.settings.gzipLevel}, brotli quality ${r.settings.brotliQuality}; sizes in decimal units (1 kB = 1000 B)${r.baseline ? `; baseline from ${cell(r.baseline.commit ?? r.baseline.createdAt)}` : '; no baseline'}`,
  );
  return { title: 'Notes', priority: 1, md: lines.join('\n') };
}

/** Renders the report, fitted to the limit of `opts.kind`. */
export function renderReport(r: SizeReport, opts: RenderOptions): string {
  const head: Section = {
    title: 'Verdict',
    priority: 0,
    md: verdict(r) + (opts.notice ? `\n\n> ${opts.notice}` : ''),
  };
  const sections = [head, ...budgetSections(r), ...auditSections(r), notesSection(r)];
  return fitSections(sections, opts);
}

function measure(text: string, kind: RenderOptions['kind']): number {
  return kind === 'comment' ? text.length : Buffer.byteLength(text, 'utf8');
}

/** Leaves out whole sections, lowest priority and latest first, until the text fits; says which. */
export function fitSections(sections: Section[], opts: RenderOptions): string {
  const limit = (opts.kind === 'comment' ? COMMENT_CHARS : SUMMARY_BYTES) - (opts.reserve ?? 0);
  const kept = [...sections];
  const dropped: string[] = [];
  const note = () =>
    dropped.length
      ? `\n\n> ✂️ Left out to fit GitHub's ${opts.kind === 'comment' ? 'comment limit of 65,536 characters' : 'job summary limit of 1 MiB'}: ${dropped.join(', ')}. ${opts.reportHint ? `The full report: ${opts.reportHint}.` : 'The full report is in the report JSON.'}`
      : '';
  const text = () => kept.map((s) => s.md).join('\n\n') + note();
  while (measure(text(), opts.kind) > limit) {
    const victims = kept.filter((s) => s.priority > 0);
    if (victims.length === 0) break;
    const worst = victims.reduce((w, s) => (s.priority >= w.priority ? s : w));
    kept.splice(kept.indexOf(worst), 1);
    dropped.unshift(worst.title);
  }
  const out = text();
  if (measure(out, opts.kind) <= limit) return out;
  // Only must-keep sections remain and they are still too long: cut at a line and say so.
  const suffix = `\n\n> ✂️ Cut at GitHub's limit; the full report is in the report JSON.`;
  let cut = out;
  while (measure(cut + suffix, opts.kind) > limit) {
    const over = measure(cut + suffix, opts.kind) - limit;
    const nl = cut.lastIndexOf('\n', cut.length - over - 1);
    cut = nl > 0 ? cut.slice(0, nl) : cut.slice(0, Math.max(0, cut.length - over));
  }
  return cut + suffix;
}
