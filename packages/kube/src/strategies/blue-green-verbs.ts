/**
 * Blue-green's verbs for a later job that knows only app and namespace, on the record kept on the
 * app's Service: promote finishes a switch its runner died before; abort empties an unswitched or
 * failed colour, or switches back after a switch; rollback switches back to the previous colour.
 */
import { ExternalError } from '@shipgate/core';
import type * as k8s from '@kubernetes/client-node';
import type { DeployContext, StrategyResult } from '../context.ts';
import { ANNOTATIONS, LABELS, decodeState, type RolloutState } from '../state.ts';
import { step } from '../steps.ts';
import { imagesOf, readDeployment, scaleDeployment, waitFor } from '../workloads.ts';
import { failedColour, fillIdle } from './blue-green-fill.ts';
import { emptyIdle, readService, selectColour, switchColours, type ColourPlan } from './blue-green-switch.ts';

const recordOf = async (ctx: DeployContext) =>
  decodeState((await readService(ctx, ctx.app))?.metadata?.annotations);

/** How the record reads, for the answer of a verb with nothing to do: `(web serves 2.0.0 on green, recorded succeeded)`. */
const servesAs = (app: string, state: RolloutState | undefined): string =>
  state ? ` (${app} serves ${state.version} on ${state.activeColour ?? '?'}, recorded ${state.phase})` : '';

/**
 * The rollout recorded as progressing whose Service still selects the old colour: a runner that
 * died (or was cancelled without cleanup) before the switch. Undefined when there is none.
 */
async function unswitched(ctx: DeployContext): Promise<ColourPlan | undefined> {
  const svc = await readService(ctx, ctx.app);
  const state = decodeState(svc?.metadata?.annotations);
  if (!svc || state?.strategy !== 'blue-green' || state.phase !== 'progressing') return undefined;
  if (!state.activeColour || !state.idleColour || !state.previousImages) return undefined;
  if (svc.spec?.selector?.[LABELS.track] === state.idleColour) return undefined;
  return {
    active: state.activeColour,
    idle: state.idleColour,
    liveVersion: state.previousVersion,
    current: state.previousImages,
    desired: state.images,
    next: state,
  };
}

/**
 * Finishes an unswitched rollout: the idle colour (already filled) is waited for, gated on the
 * recorded preview URL, then switched to.
 */
export async function promote(ctx: DeployContext): Promise<StrategyResult> {
  const plan = await step('read unswitched rollout', () => unswitched(ctx));
  if (!plan)
    return {
      status: 'unchanged',
      message: `no blue-green rollout of ${ctx.app} is waiting for its switch; nothing to promote (a deploy switches by itself)${servesAs(ctx.app, await recordOf(ctx))}`,
    };
  const idleName = `${ctx.app}-${plan.idle}`;
  const idle = await readDeployment(ctx, idleName);
  if (!idle)
    throw new ExternalError('Kubernetes API', `read deployment ${idleName}`, {
      status: 404,
      detail: `the record says ${plan.next.version} is being filled into ${idleName}, but it does not exist`,
      hint: 'Run deploy with mode: abort to clear the record (the Service never left the old colour), then deploy again.',
    });
  // The filled colour gets the active colour's size back (a run stopped mid-way may have left it smaller).
  const size = (await readDeployment(ctx, `${ctx.app}-${plan.active}`))?.spec?.replicas ?? 1;
  if ((idle.spec?.replicas ?? 0) < size) await scaleDeployment(ctx, idleName, size);
  ctx.log.info(
    `${ctx.app} still selects ${plan.active}: finishing the switch to ${plan.idle} (${plan.next.version})`,
  );
  // The health gate the deploy would have run before its switch, on the URL it recorded.
  const gated = { ...ctx, previewUrl: plan.next.previewUrl };
  const failure = await step('fill idle colour', () => fillIdle(gated, plan));
  if (failure) return step('undo failed colour', () => failedColour(ctx, plan, failure));
  return step('switch', () => switchColours(ctx, plan));
}

/**
 * Drops an unswitched rollout, or a failed one whose colour was left filled to inspect (the idle
 * colour emptied); after a switch (succeeded), switches back (rollback). An aborted or rolled-back
 * record has nothing to abort: its idle colour holds the version that was dropped.
 */
export async function abort(ctx: DeployContext): Promise<StrategyResult> {
  const plan = await step('read unswitched rollout', () => unswitched(ctx));
  if (plan) {
    await step('empty idle colour', () => emptyIdle(ctx, plan, 'aborted'));
    return {
      status: 'rolled-back',
      outcome: 'aborted',
      message: `${plan.next.version} aborted before the switch: ${ctx.app} stays on ${plan.active} (${plan.liveVersion ?? 'previous'}); ${ctx.app}-${plan.idle} scaled to 0`,
      previousVersion: plan.liveVersion,
    };
  }
  const svc = await readService(ctx, ctx.app);
  const state = decodeState(svc?.metadata?.annotations);
  if (state?.phase === 'succeeded') return rollback(ctx);
  const failed = await step('read failed colour', () => leftFailed(ctx, svc, state));
  if (!failed)
    return {
      status: 'unchanged',
      message: `no blue-green rollout of ${ctx.app} is in progress; nothing to abort${servesAs(ctx.app, state)}`,
    };
  await step('empty idle colour', () => emptyIdle(ctx, failed.plan, 'aborted'));
  return {
    status: 'rolled-back',
    outcome: 'aborted',
    message: `the failed deploy of ${failed.version} left on ${ctx.app}-${failed.plan.idle} aborted: scaled to 0; ${ctx.app} stays on ${failed.plan.active} (${failed.plan.liveVersion ?? 'previous'})`,
    previousVersion: failed.plan.liveVersion,
  };
}

/**
 * A deploy that failed before the switch with auto-rollback off: the record is back on the live
 * version (phase failed) and the idle colour, not selected, still has pods. Undefined otherwise.
 */
async function leftFailed(
  ctx: DeployContext,
  svc: k8s.V1Service | undefined,
  state: RolloutState | undefined,
): Promise<{ plan: ColourPlan; version: string } | undefined> {
  if (!svc || state?.phase !== 'failed' || !state.activeColour || !state.idleColour) return undefined;
  if (svc.spec?.selector?.[LABELS.track] !== state.activeColour) return undefined;
  const idle = await readDeployment(ctx, `${ctx.app}-${state.idleColour}`);
  if (!idle?.spec?.replicas) return undefined;
  const plan: ColourPlan = {
    active: state.activeColour,
    idle: state.idleColour,
    liveVersion: state.version,
    current: state.images,
    desired: imagesOf(idle),
    next: state,
  };
  return { plan, version: idle.metadata?.annotations?.[ANNOTATIONS.version] ?? 'the new version' };
}

export async function rollback(ctx: DeployContext): Promise<StrategyResult> {
  const svc = await readService(ctx, ctx.app);
  const state = decodeState(svc?.metadata?.annotations);
  if (!svc || !state?.activeColour || !state.idleColour || !state.previousImages)
    return {
      status: 'unchanged',
      message: `no previous colour of ${ctx.app} is recorded; nothing to roll back`,
    };
  // Only after a switch does the idle colour hold the version that was live before; after an
  // abort, a failure or a rollback it holds the version that was dropped.
  if (state.phase !== 'succeeded')
    return {
      status: 'unchanged',
      message: `the idle colour of ${ctx.app} does not hold the version live before; nothing to roll back${servesAs(ctx.app, state)}`,
    };
  const back = state.idleColour;
  const name = `${ctx.app}-${back}`;
  const dep = await readDeployment(ctx, name);
  const want = (await readDeployment(ctx, `${ctx.app}-${state.activeColour}`))?.spec?.replicas ?? 1;
  if ((dep?.status?.readyReplicas ?? 0) < want) {
    await scaleDeployment(ctx, name, want);
    const outcome = await waitFor(ctx, name);
    if (!outcome.ok)
      return { status: 'failed', message: `rollback: ${name} did not become available: ${outcome.message}` };
  }
  const restored: RolloutState = {
    ...state,
    phase: 'rolled-back',
    version: state.previousVersion ?? state.version,
    images: state.previousImages,
    previousVersion: state.version,
    previousImages: state.images,
    activeColour: back,
    idleColour: state.activeColour,
    scaleDownAt: undefined,
    updatedAt: new Date(ctx.clock.now()).toISOString(),
  };
  await selectColour(ctx, ctx.app, back, restored);
  return {
    status: 'rolled-back',
    message: `${ctx.app} switched back to ${back} (${state.previousVersion})`,
    previousVersion: state.version,
  };
}
