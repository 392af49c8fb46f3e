/**
 * The rolling strategy's verbs for a later job that knows only app and namespace: promote finishes
 * a rolling update left in progress, abort puts one left in progress (or failed) back, rollback
 * restores the version live before the last finished one. Each reads the record on the Deployment.
 */
import { CancelledError, ShipgateError } from '@shipgate/core';
import type { DeployContext, StrategyResult } from '../context.ts';
import { decodeState, type RolloutState } from '../state.ts';
import { step } from '../steps.ts';
import { imagesOf, readDeployment, sameImages } from '../workloads.ts';
import { finishRollout, restore, type UpdatePlan } from './rolling-rollout.ts';

/** How the record reads, for the answer of a verb with nothing to do: `(web 2.0.0 is recorded succeeded)`. */
export const recordedAs = (app: string, state: RolloutState | undefined): string =>
  state ? ` (${app} ${state.version} is recorded ${state.phase})` : '';

/**
 * Restores the recorded previous images. After an abort or a rollback (auto-rollback included) the
 * record's "previous" is the version that was dropped: going there is not a rollback.
 */
export async function rollback(ctx: DeployContext): Promise<StrategyResult> {
  const live = await readDeployment(ctx, ctx.app);
  const state = decodeState(live?.metadata?.annotations);
  if (!live || !state?.previousImages)
    return {
      status: 'unchanged',
      message: `no previous version of ${ctx.app} is recorded; nothing to roll back`,
    };
  if (state.phase === 'rolled-back' || state.phase === 'aborted')
    return {
      status: 'unchanged',
      message: `${ctx.app} is already back on ${state.version}; ${state.previousVersion ?? 'the version'} it left was ${state.phase === 'aborted' ? 'aborted' : 'rolled back'}; nothing to roll back${recordedAs(ctx.app, state)}`,
    };
  const ok = await restore(ctx, state, true);
  return {
    status: ok ? 'rolled-back' : 'failed',
    message: `${ctx.app} ${ok ? 'rolled back to' : 'could not be rolled back to'} ${state.previousVersion}`,
    previousVersion: state.version,
  };
}

/**
 * A rolling update recorded as progressing (its runner died or was killed mid-rollout) or failed
 * (auto-rollback off left it to inspect) is put back on the recorded previous version; a finished
 * one has nothing to abort (that is rollback's job).
 */
export async function abort(ctx: DeployContext): Promise<StrategyResult> {
  const live = await readDeployment(ctx, ctx.app);
  const state = decodeState(live?.metadata?.annotations);
  const open = state?.phase === 'progressing' || state?.phase === 'failed';
  if (!live || state?.strategy !== 'rolling' || !open || !state.previousImages)
    return {
      status: 'unchanged',
      message: `a rolling update has nothing to abort; use rollback${recordedAs(ctx.app, state)}`,
    };
  const back = state.previousVersion ?? 'the previous images';
  ctx.log.warn(
    `the rolling update of ${ctx.app} to ${state.version} was ${state.phase === 'failed' ? 'left failed' : 'left in progress'}: putting it back on ${back}`,
  );
  const ok = await step('restore previous version', () => restore(ctx, state, true));
  return {
    status: ok ? 'rolled-back' : 'failed',
    outcome: 'aborted',
    message: `rolling update to ${state.version} aborted: ${ctx.app} ${ok ? 'is back on' : 'did not become available again on'} ${back}`,
    previousVersion: state.previousVersion,
  };
}

/**
 * A rolling update recorded as progressing (its runner died mid-rollout) is finished: waited for
 * within this run's timeout, then recorded succeeded; one that does not complete is handled as
 * the deploy would have (auto-rollback, or recorded failed). kubectl `rollout status` gives the
 * completion rules; unlike Argo's `promote --full`, which reports "fully promoted" (exit 0) when
 * nothing is in progress, nothing to finish is an 'unchanged' result that fails the step.
 */
export async function promote(ctx: DeployContext): Promise<StrategyResult> {
  const plan = await step('read rollout in progress', () => leftInProgress(ctx));
  if ('status' in plan) return plan;
  const { version, previousVersion, runUrl } = plan.state;
  ctx.log.info(
    `the rolling update of ${ctx.app} to ${version} was left in progress${runUrl ? ` by ${runUrl}` : ''}: waiting for it to finish`,
  );
  const r = await step('roll out', () => finishRollout(ctx, plan)).catch((error: unknown) => {
    // A cancelled promote leaves the rollout as it found it: in progress, for a later promote or abort.
    if (error instanceof CancelledError)
      ctx.log.warn(`cancelled: the rolling update to ${version} stays recorded in progress`);
    throw error;
  });
  const what = `rolling update of ${ctx.app} from ${previousVersion ?? 'the previous images'} to ${version}`;
  return {
    ...r,
    message:
      r.status === 'succeeded'
        ? `${what} finished: ${ctx.app} runs ${version} (${r.message})`
        : `${what} did not finish: ${r.message}`,
  };
}

/** The plan of the rolling update left progressing, or why there is nothing to finish. */
async function leftInProgress(ctx: DeployContext): Promise<UpdatePlan | StrategyResult> {
  const live = await readDeployment(ctx, ctx.app);
  const state = decodeState(live?.metadata?.annotations);
  if (!live || state?.strategy !== 'rolling' || state.phase !== 'progressing')
    return {
      status: 'unchanged',
      message: `a rolling update has nothing to promote${recordedAs(ctx.app, state)}${state?.phase === 'failed' ? `; abort puts ${state.previousVersion ?? 'the previous images'} back` : ''}`,
    };
  const running = imagesOf(live);
  if (!sameImages(running, state.images))
    throw new ShipgateError(
      `deployment ${ctx.app} runs ${describeImages(running)}, but its record says the rolling update to ${state.version} set ${describeImages(state.images)}: it was changed after the record, so promote would record a version that does not run`,
      {
        hint: 'Deploy the version you want (mode: deploy), or abort (mode: abort) to go back to the recorded previous version.',
      },
    );
  const now = new Date(ctx.clock.now()).toISOString();
  return {
    state: { ...state, updatedAt: now, runUrl: ctx.runUrl ?? state.runUrl },
    desired: state.images,
    liveVersion: state.previousVersion,
    manifest: undefined,
  };
}

const describeImages = (images: Record<string, string>) =>
  Object.entries(images)
    .map(([c, i]) => `${c}=${i}`)
    .join(', ');
