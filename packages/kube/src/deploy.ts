/**
 * One deploy run, start to end: lock → backup → GitHub deployment → strategy verb → ledger →
 * GitHub status and Grafana annotation → unlock. The lock is released and the GitHub deployment
 * closed on every path, cancellation included.
 */
import { CancelledError, errorMessage, type Clock, type Logger } from '@shipgate/core';
import { writeBackup } from './backup.ts';
import type { KubeClient } from './client.ts';
import type { Change, DeployContext, StrategyResult } from './context.ts';
import { startGitHubDeployment, type DeploymentsApi, type GitHubDeployment } from './github-deployment.ts';
import { annotateGrafana } from './grafana.ts';
import type { ImageSpec } from './images.ts';
import { recordRelease } from './ledger.ts';
import { acquireLock, type HeldLock } from './lock.ts';
import type { PlainObject } from './backup.ts';
import type { PodProblem } from './pods.ts';
import type { RolloutSample } from './rollout-wait.ts';
import { routers } from './routers/index.ts';
import { ANNOTATIONS, decodeState, type RouterName, type StrategyName } from './state.ts';
import { strategies } from './strategies/index.ts';

export type DeployMode = 'deploy' | 'promote' | 'abort';

export interface DeployOptions {
  kube: KubeClient;
  namespace: string;
  app: string;
  version: string;
  images: ImageSpec[];
  manifests: PlainObject[];
  strategy: StrategyName;
  mode: DeployMode;
  canaryWeight: number;
  router: RouterName;
  baseline: boolean;
  autoRollback: boolean;
  timeoutMs: number;
  scaleDownDelayMs: number;
  previewUrl?: string;
  dryRun: boolean;
  backupDir?: string;
  lockTimeoutMs: number;
  /** Lease holder identity: who the other run is told is deploying. */
  holder: string;
  runUrl?: string;
  actor?: string;
  environment?: string;
  environmentUrl?: string;
  github?: { api: DeploymentsApi; owner: string; repo: string; ref: string };
  grafana?: { url: string; token?: string };
  signal: AbortSignal;
  clock: Clock;
  log: Logger;
}

export interface DeployReport {
  status: 'succeeded' | 'rolled-back' | 'failed';
  /** The requested version was already live (or the verb had nothing to do): nothing changed. */
  unchanged: boolean;
  message: string;
  strategy: StrategyName;
  mode: DeployMode;
  version: string;
  previousVersion?: string;
  revision?: string;
  requestedWeight?: number;
  effectiveWeight?: number;
  backupPath?: string;
  deploymentId?: number;
  dryRun: boolean;
  startedAtMs: number;
  durationMs: number;
  timeline: RolloutSample[];
  problems: PodProblem[];
  changes: Change[];
  warnings: string[];
}

export async function runDeploy(o: DeployOptions): Promise<DeployReport> {
  const startedAtMs = o.clock.now();
  const warnings: string[] = [];
  const log: Logger = { ...o.log, warn: (m, p) => (warnings.push(m), o.log.warn(m, p)) };
  let lock: HeldLock | undefined;
  let gh: GitHubDeployment | undefined;
  const ctx: DeployContext = {
    kube: o.kube,
    namespace: o.namespace,
    app: o.app,
    version: o.version,
    images: o.images,
    manifests: o.manifests,
    canaryWeight: o.canaryWeight,
    routerName: o.router,
    router: routers[o.router],
    baseline: o.baseline,
    autoRollback: o.autoRollback,
    scaleDownDelayMs: o.scaleDownDelayMs,
    previewUrl: o.previewUrl,
    dryRun: o.dryRun,
    deadlineMs: startedAtMs + o.timeoutMs,
    signal: o.signal,
    clock: o.clock,
    log,
    runUrl: o.runUrl,
    previousState: undefined,
    timeline: [],
    problems: [],
    changes: [],
  };
  const report = (r: StrategyResult, extra: Partial<DeployReport> = {}): DeployReport => ({
    status: r.status === 'unchanged' ? 'succeeded' : r.status,
    unchanged: r.status === 'unchanged',
    message: r.message,
    strategy: o.strategy,
    mode: o.mode,
    version: ctx.version,
    previousVersion: r.previousVersion,
    revision: r.revision,
    requestedWeight: r.requestedWeight,
    effectiveWeight: r.effectiveWeight,
    dryRun: o.dryRun,
    startedAtMs,
    durationMs: o.clock.now() - startedAtMs,
    timeline: ctx.timeline,
    problems: ctx.problems,
    changes: ctx.changes,
    warnings,
    ...extra,
  });
  try {
    if (!o.dryRun) {
      lock = await acquireLock(o.kube, {
        namespace: o.namespace,
        app: o.app,
        holder: o.holder,
        waitMs: o.lockTimeoutMs,
        clock: o.clock,
        signal: o.signal,
        onWait: (holder, until) =>
          log.info(`waiting for the deploy lock held by ${holder} (until ${until.toISOString()})`),
      });
    }
    const anchor =
      o.strategy === 'blue-green'
        ? await o.kube.find('read service', () =>
            o.kube.core.readNamespacedService({ name: o.app, namespace: o.namespace }),
          )
        : await o.kube.find('read deployment', () =>
            o.kube.apps.readNamespacedDeployment({ name: o.app, namespace: o.namespace }),
          );
    ctx.previousState = decodeState(anchor?.metadata?.annotations);
    if (!ctx.version && o.mode !== 'deploy') ctx.version = ctx.previousState?.version ?? '';
    const liveVersion = anchor?.metadata?.annotations?.[ANNOTATIONS.version];
    let backupPath: string | undefined;
    if (o.backupDir) {
      const b = await writeBackup(o.kube, {
        namespace: o.namespace,
        app: o.app,
        dir: o.backupDir,
        version: o.version,
        nowMs: o.clock.now(),
      });
      backupPath = b.path;
      log.info(`backup of ${b.objects} object(s) and ${b.secrets} secret digest(s): ${b.path}`);
    }
    if (o.github && o.environment && !o.dryRun && o.mode === 'deploy' && !(liveVersion === o.version)) {
      try {
        gh = await startGitHubDeployment(o.github.api, {
          owner: o.github.owner,
          repo: o.github.repo,
          ref: o.github.ref,
          environment: o.environment,
          environmentUrl: o.environmentUrl,
          description: `${o.app} ${o.version} (${o.strategy})`,
          logUrl: o.runUrl,
          payload: { app: o.app, namespace: o.namespace, version: o.version, strategy: o.strategy },
        });
      } catch (error) {
        log.warn(`GitHub deployment not created: ${errorMessage(error)}`);
      }
    }
    const strategy = strategies[o.strategy];
    const result = await strategy[o.mode](ctx);
    const final = report(result, { backupPath, deploymentId: gh?.id });
    if (!final.unchanged) {
      await recordRelease(
        o.kube,
        o.namespace,
        o.app,
        {
          version: ctx.version,
          images:
            result.images ??
            Object.fromEntries(o.images.map((i, n) => [i.container ?? `image ${n + 1}`, i.ref])),
          strategy: o.strategy,
          revision: result.revision,
          time: new Date(o.clock.now()).toISOString(),
          actor: o.actor,
          runUrl: o.runUrl,
          outcome: result.outcome ?? result.status,
          environment: o.environment,
        },
        o.dryRun,
      );
    }
    if (gh) await closeGitHub(gh, final.status === 'succeeded' ? 'success' : 'failure', final.message, log);
    if (o.grafana && !o.dryRun && !final.unchanged) {
      const g = await annotateGrafana({
        ...o.grafana,
        text: `${o.app} ${o.version}: ${final.status} (${o.strategy})`,
        tags: [
          'shipgate',
          `app:${o.app}`,
          `version:${o.version}`,
          ...(o.environment ? [`environment:${o.environment}`] : []),
        ],
        timeMs: o.clock.now(),
        signal: o.signal,
      });
      if (!g.ok) log.warn(`Grafana annotation not written: ${g.message}`);
    }
    final.durationMs = o.clock.now() - startedAtMs;
    return final;
  } catch (error) {
    if (gh)
      await closeGitHub(
        gh,
        'failure',
        error instanceof CancelledError ? 'cancelled' : errorMessage(error),
        log,
      );
    throw error;
  } finally {
    await lock?.release();
  }
}

async function closeGitHub(
  gh: GitHubDeployment,
  state: 'success' | 'failure',
  text: string,
  log: Logger,
): Promise<void> {
  try {
    await gh.finish(state, text);
  } catch (error) {
    log.warn(`GitHub deployment status not set: ${errorMessage(error)}`);
  }
}
