/**
 * Blue-green's switch: the app's Service moves to the new colour in one update that also records
 * the state, the preview Service to the old one, and the old colour is scaled down now or once
 * the scale-down window ends (finishScaleDown, by whichever run comes after it, at most once).
 */
import type * as k8s from '@kubernetes/client-node';
import { FIELD_MANAGER, dryRunParam } from '../client.ts';
import type { DeployContext, StrategyResult } from '../context.ts';
import { armNames } from '../recorded.ts';
import { ANNOTATIONS, LABELS, decodeState, type RolloutState } from '../state.ts';
import { scaleDeployment, writeState } from '../workloads.ts';

export type Colour = 'blue' | 'green';
export const other = (c: Colour): Colour => (c === 'blue' ? 'green' : 'blue');

/** A blue-green rollout between two colours: what serves now and what the new version fills. */
export interface ColourPlan {
  /** The colour the app's Service selects before the switch, and the one being filled. */
  active: Colour;
  idle: Colour;
  /** The version and images live on the active colour, and the new ones. */
  liveVersion: string | undefined;
  current: Record<string, string>;
  desired: Record<string, string>;
  /** The state recorded before the idle colour was filled (phase progressing). */
  next: RolloutState;
}

export async function readService(ctx: DeployContext, name: string): Promise<k8s.V1Service | undefined> {
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

/**
 * Switches the app's Service to the filled idle colour (state recorded in the same update); a
 * failed switch empties the idle colour again. The old colour is scaled down now, or after the
 * scale-down window (returned as `scaleDown`, done by runDeploy without the Lease).
 */
export async function switchColours(ctx: DeployContext, p: ColourPlan): Promise<StrategyResult> {
  const idleName = `${ctx.app}-${p.idle}`;
  const later = ctx.scaleDownDelayMs > 0 && !ctx.dryRun;
  const switched: RolloutState = {
    ...p.next,
    phase: 'succeeded',
    step: 1,
    activeColour: p.idle,
    idleColour: p.active,
    // Recorded so that whichever run comes after the window scales the old colour down, once.
    scaleDownAt: later ? new Date(ctx.clock.now() + ctx.scaleDownDelayMs).toISOString() : undefined,
    updatedAt: new Date(ctx.clock.now()).toISOString(),
  };
  try {
    await selectColour(ctx, ctx.app, p.idle, switched);
  } catch (error) {
    // The switch itself failed: the active colour still serves; the idle one is emptied again.
    ctx.log.warn(`switch to ${p.idle} failed: ${ctx.app} stays on ${p.active}; emptying ${idleName}`);
    // Best effort (the Service's API may be what fails): the record goes back to the live version.
    await emptyIdle(ctx, p, 'failed').catch(() => scaleDeployment(ctx, idleName, 0).catch(() => undefined));
    throw error;
  }
  const preview = armNames(ctx.app).preview;
  if (await readService(ctx, preview)) await selectColour(ctx, preview, p.active);
  if (!later) await scaleDeployment(ctx, `${ctx.app}-${p.active}`, 0);
  else
    ctx.log.info(
      `${ctx.app} now selects ${p.idle} (${switched.version}); ${p.active} stays scaled until ${switched.scaleDownAt} so a rollback is an instant switch back (the deploy lock is free meanwhile)`,
    );
  return {
    status: 'succeeded',
    images: p.desired,
    message: `${ctx.app} switched from ${p.active} (${p.liveVersion ?? '?'}) to ${p.idle} (${switched.version})${later ? '' : `; ${p.active} scaled to 0`}`,
    previousVersion: p.liveVersion,
    scaleDown: later ? { colour: p.active, atMs: ctx.clock.now() + ctx.scaleDownDelayMs } : undefined,
  };
}

/** The idle colour scaled to 0 and the record back on the active colour's version. */
export async function emptyIdle(
  ctx: DeployContext,
  p: ColourPlan,
  phase: RolloutState['phase'],
): Promise<void> {
  await scaleDeployment(ctx, `${ctx.app}-${p.idle}`, 0);
  await writeState(ctx, 'Service', ctx.app, {
    ...p.next,
    phase,
    version: p.liveVersion ?? p.next.version,
    images: p.current,
    updatedAt: new Date(ctx.clock.now()).toISOString(),
  });
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
