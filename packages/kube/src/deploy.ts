/**
 * One deploy run as a list of named steps: read record (promote/abort) → lock → read live state →
 * backup → notify start → `<strategy> <mode>` → record release → notify outcome → unlock, then
 * blue-green's scale-down window without the Lease. An error says the step it came from
 * (`lock: …`); the lock is released and the GitHub deployment closed on every path.
 */
import { checkManifests } from './apply.ts';
import type { Logger } from '@shipgate/core';
import type { Change, DeploySpec, RunScope, StrategyResult } from './context.ts';
import {
  announceOutcome,
  announceStart,
  backUp,
  failRun,
  newRun,
  readLive,
  recordedFor,
  recordInLedger,
  reportOf,
  scaleDownAfterWindow,
  takeLock,
} from './deploy-steps.ts';
import type { PodProblem } from './pods.ts';
import type { RolloutSample } from './rollout-wait.ts';
import type { RouterName, StrategyName } from './state.ts';
import { step } from './steps.ts';
import { strategies } from './strategies/index.ts';

export type DeployMode = 'deploy' | 'promote' | 'abort';

/** runDeploy's input: where (RunScope), what (DeploySpec) and how this run goes. */
export interface DeployOptions extends RunScope, DeploySpec {
  /** As given; undefined: rolling for a deploy, the recorded strategy for promote/abort. */
  strategy?: StrategyName | undefined;
  mode: DeployMode;
  /** As given; undefined: replicas for a deploy, the recorded router for promote/abort. */
  router?: RouterName | undefined;
  /** How long the rollout may take, counted from when the Lease is taken. */
  timeoutMs: number;
  backupDir?: string | undefined;
  /** How long to wait for another run's Lease. */
  lockTimeoutMs: number;
  /** Lease duration in seconds (default 60); renewed every third of it. */
  leaseSeconds?: number | undefined;
  /** Lease holder identity: who the other run is told is deploying. */
  holder: string;
  actor?: string | undefined;
  environment?: string | undefined;
  /** Told when the run starts changing the cluster and how it ended (GitHub deployment, Grafana: @shipgate/notify). */
  notifier?: ReleaseNotifier | undefined;
}

/** What runDeploy tells the world through (structurally @shipgate/notify's ReleaseNotifier). */
export interface ReleaseNotifier {
  started(release: ReleaseInfo): Promise<void>;
  /** promote/abort in a later job: the rollout's recorded GitHub deployment goes on. */
  resumed(release: ReleaseInfo, recordedId: number | undefined): Promise<void>;
  /** A canary placed at its first weight: still in progress, not an outcome. */
  handedOver(release: ReleaseInfo, description: string): Promise<void>;
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
  const warnings: string[] = [];
  const log: Logger = { ...o.log, warn: (m, p) => (warnings.push(m), o.log.warn(m, p)) };
  // promote/abort act on the recorded rollout: read and checked before the Lease or any change.
  const recorded = o.mode === 'deploy' ? undefined : await step('read record', () => recordedFor(o, log));
  const run = newRun(o, log, warnings, recorded ?? undefined);
  if (recorded === null)
    return reportOf(run, {
      status: 'unchanged',
      message: `no rollout of ${o.app} is recorded in namespace ${o.namespace}; nothing to ${o.mode}`,
    });
  // The manifests it applies are dry-run applied first: a conflict or an unserved kind changes nothing.
  if (o.mode === 'deploy')
    await step('check manifests', () =>
      checkManifests(o.kube, { ...o, strategy: run.strategy, forceConflicts: !!o.forceConflicts }),
    );
  let result: StrategyResult;
  let final: DeployReport;
  try {
    await step('lock', () => takeLock(run));
    await step('read live state', () => readLive(run));
    await step('backup', () => backUp(run));
    await step('notify start', () => announceStart(run));
    result = await step(`${run.strategy} ${o.mode}`, () => strategies[run.strategy][o.mode](run.ctx));
    final = reportOf(run, result);
    await step('record release', () => recordInLedger(run, result, final.status));
    await step('notify outcome', () => announceOutcome(run, result, final));
  } catch (caught) {
    throw await failRun(run, caught);
  } finally {
    await run.lock?.release();
  }
  if (result.scaleDown) await scaleDownAfterWindow(run, result.scaleDown);
  return final;
}
