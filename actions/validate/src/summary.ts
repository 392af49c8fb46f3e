/**
 * The job summary of a validation: one row per check with its conditions and the actual values,
 * the exact failing condition of each failure, the load's percentiles and thresholds, and a latency
 * histogram (Mermaid xychart-beta). Everything that came from the server is escaped.
 */
import { codeCell, escapeTableCell, formatDuration, inlineCode, xyChart, type Summary } from '@shipgate/core';
import type { CheckReport, LoadReport, ValidationReport } from '@shipgate/probe';

export function renderSummary(summary: Summary, report: ValidationReport): void {
  const verdict = report.passed ? '✅ passed' : '❌ failed';
  summary.heading(`shipgate validate: ${verdict}`, 2);
  const passedChecks = report.checks.filter((c) => c.passed).length;
  summary.paragraph(
    `${inlineCode(report.baseUrl)} — ${passedChecks} of ${report.checks.length} checks passed in ${formatDuration(report.durationMs)} (timeout ${formatDuration(report.settings.timeoutMs)}, every ${formatDuration(report.settings.intervalMs)})`,
  );
  summary.table(
    ['Check', 'Result', 'Attempts', 'Conditions (actual values)', 'Response'],
    report.checks.map(checkRow),
  );
  if (report.failures.length > 0) {
    summary.heading('Failures', 3);
    summary.list(report.failures.map((line) => inlineCode(line)));
  }
  if (report.load) renderLoad(summary, report.load);
  else if (report.loadSkipped) summary.paragraph(`Load: ${report.loadSkipped}.`);
  const retried = report.checks.filter((c) => c.failedAttempts.length > 0);
  for (const check of retried)
    summary.details(
      `${escapeTableCell(check.name)}: ${check.failedAttempts.length} failed attempt(s)`,
      attemptsTable(check),
    );
}

function checkRow(check: CheckReport): string[] {
  const result = check.passed ? '✅' : '❌';
  const when = check.firstSuccess
    ? ` (passed at attempt ${check.firstSuccess.attempt}, ${formatDuration(check.firstSuccess.atMs)})`
    : '';
  const conditions = check.conditions.map(
    (c) =>
      `${c.passed ? '✅' : '❌'} ${escapeTableCell(c.resolved)}${c.reason && !c.passed ? ` — ${escapeTableCell(c.reason)}` : ''}`,
  );
  if (check.error) conditions.unshift(`⚠️ ${escapeTableCell(check.error)}`);
  const r = check.response;
  const response = r
    ? `${r.status} ${r.protocol}, ${r.timeMs} ms${check.details?.grade ? `, grade ${escapeTableCell(String(check.details.grade))}` : ''}`
    : '—';
  return [
    `${escapeTableCell(check.name)} (${check.kind})<br>${escapeTableCell(`${check.method} ${check.url}`)}`,
    result,
    `${check.attempts}${when}`,
    conditions.join('<br>'),
    response,
  ];
}

function renderLoad(summary: Summary, load: LoadReport): void {
  summary.heading(`Load: ${load.passed ? '✅' : '❌'} ${load.requests} requests, ${load.rps} req/s`, 3);
  const model =
    load.model === 'open'
      ? `open model at ${load.rate} req/s (latency from the due time: corrected for coordinated omission)`
      : `closed model, ${load.concurrency} connections`;
  summary.paragraph(
    `${inlineCode(load.url)}, ${model}, ${formatDuration(load.durationMs)}; error rate ${(load.errorRate * 100).toFixed(2)}% (${load.errors} of ${load.requests}); statuses ${Object.entries(
      load.statuses,
    )
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')}`,
  );
  const l = load.latency;
  summary.table(
    ['min', 'p50', 'p75', 'p90', 'p95', 'p99', 'p99.9', 'max', 'mean'],
    [
      [l.min, l.p50, l.p75, l.p90, l.p95, l.p99, l.p999, l.max, Math.round(l.mean * 1000) / 1000].map(
        (v) => `${v} ms`,
      ),
    ],
  );
  if (load.thresholds.length > 0) {
    summary.table(
      ['Threshold', 'Result', 'Actual'],
      load.thresholds.map((t) => [
        codeCell(t.threshold),
        t.passed ? '✅' : '❌',
        t.actual === null ? 'no data (no request was answered)' : String(t.actual),
      ]),
    );
  }
  if (load.histogram.length > 0) {
    summary.mermaid(
      xyChart({
        title: 'Latency histogram (requests per latency bucket)',
        ...latencyAxis(load.histogram),
        yLabel: 'requests',
        series: [{ name: 'requests', kind: 'bar', values: load.histogram.map((b) => b.count) }],
      }),
    );
  }
  if (load.errorSamples.length > 0) summary.list(load.errorSamples.map((e) => `error: ${inlineCode(e)}`));
}

function attemptsTable(check: CheckReport): string {
  const rows = check.failedAttempts.map((a) => {
    const what = a.error ? [a.error] : a.failed.map((f) => f.resolved);
    return `| ${a.attempt} | ${formatDuration(a.atMs)} | ${a.response ? String(a.response.status) : '—'} | ${what.map(escapeTableCell).join('<br>')} |`;
  });
  const dropped = check.droppedFailedAttempts
    ? `\n\n${check.droppedFailedAttempts} more failed attempt(s) in between are counted, not listed.`
    : '';
  return (
    ['| Attempt | At | Status | What failed |', '| --- | --- | --- | --- |', ...rows].join('\n') + dropped
  );
}

/**
 * Bucket labels "from–to" in one unit, named once in the axis title: seconds when the buckets
 * reach 2 s, else milliseconds. The bounds are already round (probe's niceEdges), so a label is
 * a few characters and eight of them fit side by side as GitHub renders the chart.
 */
function latencyAxis(buckets: { fromMs: number; toMs: number }[]): { xLabels: string[]; xLabel: string } {
  const seconds = buckets.at(-1)!.toMs >= 2000;
  const unit = (ms: number) => String(Number((seconds ? ms / 1000 : ms).toPrecision(3)));
  return {
    xLabels: buckets.map((b) => `${unit(b.fromMs)}–${unit(b.toMs)}`),
    xLabel: seconds ? 'latency (s)' : 'latency (ms)',
  };
}
