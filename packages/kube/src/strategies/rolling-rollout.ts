/**
 * The end of a rolling update, shared by the deploy and by promote (a later job finishing one a
 * dead runner started): wait for it and record it, or go back to the recorded previous images.
 */
import type { PlainObject } from '../backup.ts';
import type { DeployContext, StrategyResult } from '../context.ts';
import type { RolloutState } from '../state.ts';
import { REVISION, patchImages, readDeployment, waitFor, writeState } from '../workloads.ts';

/** An update of the live Deployment: the state to record and, when given, the app's manifest. */
export interface UpdatePlan {
  state: RolloutState;
  desired: Record<string, string>;
  liveVersion: string | undefined;
  manifest: PlainObject | undefined;
}

/**
 * Waits (kubectl rollout status's rules, the run's deadline) for the rollout the plan recorded;
 * done: recorded succeeded. Not done: auto-rollback patches the previous images back, else the
 * record says failed.
 */
export async function finishRollout(
  ctx: DeployContext,
  { state, desired, liveVersion }: UpdatePlan,
): Promise<StrategyResult> {
  const outcome = await waitFor(ctx, ctx.app);
  if (outcome.ok) {
    await writeState(ctx, 'Deployment', ctx.app, { ...state, phase: 'succeeded', step: 1 });
    // The deployment controller sets the revision when it creates the new ReplicaSet, before the rollout completes.
    const revision =
      outcome.deployment.metadata?.annotations?.[REVISION] ??
      (await readDeployment(ctx, ctx.app))?.metadata?.annotations?.[REVISION];
    return {
      status: 'succeeded',
      message: `${ctx.app} rolled out ${state.version}`,
      images: desired,
      previousVersion: liveVersion,
      revision,
    };
  }
  if (!ctx.autoRollback) {
    await writeState(ctx, 'Deployment', ctx.app, { ...state, phase: 'failed' });
    return { status: 'failed', message: outcome.message, previousVersion: liveVersion };
  }
  ctx.log.warn(`rolling back ${ctx.app} to ${liveVersion ?? 'the previous images'}`);
  const back = await restore(ctx, state, true);
  return {
    status: back ? 'rolled-back' : 'failed',
    images: desired,
    message: `${outcome.message}; ${back ? 'rolled back to' : 'rollback did not complete for'} ${liveVersion ?? 'the previous images'}`,
    previousVersion: liveVersion,
  };
}

/** Patches the previous images back; waits (when asked) with a fresh deadline share. */
export async function restore(ctx: DeployContext, state: RolloutState, wait: boolean): Promise<boolean> {
  if (!state.previousImages) return false;
  // The record follows the images: the version live afterwards is the previous one.
  const back: RolloutState = {
    ...state,
    phase: 'rolled-back',
    version: state.previousVersion ?? 'previous',
    images: state.previousImages,
    previousVersion: state.version,
    previousImages: state.images,
    updatedAt: new Date(ctx.clock.now()).toISOString(),
  };
  await patchImages(ctx, ctx.app, state.previousImages, {
    version: state.previousVersion ?? 'previous',
    state: back,
    cause: `shipgate rollback from ${state.version}`,
  });
  if (!wait) return true;
  const saved = ctx.deadlineMs;
  ctx.deadlineMs = Math.max(saved, ctx.clock.now() + 120_000); // the rollback gets its own time, not the failed rollout's leftovers
  try {
    return (await waitFor(ctx, ctx.app)).ok;
  } finally {
    ctx.deadlineMs = saved;
  }
}
