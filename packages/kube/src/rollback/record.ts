/**
 * The notification phase: a ledger entry (reason, actor, from → to, the config now live), then
 * the caller's outside world (GitHub deployment status, incident issue, webhook). Every failure
 * here is a warning: the rollback already happened (or failed) and says so itself.
 */
import { errorMessage, type Clock, type Logger } from '@shipgate/core';
import type { KubeClient } from '../client.ts';
import { recordedConfig } from '../config-digest.ts';
import { recordRelease } from '../ledger.ts';
import type { PhaseClock, RollbackReport } from './report.ts';
import type { RollbackPlan } from './validate.ts';

export interface RecordOptions {
  kube: KubeClient;
  namespace: string;
  app: string;
  actor?: string;
  runUrl?: string;
  environment?: string;
  reason: string;
  dryRun: boolean;
  /** GitHub deployment status, incident issue, webhook: given by the caller, failures are warnings. */
  notify?: (report: RollbackReport) => Promise<{ incidentUrl?: string }>;
  clock: Clock;
}

/** `plan` undefined: no ledger entry (validation did not finish, or the Lease was lost). */
export async function recordRollback(
  o: RecordOptions,
  report: RollbackReport,
  plan: RollbackPlan | undefined,
  phases: PhaseClock,
  log: Logger,
): Promise<void> {
  await phases.run('notification', async () => {
    const done: string[] = [];
    if (plan && (await writeLedger(o, report, plan, log))) done.push('ledger');
    if (o.notify && !o.dryRun) {
      report.durationMs = o.clock.now() - report.startedAtMs;
      report.phases = phases.view('not reached').filter((p) => p.name !== 'notification');
      const r = await o.notify(report).catch((e: unknown) => {
        log.warn(`notification failed: ${errorMessage(e)}`);
        return {} as { incidentUrl?: string };
      });
      report.incidentUrl = r.incidentUrl;
      done.push('notifications');
    }
    return {
      value: undefined,
      status: o.dryRun ? 'dry-run' : 'ok',
      detail: done.join(', ') || 'nothing to record',
    };
  });
}

async function writeLedger(
  o: RecordOptions,
  report: RollbackReport,
  plan: RollbackPlan,
  log: Logger,
): Promise<boolean> {
  const rolledBack = report.status === 'rolled-back';
  // The config now live becomes the record of the target (what the next rollback compares with).
  const config =
    rolledBack && !o.dryRun
      ? await recordedConfig(o.kube, o.namespace, o.app, plan.live.strategy).catch(() => undefined)
      : undefined;
  try {
    await recordRelease(
      o.kube,
      o.namespace,
      o.app,
      {
        version: plan.target.version,
        images: plan.target.images,
        strategy: plan.live.strategy,
        time: new Date(o.clock.now()).toISOString(),
        actor: o.actor,
        runUrl: o.runUrl,
        outcome: rolledBack ? 'restored' : report.status,
        environment: o.environment,
        config: config ?? plan.target.entry?.config,
        reason: o.reason,
        from: report.fromVersion,
      },
      o.dryRun,
    );
    return true;
  } catch (error) {
    log.warn(`ledger entry not written: ${errorMessage(error)}`);
    return false;
  }
}
