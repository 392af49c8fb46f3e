/** Maps the parsed inputs to @shipgate/kube's runRollback, and its report to outputs, summary and notifications. */
import { randomUUID } from 'node:crypto';
import {
  createGitHubClient,
  errorMessage,
  type ActionContext,
  type ActionResult,
  type GitHubClient,
} from '@shipgate/core';
import type { RollbackReport } from '@shipgate/kube';
import {
  continueGitHubDeployment,
  openIncident,
  postWebhook,
  startGitHubDeployment,
  webhookPayload,
} from '@shipgate/notify';
import { checkInputs, type RollbackInputs } from './definition.ts';
import { renderSummary } from './summary.ts';
import { readTags } from './tags.ts';

export async function runRollbackAction(inputs: RollbackInputs, ctx: ActionContext): Promise<ActionResult> {
  checkInputs(inputs);
  // Heavy libraries load only after the inputs parsed (a bad input fails in milliseconds).
  const kube = await import('@shipgate/kube');
  const repo = ctx.github.owner ? { owner: ctx.github.owner, repo: ctx.github.repo } : undefined;
  const api: GitHubClient | undefined =
    inputs.token && repo
      ? await createGitHubClient({
          token: inputs.token,
          baseUrl: ctx.github.apiUrl,
          env: ctx.env,
          log: ctx.log,
        })
      : undefined;
  const client = new kube.KubeClient({
    kubeconfig: inputs.kubeconfig,
    env: ctx.env,
    // SIGTERM aborts a hung call or a retry's backoff at once (cleanup gets a fresh bounded signal).
    signal: ctx.signal,
    onRetry: (step, e, attempt, delay) =>
      ctx.log.info(`${step}: ${e.message}; retry ${attempt} in ${delay} ms`),
  });
  const tags = await readTags({
    workspace: ctx.github.workspace,
    github: api && repo ? { api, ...repo } : undefined,
    signal: ctx.signal,
  });
  const report = await kube.runRollback({
    kube: client,
    namespace: inputs.namespace,
    app: inputs.app,
    targetVersion: inputs['target-version'],
    failedVersion: inputs['failed-version'],
    reason: inputs.reason.trim(),
    tags,
    backupDir: inputs['backup-dir'],
    restoreFrom: inputs['restore-from'],
    migration: inputs.migration,
    migrationTimeoutMs: inputs['migration-timeout'],
    continueAfterMigrationFailure: inputs['migration-failure'] === 'continue',
    verify: {
      url: inputs['verify-url']?.toString(),
      checks: inputs['verify-checks'],
      timeoutMs: inputs['verify-timeout'],
    },
    force: inputs.force,
    dryRun: inputs['dry-run'],
    timeoutMs: inputs.timeout,
    lockTimeoutMs: inputs['lock-timeout'],
    leaseSeconds: Math.ceil(inputs['lease-duration'] / 1000),
    holder: holderIdentity(ctx),
    workspace: ctx.github.workspace,
    runUrl: ctx.github.runUrl,
    actor: ctx.github.actor,
    environment: inputs.environment,
    notify: (r) => notify(r, { inputs, ctx, api, repo }),
    signal: ctx.signal,
    clock: ctx.clock,
    log: ctx.log,
  });
  // A failure is printed once, by runAction, from `failure`.
  if (report.status === 'rolled-back') ctx.log.notice(report.message);
  renderSummary(ctx.summary, report);
  return {
    outputs: {
      'from-version': report.fromVersion ?? '',
      'to-version': report.toVersion ?? '',
      strategy: report.strategy ?? '',
      status: report.status,
      'backup-path': report.backupPath ?? '',
      'duration-seconds': (report.durationMs / 1000).toFixed(1),
      'incident-url': report.incidentUrl ?? '',
    },
    failure:
      report.status === 'rolled-back'
        ? undefined
        : report.status === 'refused'
          ? `rollback refused: ${report.message}`
          : report.message,
  };
}

/** GitHub deployment status, incident issue, webhook: each failure is a warning, the others still run. */
async function notify(
  r: RollbackReport,
  o: {
    inputs: RollbackInputs;
    ctx: ActionContext;
    api: GitHubClient | undefined;
    repo: { owner: string; repo: string } | undefined;
  },
): Promise<{ incidentUrl?: string }> {
  const { inputs, ctx, api, repo } = o;
  const warn = (what: string) => (e: unknown) => ctx.log.warn(`${what}: ${errorMessage(e)}`);
  let incidentUrl: string | undefined;
  if (api && repo && r.interruptedDeployment !== undefined && r.status === 'rolled-back' && !r.dryRun)
    // The rollout the rollback cut short did not happen: its deployment ends failed, not in progress.
    await continueGitHubDeployment(api, { ...repo, logUrl: r.runUrl }, r.interruptedDeployment)
      .then((d) => d?.finish('failure', `rolled back to ${r.toVersion ?? '?'}: ${r.reason}`))
      .catch(warn('GitHub deployment of the interrupted rollout not closed'));
  if (api && repo && inputs.environment && r.toVersion) {
    await startGitHubDeployment(api, {
      ...repo,
      ref: `v${r.toVersion}`,
      environment: inputs.environment,
      description: `rollback ${r.app} ${r.fromVersion ?? '?'} → ${r.toVersion}: ${r.reason}`,
      logUrl: r.runUrl,
      payload: {
        app: r.app,
        namespace: r.namespace,
        version: r.toVersion,
        rollback: true,
        reason: r.reason,
      },
    })
      .then((d) => d.finish(r.status === 'rolled-back' ? 'success' : 'failure', r.message))
      .catch(warn('GitHub deployment status not set'));
  }
  if (inputs['create-issue']) {
    if (!api || !repo) ctx.log.warn('incident issue not opened: no token or repository');
    else
      incidentUrl = await openIncident(api, repo, r, inputs.environment).catch((e: unknown) => {
        warn('incident issue not opened')(e);
        return undefined;
      });
    if (incidentUrl) ctx.log.info(`incident issue: ${incidentUrl}`);
  }
  if (inputs['notify-webhook'])
    await postWebhook(
      inputs['notify-webhook'],
      webhookPayload(r, inputs.environment, incidentUrl),
      ctx,
    ).catch(warn('webhook not delivered'));
  return { incidentUrl };
}

/** Who holds the app's Lease, as a deploy waiting for it is told; unique per process. */
function holderIdentity(ctx: ActionContext): string {
  const repo = ctx.github.owner ? `${ctx.github.owner}/${ctx.github.repo}` : 'local';
  const job = ctx.env.GITHUB_JOB ? ` job ${ctx.env.GITHUB_JOB}` : '';
  const attempt = ctx.env.GITHUB_RUN_ATTEMPT ? `/${ctx.env.GITHUB_RUN_ATTEMPT}` : '';
  return `${repo} run ${ctx.github.runId ?? 'local'}${attempt}${job} (rollback, ${randomUUID().slice(0, 8)})`;
}
