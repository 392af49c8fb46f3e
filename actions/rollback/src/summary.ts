/** The job summary of a rollback: outcome, from → to, the six phases (table + gantt), verification, config, changes. */
import { escapeMarkdown, escapeTableCell, type Summary } from '@shipgate/core';
import type { RollbackReport } from '@shipgate/kube';
import { phaseGantt, phaseRows, seconds } from '@shipgate/notify';

const ICON = {
  'rolled-back': '↩️',
  'rollback-failed': '❌',
  'verification-failed': '⚠️',
  refused: '🛑',
} as const;

export function renderSummary(s: Summary, r: RollbackReport): void {
  s.heading(
    `${ICON[r.status]} rollback ${escapeMarkdown(r.app)} ${escapeMarkdown(r.fromVersion ?? '?')} → ${escapeMarkdown(r.toVersion ?? '?')}: ${r.status}${r.noChange ? ' (no change needed)' : ''}${r.dryRun ? ' (dry run)' : ''}`,
  );
  s.paragraph(escapeMarkdown(r.message));
  if (r.noChange)
    s.paragraph(
      `**No change was needed:** ${escapeMarkdown(r.noChange)}. The application phase was skipped; ${escapeMarkdown(r.toVersion ?? '?')} was verified and the rollback recorded.`,
    );
  const rows = [
    ['app', `${r.namespace}/${r.app}`],
    ['strategy', r.strategy ?? '?'],
    ['from → to', `${r.fromVersion ?? '?'} → ${r.toVersion ?? '?'}`],
    ['why', r.reason],
    ['who', r.actor ?? 'unknown'],
    ['duration', seconds(r.durationMs)],
    ...(r.backupPath ? [['backup', r.backupPath]] : []),
    ...(r.incidentUrl ? [['incident', r.incidentUrl]] : []),
    ...(r.runUrl ? [['run', r.runUrl]] : []),
  ];
  s.table(
    ['', ''],
    rows.map(([k, v]) => [k ?? '', escapeTableCell(v ?? '')]),
  );
  if (r.status === 'refused')
    s.paragraph(`Versions it can roll back to: ${r.validTargets.map(escapeMarkdown).join(', ') || 'none'}`);
  s.heading('Phases', 3);
  s.table(['phase', 'status', 'duration', 'detail'], phaseRows(r.phases));
  const gantt = phaseGantt(r);
  if (gantt) s.mermaid(gantt);
  if (r.verification?.length) {
    s.heading('Verification', 3);
    s.table(
      ['', 'what', 'result'],
      r.verification.map((v) => [v.ok ? '✅' : '❌', escapeTableCell(v.what), escapeTableCell(v.detail)]),
    );
  }
  const c = r.config;
  if (c && c.restore.length + c.drift.length + c.unchanged.length > 0) {
    s.heading('ConfigMaps and Secrets (what rollout undo forgets)', 3);
    s.list([
      ...c.restore.map((x) => `restored ${escapeMarkdown(x.key)} from ${escapeMarkdown(x.source)}`),
      ...(r.restarts ?? []).map(
        (x) =>
          `${x.ok ? 'restarted' : '❌ restart failed:'} Deployment ${escapeMarkdown(x.deployment)} — its running pods read ${x.reads.map(escapeMarkdown).join(', ')} from before the restore; ${escapeMarkdown(x.detail)}`,
      ),
      ...c.drift.map((d) => `⚠️ drift: ${escapeMarkdown(d)}`),
      ...c.unchanged.map((k) => `unchanged: ${escapeMarkdown(k)}`),
    ]);
  }
  if (r.warnings.length > 0) s.list(r.warnings.map((w) => `⚠️ ${escapeMarkdown(w)}`));
  if (r.changes.length > 0) {
    s.heading(r.dryRun ? 'What would change (server-side dry run)' : 'Changes', 3);
    s.table(
      ['object', 'action', 'detail'],
      r.changes.map((x) => [x.object, x.action, x.detail].map(escapeTableCell)),
    );
  }
}
