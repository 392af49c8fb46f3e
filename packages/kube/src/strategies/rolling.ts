/** Rolling update of the app's own Deployment: one strategic-merge patch, then a watched wait. */
import type * as k8s from '@kubernetes/client-node';
import { CancelledError, InputError } from '@shipgate/core';
import { applyObject } from '../apply.ts';
import type { DeployContext, StrategyResult } from '../context.ts';
import { resolveImages } from '../images.ts';
import { rolloutStatus } from '../rollout-wait.ts';
import { ANNOTATIONS, encodeState, type RolloutState } from '../state.ts';
import {
  REVISION,
  imagesOf,
  patchImages,
  readDeployment,
  sameImages,
  waitFor,
  cleanupContext,
} from '../workloads.ts';
import { step } from '../steps.ts';
import { finishRollout, restore, type UpdatePlan } from './rolling-rollout.ts';
import { abort, promote, rollback } from './rolling-verbs.ts';
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

export const rolling: Strategy = { deploy, promote, abort, rollback };
