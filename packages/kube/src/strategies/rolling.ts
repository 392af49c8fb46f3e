/** Rolling update of the app's own Deployment: one strategic-merge patch, then a watched wait. */
import type * as k8s from '@kubernetes/client-node';
import { CancelledError, InputError, ShipgateError } from '@shipgate/core';
import type { PlainObject } from '../backup.ts';
import { applyObject } from '../apply.ts';
import type { DeployContext, StrategyResult } from '../context.ts';
import { resolveImages } from '../images.ts';
import { rolloutStatus } from '../rollout-wait.ts';
import { ANNOTATIONS, decodeState, encodeState, type RolloutState } from '../state.ts';
import {
  REVISION,
  imagesOf,
  patchImages,
  readDeployment,
  sameImages,
  waitFor,
  writeState,
  cleanupContext,
} from '../workloads.ts';
import { step } from '../steps.ts';
import type { Strategy } from './strategy.ts';

/** Applies the manifests other than the app's Deployment (Services, ConfigMaps) before the rollout. */
export async function applySupporting(
  ctx: DeployContext,
  skip: (kind: string, name: string) => boolean,
): Promise<void> {
  for (const obj of ctx.manifests) if (!skip(obj.kind, obj.metadata.name)) await applyObject(ctx, obj);
}

export function baseState(
  ctx: DeployContext,
  strategy: RolloutState['strategy'],
  images: Record<string, string>,
): RolloutState {
  return {
    v: 1,
    strategy,
    phase: 'progressing',
    step: 0,
    version: ctx.version,
    images,
    updatedAt: new Date(ctx.clock.now()).toISOString(),
    runUrl: ctx.runUrl,
    githubDeployment: ctx.githubDeployment,
  };
}

const isApp = (ctx: DeployContext, kind: string, name: string) => kind === 'Deployment' && name === ctx.app;

/** A rolling deploy as named steps: first deploy, or plan → apply → roll out (wait; auto-rollback). */
async function deploy(ctx: DeployContext): Promise<StrategyResult> {
  const live = await readDeployment(ctx, ctx.app);
  if (!live) return step('first deploy', () => firstDeploy(ctx));
  const plan = await step('plan', () => planUpdate(ctx, live));
  if ('status' in plan) return plan;
  await step('apply', () => applyUpdate(ctx, plan));
  return step('roll out', () => rollOut(ctx, plan));
}

async function firstDeploy(ctx: DeployContext): Promise<StrategyResult> {
  const manifest = ctx.manifests.find((o) => isApp(ctx, o.kind, o.metadata.name));
  if (!manifest)
    throw new InputError(
      'manifests',
      undefined,
      `files with a Deployment named ${ctx.app}: deployment ${ctx.namespace}/${ctx.app} does not exist yet, so a first deploy needs its manifests`,
    );
  await applySupporting(ctx, (kind, name) => isApp(ctx, kind, name));
  const state = baseState(ctx, 'rolling', imagesOf(manifest));
  const annotations = {
    ...manifest.metadata.annotations,
    [ANNOTATIONS.state]: JSON.stringify({ ...state, phase: 'succeeded', step: 1 }),
    [ANNOTATIONS.version]: ctx.version,
    [ANNOTATIONS.changeCause]: `shipgate deploy ${ctx.version}`,
  };
  await applyObject(ctx, { ...manifest, metadata: { ...manifest.metadata, annotations } });
  const outcome = await waitFor(ctx, ctx.app);
  if (!outcome.ok)
    return {
      status: 'failed',
      message: `first deploy of ${ctx.version} did not become available: ${outcome.message}`,
    };
  return {
    status: 'succeeded',
    message: `first deploy: ${ctx.app} ${ctx.version} created and available`,
    images: imagesOf(manifest),
    revision: outcome.deployment.metadata?.annotations?.[REVISION],
  };
}

/** An update of the live Deployment: the state to record and, when given, the app's manifest. */
interface UpdatePlan {
  state: RolloutState;
  desired: Record<string, string>;
  liveVersion: string | undefined;
  manifest: PlainObject | undefined;
}

/** The plan, or 'unchanged' when this version already runs and its rollout is done. */
async function planUpdate(ctx: DeployContext, live: k8s.V1Deployment): Promise<UpdatePlan | StrategyResult> {
  const current = imagesOf(live);
  const manifest = ctx.manifests.find((o) => isApp(ctx, o.kind, o.metadata.name));
  // With a manifest for the app its images (already substituted) are the target; otherwise the live ones with the new images.
  const desired = manifest ? imagesOf(manifest) : resolveImages(current, ctx.images);
  const liveVersion = live.metadata?.annotations?.[ANNOTATIONS.version];
  if (sameImages(current, desired) && liveVersion === ctx.version && rolloutStatus(live).done)
    return {
      status: 'unchanged',
      message: `${ctx.app} already runs ${ctx.version} (${Object.values(desired).join(', ')}); nothing to do`,
      previousVersion: liveVersion,
      revision: live.metadata?.annotations?.[REVISION],
    };
  const state: RolloutState = {
    ...baseState(ctx, 'rolling', desired),
    previousVersion: liveVersion,
    previousImages: current,
    previousRevision: live.metadata?.annotations?.[REVISION],
  };
  return { state, desired, liveVersion, manifest };
}

/** The other manifests, then the app's whole Deployment from its manifest, or a patch of its images. */
async function applyUpdate(ctx: DeployContext, p: UpdatePlan): Promise<void> {
  await applySupporting(ctx, (kind, name) => isApp(ctx, kind, name));
  const manifest = p.manifest;
  if (!manifest) {
    await patchImages(ctx, ctx.app, p.desired, { version: ctx.version, state: p.state });
    return;
  }
  // The whole Deployment from the manifests: env, resources … may have changed too.
  const spec = manifest.spec;
  const annotations = {
    ...manifest.metadata.annotations,
    ...encodeState(p.state),
    [ANNOTATIONS.changeCause]: `shipgate deploy ${ctx.version}${ctx.runUrl ? ` (${ctx.runUrl})` : ''}`,
  };
  await applyObject(ctx, { ...manifest, metadata: { ...manifest.metadata, annotations }, spec });
}

/** Waits for the rollout (finishRollout); a cancellation patches the previous images back. */
async function rollOut(ctx: DeployContext, plan: UpdatePlan): Promise<StrategyResult> {
  try {
    return await finishRollout(ctx, plan);
  } catch (error) {
    if (error instanceof CancelledError) {
      ctx.log.warn(
        `cancelled mid-rollout: putting ${ctx.app} back on ${plan.liveVersion ?? 'the previous images'}`,
      );
      await restore(cleanupContext(ctx), plan.state, false);
    }
    throw error;
  }
}

/**
 * Waits (kubectl rollout status's rules, the run's deadline) for the rollout the plan recorded;
 * done: recorded succeeded. Not done: auto-rollback patches the previous images back, else the
 * record says failed.
 */
async function finishRollout(
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
async function restore(ctx: DeployContext, state: RolloutState, wait: boolean): Promise<boolean> {
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

async function rollback(ctx: DeployContext): Promise<StrategyResult> {
  const live = await readDeployment(ctx, ctx.app);
  const state = decodeState(live?.metadata?.annotations);
  if (!live || !state?.previousImages)
    return {
      status: 'unchanged',
      message: `no previous version of ${ctx.app} is recorded; nothing to roll back`,
    };
  const ok = await restore(ctx, state, true);
  return {
    status: ok ? 'rolled-back' : 'failed',
    message: `${ctx.app} ${ok ? 'rolled back to' : 'could not be rolled back to'} ${state.previousVersion}`,
    previousVersion: state.version,
  };
}

/**
 * A rolling update recorded as progressing (its runner died or was killed mid-rollout) is put back
 * on the recorded previous version; a finished one has nothing to abort (that is rollback's job).
 */
async function abort(ctx: DeployContext): Promise<StrategyResult> {
  const live = await readDeployment(ctx, ctx.app);
  const state = decodeState(live?.metadata?.annotations);
  if (!live || state?.strategy !== 'rolling' || state.phase !== 'progressing' || !state.previousImages)
    return { status: 'unchanged', message: 'a rolling update has nothing to abort; use rollback' };
  const back = state.previousVersion ?? 'the previous images';
  ctx.log.warn(
    `the rolling update of ${ctx.app} to ${state.version} was left in progress: putting it back on ${back}`,
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
async function promote(ctx: DeployContext): Promise<StrategyResult> {
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
      message: `a rolling update has nothing to promote${state ? ` (${ctx.app} ${state.version} is recorded ${state.phase})` : ''}`,
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

export const rolling: Strategy = { deploy, promote, abort, rollback };
