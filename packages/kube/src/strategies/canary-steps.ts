/**
 * A canary's traffic steps: the router target of an app's arms, the effective weight measured
 * after a step, `setCanaryWeight` — the step canary-monitor takes at each weight of its plan — and
 * `removeCanary` (abort, a failed or cancelled canary, the end of a promotion).
 */
import { InputError } from '@shipgate/core';
import type { DeployContext, StrategyResult } from '../context.ts';
import { armNames } from '../recorded.ts';
import type { RouterTarget, Weights } from '../routers/index.ts';
import { decodeState, type RolloutState } from '../state.ts';
import { effectiveWeight, splitReplicas, weightDiffers, type ReplicaSplit } from '../weights.ts';
import {
  deleteDeployment,
  deleteService,
  readDeployment,
  scaleDeployment,
  waitFor,
  writeState,
} from '../workloads.ts';

export function routerTarget(ctx: DeployContext): RouterTarget {
  const n = armNames(ctx.app);
  return {
    kube: ctx.kube,
    namespace: ctx.namespace,
    app: ctx.app,
    services: { stable: n.app, canary: n.canary, baseline: n.baseline },
    dryRun: ctx.dryRun,
  };
}

/** A canary whose arms exist per the record (progressing or paused at a weight). */
export function canaryInProgress(state: RolloutState | undefined): state is RolloutState {
  return (
    !!state &&
    state.strategy === 'canary' &&
    (state.phase === 'progressing' || state.phase === 'paused') &&
    !!state.canary
  );
}

/** A canary that failed with auto-rollback off: its arms were left to inspect (abort removes them). */
export function canaryLeftFailed(state: RolloutState | undefined): state is RolloutState {
  return !!state && state.strategy === 'canary' && state.phase === 'failed' && !!state.canary;
}

/** Effective canary share: the router's applied weights when it can tell, else ready pods. */
export async function measureWeight(
  ctx: DeployContext,
  requested: number,
  weights: Weights | undefined,
): Promise<number> {
  if (weights) {
    const verified = await ctx.router.verifyWeight(routerTarget(ctx), weights);
    if (verified === false) ctx.log.warn('the router does not show the weights that were set');
    if (verified !== null) return verified ? weights.canary : 0;
  }
  if (ctx.dryRun) return requested;
  const n = armNames(ctx.app);
  const ready = async (name: string) => (await readDeployment(ctx, name))?.status?.readyReplicas ?? 0;
  return effectiveWeight({
    stable: await ready(n.app),
    canary: await ready(n.canary),
    baseline: ctx.baseline ? await ready(n.baseline) : 0,
  });
}

/**
 * Moves the canary in progress to `weight` percent: arms that grow are scaled and waited for
 * first, then the router's weights are set (or, by replica ratio, stable shrinks), then the state
 * records the step with the requested and effective weight. A canary that is not in progress is
 * an 'unchanged' result (the caller decides whether that fails its step).
 */
export async function setCanaryWeight(ctx: DeployContext, weight: number): Promise<StrategyResult> {
  const plan = await planWeight(ctx, weight);
  if ('status' in plan) return plan;
  const { state, split, sizes } = plan;
  const failure = await growArms(ctx, sizes);
  if (failure)
    return {
      status: 'failed',
      message: `canary step to ${weight}% failed: ${failure}`,
      previousVersion: state.previousVersion,
    };
  await shiftWeight(ctx, split, sizes);
  const effective = await measureWeight(ctx, weight, split.routerWeights);
  if (weightDiffers(weight, effective))
    ctx.log.warn(`canary weight: requested ${weight}%, effective ${effective}% (more than 5 points apart)`);
  await writeState(ctx, 'Deployment', ctx.app, {
    ...state,
    phase: 'paused',
    step: state.step + 1,
    requestedWeight: weight,
    effectiveWeight: effective,
    updatedAt: new Date(ctx.clock.now()).toISOString(),
    runUrl: ctx.runUrl ?? state.runUrl,
  });
  return {
    status: 'succeeded',
    outcome: 'canary',
    message: `canary ${state.version} at ${weight}% (effective ${effective}%)`,
    requestedWeight: weight,
    effectiveWeight: effective,
    previousVersion: state.previousVersion,
  };
}

/** One weight step: the recorded canary, the replica split and the arms' sizes (Deployment name → replicas). */
interface WeightPlan {
  state: RolloutState;
  split: ReplicaSplit;
  sizes: [string, number][];
}

/** The step's plan; 'unchanged' when no canary is in progress; an InputError when `weight` is unreachable. */
async function planWeight(ctx: DeployContext, weight: number): Promise<WeightPlan | StrategyResult> {
  const n = armNames(ctx.app);
  const stable = await readDeployment(ctx, n.app);
  const state = decodeState(stable?.metadata?.annotations);
  if (!stable || !canaryInProgress(state))
    return { status: 'unchanged', message: `no canary of ${ctx.app} is in progress; no weight to set` };
  const total = state.stableReplicas ?? stable.spec?.replicas ?? 1;
  const split = splitReplicas(total, weight, { baseline: !!state.baseline, mode: ctx.router.mode });
  if (split.unreachable)
    throw new InputError(
      'weight',
      String(weight),
      `a weight reachable with ${total} replicas — ${split.unreachable}`,
    );
  const sizes: [string, number][] = [
    [n.canary, split.canary],
    ...(state.baseline ? ([[n.baseline, split.baseline]] as [string, number][]) : []),
  ];
  return { state, split, sizes };
}

const replicasOf = async (ctx: DeployContext, name: string) =>
  (await readDeployment(ctx, name))?.spec?.replicas ?? 0;

/** Arms that grow are scaled first (capacity never dips below the app's size mid-step) and waited for; returns why one failed. */
async function growArms(ctx: DeployContext, sizes: [string, number][]): Promise<string | undefined> {
  for (const [name, size] of sizes)
    if (size > (await replicasOf(ctx, name))) await scaleDeployment(ctx, name, size);
  for (const [name] of sizes) {
    const outcome = await waitFor(ctx, name);
    if (!outcome.ok) return outcome.message;
  }
  return undefined;
}

/** The router's weights (or, by replica ratio, stable's size) set, then the arms that shrink scaled down. */
async function shiftWeight(
  ctx: DeployContext,
  split: ReplicaSplit,
  sizes: [string, number][],
): Promise<void> {
  if (split.routerWeights) {
    await ctx.guard('set router weights');
    await ctx.router.setWeight(routerTarget(ctx), split.routerWeights);
  } else await scaleDeployment(ctx, ctx.app, split.stable);
  for (const [name, size] of sizes)
    if (size < (await replicasOf(ctx, name))) await scaleDeployment(ctx, name, size);
}

/** Stable back to its size and all traffic, canary and baseline (and their Services) deleted. */
export async function removeCanary(
  ctx: DeployContext,
  state: RolloutState,
  phase: RolloutState['phase'],
): Promise<void> {
  const n = armNames(ctx.app);
  if (state.router && state.router !== 'replicas') {
    await ctx.guard('set router weights');
    await ctx.router.reset(routerTarget(ctx));
  }
  if (state.stableReplicas !== undefined) {
    await scaleDeployment(ctx, ctx.app, state.stableReplicas);
    // Stable's capacity is back before the arms go; a failed wait never keeps a bad canary running.
    const ready = await waitFor(ctx, ctx.app).catch(() => undefined);
    if (!ready?.ok) ctx.log.warn(`${ctx.app} is not back to ${state.stableReplicas} ready replicas yet`);
  }
  await deleteDeployment(ctx, n.canary);
  await deleteDeployment(ctx, n.baseline);
  if (state.router && state.router !== 'replicas') {
    await deleteService(ctx, n.canary);
    await deleteService(ctx, n.baseline);
  }
  // Unless promoted, stable never left the previous version: the record says so.
  const back = phase !== 'succeeded' && state.previousImages;
  await writeState(ctx, 'Deployment', ctx.app, {
    ...state,
    phase,
    canary: undefined,
    baseline: undefined,
    ...(back
      ? {
          version: state.previousVersion ?? 'stable',
          images: state.previousImages,
          previousVersion: state.version,
          previousImages: state.images,
        }
      : {}),
    updatedAt: new Date(ctx.clock.now()).toISOString(),
  });
}
