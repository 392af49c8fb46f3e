/** `--replay report.json`: re-judges a recorded analysis offline; nothing but the file is read. */
import { readFileSync } from 'node:fs';
import { InputError, type ActionContext, type ActionResult } from '@shipgate/core';
import { replay, type AnalysisReport } from '@shipgate/metrics';

export function replayReport(path: string, ctx: ActionContext): ActionResult {
  let report: AnalysisReport;
  try {
    report = JSON.parse(readFileSync(path, 'utf8')) as AnalysisReport;
  } catch (error) {
    throw new InputError(
      'replay',
      path,
      `a JSON report written by canary-monitor (${(error as Error).message})`,
    );
  }
  if (report?.v !== 1 || !Array.isArray(report.rounds) || !report.spec)
    throw new InputError('replay', path, 'a JSON report written by canary-monitor (v: 1, spec, rounds)');
  const r = replay(report);
  for (const d of r.differences)
    ctx.log.warn(`round ${d.round}: recorded "${d.recorded}", replayed "${d.replayed}"`);
  const same = r.differences.length === 0 && r.verdict === report.verdict;
  const line = `replayed ${report.rounds.length} rounds of ${report.app}: ${r.verdict} (${r.reason}); recorded ${report.verdict}${same ? ' — the same' : ' — DIFFERENT'}`;
  ctx.summary.heading('canary-monitor replay').paragraph(line);
  if (same) ctx.log.notice(line);
  return {
    outputs: { verdict: r.verdict, score: report.score ?? '', 'report-path': path, 'final-weight': '' },
    failure: same ? undefined : line,
  };
}
