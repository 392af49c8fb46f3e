/**
 * Blue-green: Deployments `<app>-blue` / `<app>-green`; the app's Service selects the active
 * colour, `<app>-preview` the idle one. A deploy fills the idle colour, waits, optionally gates on
 * a health URL through the preview Service, switches the active Service's selector in one update,
 * keeps the old colour scaled for the scale-down delay (an instant switch back) and then scales it
 * to zero. The rollout state lives on the app's Service (there is no `<app>` Deployment).
 */
import { CancelledError, ExternalError, InputError } from '@shipgate/core';
import type * as k8s from '@kubernetes/client-node';
import { FIELD_MANAGER, dryRunParam } from '../client.ts';
import type { DeployContext, StrategyResult } from '../context.ts';
import { checkHealth } from '../health.ts';
import { resolveImages } from '../images.ts';
import { ANNOTATIONS, LABELS, decodeState, type RolloutState } from '../state.ts';
import {
  createOrReplace,
  imagesOf,
  readDeployment,
  sameImages,
  scaleDeployment,
  waitFor,
  writeState,
  cleanupContext,
} from '../workloads.ts';
import { armDeployment, type Track } from './arms.ts';
import { baseState } from './rolling.ts';
import type { Strategy } from './strategy.ts';

export type Colour = 'blue' | 'green';
const other = (c: Colour): Colour => (c === 'blue' ? 'green' : 'blue');
const previewName = (ctx: DeployContext) => `${ctx.app}-preview`;

async function readService(ctx: DeployContext, name: string): Promise<k8s.V1Service | undefined> {
  return ctx.kube.find(`read service ${name}`, () =>
    ctx.kube.core.readNamespacedService({ name, namespace: ctx.namespace }),
  );
}

/** Points a Service at one colour in a single read-modify-write (409 → re-read, re-apply). Also rollback's switch. */
export async function selectColour(
  ctx: DeployContext,
  name: string,
  colour: Colour,
  state?: RolloutState,
): Promise<void> {
  await ctx.guard(`switch service ${name} to ${colour}`);
  ctx.changes.push({
    object: `Service/${name}`,
    action: 'switch',
    detail: `selector ${LABELS.track}=${colour}`,
  });
  await ctx.kube.update(
    `switch service ${name} to ${colour}`,
    () => ctx.kube.core.readNamespacedService({ name, namespace: ctx.namespace }),
    (svc) => {
      svc.spec = { ...svc.spec, selector: { ...svc.spec?.selector, [LABELS.track]: colour } };
      if (state)
        svc.metadata = {
          ...svc.metadata,
          annotations: {
            ...svc.metadata?.annotations,
            [ANNOTATIONS.state]: JSON.stringify(state),
            [ANNOTATIONS.version]: state.version,
          },
        };
      return true;
    },
    (svc) =>
      ctx.kube.core.replaceNamespacedService({
        name,
        namespace: ctx.namespace,
        body: svc,
        dryRun: dryRunParam(ctx.dryRun),
        fieldManager: FIELD_MANAGER,
      }),
  );
}

function colourDeployment(
  template: Parameters<typeof armDeployment>[0],
  ctx: DeployContext,
  colour: Colour,
  images: Record<string, string>,
  replicas: number,
) {
  return armDeployment(template, {
    app: ctx.app,
    track: colour as Track,
    images,
    replicas,
    version: ctx.version,
    isolate: false,
  });
}

async function firstDeploy(ctx: DeployContext): Promise<StrategyResult> {
  const dep = ctx.manifests.find((o) => o.kind === 'Deployment' && o.metadata.name === ctx.app);
  const svc = ctx.manifests.find((o) => o.kind === 'Service' && o.metadata.name === ctx.app);
  if (!dep || !svc)
    throw new InputError(
      'manifests',
      undefined,
      `files with a Deployment and a Service named ${ctx.app}: service ${ctx.namespace}/${ctx.app} does not exist yet, so a first blue-green deploy needs them`,
    );
  for (const o of ctx.manifests) if (o !== dep && o !== svc) await createOrReplace(ctx, o);
  const images = imagesOf(dep);
  const replicas = (dep.spec as k8s.V1DeploymentSpec).replicas ?? 1;
  await createOrReplace(ctx, colourDeployment(dep, ctx, 'blue', images, replicas));
  const state: RolloutState = {
    ...baseState(ctx, 'blue-green', images),
    phase: 'succeeded',
    step: 1,
    activeColour: 'blue',
    idleColour: 'green',
  };
  const spec = svc.spec as k8s.V1ServiceSpec;
  const annotations = {
    ...svc.metadata.annotations,
    [ANNOTATIONS.state]: JSON.stringify(state),
    [ANNOTATIONS.version]: ctx.version,
  };
  const outcome = await waitFor(ctx, `${ctx.app}-blue`);
  if (!outcome.ok)
    return {
      status: 'failed',
      message: `first deploy of ${ctx.version} did not become available: ${outcome.message}`,
    };
  await createOrReplace(ctx, {
    ...svc,
    metadata: { ...svc.metadata, annotations },
    spec: { ...spec, selector: { ...spec.selector, [LABELS.track]: 'blue' } },
  });
  await createOrReplace(ctx, {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: previewName(ctx), labels: { [LABELS.managedBy]: 'shipgate' } },
    spec: { ...spec, selector: { ...spec.selector, [LABELS.track]: 'green' } },
  });
  return {
    status: 'succeeded',
    images,
    message: `first deploy: ${ctx.app}-blue runs ${ctx.version} and ${ctx.app} selects it`,
  };
}

async function deploy(ctx: DeployContext): Promise<StrategyResult> {
  const svc = await readService(ctx, ctx.app);
  if (!svc) return firstDeploy(ctx);
  const state = decodeState(svc.metadata?.annotations);
  const active: Colour =
    state?.activeColour ?? (svc.spec?.selector?.[LABELS.track] === 'green' ? 'green' : 'blue');
  const idle = other(active);
  const activeDep = await readDeployment(ctx, `${ctx.app}-${active}`);
  if (!activeDep)
    throw new ExternalError('Kubernetes API', `read deployment ${ctx.app}-${active}`, {
      status: 404,
      detail: `service ${ctx.app} selects ${active}, but that colour's deployment does not exist`,
      hint: 'Redeploy with manifests, or point the Service at an existing colour.',
    });
  const current = imagesOf(activeDep);
  const desired = resolveImages(current, ctx.images);
  const liveVersion = state?.version;
  if (liveVersion === ctx.version && sameImages(current, desired)) {
    return {
      status: 'unchanged',
      message: `${ctx.app}-${active} already serves ${ctx.version}; nothing to do`,
      previousVersion: liveVersion,
    };
  }
  const template =
    ctx.manifests.find((o) => o.kind === 'Deployment' && o.metadata.name === ctx.app) ?? activeDep;
  for (const o of ctx.manifests)
    if (!(o.metadata.name === ctx.app && (o.kind === 'Deployment' || o.kind === 'Service')))
      await createOrReplace(ctx, o);
  const replicas = activeDep.spec?.replicas ?? 1;
  const idleName = `${ctx.app}-${idle}`;
  const next: RolloutState = {
    ...baseState(ctx, 'blue-green', desired),
    previousVersion: liveVersion,
    previousImages: current,
    activeColour: active,
    idleColour: idle,
  };
  await writeState(ctx, 'Service', ctx.app, next);
  try {
    await createOrReplace(ctx, colourDeployment(template, ctx, idle, desired, replicas));
    const outcome = await waitFor(ctx, idleName);
    let failure = outcome.ok ? undefined : outcome.message;
    if (!failure && ctx.previewUrl && !ctx.dryRun) {
      const health = await checkHealth(ctx.previewUrl, {
        clock: ctx.clock,
        signal: ctx.signal,
        deadlineMs: Math.min(ctx.deadlineMs, ctx.clock.now() + 60_000),
        log: ctx.log,
      });
      ctx.log.info(`health gate ${health.ok ? 'passed' : 'failed'}: ${health.message}`);
      if (!health.ok) failure = `health gate through the preview Service failed: ${health.message}`;
    }
    if (failure) {
      // The active colour never stopped serving; the idle one is emptied (or kept to inspect).
      if (ctx.autoRollback) await scaleDeployment(ctx, idleName, 0);
      await writeState(ctx, 'Service', ctx.app, {
        ...next,
        phase: ctx.autoRollback ? 'rolled-back' : 'failed',
        version: liveVersion ?? next.version,
        images: current,
      });
      return {
        status: ctx.autoRollback ? 'rolled-back' : 'failed',
        message: `${ctx.version} on ${idle} failed: ${failure}; ${ctx.app} stays on ${active} (${liveVersion ?? 'previous'})`,
        previousVersion: liveVersion,
      };
    }
    if (ctx.signal.aborted) throw new CancelledError('cancelled before the switch');
  } catch (error) {
    if (error instanceof CancelledError) {
      ctx.log.warn(`cancelled before the switch: ${ctx.app} stays on ${active}; emptying ${idleName}`);
      const c = cleanupContext(ctx);
      await scaleDeployment(c, idleName, 0);
      await writeState(c, 'Service', ctx.app, {
        ...next,
        phase: 'aborted',
        version: liveVersion ?? next.version,
        images: current,
      });
    }
    throw error;
  }
  const later = ctx.scaleDownDelayMs > 0 && !ctx.dryRun;
  const switched: RolloutState = {
    ...next,
    phase: 'succeeded',
    step: 1,
    activeColour: idle,
    idleColour: active,
    // Recorded so that whichever run comes after the window scales the old colour down, once.
    scaleDownAt: later ? new Date(ctx.clock.now() + ctx.scaleDownDelayMs).toISOString() : undefined,
    updatedAt: new Date(ctx.clock.now()).toISOString(),
  };
  try {
    await selectColour(ctx, ctx.app, idle, switched);
  } catch (error) {
    // The switch itself failed: the active colour still serves; the idle one is emptied again.
    ctx.log.warn(`switch to ${idle} failed: ${ctx.app} stays on ${active}; emptying ${idleName}`);
    await scaleDeployment(ctx, idleName, 0).catch(() => undefined);
    throw error;
  }
  if (await readService(ctx, previewName(ctx))) await selectColour(ctx, previewName(ctx), active);
  if (!later) await scaleDeployment(ctx, `${ctx.app}-${active}`, 0);
  else
    ctx.log.info(
      `${ctx.app} now selects ${idle} (${ctx.version}); ${active} stays scaled until ${switched.scaleDownAt} so a rollback is an instant switch back (the deploy lock is free meanwhile)`,
    );
  return {
    status: 'succeeded',
    images: desired,
    message: `${ctx.app} switched from ${active} (${liveVersion ?? '?'}) to ${idle} (${ctx.version})${later ? '' : `; ${active} scaled to 0`}`,
    previousVersion: liveVersion,
    scaleDown: later ? { colour: active, atMs: ctx.clock.now() + ctx.scaleDownDelayMs } : undefined,
  };
}

/**
 * After the scale-down window (run holding the Lease again): scales `colour` to 0 only if the
 * record still names it idle with a pending scale-down and the Service does not select it — so it
 * happens at most once, and never to the live colour (a rollback in the window switched back).
 */
export async function finishScaleDown(ctx: DeployContext, colour: Colour): Promise<string> {
  const svc = await readService(ctx, ctx.app);
  const state = decodeState(svc?.metadata?.annotations);
  const live = svc?.spec?.selector?.[LABELS.track];
  if (!svc || !state?.scaleDownAt || state.idleColour !== colour || live === colour)
    return `${ctx.app}-${colour} left as it is: ${live === colour ? 'it is the live colour again' : 'the record no longer schedules its scale-down (another run acted in the window)'}`;
  await scaleDeployment(ctx, `${ctx.app}-${colour}`, 0);
  await writeState(ctx, 'Service', ctx.app, {
    ...state,
    scaleDownAt: undefined,
    updatedAt: new Date(ctx.clock.now()).toISOString(),
  });
  return `${ctx.app}-${colour} scaled to 0 after the scale-down window`;
}

async function rollback(ctx: DeployContext): Promise<StrategyResult> {
  const svc = await readService(ctx, ctx.app);
  const state = decodeState(svc?.metadata?.annotations);
  if (!svc || !state?.activeColour || !state.idleColour || !state.previousImages)
    return {
      status: 'unchanged',
      message: `no previous colour of ${ctx.app} is recorded; nothing to roll back`,
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

export const blueGreen: Strategy = {
  deploy,
  async promote() {
    return { status: 'unchanged', message: 'blue-green switches as part of deploy; nothing to promote' };
  },
  abort: rollback,
  rollback,
};
