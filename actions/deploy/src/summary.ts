/** The job summary of a deploy: outcome, from → to, weights, timeline of replica counts, pods' problems, changes. */
import { escapeMarkdown, escapeTableCell, xyChart, type Summary } from '@shipgate/core';
import type { DeployReport } from '@shipgate/kube';

export function renderSummary(
  s: Summary,
  r: DeployReport,
  o: { app: string; namespace: string; runUrl?: string; environmentUrl?: string },
): void {
  const icon = r.status === 'succeeded' ? '✅' : r.status === 'rolled-back' ? '↩️' : '❌';
  s.heading(
    `${icon} deploy ${escapeMarkdown(o.app)} ${escapeMarkdown(r.version)}: ${r.unchanged ? 'unchanged' : r.status}${r.dryRun ? ' (dry run)' : ''}`,
    2,
  );
  s.paragraph(escapeMarkdown(r.message));
  const rows: string[][] = [
    ['strategy', `${r.strategy}${r.mode === 'deploy' ? '' : ` (${r.mode})`}`],
    ['app', `${o.namespace}/${o.app}`],
    // An abort goes back: from the version it aborted to the one that keeps the traffic.
    r.mode === 'abort'
      ? ['from → to', `${r.version} → ${r.previousVersion ?? '(none)'}`]
      : ['from → to', `${r.previousVersion ?? '(none)'} → ${r.version}`],
    ['duration', `${(r.durationMs / 1000).toFixed(1)} s`],
  ];
  if (r.requestedWeight !== undefined)
    rows.push(['canary weight', `requested ${r.requestedWeight}%, effective ${r.effectiveWeight ?? '?'}%`]);
  if (r.revision) rows.push(['revision', r.revision]);
  if (r.backupPath) rows.push(['backup', r.backupPath]);
  if (o.runUrl) rows.push(['run', o.runUrl]);
  if (o.environmentUrl) rows.push(['environment', o.environmentUrl]);
  s.table(
    ['', ''],
    rows.map(([k, v]) => [k ?? '', escapeTableCell(v ?? '')]),
  );
  if (r.warnings.length > 0) s.list(r.warnings.map(escapeMarkdown));
  if (r.problems.length > 0) {
    s.heading("Pods' problems", 3);
    s.table(
      ['pod', 'container', 'reason', 'detail'],
      r.problems.map((p) => [p.pod, p.container ?? '', p.reason, p.message ?? ''].map(escapeTableCell)),
    );
    for (const p of r.problems.filter((x) => x.logs?.length))
      s.details(
        `last log lines of ${escapeMarkdown(p.pod)}`,
        '```\n' + (p.logs ?? []).join('\n').replace(/```/g, "'''") + '\n```',
      );
  }
  if (r.timeline.length > 0) {
    s.heading('Timeline', 3);
    const t0 = r.startedAtMs;
    const rowsT = dedupe(r.timeline).map((x) => [
      `${((x.atMs - t0) / 1000).toFixed(1)} s`,
      x.deployment,
      String(x.desired),
      String(x.updated),
      String(x.ready),
      String(x.available),
    ]);
    s.table(
      ['t', 'deployment', 'desired', 'updated', 'ready', 'available'],
      rowsT.slice(-60).map((row) => row.map(escapeTableCell)),
    );
    const points = dedupe(r.timeline).slice(-30);
    if (points.length >= 2) {
      s.mermaid(
        xyChart({
          title: 'ready replicas',
          xLabels: points.map((x) => `${((x.atMs - t0) / 1000).toFixed(1)}s`),
          yLabel: 'pods',
          series: [{ name: 'ready', kind: 'line', values: points.map((x) => x.ready) }],
        }),
      );
    }
  }
  if (r.changes.length > 0) {
    s.heading(r.dryRun ? 'What would change (server-side dry run)' : 'Changes', 3);
    s.table(
      ['object', 'action', 'detail'],
      r.changes.map((c) => [c.object, c.action, c.detail].map(escapeTableCell)),
    );
  }
}

function dedupe<
  T extends { deployment: string; desired: number; updated: number; ready: number; available: number },
>(xs: T[]): T[] {
  const out: T[] = [];
  for (const x of xs) {
    const p = out.at(-1);
    if (
      p &&
      p.deployment === x.deployment &&
      p.desired === x.desired &&
      p.updated === x.updated &&
      p.ready === x.ready &&
      p.available === x.available
    )
      continue;
    out.push(x);
  }
  return out;
}
