/**
 * Canary: `<app>-canary` runs the new version beside the app's Deployment at the first weight
 * (by replica ratio, or by a router's weights), optionally with `<app>-baseline` (the stable
 * version at the canary's size, started with it). Promotion is left to canary-monitor or to
 * mode: promote / abort. Everything needed to continue is in the app's rollout state.
 */
import type { DeployContext, StrategyResult } from '../context.ts';
import { decodeState, type RolloutState } from '../state.ts';
import { REVISION, patchImages, readDeployment, waitFor, writeState } from '../workloads.ts';
import { deployCanary } from './canary-deploy.ts';
import { canaryInProgress, removeCanary } from './canary-steps.ts';
import { rolling } from './rolling.ts';
import type { Strategy } from './strategy.ts';

async function promote(ctx: DeployContext): Promise<StrategyResult> {
  const stable = await readDeployment(ctx, ctx.app);
  const state = decodeState(stable?.metadata?.annotations);
  if (!stable || !canaryInProgress(state))
    return { status: 'unchanged', message: `no canary of ${ctx.app} is in progress; nothing to promote` };
  const done: RolloutState = {
    ...state,
    phase: 'progressing',
    step: state.step + 1,
    requestedWeight: 100,
    updatedAt: new Date(ctx.clock.now()).toISOString(),
  };
  await patchImages(ctx, ctx.app, state.images, {
    version: state.version,
    state: done,
    replicas: state.stableReplicas,
    cause: `shipgate promote ${state.version}`,
  });
  const outcome = await waitFor(ctx, ctx.app);
  if (!outcome.ok)
    return {
      status: 'failed',
      message: `promoting ${state.version} failed: ${outcome.message}; the canary is kept`,
      previousVersion: state.previousVersion,
    };
  await removeCanary(ctx, { ...done, stableReplicas: undefined }, 'succeeded');
  await writeState(ctx, 'Deployment', ctx.app, {
    ...done,
    phase: 'succeeded',
    canary: undefined,
    baseline: undefined,
    effectiveWeight: 100,
  });
  const after = await readDeployment(ctx, ctx.app);
  return {
    status: 'succeeded',
    outcome: 'promoted',
    images: state.images,
    message: `canary ${state.version} promoted: ${ctx.app} runs it on all ${state.stableReplicas ?? ''} replicas`,
    previousVersion: state.previousVersion,
    revision: after?.metadata?.annotations?.[REVISION],
    requestedWeight: 100,
    effectiveWeight: 100,
  };
}

async function abort(ctx: DeployContext): Promise<StrategyResult> {
  const stable = await readDeployment(ctx, ctx.app);
  const state = decodeState(stable?.metadata?.annotations);
  // Never touch stable when nothing is in progress (Argo #1292: abort scaled stable to 0).
  if (!stable || !canaryInProgress(state))
    return { status: 'unchanged', message: `no canary of ${ctx.app} is in progress; nothing to abort` };
  await removeCanary(ctx, state, 'aborted');
  return {
    status: 'rolled-back',
    outcome: 'aborted',
    message: `canary ${state.version} aborted: ${state.previousVersion ?? 'stable'} keeps all traffic`,
    previousVersion: state.previousVersion,
  };
}

export const canary: Strategy = {
  deploy: deployCanary,
  promote,
  abort,
  async rollback(ctx) {
    const r = await abort(ctx);
    return r.status === 'unchanged' ? rolling.rollback(ctx) : r;
  },
};
