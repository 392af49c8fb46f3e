/**
 * The job summary of a canary analysis: the decision with its reason in one line, the step
 * timeline with requested and effective weights, and a Mermaid xychart per metric (canary,
 * baseline and the threshold over time), then the last round's numbers per metric.
 */
import {
  codeCell,
  escapeMarkdown,
  escapeTableCell,
  formatDuration,
  xyChart,
  type Summary,
} from '@shipgate/core';
import type { AnalysisReport, Metric } from '@shipgate/metrics';
import type { FinalState } from './monitor.ts';

const ICONS: Record<FinalState['verdict'], string> = {
  promoted: '✅',
  passed: '✅',
  'in-progress': '⏸️',
  aborted: '↩️',
  failed: '❌',
  inconclusive: '❔',
};

export function renderSummary(s: Summary, r: AnalysisReport, final: FinalState): void {
  s.heading(
    `${ICONS[final.verdict]} canary-monitor ${escapeMarkdown(r.app)} ${escapeMarkdown(r.version ?? '')}: ${final.verdict}`,
    2,
  );
  s.paragraph(escapeMarkdown(final.message));
  const start = r.weights[0]?.atMs ?? r.rounds[0]?.atMs ?? 0;
  if (r.weights.length)
    s.table(
      ['step', 'at', 'requested', 'effective'],
      r.weights.map((w) => [
        String(w.step + 1),
        `+${formatDuration(w.atMs - start)}`,
        `${w.requested}%`,
        `${w.effective}%`,
      ]),
    );
  for (const m of r.spec.metrics) chart(s, r, m, start);
  const last = r.rounds.at(-1);
  if (last)
    s.table(
      ['metric', 'outcome', 'why', 'samples (canary / baseline)', 'query (canary)'],
      last.judgements.map((j) => {
        const o = last.observations.find((x) => x.metric === j.metric);
        return [
          escapeTableCell(j.metric),
          j.outcome,
          escapeTableCell(j.reason),
          // Request counts from increase() are extrapolated: whole requests read better.
          `${Math.round(j.samples.canary)} / ${Math.round(j.samples.baseline)}`,
          codeCell((o?.arms.canary.queries ?? []).join(' ; ')),
        ];
      }),
    );
  s.paragraph(
    `${r.rounds.length} rounds; the JSON report replays offline: \`npx shipgate canary-monitor --replay <report.json>\``,
  );
}

function chart(s: Summary, r: AnalysisReport, m: Metric, start: number): void {
  const points = r.rounds
    .map((round) => ({ at: round.atMs, o: round.observations.find((x) => x.metric === m.name) }))
    .filter((p) => p.o)
    .slice(-60);
  if (points.length < 2) return;
  const threshold = m.max ?? m.min;
  s.mermaid(
    xyChart({
      title: `${m.name}: canary (1st line) vs baseline (2nd)${threshold !== undefined ? ' vs threshold (3rd)' : ''}`,
      xLabels: points.map((p) => `${Math.round((p.at - start) / 1000)}s`),
      yLabel: m.unit || m.name,
      series: [
        { name: 'canary', kind: 'line', values: points.map((p) => p.o!.arms.canary.value ?? Number.NaN) },
        { name: 'baseline', kind: 'line', values: points.map((p) => p.o!.arms.baseline.value ?? Number.NaN) },
        ...(threshold !== undefined
          ? [{ name: 'threshold', kind: 'line' as const, values: points.map(() => threshold) }]
          : []),
      ],
    }),
  );
}
