/** The job summary of the changelog step: the verdict, the counts, the notes, and every unparsed commit. */
import { escapeTableCell, type Summary } from '@shipgate/core';
import type { Release } from '@shipgate/notes';

const MAX_LISTED = 5000;

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
  if (o.strictFailed) summary.paragraph(`**strict:** ${release.unparsed.length} commit(s) are not conventional; nothing was written.`);
  summary.table(
    ['commits', 'entries', 'breaking', 'hidden', 'reverted', 'merges', 'not conventional'],
    [[s.commits, s.entries, release.breaking.length, s.hidden, s.reverted, s.merges, s.unparsed].map(String)],
  );
  if (o.mode !== 'nothing') summary.details(`Notes for ${release.tag}`, markdown);
  if (release.unparsed.length) {
    summary.heading(`${release.unparsed.length} commit(s) not conventional`, 3);
    const rows = release.unparsed.slice(0, MAX_LISTED).map((u) => [`\`${u.sha.slice(0, 7)}\``, escapeTableCell(u.subject || '(empty message)'), u.reason]);
    summary.table(['commit', 'subject', 'reason'], rows);
    if (release.unparsed.length > MAX_LISTED) summary.paragraph(`… and ${release.unparsed.length - MAX_LISTED} more (see context-out for all).`);
  }
}
