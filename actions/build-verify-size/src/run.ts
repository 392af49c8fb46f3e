/**
 * Maps the action's inputs to @shipgate/size and its report to outputs, annotations, the job summary
 * and the sticky PR comment. `check` runs the gate; `publish` only renders and posts reports made by
 * a check job (for fork PRs, from a `workflow_run` job that never checks out PR code).
 */
import { resolve } from 'node:path';
import {
  checkWritablePath,
  createGitHubClient,
  InputError,
  type ActionContext,
  type ActionResult,
} from '@shipgate/core';
import {
  commentMarker,
  mergeReports,
  pullNumberFromEvent,
  pullNumberFromWorkflowRun,
  readReport,
  renderReport,
  runGate,
  upsertStickyComment,
  type SizeReport,
  type StickyOutcome,
} from '@shipgate/size';
import type { SizeInputs } from './definition.ts';

export async function runSizeAction(inputs: SizeInputs, ctx: ActionContext): Promise<ActionResult> {
  return inputs.mode === 'publish' ? publish(inputs, ctx) : check(inputs, ctx);
}

async function check(inputs: SizeInputs, ctx: ActionContext): Promise<ActionResult> {
  const auditReports = inputs['audit-report'] ?? [];
  const auditWanted = auditReports.length > 0 || inputs['audit-command'] !== undefined;
  if (!inputs.budgets && !auditWanted)
    throw new InputError(
      'budgets',
      undefined,
      'size budgets, or an audit (audit-report or audit-command), or both',
    );
  if (inputs.baseline && inputs['baseline-ref'])
    throw new InputError(
      'baseline-ref',
      inputs['baseline-ref'],
      'either baseline (a report file) or baseline-ref, not both',
    );
  const cwd = ctx.github.workspace;
  checkWritablePath('report-file', resolve(cwd, inputs['report-file']), inputs['report-file']);
  const report = await runGate(
    {
      cwd,
      budgets: inputs.budgets,
      build: inputs['build-command'],
      baselinePath: inputs.baseline,
      baselineRef: inputs['baseline-ref'],
      target: inputs.target,
      reportPath: inputs['report-file'],
      commit: ctx.github.sha,
      threads: inputs.threads || undefined,
      audit: auditWanted
        ? {
            reports: auditReports,
            command: inputs['audit-command'],
            level: inputs['audit-level'],
            unscoredAs: inputs['audit-unscored'],
            allowlist: inputs['audit-allowlist'] ?? [],
            gateUnreachable: inputs['audit-uncalled'] === 'gate',
          }
        : undefined,
    },
    { clock: ctx.clock, log: ctx.log, signal: ctx.signal },
  );
  annotate(report, ctx);
  const reportPath = resolve(cwd, inputs['report-file']);
  let notice: string | undefined;
  let commentUrl: string | undefined;
  const pr = pullNumberFromEvent(ctx.github.event);
  if (inputs.comment && pr !== undefined && inputs.token) {
    const outcome = await postComment(inputs, ctx, pr, report);
    if (outcome.action === 'not-permitted') {
      notice = `Could not comment on pull request #${pr} (${outcome.status}: the token is read-only, as on a pull request from a fork). This summary and the report file carry the result; to comment, upload ${inputs['report-file']} as an artifact and run this action with mode: publish from a workflow_run job.`;
      ctx.log.warn(notice);
    } else commentUrl = outcome.url;
  }
  ctx.summary.raw(renderReport(report, { kind: 'summary', notice, reportHint: reportPath }));
  return {
    outputs: outputsOf(report, reportPath, commentUrl),
    failure: report.passed ? undefined : failureText(report),
  };
}

async function publish(inputs: SizeInputs, ctx: ActionContext): Promise<ActionResult> {
  const listed = inputs['publish-reports'] ?? [];
  const files = listed.length ? listed : [inputs['report-file']];
  const cwd = ctx.github.workspace;
  const report = mergeReports(await Promise.all(files.map((f) => readReport(resolve(cwd, f)))));
  if (!inputs.token)
    throw new InputError(
      'token',
      undefined,
      'a token that can write pull-request comments (publish mode posts the comment)',
    );
  const gh = await createGitHubClient({ token: inputs.token, log: ctx.log });
  const { owner, repo, event, eventName } = ctx.github;
  const pr =
    eventName === 'workflow_run'
      ? await pullNumberFromWorkflowRun(gh, owner, repo, event)
      : pullNumberFromEvent(event);
  if (pr === undefined)
    throw new InputError(
      'mode',
      'publish',
      'publish in a workflow_run job (or a pull_request job) whose event names a pull request; none was found',
    );
  const headSha = (event.workflow_run as { head_sha?: string } | undefined)?.head_sha;
  if (headSha && report.commit && report.commit !== headSha)
    ctx.log.warn(`The report was made for ${report.commit}, the workflow run's head is ${headSha}.`);
  const outcome = await postComment(inputs, ctx, pr, report);
  if (outcome.action === 'not-permitted')
    throw new InputError(
      'token',
      undefined,
      `a token that can write comments (GitHub answered ${outcome.status}); give the publish job pull-requests: write`,
    );
  ctx.summary.raw(
    renderReport(report, { kind: 'summary', notice: `Posted to pull request #${pr}: ${outcome.url}` }),
  );
  return { outputs: outputsOf(report, resolve(cwd, files[0]!), outcome.url) };
}

async function postComment(
  inputs: SizeInputs,
  ctx: ActionContext,
  pr: number,
  report: SizeReport,
): Promise<StickyOutcome> {
  const gh = await createGitHubClient({ token: inputs.token!, log: ctx.log });
  const marker = commentMarker(inputs['comment-key']);
  // The marker line counts against GitHub's 65,536 characters too.
  const body = renderReport(report, {
    kind: 'comment',
    reserve: marker.length + 1,
    reportHint: ctx.github.runUrl ? `the report artifact of ${ctx.github.runUrl}` : undefined,
  });
  return upsertStickyComment(gh, { owner: ctx.github.owner, repo: ctx.github.repo, issue: pr }, body, marker);
}

function annotate(report: SizeReport, ctx: ActionContext): void {
  for (const b of report.budgets)
    if (b.message)
      ctx.log.error(b.message, { title: `Size budget ${b.name}${b.target ? ` (${b.target})` : ''}` });
  for (const f of report.audit?.findings ?? []) {
    if (f.status === 'fail')
      ctx.log.error(
        `${f.id} in ${f.package}${f.version ? ` ${f.version}` : ''}: ${f.effectiveSeverity}${f.fixedIn ? `, fixed in ${f.fixedIn.join(', ')}` : ''}${f.title ? ` — ${f.title}` : ''}`,
        { title: `Vulnerability ${f.id}` },
      );
  }
  for (const e of report.audit?.allowlist ?? []) {
    if (e.state === 'expired')
      ctx.log.warn(`Allowlist entry ${e.id} expired on ${e.expires} and no longer counts`, {
        title: 'Allowlist entry expired',
      });
    if (e.state === 'expiring')
      ctx.log.warn(`Allowlist entry ${e.id} expires in ${e.daysLeft} day(s) (${e.expires})`, {
        title: 'Allowlist entry expiring',
      });
    if (e.state === 'unused')
      ctx.log.notice(`Allowlist entry ${e.id} matched no finding`, { title: 'Allowlist entry unused' });
  }
}

function outputsOf(report: SizeReport, reportPath: string, commentUrl?: string): ActionResult['outputs'] {
  return {
    'report-path': reportPath,
    'total-bytes': report.totals.bytes,
    'over-budget': report.budgets.some((b) => b.status !== 'pass'),
    vulnerabilities: report.audit?.counts.fail ?? 0,
    'comment-url': commentUrl,
  };
}

function failureText(report: SizeReport): string {
  const parts: string[] = [];
  const over = report.budgets.filter((b) => b.status !== 'pass').length;
  if (over) parts.push(`${over} of ${report.budgets.length} size budget(s) exceeded or not measurable`);
  if (report.audit && !report.audit.passed)
    parts.push(
      `${report.audit.counts.fail} vulnerabilit${report.audit.counts.fail === 1 ? 'y' : 'ies'} at or above ${report.audit.level}`,
    );
  return parts.join('; ');
}
