/**
 * One deploy run, start to end: lock → backup → GitHub deployment → strategy verb → ledger →
 * GitHub status and Grafana annotation → unlock. The lock is released and the GitHub deployment
 * closed on every path, cancellation included.
 */
import { CancelledError, errorMessage, type Clock, type Logger } from '@shipgate/core';
import { writeBackup } from './backup.ts';
import { recordedConfig } from './config-digest.ts';
import type { KubeClient } from './client.ts';
import type { Change, DeployContext, StrategyResult } from './context.ts';
import type { ImageSpec } from './images.ts';
import { recordRelease } from './ledger.ts';
import { acquireLock, withLease, type HeldLock, type LockOptions } from './lock.ts';
import type { PlainObject } from './backup.ts';
import type { PodProblem } from './pods.ts';
import type { RolloutSample } from './rollout-wait.ts';
import { checkAgainstRecord, readRollout, type RecordedRollout } from './recorded.ts';
import { routers } from './routers/index.ts';
import { ANNOTATIONS, decodeState, type RouterName, type StrategyName } from './state.ts';
import { finishScaleDown } from './strategies/blue-green.ts';
import { strategies } from './strategies/index.ts';

export type DeployMode = 'deploy' | 'promote' | 'abort';

export interface DeployOptions {
  kube: KubeClient;
  namespace: string;
  app: string;
  version: string;
  images: ImageSpec[];
  manifests: PlainObject[];
  /** As given; undefined: rolling for a deploy, the recorded strategy for promote/abort. */
  strategy?: StrategyName | undefined;
  mode: DeployMode;
  canaryWeight: number;
  /** As given; undefined: replicas for a deploy, the recorded router for promote/abort. */
  router?: RouterName | undefined;
  baseline: boolean;
  autoRollback: boolean;
  timeoutMs: number;
  scaleDownDelayMs: number;
  previewUrl?: string;
  dryRun: boolean;
  backupDir?: string;
  lockTimeoutMs: number;
  /** Lease duration in seconds (default 60); renewed every third of it. */
  leaseSeconds?: number;
  /** Lease holder identity: who the other run is told is deploying. */
  holder: string;
  runUrl?: string;
  actor?: string;
  environment?: string;
  /** Told when the run starts changing the cluster and how it ended (GitHub deployment, Grafana: @shipgate/notify). */
  notifier?: ReleaseNotifier;
  signal: AbortSignal;
  clock: Clock;
  log: Logger;
}

/** What runDeploy tells the world through (structurally @shipgate/notify's ReleaseNotifier). */
export interface ReleaseNotifier {
  started(release: ReleaseInfo): Promise<void>;
  finished(
    release: ReleaseInfo,
    outcome: { state: 'success' | 'failure'; description: string },
  ): Promise<void>;
  readonly deploymentId: number | undefined;
}
export interface ReleaseInfo {
  app: string;
  namespace: string;
  version: string;
  strategy: string;
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
  // promote/abort act on the recorded rollout: read and checked before the Lease or any change.
  const recorded = o.mode === 'deploy' ? undefined : await recordedFor(o);
  const strategyName: StrategyName = recorded?.strategy ?? o.strategy ?? 'rolling';
  const routerName: RouterName = recorded?.router ?? o.router ?? 'replicas';
  let lock: HeldLock | undefined;
  let started = false;
  const ctx: DeployContext = {
    kube: o.kube,
    namespace: o.namespace,
    app: o.app,
    version: recorded?.version ?? o.version,
    images: o.images,
    manifests: o.manifests,
    canaryWeight: o.canaryWeight,
    routerName,
    router: routers[routerName],
    baseline: recorded ? !!recorded.state.baseline : o.baseline,
    autoRollback: o.autoRollback,
    scaleDownDelayMs: o.scaleDownDelayMs,
    previewUrl: o.previewUrl,
    dryRun: o.dryRun,
    deadlineMs: startedAtMs + o.timeoutMs,
    signal: o.signal,
    guard: async (step) => {
      if (lock) await lock.ensureHeld(step);
    },
    clock: o.clock,
    log,
    runUrl: o.runUrl,
    previousState: recorded?.state,
    timeline: [],
    problems: [],
    changes: [],
  };
  const release = () => ({
    app: o.app,
    namespace: o.namespace,
    version: ctx.version,
    strategy: strategyName,
  });
  const report = (r: StrategyResult, extra: Partial<DeployReport> = {}): DeployReport => ({
    // A verb the user asked for that could not happen is a failed step, never a green no-op.
    status: r.status === 'unchanged' ? (o.mode === 'deploy' ? 'succeeded' : 'failed') : r.status,
    unchanged: r.status === 'unchanged',
    message: r.message,
    strategy: strategyName,
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
    deploymentId: o.notifier?.deploymentId,
    ...extra,
  });
  if (recorded === null)
    return report({
      status: 'unchanged',
      message: `no rollout of ${o.app} is recorded in namespace ${o.namespace}; nothing to ${o.mode}`,
    });
  const lockOptions = {
    namespace: o.namespace,
    app: o.app,
    holder: o.holder,
    waitMs: o.lockTimeoutMs,
    clock: o.clock,
    signal: o.signal,
    durationSeconds: o.leaseSeconds,
    onWait: (holder: string, until: Date) =>
      log.info(`waiting for the deploy lock held by ${holder} (until ${until.toISOString()})`),
    onRenewFailure: (e: unknown) => log.warn(`renewing the deploy lock failed, retrying: ${errorMessage(e)}`),
  };
  let final: DeployReport;
  let scaleDown: StrategyResult['scaleDown'];
  try {
    if (!o.dryRun) {
      lock = await acquireLock(o.kube, lockOptions);
      // A lost Lease stops the run's waits; the guard stops its writes.
      ctx.signal = AbortSignal.any([o.signal, lock.signal]);
    }
    // Time queued behind another run's Lease is not the rollout's.
    ctx.deadlineMs = o.clock.now() + o.timeoutMs;
    const anchor =
      strategyName === 'blue-green'
        ? await o.kube.find('read service', () =>
            o.kube.core.readNamespacedService({ name: o.app, namespace: o.namespace }),
          )
        : await o.kube.find('read deployment', () =>
            o.kube.apps.readNamespacedDeployment({ name: o.app, namespace: o.namespace }),
          );
    ctx.previousState = decodeState(anchor?.metadata?.annotations);
    const liveVersion = anchor?.metadata?.annotations?.[ANNOTATIONS.version];
    let backupPath: string | undefined;
    if (o.backupDir) {
      const b = await writeBackup(o.kube, {
        namespace: o.namespace,
        app: o.app,
        dir: o.backupDir,
        version: ctx.version,
        nowMs: o.clock.now(),
      });
      backupPath = b.path;
      log.info(`backup of ${b.objects} object(s) and ${b.secrets} secret digest(s): ${b.path}`);
    }
    if (o.notifier && !o.dryRun && o.mode === 'deploy' && liveVersion !== ctx.version) {
      started = true;
      await o.notifier.started(release());
    }
    const result = await strategies[strategyName][o.mode](ctx);
    scaleDown = result.scaleDown;
    final = report(result, { backupPath });
    if (!final.unchanged) {
      // The ledger is bookkeeping: a failed write warns, it never turns a finished rollout into a failed step.
      const config = await recordedConfig(o.kube, o.namespace, o.app, strategyName).catch(
        (error: unknown) => {
          log.warn(`config hashes not recorded in the ledger: ${errorMessage(error)}`);
          return undefined;
        },
      );
      await recordRelease(
        o.kube,
        o.namespace,
        o.app,
        {
          version: ctx.version,
          images:
            result.images ??
            Object.fromEntries(o.images.map((i, n) => [i.container ?? `image ${n + 1}`, i.ref])),
          strategy: strategyName,
          revision: result.revision,
          time: new Date(o.clock.now()).toISOString(),
          actor: o.actor,
          runUrl: o.runUrl,
          outcome: result.outcome ?? result.status,
          environment: o.environment,
          config,
        },
        o.dryRun,
      ).catch((e: unknown) =>
        log.warn(`release ledger not updated (${errorMessage(e)}); the rollout itself ${final.status}`),
      );
    }
    if (started || (o.notifier && !o.dryRun && !final.unchanged && o.mode !== 'deploy'))
      await o.notifier?.finished(release(), {
        state: final.status === 'succeeded' ? 'success' : 'failure',
        description: final.message,
      });
    final.deploymentId = o.notifier?.deploymentId;
    final.durationMs = o.clock.now() - startedAtMs;
  } catch (caught) {
    // Whatever the lost Lease interrupted (a wait, a cleanup), the reason the run stopped is the loss.
    const error: unknown = lock?.signal.aborted ? lock.signal.reason : caught;
    if (started)
      await o.notifier?.finished(release(), {
        state: 'failure',
        description: error instanceof CancelledError ? 'cancelled' : errorMessage(error),
      });
    throw error;
  } finally {
    await lock?.release();
  }
  if (scaleDown) await scaleDownAfterWindow(ctx, scaleDown, lockOptions);
  return final;
}

/**
 * Blue-green's scale-down window, waited WITHOUT the Lease (so a rollback can switch back at
 * once); then the Lease is taken again and the old colour scaled down if still due. Cancellation
 * or a failure here only warns: the release itself is done.
 */
async function scaleDownAfterWindow(
  ctx: DeployContext,
  due: NonNullable<StrategyResult['scaleDown']>,
  lockOptions: LockOptions,
): Promise<void> {
  const name = `${ctx.app}-${due.colour}`;
  try {
    await ctx.clock.sleep(Math.max(0, due.atMs - ctx.clock.now()), lockOptions.signal);
    await withLease(ctx.kube, lockOptions, async (lease) => {
      const held = { ...ctx, signal: AbortSignal.any([ctx.signal, lease.signal]) };
      held.guard = (step: string) => lease.ensureHeld(step);
      ctx.log.info(await finishScaleDown(held, due.colour));
    });
  } catch (error) {
    ctx.log.warn(
      `${name} was not scaled down after the window (${errorMessage(error)}); it stays scaled until the next deploy of ${ctx.app} replaces it`,
    );
  }
}

/**
 * The recorded rollout promote/abort act on, after refusing inputs that contradict it; null when
 * nothing is recorded. An orphaned canary is reported (with the way out) but may still be aborted.
 */
async function recordedFor(o: DeployOptions): Promise<RecordedRollout | null> {
  const rec = await readRollout(o.kube, o.namespace, o.app);
  if (!rec) return null;
  checkAgainstRecord(
    rec,
    { strategy: o.strategy, router: o.router, version: o.version || undefined },
    `mode: ${o.mode}`,
  );
  if (rec.orphaned) o.log.warn(rec.orphaned);
  return rec;
}
