/**
 * A canary deploy as named steps: plan (what runs, at which split) → create arms (the canary
 * first, the record once it exists, then baseline and the arms' Services) → wait for arms →
 * shift traffic (stable shrinks or the router's weights) → record the paused canary. A failed
 * wait takes the failure path; a cancellation removes the half-placed canary.
 */
import type * as k8s from '@kubernetes/client-node';
import { CancelledError, InputError, ShipgateError } from '@shipgate/core';
import { applyObject } from '../apply.ts';
import type { DeployContext, StrategyResult } from '../context.ts';
import { resolveImages } from '../images.ts';
import { armNames } from '../recorded.ts';
import { ANNOTATIONS, decodeState, type RolloutState } from '../state.ts';
import { step } from '../steps.ts';
import { splitReplicas, weightDiffers, type ReplicaSplit } from '../weights.ts';
import {
  REVISION,
  cleanupContext,
  imagesOf,
  readDeployment,
  sameImages,
  scaleDeployment,
  waitFor,
  writeState,
} from '../workloads.ts';
import { armDeployment, armService } from './arms.ts';
import { canaryInProgress, measureWeight, removeCanary, routerTarget } from './canary-steps.ts';
import { baseState, rolling } from './rolling.ts';

/** What a canary deploy puts where, decided before anything changes. */
interface CanaryPlan {
  stable: k8s.V1Deployment;
  /** Stable's images now and the canary's. */
  current: Record<string, string>;
  desired: Record<string, string>;
  liveVersion: string | undefined;
  total: number;
  split: ReplicaSplit;
  /** A router splits traffic: the arms get their own Services and pods do not join the app's. */
  isolate: boolean;
  /** The state recorded once the canary exists. */
  next: RolloutState;
}

export async function deployCanary(ctx: DeployContext): Promise<StrategyResult> {
  const stable = await readDeployment(ctx, ctx.app);
  if (!stable) {
    ctx.log.info(
      `no stable ${ctx.app} yet: the first version is deployed directly (a canary needs something to compare with)`,
    );
    return rolling.deploy(ctx);
  }
  const plan = await step('plan', () => planCanary(ctx, stable));
  if ('status' in plan) return plan;
  try {
    await step('create arms', () => createArms(ctx, plan));
    const failure = await step('wait for arms', () => waitForArms(ctx));
    if (failure) return await step('undo failed canary', () => failedCanary(ctx, plan, failure));
    const effective = await step('shift traffic', () => shiftTraffic(ctx, plan));
    await step('record canary', () =>
      writeState(ctx, 'Deployment', ctx.app, {
        ...plan.next,
        phase: 'paused',
        effectiveWeight: effective,
        updatedAt: new Date(ctx.clock.now()).toISOString(),
      }),
    );
    return placed(ctx, plan, effective);
  } catch (error) {
    if (error instanceof CancelledError) {
      ctx.log.warn(
        `cancelled mid-canary: removing ${ctx.app}-canary so ${plan.liveVersion ?? 'stable'} keeps all traffic`,
      );
      await removeCanary(cleanupContext(ctx), plan.next, 'aborted');
    }
    throw error;
  }
}

/** The plan, or an 'unchanged' result (this canary already runs / this version is live); refuses a second canary. */
async function planCanary(
  ctx: DeployContext,
  stable: k8s.V1Deployment,
): Promise<CanaryPlan | StrategyResult> {
  const state = decodeState(stable.metadata?.annotations);
  const current = imagesOf(stable);
  const desired = resolveImages(current, ctx.images);
  const liveVersion = stable.metadata?.annotations?.[ANNOTATIONS.version];
  if (canaryInProgress(state)) return sameCanary(ctx, state, desired);
  if (liveVersion === ctx.version && sameImages(current, desired))
    return {
      status: 'unchanged',
      message: `${ctx.app} already runs ${ctx.version}; nothing to do`,
      previousVersion: liveVersion,
      revision: stable.metadata?.annotations?.[REVISION],
    };
  const total = stable.spec?.replicas ?? 1;
  const split = firstSplit(ctx, total);
  const n = armNames(ctx.app);
  const next: RolloutState = {
    ...baseState(ctx, 'canary', desired),
    step: 1,
    previousVersion: liveVersion,
    previousImages: current,
    previousRevision: stable.metadata?.annotations?.[REVISION],
    requestedWeight: ctx.canaryWeight,
    router: ctx.routerName,
    canary: n.canary,
    baseline: ctx.baseline ? n.baseline : undefined,
    stableReplicas: total,
  };
  const isolate = ctx.router.mode === 'router';
  return { stable, current, desired, liveVersion, total, split, isolate, next };
}

/** This canary already runs: an 'unchanged' result; any other canary in progress blocks a new one (canaryBeside). */
async function sameCanary(
  ctx: DeployContext,
  state: RolloutState,
  desired: Record<string, string>,
): Promise<StrategyResult> {
  if (state.version !== ctx.version || !sameImages(state.images, desired))
    throw await canaryBeside(ctx, state);
  return {
    status: 'unchanged',
    message: `canary ${ctx.version} is already running at ${state.requestedWeight}% (effective ${state.effectiveWeight}%); promote or abort it`,
    requestedWeight: state.requestedWeight,
    effectiveWeight: state.effectiveWeight,
    previousVersion: state.previousVersion,
  };
}

/** The first step's replica split of `total`; refuses a baseline with NGINX and an unreachable canary-weight. */
function firstSplit(ctx: DeployContext, total: number): ReplicaSplit {
  if (ctx.baseline && ctx.routerName === 'nginx')
    throw new InputError(
      'baseline',
      'true',
      'false with traffic-router nginx (one canary Ingress per host); use gateway-api or istio for a baseline',
    );
  const split = splitReplicas(total, ctx.canaryWeight, { baseline: ctx.baseline, mode: ctx.router.mode });
  if (split.unreachable)
    throw new InputError(
      'canary-weight',
      String(ctx.canaryWeight),
      `a weight reachable with ${total} replicas — ${split.unreachable}`,
    );
  return split;
}

/** A canary in progress (or an orphaned record of one) blocks a new one: the error says which and the way out. */
async function canaryBeside(ctx: DeployContext, state: RolloutState): Promise<ShipgateError> {
  const canary = armNames(ctx.app).canary;
  const orphan = !(await readDeployment(ctx, canary));
  return new ShipgateError(
    orphan
      ? `the record on deployment ${ctx.app} says canary ${state.version} is ${state.phase}, but ${canary} does not exist (an earlier run was stopped before it created it, or it was deleted): an orphaned record`
      : `canary ${state.version} of ${ctx.app} is in progress (${state.phase} at ${state.requestedWeight ?? '?'}%); a new canary (${ctx.version}) cannot start beside it`,
    {
      hint: orphan
        ? 'Run deploy with mode: abort to clear the record (stable keeps all traffic), then deploy again.'
        : 'Promote or abort it first (mode: promote | abort, or canary-monitor).',
    },
  );
}

async function createArms(ctx: DeployContext, p: CanaryPlan): Promise<void> {
  const arm = (
    track: 'canary' | 'baseline',
    images: Record<string, string>,
    replicas: number,
    version: string,
  ) => armDeployment(p.stable, { app: ctx.app, track, images, replicas, version, isolate: p.isolate });
  await applyObject(ctx, arm('canary', p.desired, p.split.canary, ctx.version));
  // Recorded once the canary exists (a record of a canary that was never created would block
  // every later deploy), and before anything else changes, so a stopped run can be cleaned up.
  await writeState(ctx, 'Deployment', ctx.app, p.next);
  if (ctx.baseline)
    await applyObject(ctx, arm('baseline', p.current, p.split.baseline, p.liveVersion ?? 'stable'));
  if (!p.isolate) return;
  const svc = await ctx.kube.call(`read service ${ctx.app}`, () =>
    ctx.kube.core.readNamespacedService({ name: ctx.app, namespace: ctx.namespace }),
  );
  const n = armNames(ctx.app);
  await applyObject(ctx, armService(svc, { app: ctx.app, name: n.canary, track: 'canary' }));
  if (ctx.baseline)
    await applyObject(ctx, armService(svc, { app: ctx.app, name: n.baseline, track: 'baseline' }));
}

/** Why the arms did not become available, or undefined when they did. */
async function waitForArms(ctx: DeployContext): Promise<string | undefined> {
  const n = armNames(ctx.app);
  const outcome = await waitFor(ctx, n.canary);
  if (!outcome.ok) return outcome.message;
  if (ctx.baseline && !(await waitFor(ctx, n.baseline)).ok) return 'the baseline did not become available';
  return undefined;
}

/** Auto-rollback removes the canary (stable keeps all traffic); without it the canary stays to inspect. */
async function failedCanary(ctx: DeployContext, p: CanaryPlan, why: string): Promise<StrategyResult> {
  if (!ctx.autoRollback) {
    await writeState(ctx, 'Deployment', ctx.app, { ...p.next, phase: 'failed' });
    return {
      status: 'failed',
      message: `canary ${ctx.version} failed: ${why}; left in place for inspection (auto-rollback off)`,
      previousVersion: p.liveVersion,
    };
  }
  await removeCanary(ctx, p.next, 'rolled-back');
  return {
    status: 'rolled-back',
    images: p.desired,
    message: `canary ${ctx.version} failed: ${why}; canary removed, ${p.liveVersion ?? 'stable'} keeps all traffic`,
    previousVersion: p.liveVersion,
  };
}

/** Stable shrinks (replica ratio) or the router's weights are set; returns the effective weight. */
async function shiftTraffic(ctx: DeployContext, p: CanaryPlan): Promise<number> {
  if (!p.isolate && p.split.stable !== p.total) await scaleDeployment(ctx, ctx.app, p.split.stable);
  if (p.split.routerWeights) {
    await ctx.guard('set router weights');
    await ctx.router.setWeight(routerTarget(ctx), p.split.routerWeights);
  }
  const effective = await measureWeight(ctx, ctx.canaryWeight, p.split.routerWeights);
  if (weightDiffers(ctx.canaryWeight, effective))
    ctx.log.warn(
      `canary weight: requested ${ctx.canaryWeight}%, effective ${effective}% (more than 5 points apart: ${p.split.stable} stable / ${p.split.canary} canary pods)`,
    );
  return effective;
}

function placed(ctx: DeployContext, p: CanaryPlan, effective: number): StrategyResult {
  const pods = `${p.split.stable} stable, ${p.split.canary} canary${ctx.baseline ? `, ${p.split.baseline} baseline` : ''} pods`;
  return {
    status: 'succeeded',
    outcome: 'canary',
    images: p.desired,
    message: `canary ${ctx.version} at ${ctx.canaryWeight}% (effective ${effective}%: ${pods}); promote with canary-monitor or mode: promote`,
    requestedWeight: ctx.canaryWeight,
    effectiveWeight: effective,
    previousVersion: p.liveVersion,
    revision: p.stable.metadata?.annotations?.[REVISION],
  };
}
