/**
 * One rollback run, in the seeds' six phases: validation (read-only; a refusal changes nothing) →
 * backup → database (the migration hook) → application (config put back, then the strategy's
 * rollback) → verification → notification (ledger, then the caller's GitHub/incident/webhook).
 * The Lease is taken after validation and released on every path; a failure keeps the reason
 * the rollback was started for in its message.
 */
import { CancelledError, errorMessage, type Clock, type Logger } from '@shipgate/core';
import { writeBackup } from '../backup.ts';
import type { KubeClient } from '../client.ts';
import { applyObject } from '../apply.ts';
import type { DeployContext } from '../context.ts';
import { acquireLock, type HeldLock } from '../lock.ts';
import { contextFor } from '../verbs.ts';
import { CLEANUP_MS } from '../workloads.ts';
import { retireFailed, rollbackApp, type AppOutcome } from './app-rollback.ts';
import { runMigration, type Migration } from './migration.ts';
import { recordRollback, type RecordOptions } from './record.ts';
import { restoreConfig } from './restore.ts';
import { withConfigRestart } from './restart.ts';
import { PhaseClock, type RollbackReport, type RollbackStatus } from './report.ts';
import { validateRollback, type RollbackPlan, type TagSet } from './validate.ts';
import { verifyRollback, type VerifyOptions } from './verify.ts';

export interface RollbackOptions {
  kube: KubeClient;
  namespace: string;
  app: string;
  targetVersion?: string;
  /**
   * The release that failed (release.yml's rollback job): the rollback makes sure it serves
   * nothing; when traffic is already on the target, the application phase has nothing to change.
   */
  failedVersion?: string;
  reason: string;
  tags: TagSet;
  backupDir?: string;
  restoreFrom?: string;
  migration?: Migration;
  migrationTimeoutMs: number;
  /** Go on with the application rollback when the migration fails (default: stop). */
  continueAfterMigrationFailure: boolean;
  verify: VerifyOptions;
  force: boolean;
  dryRun: boolean;
  /** Rollout deadline of the application phase (from when the Lease is held). */
  timeoutMs: number;
  lockTimeoutMs: number;
  /** Lease duration (default 60 s). */
  leaseSeconds?: number;
  holder: string;
  workspace: string;
  runUrl?: string;
  actor?: string;
  environment?: string;
  /** GitHub deployment status, incident issue, webhook (notification phase): failures are warnings. */
  notify?: RecordOptions['notify'];
  signal: AbortSignal;
  clock: Clock;
  log: Logger;
}

/** A phase's failure: the rollback stops with this status and message. */
class Stop extends Error {
  readonly status: RollbackStatus;
  constructor(status: RollbackStatus, message: string) {
    super(message);
    this.status = status;
  }
}

export async function runRollback(o: RollbackOptions): Promise<RollbackReport> {
  const startedAtMs = o.clock.now();
  const warnings: string[] = [];
  const log: Logger = { ...o.log, warn: (m, p) => (warnings.push(m), o.log.warn(m, p)) };
  const phases = new PhaseClock(() => o.clock.now());
  const report: RollbackReport = {
    status: 'rolled-back',
    message: '',
    app: o.app,
    namespace: o.namespace,
    reason: o.reason,
    actor: o.actor,
    runUrl: o.runUrl,
    validTargets: [],
    phases: [],
    changes: [],
    warnings,
    dryRun: o.dryRun,
    startedAtMs,
    durationMs: 0,
  };
  let lock: HeldLock | undefined;
  let plan: RollbackPlan | undefined;
  try {
    try {
      plan = await phases.run('validation', () => validation(o, report, log));
      if (!o.dryRun) lock = await takeLock(o, log);
      await rollback(o, plan, report, phases, log, lock);
      report.message = report.noChange
        ? `${o.app}: no change was needed — ${report.noChange}; ${plan.target.version} verified${o.dryRun ? ' (dry run)' : ''}`
        : `${o.app} rolled back from ${report.fromVersion ?? '?'} to ${plan.target.version} (${plan.live.strategy})${o.dryRun ? ' — dry run, nothing changed' : ''}`;
    } catch (error) {
      failed(o, report, error);
    }
    // A lost Lease: the app (and its ledger) is another run's now; only the outside world is told.
    const lost = lock?.signal.aborted;
    if (lost) log.warn('no ledger entry: this run no longer holds the Lease');
    // After a cancellation the ledger entry still goes out, on a client with a fresh, bounded signal.
    const kube = o.signal.aborted ? o.kube.withSignal(AbortSignal.timeout(CLEANUP_MS)) : o.kube;
    if (report.status !== 'refused')
      await recordRollback({ ...o, kube }, report, lost ? undefined : plan, phases, log);
  } finally {
    await lock?.release();
  }
  report.phases = phases.complete(report.status === 'refused' ? 'refused: nothing changed' : 'not reached');
  report.durationMs = o.clock.now() - startedAtMs;
  return report;
}

/** The status and message of a run that stopped; a failure keeps the reason the rollback was for. */
function failed(o: RollbackOptions, report: RollbackReport, error: unknown): void {
  report.status = error instanceof Stop ? error.status : 'rollback-failed';
  if (report.status === 'refused') {
    report.message = (error as Stop).message;
    return;
  }
  const cancelled = error instanceof CancelledError || o.signal.aborted;
  const what = error instanceof Stop ? error.message : errorMessage(error);
  const fromTo = `${report.fromVersion ?? '?'} → ${report.toVersion ?? '?'}`;
  const head =
    report.status === 'verification-failed'
      ? `${o.app} was rolled back ${fromTo}, but ${what}`
      : `rollback of ${o.app} ${fromTo} ${cancelled ? 'cancelled' : 'failed'}: ${what}`;
  report.message = `${head}. Original cause (the reason given): ${o.reason}`;
}

async function validation(o: RollbackOptions, report: RollbackReport, log: Logger) {
  const v = await validateRollback(o);
  const live = v.ok ? v.plan.live : v.live;
  report.strategy = live?.strategy;
  // With failed-version the rollback is from it, even when it no longer serves.
  report.fromVersion = o.failedVersion ?? live?.version;
  if (!v.ok) {
    report.validTargets = v.validTargets;
    throw new Stop(
      'refused',
      `${v.reason}. Versions it can roll back to: ${v.validTargets.join(', ') || 'none'}`,
    );
  }
  report.toVersion = v.plan.target.version;
  report.config = v.plan.config;
  // A rollout still in progress (a canary awaiting analysis) has an open GitHub deployment.
  const state = v.plan.live.state;
  if (state?.phase === 'progressing' || state?.phase === 'paused')
    report.interruptedDeployment = state.githubDeployment;
  for (const w of v.plan.warnings) log.warn(w);
  for (const d of v.plan.config.drift) log.warn(`config drift: ${d}`);
  return {
    value: v.plan,
    detail: `${v.plan.live.version ?? '?'} → ${v.plan.target.version} (${v.plan.live.strategy})`,
  };
}

/** Backup → database → application → verification; a failed phase throws Stop. */
async function rollback(
  o: RollbackOptions,
  plan: RollbackPlan,
  report: RollbackReport,
  phases: PhaseClock,
  log: Logger,
  lock: HeldLock | undefined,
): Promise<void> {
  const ctx = context(o, plan, log, report.changes, lock);
  const { live, target } = plan;
  const dry = (ok = true) => (o.dryRun ? 'dry-run' : ok ? 'ok' : 'failed');
  // A cancelled run starts no further phase (a call that swallowed the abort must not lead to a write).
  const phase: PhaseClock['run'] = (name, fn) => {
    if (o.signal.aborted) throw new CancelledError(`cancelled before the ${name} phase`);
    return phases.run(name, fn);
  };
  await phase('backup', async () => {
    if (!o.backupDir) return { value: undefined, status: 'skipped', detail: 'no backup-dir' };
    const b = await writeBackup(o.kube, {
      namespace: o.namespace,
      app: o.app,
      dir: o.backupDir,
      version: `${target.version} (rollback from ${live.version ?? '?'})`,
      nowMs: o.clock.now(),
      log,
    });
    report.backupPath = b.path;
    return { value: undefined, detail: b.path };
  });
  await phase('database', async () => {
    if (!o.migration) return { value: undefined, status: 'skipped', detail: 'no migration' };
    const m = await runMigration(o.migration, {
      ...o,
      // The run's signal with the Lease's: a lost Lease stops the migration itself.
      signal: ctx.signal,
      guard: ctx.guard,
      timeoutMs: o.migrationTimeoutMs,
      env: { SHIPGATE_FROM_VERSION: live.version ?? '', SHIPGATE_TO_VERSION: target.version },
      log,
    });
    if (!m.ok && !o.continueAfterMigrationFailure)
      throw new Stop('rollback-failed', `${m.message}; the application was not touched`);
    if (!m.ok) log.warn(`${m.message}; going on as asked (migration-failure: continue)`);
    return { value: undefined, status: dry(m.ok), detail: m.message };
  });
  const back = plan.alreadyBack;
  if (back && back.leftovers.length === 0 && plan.config.restore.length === 0 && !plan.restoreObjects)
    report.noChange = back.why;
  const app = await phase('application', async () => {
    if (report.noChange) {
      log.info(`no change needed: ${report.noChange}`);
      const value: AppOutcome = { ok: true, message: report.noChange, deployments: [live.deployment] };
      return { value, status: 'skipped' as const, detail: `no change needed: ${report.noChange}` };
    }
    // Config first, then the template: Kubernetes has no write spanning two objects, so a SIGKILL
    // between them leaves the target's config under the old template (its running pods keep the
    // config they started with). The other order would start the target's pods on the wrong
    // config, which is worse. A re-run of the same rollback finishes it (tested).
    const r = await withConfigRestart(ctx, plan, async () => {
      await restoreConfig(ctx, plan.config);
      if (plan.restoreObjects) return restoreBackupFile(ctx, plan);
      return back ? retireFailed(ctx, live, target, back) : rollbackApp(ctx, live, target);
    });
    report.restarts = r.restarts;
    if (!r.ok) throw new Stop('rollback-failed', r.message);
    log.info(r.message);
    return { value: r, status: dry(), detail: r.message };
  });
  await phase('verification', async () => {
    const v = await verifyRollback(
      { ...ctx, deadlineMs: o.clock.now() + o.timeoutMs },
      app.deployments,
      target,
      o.verify,
    );
    report.verification = v.results;
    for (const r of v.results) (r.ok ? log.info : log.error)(`${r.ok ? '✓' : '✗'} ${r.what}: ${r.detail}`);
    const bad = v.results.filter((r) => !r.ok).map((r) => `${r.what}: ${r.detail}`);
    if (!v.ok)
      throw new Stop('verification-failed', `verification of ${target.version} failed: ${bad.join('; ')}`);
    return { value: undefined, status: dry(), detail: `${v.results.length} check(s) passed` };
  });
}

/** The verbs' DeployContext (the Lease's loss stops waits, every write re-checks it), for the target version. */
function context(
  o: RollbackOptions,
  plan: RollbackPlan,
  log: Logger,
  changes: DeployContext['changes'],
  lock: HeldLock | undefined,
): DeployContext {
  // The application's writes (config, then the template) are not aborted mid-flight by SIGTERM:
  // a half-sent pair would leave the target's config under the old pods' template. The waits and
  // every phase outside this context still stop at once on the run's signal.
  const h = { ...o, kube: o.kube.withSignal(undefined), log, lease: lock };
  const state = plan.live.state;
  return {
    ...contextFor(h, { version: plan.target.version, router: state?.router ?? 'replicas', state }),
    images: Object.entries(plan.target.images).map(([container, ref]) => ({ container, ref })),
    changes,
  };
}

async function takeLock(o: RollbackOptions, log: Logger): Promise<HeldLock> {
  try {
    return await acquireLock(o.kube, {
      namespace: o.namespace,
      app: o.app,
      holder: o.holder,
      durationSeconds: o.leaseSeconds,
      waitMs: o.lockTimeoutMs,
      clock: o.clock,
      signal: o.signal,
      onWait: (holder, until) =>
        log.info(`waiting for the lock held by ${holder} (until ${until.toISOString()})`),
      onRenewFailure: (e) => log.info(`renewing the deploy lock failed, retrying: ${errorMessage(e)}`),
    });
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    throw new Stop('rollback-failed', `the app's lock is taken: ${errorMessage(error)}`);
  }
}

/**
 * restore-from: every object of the backup file put back by server-side apply (any kind the cluster
 * serves: routing objects, autoscalers, budgets…), then the app's Deployments waited for.
 */
async function restoreBackupFile(ctx: DeployContext, plan: RollbackPlan): Promise<AppOutcome> {
  const deployments: string[] = [];
  for (const obj of plan.restoreObjects ?? []) {
    await applyObject(ctx, obj);
    if (obj.kind === 'Deployment' && (obj.spec as { replicas?: number })?.replicas !== 0)
      deployments.push(obj.metadata.name);
  }
  return {
    ok: true,
    message: `restored ${plan.restoreObjects?.length ?? 0} object(s) of ${plan.target.version} from the backup file`,
    deployments,
  };
}
