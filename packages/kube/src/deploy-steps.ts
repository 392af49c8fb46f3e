/**
 * The steps of runDeploy, each a small function over one DeployRun (the run's options, its
 * DeployContext and what the steps learned). runDeploy names them; here they only do their part.
 */
import { CancelledError, errorMessage, type Logger } from '@shipgate/core';
import { writeBackup } from './backup.ts';
import { recordedConfig } from './config-digest.ts';
import type { DeployContext, StrategyResult } from './context.ts';
import type { DeployOptions, DeployReport, ReleaseInfo } from './deploy.ts';
import { recordRelease } from './ledger.ts';
import { acquireLock, withLease, type HeldLock, type LockOptions } from './lock.ts';
import { checkAgainstRecord, readRollout, type RecordedRollout } from './recorded.ts';
import { routers } from './routers/index.ts';
import { ANNOTATIONS, decodeState, type StrategyName } from './state.ts';
import { inStep, stepsOf } from './steps.ts';
import { finishScaleDown } from './strategies/blue-green.ts';

/** One deploy run: its options, the context the strategy works with, and what the steps learned. */
export interface DeployRun {
  o: DeployOptions;
  ctx: DeployContext;
  strategy: StrategyName;
  startedAtMs: number;
  /** Every warning logged, for the report and summary. */
  warnings: string[];
  lockOptions: LockOptions;
  /** Held from the lock step to the end of the run (never in a dry run). */
  lock?: HeldLock;
  /** The version the app's anchor object says is live (read live state). */
  liveVersion?: string | undefined;
  backupPath?: string | undefined;
  /** promote/abort: the rollout recorded before the run (what they act on). */
  recorded?: RecordedRollout | undefined;
  /** The notifier was told the run started: it must hear how it ended, on every path. */
  announced: boolean;
}

/**
 * The recorded rollout promote/abort act on, after refusing inputs that contradict it; null when
 * nothing is recorded. An orphaned canary is reported (with the way out) but may still be aborted.
 */
export async function recordedFor(o: DeployOptions, log: Logger): Promise<RecordedRollout | null> {
  const rec = await readRollout(o.kube, o.namespace, o.app);
  if (!rec) return null;
  checkAgainstRecord(
    rec,
    { strategy: o.strategy, router: o.router, version: o.version || undefined },
    `mode: ${o.mode}`,
  );
  if (rec.orphaned) log.warn(rec.orphaned);
  return rec;
}

/** The run and its DeployContext: strategy, router, version and baseline from the record when there is one. */
export function newRun(
  o: DeployOptions,
  log: Logger,
  warnings: string[],
  recorded: RecordedRollout | undefined,
): DeployRun {
  const startedAtMs = o.clock.now();
  const routerName = recorded?.router ?? o.router ?? 'replicas';
  const run: DeployRun = {
    o,
    strategy: recorded?.strategy ?? o.strategy ?? 'rolling',
    startedAtMs,
    warnings,
    recorded,
    announced: false,
    lockOptions: {
      namespace: o.namespace,
      app: o.app,
      holder: o.holder,
      waitMs: o.lockTimeoutMs,
      clock: o.clock,
      signal: o.signal,
      durationSeconds: o.leaseSeconds,
      onWait: (holder, until) =>
        log.info(`waiting for the deploy lock held by ${holder} (until ${until.toISOString()})`),
      onRenewFailure: (e) => log.warn(`renewing the deploy lock failed, retrying: ${errorMessage(e)}`),
    },
    ctx: {
      ...o,
      log,
      version: recorded?.version ?? o.version,
      baseline: recorded ? !!recorded.state.baseline : o.baseline,
      routerName,
      router: routers[routerName],
      deadlineMs: startedAtMs + o.timeoutMs,
      guard: async (step) => run.lock?.ensureHeld(step),
      previousState: recorded?.state,
      timeline: [],
      problems: [],
      changes: [],
    },
  };
  return run;
}

/** Takes the app's Lease (not in a dry run); its loss stops the run's waits, the guard its writes. */
export async function takeLock(run: DeployRun): Promise<void> {
  if (!run.o.dryRun) {
    run.lock = await acquireLock(run.o.kube, run.lockOptions);
    run.ctx.signal = AbortSignal.any([run.o.signal, run.lock.signal]);
  }
  // Time queued behind another run's Lease is not the rollout's.
  run.ctx.deadlineMs = run.o.clock.now() + run.o.timeoutMs;
}

/** The rollout state and version on the app's anchor (its Service for blue-green, else its Deployment). */
export async function readLive(run: DeployRun): Promise<void> {
  const { kube, namespace, app } = run.o;
  const anchor =
    run.strategy === 'blue-green'
      ? await kube.find('read service', () => kube.core.readNamespacedService({ name: app, namespace }))
      : await kube.find('read deployment', () =>
          kube.apps.readNamespacedDeployment({ name: app, namespace }),
        );
  run.ctx.previousState = decodeState(anchor?.metadata?.annotations);
  run.liveVersion = anchor?.metadata?.annotations?.[ANNOTATIONS.version];
}

export async function backUp(run: DeployRun): Promise<void> {
  if (!run.o.backupDir) return;
  const b = await writeBackup(run.o.kube, {
    namespace: run.o.namespace,
    app: run.o.app,
    dir: run.o.backupDir,
    version: run.ctx.version,
    nowMs: run.o.clock.now(),
    log: run.ctx.log,
  });
  run.backupPath = b.path;
}

const release = (run: DeployRun): ReleaseInfo => ({
  app: run.o.app,
  namespace: run.o.namespace,
  version: run.ctx.version,
  strategy: run.strategy,
});

/**
 * Opens the GitHub deployment (and co.) when a deploy is about to change what is live; promote and
 * abort of a rollout in progress continue the deployment its deploy recorded. Its id goes into the
 * rollout state the strategy writes.
 */
export async function announceStart(run: DeployRun): Promise<void> {
  const { o, recorded } = run;
  if (!o.notifier || o.dryRun) return;
  if (o.mode === 'deploy' && run.liveVersion !== run.ctx.version) await o.notifier.started(release(run));
  else if (o.mode !== 'deploy' && recorded?.inProgress)
    await o.notifier.resumed(release(run), recorded.state.githubDeployment);
  else return;
  run.announced = true;
  run.ctx.githubDeployment = o.notifier.deploymentId;
}

/**
 * Tells the notifier how the run ended. A canary placed at its first weight has not ended: its
 * deployment stays in_progress for canary-monitor or promote/abort to finish.
 */
export async function announceOutcome(
  run: DeployRun,
  result: StrategyResult,
  final: DeployReport,
): Promise<void> {
  const { o } = run;
  if (run.announced && result.outcome === 'canary' && final.status === 'succeeded')
    await o.notifier?.handedOver(release(run), final.message);
  else if (run.announced)
    await o.notifier?.finished(release(run), {
      // An aborted canary is a release that did not happen: failure, as canary-monitor reports it.
      state: final.status === 'succeeded' ? 'success' : 'failure',
      // GitHub keeps 140 characters: a failure's description starts with what became of the release.
      description: final.status === 'succeeded' ? final.message : `${final.status}: ${final.message}`,
    });
  final.deploymentId = o.notifier?.deploymentId;
  final.durationMs = o.clock.now() - run.startedAtMs;
}

/** The report of a strategy result: a verb the user asked for that could not happen is a failed step. */
export function reportOf(run: DeployRun, r: StrategyResult): DeployReport {
  const { o, ctx } = run;
  return {
    status: r.status === 'unchanged' ? (o.mode === 'deploy' ? 'succeeded' : 'failed') : r.status,
    unchanged: r.status === 'unchanged',
    message: r.message,
    strategy: run.strategy,
    mode: o.mode,
    version: ctx.version,
    previousVersion: r.previousVersion,
    revision: r.revision,
    requestedWeight: r.requestedWeight,
    effectiveWeight: r.effectiveWeight,
    backupPath: run.backupPath,
    dryRun: o.dryRun,
    startedAtMs: run.startedAtMs,
    durationMs: o.clock.now() - run.startedAtMs,
    timeline: ctx.timeline,
    problems: ctx.problems,
    changes: ctx.changes,
    warnings: run.warnings,
    deploymentId: o.notifier?.deploymentId,
  };
}

/** The ledger is bookkeeping: a failed write warns, it never turns a finished rollout into a failed step. */
export async function recordInLedger(
  run: DeployRun,
  result: StrategyResult,
  status: DeployReport['status'],
): Promise<void> {
  if (result.status === 'unchanged') return;
  const { o, ctx } = run;
  const config = await recordedConfig(o.kube, o.namespace, o.app, run.strategy).catch((error: unknown) => {
    ctx.log.warn(`config hashes not recorded in the ledger: ${errorMessage(error)}`);
    return undefined;
  });
  const images =
    result.images ?? Object.fromEntries(o.images.map((i, n) => [i.container ?? `image ${n + 1}`, i.ref]));
  const entry = {
    version: ctx.version,
    images,
    strategy: run.strategy,
    revision: result.revision,
    time: new Date(o.clock.now()).toISOString(),
    actor: o.actor,
    runUrl: o.runUrl,
    outcome: result.outcome ?? result.status,
    environment: o.environment,
    config,
  };
  await recordRelease(o.kube, o.namespace, o.app, entry, o.dryRun).catch((e: unknown) =>
    ctx.log.warn(`release ledger not updated (${errorMessage(e)}); the rollout itself ${status}`),
  );
}

/**
 * What a failed run throws: the lost Lease when that is why it stopped (whatever the loss
 * interrupted), named after the step it stopped in; the notifier is told of the failure.
 */
export async function failRun(run: DeployRun, caught: unknown): Promise<unknown> {
  const lost = run.lock?.signal.aborted;
  const error = lost ? inStep(stepsOf(caught)[0] ?? 'deploy', run.lock!.signal.reason) : caught;
  if (run.announced)
    await run.o.notifier?.finished(release(run), {
      state: 'failure',
      description: error instanceof CancelledError ? 'cancelled' : errorMessage(error),
    });
  return error;
}

/**
 * Blue-green's scale-down window, waited WITHOUT the Lease (so a rollback can switch back at
 * once); then the Lease is taken again and the old colour scaled down if still due. Cancellation
 * or a failure here only warns: the release itself is done.
 */
export async function scaleDownAfterWindow(
  run: DeployRun,
  due: NonNullable<StrategyResult['scaleDown']>,
): Promise<void> {
  const { ctx, lockOptions } = run;
  try {
    await ctx.clock.sleep(Math.max(0, due.atMs - ctx.clock.now()), lockOptions.signal);
    await withLease(ctx.kube, lockOptions, async (lease) => {
      const held = { ...ctx, signal: AbortSignal.any([ctx.signal, lease.signal]) };
      held.guard = (step: string) => lease.ensureHeld(step);
      ctx.log.info(await finishScaleDown(held, due.colour));
    });
  } catch (error) {
    ctx.log.warn(
      `${ctx.app}-${due.colour} was not scaled down after the window (${errorMessage(error)}); it stays scaled until the next deploy of ${ctx.app} replaces it`,
    );
  }
}
