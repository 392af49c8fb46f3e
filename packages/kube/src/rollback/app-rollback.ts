/**
 * The application phase of a rollback, by the strategy found in the cluster:
 * - rolling: the target revision's pod template put back (kubectl `rollout undo` semantics, with
 *   the target's change-cause), or the target's recorded images when no ReplicaSet holds it;
 * - blue-green: the Service switched back to the colour running the target (scaled up first when
 *   it was scaled down; instant while it is warm), or the target deployed to the idle colour;
 * - canary: a canary in progress removed with stable getting all traffic, then stable as rolling.
 */
import type * as k8s from '@kubernetes/client-node';
import { CancelledError } from '@shipgate/core';
import { FIELD_MANAGER, PatchStrategy, dryRunParam, patchOptions } from '../client.ts';
import type { DeployContext } from '../context.ts';
import { ANNOTATIONS, encodeState, type RolloutState } from '../state.ts';
import { selectColour } from '../strategies/blue-green.ts';
import { routerTarget } from '../strategies/canary-steps.ts';
import { strategies } from '../strategies/index.ts';
import {
  REVISION,
  cleanupContext,
  deleteDeployment,
  deleteService,
  patchImages,
  readDeployment,
  sameImages,
  scaleDeployment,
  waitFor,
  writeState,
} from '../workloads.ts';
import type { FailedVersionCheck } from './failed-version.ts';
import type { Colour, LiveApp } from './live.ts';
import type { Target } from './targets.ts';

export interface AppOutcome {
  ok: boolean;
  message: string;
  /** Deployments that now serve the target (what verification waits for). */
  deployments: string[];
  revision?: string;
}

/** The rollout state written with the rollback: the target live, the version rolled back from kept as previous. */
export function rolledBackState(ctx: DeployContext, live: LiveApp, target: Target): RolloutState {
  return {
    v: 1,
    strategy: live.strategy,
    phase: 'rolled-back',
    step: 1,
    version: target.version,
    images: target.images,
    previousVersion: live.version,
    previousImages: live.images,
    ...(live.activeColour ? { activeColour: live.activeColour, idleColour: other(live.activeColour) } : {}),
    updatedAt: new Date(ctx.clock.now()).toISOString(),
    runUrl: ctx.runUrl,
  };
}

const other = (c: Colour): Colour => (c === 'blue' ? 'green' : 'blue');
/** JSON-pointer escaping of one path segment (RFC 6901). */
const pointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Rolling (and canary's stable): undo to the target's ReplicaSet template, else set its images. */
async function rollingTo(ctx: DeployContext, live: LiveApp, target: Target): Promise<AppOutcome> {
  const state: RolloutState = { ...rolledBackState(ctx, live, target), strategy: live.strategy };
  const cause =
    target.revision?.changeCause ??
    `shipgate rollback to ${target.version}${ctx.runUrl ? ` (${ctx.runUrl})` : ''}`;
  const template = target.revision?.template as k8s.V1PodTemplateSpec | undefined;
  if (template) {
    // As kubectl does: the ReplicaSet's template without its pod-template-hash, annotations alongside.
    const labels = { ...template.metadata?.labels };
    delete labels['pod-template-hash'];
    const annotations = { ...encodeState(state), [ANNOTATIONS.changeCause]: cause };
    const body = [
      {
        op: 'replace',
        path: '/spec/template',
        value: { ...template, metadata: { ...template.metadata, labels } },
      },
      ...Object.entries(annotations).map(([k, v]) => ({
        op: 'add',
        path: `/metadata/annotations/${pointer(k)}`,
        value: v,
      })),
    ];
    const step = `undo deployment ${ctx.app} to ${target.revision!.source}`;
    await ctx.guard(step);
    ctx.changes.push({
      object: `Deployment/${ctx.app}`,
      action: 'update',
      detail: `pod template of ${target.revision!.source} (${target.version})`,
    });
    await ctx.kube.call(step, () =>
      ctx.kube.apps.patchNamespacedDeployment(
        {
          name: ctx.app,
          namespace: ctx.namespace,
          body,
          dryRun: dryRunParam(ctx.dryRun),
          fieldManager: FIELD_MANAGER,
        },
        patchOptions(PatchStrategy.JsonPatch),
      ),
    );
  } else {
    await patchImages(ctx, ctx.app, target.images, { version: target.version, state, cause });
  }
  const outcome = await waitFor(ctx, ctx.app);
  const revision = outcome.ok ? outcome.deployment.metadata?.annotations?.[REVISION] : undefined;
  return {
    ok: outcome.ok,
    message: outcome.ok
      ? `${ctx.app} rolled back from ${live.version ?? '?'} to ${target.version}${template ? ` (template of ${target.revision!.source})` : ''}`
      : `${ctx.app} did not roll out ${target.version}: ${outcome.message}`,
    deployments: [ctx.app],
    revision,
  };
}

async function blueGreenTo(ctx: DeployContext, live: LiveApp, target: Target): Promise<AppOutcome> {
  const active = live.activeColour ?? 'blue';
  const back = other(active);
  const name = `${ctx.app}-${back}`;
  const idle = await readDeployment(ctx, name);
  const idleVersion = idle?.metadata?.annotations?.[ANNOTATIONS.version];
  const idleImages = Object.fromEntries(
    (idle?.spec?.template?.spec?.containers ?? []).map((c) => [c.name, c.image ?? '']),
  );
  if (!idle || idleVersion !== target.version || !sameImages(idleImages, target.images)) {
    // Cold: no colour runs the target; deploy it to the idle colour the blue-green way, no delay.
    ctx.log.info(`no colour runs ${target.version}: deploying it to ${back}, then switching`);
    const r = await strategies['blue-green'].deploy({ ...ctx, scaleDownDelayMs: 0 });
    return { ok: r.status === 'succeeded', message: r.message, deployments: [name] };
  }
  if ((idle.status?.readyReplicas ?? 0) < live.replicas || (idle.spec?.replicas ?? 0) < live.replicas) {
    ctx.log.info(
      `${name} (${target.version}) is scaled down: scaling it to ${live.replicas} before the switch`,
    );
    const before = idle.spec?.replicas ?? 0;
    const outcome = await scaleDeployment(ctx, name, live.replicas)
      .then(() => waitFor(ctx, name))
      .catch(async (error: unknown) => {
        // Cancelled before the switch: traffic never left `active`; the colour goes back to its size.
        if (error instanceof CancelledError) {
          ctx.log.warn(
            `cancelled before the switch: ${ctx.app} stays on ${active}; ${name} back to ${before}`,
          );
          await scaleDeployment(cleanupContext(ctx), name, before);
        }
        throw error;
      });
    if (!outcome.ok) {
      await scaleDeployment(ctx, name, before);
      return {
        ok: false,
        message: `${name} did not become available: ${outcome.message}`,
        deployments: [name],
      };
    }
  } else ctx.log.info(`${name} still runs ${target.version} warm: switching back at once`);
  const state = { ...rolledBackState(ctx, live, target), activeColour: back, idleColour: active };
  await selectColour(ctx, ctx.app, back, state);
  const preview = await ctx.kube.find('read preview service', () =>
    ctx.kube.core.readNamespacedService({ name: `${ctx.app}-preview`, namespace: ctx.namespace }),
  );
  if (preview) await selectColour(ctx, `${ctx.app}-preview`, active);
  // Traffic left the rolled-back colour; it is emptied so two versions do not keep running.
  await scaleDeployment(ctx, `${ctx.app}-${active}`, 0);
  return {
    ok: true,
    message: `${ctx.app} switched back from ${active} (${live.version ?? '?'}) to ${back} (${target.version})`,
    deployments: [name],
  };
}

async function canaryTo(ctx: DeployContext, live: LiveApp, target: Target): Promise<AppOutcome> {
  if (live.canaryRunning) {
    const r = await strategies.canary.abort(ctx);
    ctx.log.info(r.message);
    // No canary recorded in progress, yet arms exist (an abort that half failed): removed here.
    if (r.status === 'unchanged') await removeArms(ctx, live);
  }
  const stable = await readDeployment(ctx, ctx.app);
  const stableVersion = stable?.metadata?.annotations?.[ANNOTATIONS.version];
  const stableImages = Object.fromEntries(
    (stable?.spec?.template?.spec?.containers ?? []).map((c) => [c.name, c.image ?? '']),
  );
  if (stableVersion === target.version && sameImages(stableImages, target.images))
    return {
      ok: true,
      message: `canary removed; stable ${ctx.app} already runs ${target.version}`,
      deployments: [ctx.app],
    };
  return rollingTo(ctx, { ...live, version: stableVersion ?? live.version, images: stableImages }, target);
}

/** Runs the application rollback for the live app's strategy. */
export function rollbackApp(ctx: DeployContext, live: LiveApp, target: Target): Promise<AppOutcome> {
  if (live.strategy === 'blue-green') return blueGreenTo(ctx, live, target);
  if (live.strategy === 'canary') return canaryTo(ctx, live, target);
  return rollingTo(ctx, live, target);
}

/** Canary arms no record keeps in progress: router weights reset, arm Deployments and Services deleted. */
async function removeArms(ctx: DeployContext, live: LiveApp): Promise<void> {
  if (ctx.routerName !== 'replicas') {
    await ctx.guard('reset router weights');
    await ctx.router.reset(routerTarget(ctx));
  }
  for (const name of live.arms) {
    await deleteDeployment(ctx, name);
    if (ctx.routerName !== 'replicas') await deleteService(ctx, name);
  }
}

/**
 * failed-version given and traffic already on the target: what the failed version still runs is
 * retired (canary arms removed, its colour scaled to 0, its ReplicaSet's pods waited away) and the
 * record says the app was rolled back from it.
 */
export async function retireFailed(
  ctx: DeployContext,
  live: LiveApp,
  target: Target,
  back: Extract<FailedVersionCheck, { kind: 'already-back' }>,
): Promise<AppOutcome> {
  const failed = back.failedVersion;
  const left = back.leftovers.join(', ');
  if (left) ctx.log.info(`${back.why}; ${failed} still runs: ${left}`);
  if (live.strategy === 'canary') await removeArms(ctx, live);
  if (live.strategy === 'blue-green')
    for (const c of live.history)
      if (c.version === failed && c.source !== live.deployment) await scaleDeployment(ctx, c.source, 0);
  const outcome = await waitFor(ctx, live.deployment);
  const previous = live.state?.previousVersion === failed ? live.state.previousImages : undefined;
  await writeState(ctx, live.strategy === 'blue-green' ? 'Service' : 'Deployment', ctx.app, {
    ...rolledBackState(ctx, { ...live, version: failed, images: previous ?? {} }, target),
    router: live.state?.router,
  });
  return {
    ok: outcome.ok,
    message: outcome.ok
      ? `${back.why}${left ? `; what ${failed} still ran is gone (${left})` : ''}`
      : `${live.deployment} did not settle on ${target.version}: ${outcome.message}`,
    deployments: [live.deployment],
  };
}
