/**
 * Canary: `<app>-canary` runs the new version beside the app's Deployment at the first weight
 * (by replica ratio, or by a router's weights), optionally with `<app>-baseline` (the stable
 * version at the canary's size, started with it). Promotion is left to canary-monitor or to
 * mode: promote / abort. Everything needed to continue is in the app's rollout state.
 */
import { CancelledError, InputError, ShipgateError } from '@shipgate/core';
import type { DeployContext, StrategyResult } from '../context.ts';
import { resolveImages } from '../images.ts';
import { ANNOTATIONS, decodeState, type RolloutState } from '../state.ts';
import { splitReplicas, weightDiffers } from '../weights.ts';
import {
  REVISION,
  createOrReplace,
  deleteDeployment,
  deleteService,
  imagesOf,
  patchImages,
  readDeployment,
  sameImages,
  scaleDeployment,
  waitFor,
  writeState,
  cleanupContext,
} from '../workloads.ts';
import { armDeployment, armService } from './arms.ts';
import { canaryInProgress, measureWeight, routerTarget } from './canary-steps.ts';
import { baseState, rolling } from './rolling.ts';
import type { Strategy } from './strategy.ts';

const canaryName = (ctx: DeployContext) => `${ctx.app}-canary`;
const baselineName = (ctx: DeployContext) => `${ctx.app}-baseline`;

async function deploy(ctx: DeployContext): Promise<StrategyResult> {
  const stable = await readDeployment(ctx, ctx.app);
  if (!stable) {
    ctx.log.info(
      `no stable ${ctx.app} yet: the first version is deployed directly (a canary needs something to compare with)`,
    );
    return rolling.deploy(ctx);
  }
  const state = decodeState(stable.metadata?.annotations);
  const current = imagesOf(stable);
  const desired = resolveImages(current, ctx.images);
  const liveVersion = stable.metadata?.annotations?.[ANNOTATIONS.version];
  if (canaryInProgress(state)) {
    if (state.version === ctx.version && sameImages(state.images, desired)) {
      return {
        status: 'unchanged',
        message: `canary ${ctx.version} is already running at ${state.requestedWeight}% (effective ${state.effectiveWeight}%); promote or abort it`,
        requestedWeight: state.requestedWeight,
        effectiveWeight: state.effectiveWeight,
        previousVersion: state.previousVersion,
      };
    }
    const orphan = !(await readDeployment(ctx, canaryName(ctx)));
    throw new ShipgateError(
      orphan
        ? `the record on deployment ${ctx.app} says canary ${state.version} is ${state.phase}, but ${canaryName(ctx)} does not exist (an earlier run was stopped before it created it, or it was deleted): an orphaned record`
        : `canary ${state.version} of ${ctx.app} is in progress (${state.phase} at ${state.requestedWeight ?? '?'}%); a new canary (${ctx.version}) cannot start beside it`,
      {
        hint: orphan
          ? 'Run deploy with mode: abort to clear the record (stable keeps all traffic), then deploy again.'
          : 'Promote or abort it first (mode: promote | abort, or canary-monitor).',
      },
    );
  }
  if (liveVersion === ctx.version && sameImages(current, desired)) {
    return {
      status: 'unchanged',
      message: `${ctx.app} already runs ${ctx.version}; nothing to do`,
      previousVersion: liveVersion,
      revision: stable.metadata?.annotations?.[REVISION],
    };
  }
  if (ctx.baseline && ctx.routerName === 'nginx') {
    throw new InputError(
      'baseline',
      'true',
      'false with traffic-router nginx (one canary Ingress per host); use gateway-api or istio for a baseline',
    );
  }
  const total = stable.spec?.replicas ?? 1;
  const split = splitReplicas(total, ctx.canaryWeight, { baseline: ctx.baseline, mode: ctx.router.mode });
  if (split.unreachable)
    throw new InputError(
      'canary-weight',
      String(ctx.canaryWeight),
      `a weight reachable with ${total} replicas — ${split.unreachable}`,
    );
  const isolate = ctx.router.mode === 'router';
  const next: RolloutState = {
    ...baseState(ctx, 'canary', desired),
    step: 1,
    previousVersion: liveVersion,
    previousImages: current,
    previousRevision: stable.metadata?.annotations?.[REVISION],
    requestedWeight: ctx.canaryWeight,
    router: ctx.routerName,
    canary: canaryName(ctx),
    baseline: ctx.baseline ? baselineName(ctx) : undefined,
    stableReplicas: total,
  };
  try {
    await createOrReplace(
      ctx,
      armDeployment(stable, {
        app: ctx.app,
        track: 'canary',
        images: desired,
        replicas: split.canary,
        version: ctx.version,
        isolate,
      }),
    );
    // Recorded once the canary exists (a record of a canary that was never created would block
    // every later deploy), and before anything else changes, so a stopped run can be cleaned up.
    await writeState(ctx, 'Deployment', ctx.app, next);
    if (ctx.baseline)
      await createOrReplace(
        ctx,
        armDeployment(stable, {
          app: ctx.app,
          track: 'baseline',
          images: current,
          replicas: split.baseline,
          version: liveVersion ?? 'stable',
          isolate,
        }),
      );
    if (isolate) {
      const svc = await ctx.kube.call(`read service ${ctx.app}`, () =>
        ctx.kube.core.readNamespacedService({ name: ctx.app, namespace: ctx.namespace }),
      );
      await createOrReplace(ctx, armService(svc, { app: ctx.app, name: canaryName(ctx), track: 'canary' }));
      if (ctx.baseline)
        await createOrReplace(
          ctx,
          armService(svc, { app: ctx.app, name: baselineName(ctx), track: 'baseline' }),
        );
    }
    const outcome = await waitFor(ctx, canaryName(ctx));
    const baseOk = outcome.ok && ctx.baseline ? (await waitFor(ctx, baselineName(ctx))).ok : true;
    if (!outcome.ok || !baseOk) {
      const why = outcome.ok ? 'the baseline did not become available' : outcome.message;
      if (!ctx.autoRollback) {
        await writeState(ctx, 'Deployment', ctx.app, { ...next, phase: 'failed' });
        return {
          status: 'failed',
          message: `canary ${ctx.version} failed: ${why}; left in place for inspection (auto-rollback off)`,
          previousVersion: liveVersion,
        };
      }
      await removeCanary(ctx, next, 'rolled-back');
      return {
        status: 'rolled-back',
        images: desired,
        message: `canary ${ctx.version} failed: ${why}; canary removed, ${liveVersion ?? 'stable'} keeps all traffic`,
        previousVersion: liveVersion,
      };
    }
    if (!isolate && split.stable !== total) await scaleDeployment(ctx, ctx.app, split.stable);
    if (split.routerWeights) {
      await ctx.guard('set router weights');
      await ctx.router.setWeight(routerTarget(ctx), split.routerWeights);
    }
    const effective = await measureWeight(ctx, ctx.canaryWeight, split.routerWeights);
    if (weightDiffers(ctx.canaryWeight, effective)) {
      ctx.log.warn(
        `canary weight: requested ${ctx.canaryWeight}%, effective ${effective}% (more than 5 points apart: ${split.stable} stable / ${split.canary} canary pods)`,
      );
    }
    await writeState(ctx, 'Deployment', ctx.app, {
      ...next,
      phase: 'paused',
      effectiveWeight: effective,
      updatedAt: new Date(ctx.clock.now()).toISOString(),
    });
    return {
      status: 'succeeded',
      outcome: 'canary',
      images: desired,
      message: `canary ${ctx.version} at ${ctx.canaryWeight}% (effective ${effective}%: ${split.stable} stable, ${split.canary} canary${ctx.baseline ? `, ${split.baseline} baseline` : ''} pods); promote with canary-monitor or mode: promote`,
      requestedWeight: ctx.canaryWeight,
      effectiveWeight: effective,
      previousVersion: liveVersion,
      revision: stable.metadata?.annotations?.[REVISION],
    };
  } catch (error) {
    if (error instanceof CancelledError) {
      ctx.log.warn(
        `cancelled mid-canary: removing ${canaryName(ctx)} so ${liveVersion ?? 'stable'} keeps all traffic`,
      );
      await removeCanary(cleanupContext(ctx), next, 'aborted');
    }
    throw error;
  }
}

/** Stable back to its size and all traffic, canary and baseline (and their Services) deleted. */
async function removeCanary(
  ctx: DeployContext,
  state: RolloutState,
  phase: RolloutState['phase'],
): Promise<void> {
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
  await deleteDeployment(ctx, canaryName(ctx));
  await deleteDeployment(ctx, baselineName(ctx));
  if (state.router && state.router !== 'replicas') {
    await deleteService(ctx, canaryName(ctx));
    await deleteService(ctx, baselineName(ctx));
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
  deploy,
  promote,
  abort,
  async rollback(ctx) {
    const r = await abort(ctx);
    return r.status === 'unchanged' ? rolling.rollback(ctx) : r;
  },
};
