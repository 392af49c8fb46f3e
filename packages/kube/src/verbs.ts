/**
 * The verbs a later job runs on an app's recorded rollout, knowing only `app` and `namespace`:
 * promote, abort, rollback and a canary weight step. Strategy, router, arms and versions come
 * from the record (readRollout); none of these take the Lease — wrap them in `withLease`.
 */
import type { HeldLock } from './lock.ts';
import type { DeployContext, RunScope, StrategyResult } from './context.ts';
import { readRollout, type RecordedRollout } from './recorded.ts';
import type { RolloutState } from './state.ts';
import { routers } from './routers/index.ts';
import { setCanaryWeight } from './strategies/canary-steps.ts';
import { strategies } from './strategies/index.ts';
import { writeState } from './workloads.ts';

/** What a later job knows about the app (RunScope: app, namespace, client, signal, clock, log). */
export interface RolloutHandle extends Omit<RunScope, 'dryRun'> {
  /** How long a verb may wait for Deployments to become available (default 10 min). */
  timeoutMs?: number;
  dryRun?: boolean;
  /** The Lease held around the verb (withLease): its loss stops waits, and every write re-checks it. */
  lease?: HeldLock;
}

/**
 * A DeployContext for verbs on `rollout`: strategy, router, arms and version from the record
 * (rollback passes its target version and the record, which an app deployed without shipgate lacks).
 */
export function contextFor(
  h: RolloutHandle,
  rollout: Pick<RecordedRollout, 'version' | 'router'> & { state: RolloutState | undefined },
): DeployContext {
  return {
    kube: h.kube,
    namespace: h.namespace,
    app: h.app,
    version: rollout.version,
    images: [],
    manifests: [],
    canaryWeight: rollout.state?.requestedWeight ?? 0,
    routerName: rollout.router,
    router: routers[rollout.router],
    baseline: !!rollout.state?.baseline,
    autoRollback: true,
    scaleDownDelayMs: 0,
    previewUrl: undefined,
    dryRun: h.dryRun ?? false,
    deadlineMs: h.clock.now() + (h.timeoutMs ?? 600_000),
    signal: h.lease ? AbortSignal.any([h.signal, h.lease.signal]) : h.signal,
    guard: async (step) => {
      if (h.lease) await h.lease.ensureHeld(step);
    },
    clock: h.clock,
    log: h.log,
    runUrl: h.runUrl,
    previousState: rollout.state,
    timeline: [],
    problems: [],
    changes: [],
  };
}

export type RolloutVerb = 'promote' | 'abort' | 'rollback';

/**
 * Runs `verb` on the recorded rollout. 'unchanged' when there is nothing to act on (no record, or
 * nothing in progress): the message says why, and the caller decides whether that fails its step.
 */
export async function runVerb(
  h: RolloutHandle,
  verb: RolloutVerb,
  rollout?: RecordedRollout,
): Promise<StrategyResult> {
  const rec = rollout ?? (await readRollout(h.kube, h.namespace, h.app));
  if (!rec)
    return {
      status: 'unchanged',
      message: `no rollout of ${h.app} is recorded in namespace ${h.namespace}; nothing to ${verb}`,
    };
  return strategies[rec.strategy][verb](contextFor(h, rec));
}

export const promoteRollout = (h: RolloutHandle, rollout?: RecordedRollout) => runVerb(h, 'promote', rollout);
export const abortRollout = (h: RolloutHandle, rollout?: RecordedRollout) => runVerb(h, 'abort', rollout);
export const rollbackRollout = (h: RolloutHandle, rollout?: RecordedRollout) =>
  runVerb(h, 'rollback', rollout);

/** One canary step: the canary in progress to `weight` percent through the recorded router. */
export async function setWeight(
  h: RolloutHandle,
  weight: number,
  rollout?: RecordedRollout,
): Promise<StrategyResult> {
  const rec = rollout ?? (await readRollout(h.kube, h.namespace, h.app));
  if (!rec || rec.strategy !== 'canary')
    return {
      status: 'unchanged',
      message: `no canary of ${h.app} is recorded in namespace ${h.namespace}; no weight to set`,
    };
  return setCanaryWeight(contextFor(h, rec), weight);
}

/**
 * Records canary-monitor's analysis progress in the rollout state (merged into the recorded state
 * in one patch), with the GitHub deployment it reports to; false when no canary is recorded.
 */
export async function recordAnalysis(
  h: RolloutHandle,
  analysis: Record<string, unknown>,
  rollout?: RecordedRollout,
  githubDeployment?: number,
): Promise<boolean> {
  const rec = rollout ?? (await readRollout(h.kube, h.namespace, h.app));
  if (!rec || rec.strategy !== 'canary') return false;
  const ctx = contextFor(h, rec);
  await writeState(ctx, rec.anchor.kind, rec.anchor.name, {
    ...rec.state,
    analysis,
    githubDeployment: githubDeployment ?? rec.state.githubDeployment,
    updatedAt: new Date(h.clock.now()).toISOString(),
  });
  return true;
}
