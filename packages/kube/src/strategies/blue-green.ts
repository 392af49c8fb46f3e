/**
 * Blue-green: Deployments `<app>-blue` / `<app>-green`; the app's Service selects the active
 * colour, `<app>-preview` the idle one. A deploy is named steps: plan → fill the idle colour
 * (wait, optional health gate through the preview Service) → switch (blue-green-switch.ts) →
 * the old colour kept for the scale-down delay (an instant switch back), then scaled to zero.
 * The rollout state lives on the app's Service (there is no `<app>` Deployment). A rollout whose
 * runner died before the switch is finished by promote or emptied by abort (blue-green-verbs.ts).
 */
import { ExternalError, InputError } from '@shipgate/core';
import type * as k8s from '@kubernetes/client-node';
import { applyObject } from '../apply.ts';
import type { DeployContext, StrategyResult } from '../context.ts';
import { resolveImages } from '../images.ts';
import { armNames } from '../recorded.ts';
import { ANNOTATIONS, LABELS, decodeState, type RolloutState } from '../state.ts';
import { step } from '../steps.ts';
import { imagesOf, readDeployment, sameImages, waitFor, writeState } from '../workloads.ts';
import { armDeployment, type Track } from './arms.ts';
import { failedColour, fillIdle, type FillPlan } from './blue-green-fill.ts';
import { switchColours, other, readService, type Colour } from './blue-green-switch.ts';
import { abort, promote, rollback } from './blue-green-verbs.ts';
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

export const blueGreen: Strategy = { deploy, promote, abort, rollback };
