/** Maps the parsed inputs to @shipgate/kube's runDeploy and its report to outputs and summary. */
import { randomUUID } from 'node:crypto';
import {
  CancelledError,
  createGitHubClient,
  errorMessage,
  InputError,
  ShipgateError,
  type ActionContext,
  type ActionResult,
} from '@shipgate/core';
import type { DeployInputs } from './definition.ts';
import { renderSummary } from './summary.ts';

export async function runDeployAction(inputs: DeployInputs, ctx: ActionContext): Promise<ActionResult> {
  // Heavy libraries load only after the inputs parsed (a bad input fails in milliseconds).
  const kube = await import('@shipgate/kube');
  // promote/abort act on the rollout recorded in the cluster: a version given is checked against it.
  const version =
    inputs.version ??
    (inputs.mode === 'deploy' ? versionFromRef(ctx.github.refName, kube.normalizeVersion) : '');
  const images = [
    ...(inputs.image ? [{ ref: inputs.image }] : []),
    ...(inputs.images ?? []).map((line) => {
      try {
        return kube.parseImageLine(line);
      } catch (error) {
        throw new InputError('images', line, `container=image: ${(error as Error).message}`);
      }
    }),
  ];
  const patterns = inputs.manifests ?? [];
  const manifests = await kube
    .readManifests(patterns, ctx.github.workspace)
    .then((objs) => kube.substituteImages(objs, images))
    .catch((error: unknown) => {
      throw new InputError(
        'manifests',
        patterns.join('\n'),
        `files or globs of Kubernetes YAML: ${(error as Error).message}`,
      );
    });
  if (inputs['backup-dir']) await kube.checkBackupDir(inputs['backup-dir']);
  const client = new kube.KubeClient({
    kubeconfig: inputs.kubeconfig,
    env: ctx.env,
    signal: ctx.signal,
    onRetry: (step, e, attempt, delay) =>
      ctx.log.info(`${step}: ${e.message}; retry ${attempt} in ${delay} ms`),
  });
  const { releaseNotifier } = await import('@shipgate/notify');
  const notifier = releaseNotifier({
    github:
      // Without an environment a recorded deployment (promote/abort of a canary) is still continued.
      inputs.token && ctx.github.owner
        ? {
            api: await createGitHubClient({
              token: inputs.token,
              baseUrl: ctx.github.apiUrl,
              env: ctx.env,
              log: ctx.log,
            }),
            owner: ctx.github.owner,
            repo: ctx.github.repo,
            ref: ctx.github.sha ?? ctx.github.refName ?? version,
            environment: inputs.environment,
            environmentUrl: inputs['environment-url']?.toString(),
            logUrl: ctx.github.runUrl,
          }
        : undefined,
    grafana: inputs['grafana-url']
      ? {
          url: inputs['grafana-url'].toString(),
          token: inputs['grafana-token'],
          environment: inputs.environment,
        }
      : undefined,
    log: ctx.log,
    now: () => ctx.clock.now(),
    signal: ctx.signal,
  });
  const failed = (error: unknown): ActionResult => {
    // Outputs on every path: a later step reads `status` even when this one failed.
    if (error instanceof InputError) throw error;
    const hint = error instanceof ShipgateError && error.hint ? `\nHint: ${error.hint}` : '';
    return {
      outputs: {
        version,
        'previous-version': '',
        revision: '',
        strategy: inputs.strategy ?? '',
        status: error instanceof CancelledError ? 'cancelled' : 'failed',
        'backup-path': '',
        'deployment-id': notifier.deploymentId ?? '',
      },
      failure: `${errorMessage(error)}${hint}`,
    };
  };
  let report: Awaited<ReturnType<typeof kube.runDeploy>>;
  try {
    report = await kube.runDeploy({
      kube: client,
      namespace: inputs.namespace,
      app: inputs.app,
      version,
      images,
      manifests,
      strategy: inputs.strategy,
      mode: inputs.mode,
      canaryWeight: inputs['canary-weight'] ?? 10,
      router: inputs['traffic-router'],
      baseline: inputs.baseline,
      autoRollback: inputs['auto-rollback'],
      timeoutMs: inputs.timeout,
      scaleDownDelayMs: inputs['scale-down-delay'] ?? 30_000,
      previewUrl: inputs['preview-url']?.toString(),
      dryRun: inputs['dry-run'],
      forceConflicts: inputs['force-conflicts'],
      backupDir: inputs['backup-dir'],
      lockTimeoutMs: inputs['lock-timeout'],
      leaseSeconds: Math.ceil(inputs['lease-duration'] / 1000),
      holder: holderIdentity(ctx),
      runUrl: ctx.github.runUrl,
      actor: ctx.github.actor,
      environment: inputs.environment,
      notifier,
      signal: ctx.signal,
      clock: ctx.clock,
      log: ctx.log,
    });
  } catch (error) {
    return failed(error);
  }
  // An abort the user asked for ends rolled back and that is its success; a deploy or a promote
  // that ended rolled back (auto-rollback, a failed gate) failed. A failure is printed once, by runAction.
  const ok = report.status === 'succeeded' || (report.mode === 'abort' && report.status === 'rolled-back');
  if (ok) ctx.log.notice(report.message);
  renderSummary(ctx.summary, report, {
    app: inputs.app,
    namespace: inputs.namespace,
    runUrl: ctx.github.runUrl,
    environmentUrl: inputs['environment-url']?.toString(),
  });
  return {
    outputs: {
      version: report.version,
      'previous-version': report.previousVersion ?? '',
      revision: report.revision ?? '',
      strategy: report.strategy,
      status: report.status,
      'backup-path': report.backupPath ?? '',
      'deployment-id': report.deploymentId ?? '',
    },
    failure: ok ? undefined : report.message,
  };
}

function versionFromRef(ref: string | undefined, normalize: (v: string) => string | undefined): string {
  const v = ref ? normalize(ref) : undefined;
  if (!v)
    throw new InputError(
      'version',
      ref,
      'semver such as 1.2.3 or v1.2.3 (not given, and GITHUB_REF_NAME is not a version tag)',
    );
  return v;
}

/**
 * Who holds the app's Lease, as the next run is told. Unique per process: two jobs of one run (a
 * matrix deploying the same app) must not mistake each other's lease for their own.
 */
function holderIdentity(ctx: ActionContext): string {
  const repo = ctx.github.owner ? `${ctx.github.owner}/${ctx.github.repo}` : 'local';
  const job = ctx.env.GITHUB_JOB ? ` job ${ctx.env.GITHUB_JOB}` : '';
  const attempt = ctx.env.GITHUB_RUN_ATTEMPT ? `/${ctx.env.GITHUB_RUN_ATTEMPT}` : '';
  return `${repo} run ${ctx.github.runId ?? 'local'}${attempt}${job} (deploy, ${randomUUID().slice(0, 8)})`;
}
