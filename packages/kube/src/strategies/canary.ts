/**
 * Canary: `<app>-canary` runs the new version beside the app's Deployment at the first weight
 * (by replica ratio, or by a router's weights), optionally with `<app>-baseline` (the stable
 * version at the canary's size, started with it). Promotion is left to canary-monitor or to
 * mode: promote / abort. Everything needed to continue is in the app's rollout state.
 */
import { ShipgateError } from '@shipgate/core';
import type { DeployContext, StrategyResult } from '../context.ts';
import { armNames } from '../recorded.ts';
import { decodeState, type RolloutState } from '../state.ts';
import { step } from '../steps.ts';
import {
  REVISION,
  imagesOf,
  patchImages,
  readDeployment,
  sameImages,
  waitFor,
  writeState,
} from '../workloads.ts';
import { deployCanary } from './canary-deploy.ts';
import { canaryInProgress, canaryLeftFailed, removeCanary } from './canary-steps.ts';
import { rolling } from './rolling.ts';
import { recordedAs } from './rolling-verbs.ts';
import type { Strategy } from './strategy.ts';

/**
 * Promotes the canary in progress as named steps: roll stable (stable gets the canary's images at
 * its recorded size; recorded progressing at 100%) → remove arms (router reset, canary and
 * baseline deleted) → record promotion. A stable that does not roll out keeps the canary.
 */
async function promote(ctx: DeployContext): Promise<StrategyResult> {
  const state = await step('read canary', () => readCanary(ctx));
  if (typeof state === 'string') return { status: 'unchanged', message: state };
  const done: RolloutState = {
    ...state,
    phase: 'progressing',
    step: state.step + 1,
    requestedWeight: 100,
    updatedAt: new Date(ctx.clock.now()).toISOString(),
  };
  const failure = await step('roll stable', () => rollStable(ctx, done));
  if (failure)
    return {
      status: 'failed',
      message: `promoting ${state.version} failed: ${failure}; the canary is kept`,
      previousVersion: state.previousVersion,
    };
  await step('remove arms', () => removeCanary(ctx, { ...done, stableReplicas: undefined }, 'succeeded'));
  const revision = await step('record promotion', () => recordPromotion(ctx, done));
  return {
    status: 'succeeded',
    outcome: 'promoted',
    images: state.images,
    message: `canary ${state.version} promoted: ${ctx.app} runs it on all ${state.stableReplicas ?? ''} replicas`,
    previousVersion: state.previousVersion,
    revision,
    requestedWeight: 100,
    effectiveWeight: 100,
  };
}

/**
 * The recorded canary in progress, or why there is none to promote. A record whose canary never
 * ran (orphaned) is refused, unless stable already runs its images (a promotion stopped mid-way).
 */
async function readCanary(ctx: DeployContext): Promise<RolloutState | string> {
  const stable = await readDeployment(ctx, ctx.app);
  const state = decodeState(stable?.metadata?.annotations);
  if (!stable || !canaryInProgress(state))
    return `no canary of ${ctx.app} is in progress; nothing to promote${notInProgress(ctx.app, state)}`;
  const canary = armNames(ctx.app).canary;
  if (!sameImages(imagesOf(stable), state.images) && !(await readDeployment(ctx, canary)))
    throw new ShipgateError(
      `canary ${state.version} of ${ctx.app} cannot be promoted: ${canary} does not exist (an orphaned record), so nothing ran that could be promoted`,
      { hint: 'Run deploy with mode: abort to clear the record, then deploy again.' },
    );
  return state;
}

/** What the record says when no canary is in progress (a failed canary left to inspect: abort removes it). */
function notInProgress(app: string, state: RolloutState | undefined): string {
  if (canaryLeftFailed(state))
    return ` (canary ${state.version} failed and was left to inspect: abort removes it)`;
  return recordedAs(app, state);
}

/** Stable gets the canary's images at its recorded size, and is waited for; returns why it failed. */
async function rollStable(ctx: DeployContext, done: RolloutState): Promise<string | undefined> {
  await patchImages(ctx, ctx.app, done.images, {
    version: done.version,
    state: done,
    replicas: done.stableReplicas,
    cause: `shipgate promote ${done.version}`,
  });
  const outcome = await waitFor(ctx, ctx.app);
  return outcome.ok ? undefined : outcome.message;
}

/** The promotion recorded (succeeded at 100%, no arms); returns stable's revision. */
async function recordPromotion(ctx: DeployContext, done: RolloutState): Promise<string | undefined> {
  await writeState(ctx, 'Deployment', ctx.app, {
    ...done,
    phase: 'succeeded',
    canary: undefined,
    baseline: undefined,
    effectiveWeight: 100,
  });
  return (await readDeployment(ctx, ctx.app))?.metadata?.annotations?.[REVISION];
}

async function abort(ctx: DeployContext): Promise<StrategyResult> {
  const stable = await readDeployment(ctx, ctx.app);
  const state = decodeState(stable?.metadata?.annotations);
  // Never touch stable when nothing is in progress (Argo #1292: abort scaled stable to 0); a
  // failed canary left to inspect (auto-rollback off) is what abort removes.
  if (!stable || !(canaryInProgress(state) || canaryLeftFailed(state)))
    return {
      status: 'unchanged',
      message: `no canary of ${ctx.app} is in progress; nothing to abort${recordedAs(ctx.app, state)}`,
    };
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
