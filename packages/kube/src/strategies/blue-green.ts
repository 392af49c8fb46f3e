/**
 * Blue-green: Deployments `<app>-blue` / `<app>-green`; the app's Service selects the active
 * colour, `<app>-preview` the idle one. A deploy is named steps: plan → fill the idle colour
 * (wait, optional health gate through the preview Service) → switch (blue-green-switch.ts) →
 * the old colour kept for the scale-down delay (an instant switch back), then scaled to zero.
 * The rollout state lives on the app's Service (there is no `<app>` Deployment). A rollout whose
 * runner died before the switch is finished by promote or emptied by abort.
 */
import { CancelledError, ExternalError, InputError } from '@shipgate/core';
import type * as k8s from '@kubernetes/client-node';
import type { PlainObject } from '../backup.ts';
import { applyObject } from '../apply.ts';
import type { DeployContext, StrategyResult } from '../context.ts';
import { checkHealth } from '../health.ts';
import { resolveImages } from '../images.ts';
import { armNames } from '../recorded.ts';
import { ANNOTATIONS, LABELS, decodeState, type RolloutState } from '../state.ts';
import { step } from '../steps.ts';
import {
  cleanupContext,
  imagesOf,
  readDeployment,
  sameImages,
  scaleDeployment,
  waitFor,
  writeState,
} from '../workloads.ts';
import { armDeployment, type Track } from './arms.ts';
import {
  emptyIdle,
  other,
  readService,
  selectColour,
  switchColours,
  type Colour,
  type ColourPlan,
} from './blue-green-switch.ts';
import { baseState } from './rolling.ts';
import type { Strategy } from './strategy.ts';

export { finishScaleDown, selectColour, type Colour } from './blue-green-switch.ts';

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
  for (const o of ctx.manifests) if (o !== dep && o !== svc) await applyObject(ctx, o);
  const images = imagesOf(dep);
  const replicas = (dep.spec as k8s.V1DeploymentSpec).replicas ?? 1;
  await applyObject(ctx, colourDeployment(dep, ctx, 'blue', images, replicas));
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
  await applyObject(ctx, {
    ...svc,
    metadata: { ...svc.metadata, annotations },
    spec: { ...spec, selector: { ...spec.selector, [LABELS.track]: 'blue' } },
  });
  await applyObject(ctx, {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: armNames(ctx.app).preview, labels: { [LABELS.managedBy]: 'shipgate' } },
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
  const plan = await step('plan', () => planColours(ctx, svc));
  if ('status' in plan) return plan;
  const failure = await step('fill idle colour', () => fillIdle(ctx, plan));
  if (failure) return step('undo failed colour', () => failedColour(ctx, plan, failure));
  return step('switch', () => switchColours(ctx, plan));
}

/** Which colour serves and which gets the new version (recorded as progressing); 'unchanged' when it already serves it. */
async function planColours(ctx: DeployContext, svc: k8s.V1Service): Promise<FillPlan | StrategyResult> {
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
  if (liveVersion === ctx.version && sameImages(current, desired))
    return {
      status: 'unchanged',
      message: `${ctx.app}-${active} already serves ${ctx.version}; nothing to do`,
      previousVersion: liveVersion,
    };
  const template =
    ctx.manifests.find((o) => o.kind === 'Deployment' && o.metadata.name === ctx.app) ?? activeDep;
  for (const o of ctx.manifests)
    if (!(o.metadata.name === ctx.app && (o.kind === 'Deployment' || o.kind === 'Service')))
      await applyObject(ctx, o);
  const next: RolloutState = {
    ...baseState(ctx, 'blue-green', desired),
    previousVersion: liveVersion,
    previousImages: current,
    activeColour: active,
    idleColour: idle,
    previewUrl: ctx.previewUrl,
  };
  await writeState(ctx, 'Service', ctx.app, next);
  const idleDeployment = colourDeployment(template, ctx, idle, desired, activeDep.spec?.replicas ?? 1);
  return { active, idle, liveVersion, current, desired, next, idleDeployment };
}

/** A deploy's plan: the idle colour's Deployment is created from it (promote finds it there already). */
interface FillPlan extends ColourPlan {
  idleDeployment?: PlainObject;
}

/**
 * Fills the idle colour (creates it when the plan has it), waits for it and, with a preview URL,
 * its health gate; returns why it failed, or undefined. A cancellation before the switch empties
 * the idle colour (the active one never stopped serving).
 */
async function fillIdle(ctx: DeployContext, p: FillPlan): Promise<string | undefined> {
  try {
    if (p.idleDeployment) await applyObject(ctx, p.idleDeployment);
    const outcome = await waitFor(ctx, `${ctx.app}-${p.idle}`);
    if (!outcome.ok) return outcome.message;
    if (ctx.previewUrl && !ctx.dryRun) {
      const health = await checkHealth(ctx.previewUrl, {
        clock: ctx.clock,
        signal: ctx.signal,
        deadlineMs: Math.min(ctx.deadlineMs, ctx.clock.now() + 60_000),
        log: ctx.log,
      });
      ctx.log.info(`health gate ${health.ok ? 'passed' : 'failed'}: ${health.message}`);
      if (!health.ok) return `health gate through the preview Service failed: ${health.message}`;
    }
    if (ctx.signal.aborted) throw new CancelledError('cancelled before the switch');
    return undefined;
  } catch (error) {
    if (error instanceof CancelledError) {
      ctx.log.warn(
        `cancelled before the switch: ${ctx.app} stays on ${p.active}; emptying ${ctx.app}-${p.idle}`,
      );
      await emptyIdle(cleanupContext(ctx), p, 'aborted');
    }
    throw error;
  }
}

/** The active colour never stopped serving; the idle one is emptied (or, auto-rollback off, kept to inspect). */
async function failedColour(ctx: DeployContext, p: ColourPlan, failure: string): Promise<StrategyResult> {
  if (ctx.autoRollback) await emptyIdle(ctx, p, 'rolled-back');
  else
    await writeState(ctx, 'Service', ctx.app, {
      ...p.next,
      phase: 'failed',
      version: p.liveVersion ?? p.next.version,
      images: p.current,
    });
  return {
    status: ctx.autoRollback ? 'rolled-back' : 'failed',
    message: `${p.next.version} on ${p.idle} failed: ${failure}; ${ctx.app} stays on ${p.active} (${p.liveVersion ?? 'previous'})`,
    previousVersion: p.liveVersion,
  };
}

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
async function promote(ctx: DeployContext): Promise<StrategyResult> {
  const plan = await step('read unswitched rollout', () => unswitched(ctx));
  if (!plan)
    return {
      status: 'unchanged',
      message: `no blue-green rollout of ${ctx.app} is waiting for its switch; nothing to promote (a deploy switches by itself)`,
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

/** Drops an unswitched rollout (idle colour emptied); after a switch, switches back (rollback). */
async function abort(ctx: DeployContext): Promise<StrategyResult> {
  const plan = await step('read unswitched rollout', () => unswitched(ctx));
  if (!plan) return rollback(ctx);
  await step('empty idle colour', () => emptyIdle(ctx, plan, 'aborted'));
  return {
    status: 'rolled-back',
    outcome: 'aborted',
    message: `${plan.next.version} aborted before the switch: ${ctx.app} stays on ${plan.active} (${plan.liveVersion ?? 'previous'}); ${ctx.app}-${plan.idle} scaled to 0`,
    previousVersion: plan.liveVersion,
  };
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

export const blueGreen: Strategy = { deploy, promote, abort, rollback };
