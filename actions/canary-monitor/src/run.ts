/**
 * canary-monitor, one run: refuse bad inputs → read the recorded canary → send every resolved query
 * to Prometheus once → take the Lease → walk the steps (resuming a recorded walk) → promote or
 * abort → ledger, GitHub deployment, report, summary. A cancelled run (SIGTERM) aborts to stable.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionContext, ActionResult } from '@shipgate/core';
import { analysisSchema, DEFAULT_ANALYSIS, resolveSpec } from '@shipgate/metrics';
import { checkInputs, type CanaryInputs } from './definition.ts';
import { replayReport } from './replay.ts';
import { renderRules } from './rules.ts';
import { renderSummary } from './summary.ts';
import { monitor } from './monitor.ts';

export async function runCanaryMonitor(inputs: CanaryInputs, ctx: ActionContext): Promise<ActionResult> {
  checkInputs(inputs);
  const spec = resolveSpec(inputs.analysis ?? analysisSchema.parse(DEFAULT_ANALYSIS));
  if (inputs.replay !== undefined) return replayReport(inputs.replay, ctx);
  if (inputs['print-rules']) {
    process.stdout.write(
      renderRules(spec, {
        app: inputs.app ?? 'app',
        namespace: inputs.namespace,
        windowMs: spec.windowMs ?? inputs.interval,
      }),
    );
    return { outputs: {} };
  }
  const report = await monitor(inputs, spec, ctx);
  if (!report) {
    ctx.log.notice(`no canary of ${inputs.app} is in progress in ${inputs.namespace}; nothing to do`);
    return { outputs: { verdict: 'none', 'final-weight': '', score: '', 'report-path': '' } };
  }
  const dir = inputs['report-dir'] ?? join(process.cwd(), 'shipgate-canary');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `canary-${inputs.app}-${randomUUID().slice(0, 8)}.json`);
  writeFileSync(path, `${JSON.stringify(report.analysis, null, 1)}\n`);
  renderSummary(ctx.summary, report.analysis, report.final);
  const ok =
    report.final.verdict === 'promoted' ||
    report.final.verdict === 'passed' ||
    report.final.verdict === 'in-progress';
  if (ok) ctx.log.notice(report.final.message);
  return {
    outputs: {
      verdict: report.final.verdict,
      'final-weight': report.final.weight,
      score: report.analysis.score === undefined ? '' : Math.round(report.analysis.score * 10) / 10,
      'report-path': path,
    },
    failure: ok ? undefined : report.final.message,
  };
}
