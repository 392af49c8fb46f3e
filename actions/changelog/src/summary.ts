/** The job summary of the changelog step: the verdict, the counts, the notes, and every unparsed commit. */
import { clipLines, escapeTableCell, type Summary } from '@shipgate/core';
import type { Release } from '@shipgate/notes';

/** Budgets within GitHub's 1 MiB summary, so a huge release still shows its counts and unparsed commits. */
const NOTES_BUDGET = 400_000;
const UNPARSED_BUDGET = 400_000;

/** Renders the model into the summary builder. `markdown` is the already-escaped notes. */
export function renderSummary(
  summary: Summary,
  release: Release,
  markdown: string,
  o: { mode: 'preview' | 'release' | 'nothing'; releaseUrl?: string; strictFailed: boolean },
): void {
  const s = release.stats;
  const title =
    o.mode === 'preview'
      ? release.bump === 'none'
        ? 'Changelog preview: this change releases nothing (bump: none)'
        : `Changelog preview: next version ${release.tag} (${release.bump})`
      : o.mode === 'release'
        ? `Release ${release.tag} (${release.bump})`
        : `Nothing to release since ${release.previousTag ?? 'the first commit'} (bump: none)`;
  summary.heading(title, 2);
  if (o.releaseUrl) summary.paragraph(`GitHub release: ${o.releaseUrl}`);
  if (o.strictFailed)
    summary.paragraph(
      `**strict:** ${release.unparsed.length} commit(s) are not conventional; nothing was written.`,
    );
  summary.table(
    ['commits', 'entries', 'breaking', 'hidden', 'reverted', 'merges', 'not conventional'],
    [[s.commits, s.entries, release.breaking.length, s.hidden, s.reverted, s.merges, s.unparsed].map(String)],
  );
  if (o.mode !== 'nothing')
    summary.details(
      `Notes for ${release.tag}`,
      clipLines(
        markdown,
        NOTES_BUDGET,
        'cut to fit the job summary; the whole notes are in the notes output and file',
      ),
    );
  if (release.warnings?.length) {
    summary.heading(`${release.warnings.length} warning(s) from the commit parser`, 3);
    summary.table(
      ['commit', 'subject', 'warning'],
      release.warnings
        .slice(0, 200)
        .map((w) => [`\`${w.sha.slice(0, 7)}\``, escapeTableCell(w.subject), escapeTableCell(w.message)]),
    );
  }
  if (release.unparsed.length) {
    summary.heading(`${release.unparsed.length} commit(s) not conventional`, 3);
    const rows: string[][] = [];
    let size = 0;
    for (const u of release.unparsed) {
      const row = [`\`${u.sha.slice(0, 7)}\``, escapeTableCell(u.subject || '(empty message)'), u.reason];
      size += row.join(' | ').length + 6;
      if (size > UNPARSED_BUDGET) break;
      rows.push(row);
    }
    summary.table(['commit', 'subject', 'reason'], rows);
    if (rows.length < release.unparsed.length)
      summary.paragraph(`… and ${release.unparsed.length - rows.length} more (context-out writes them all).`);
  }
}
