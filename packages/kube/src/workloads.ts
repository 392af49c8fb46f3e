/**
 * Deployment and Service operations the strategies share: read, set images (strategic merge on
 * containers by name), scale, write rollout state, wait with the timeline. Manifests and the
 * objects derived from them are written by server-side apply (apply.ts).
 */
import type * as k8s from '@kubernetes/client-node';
import { autoscalerOwnsReplicas } from './apply.ts';
import { FIELD_MANAGER, PatchStrategy, dryRunParam, patchOptions } from './client.ts';
import type { PlainObject } from './backup.ts';
import type { DeployContext } from './context.ts';
import { describeProblem } from './pods.ts';
import { waitForRollout, type WaitOutcome } from './rollout-wait.ts';
import { ANNOTATIONS, encodeState, type RolloutState } from './state.ts';

export const REVISION = 'deployment.kubernetes.io/revision';

export async function readDeployment(
  ctx: DeployContext,
  name: string,
): Promise<k8s.V1Deployment | undefined> {
  return ctx.kube.find(`read deployment ${name}`, () =>
    ctx.kube.apps.readNamespacedDeployment({ name, namespace: ctx.namespace }),
  );
}

/** container name → image of a Deployment's pod template. */
export function imagesOf(dep: k8s.V1Deployment | PlainObject | undefined): Record<string, string> {
  const containers = (dep?.spec as k8s.V1DeploymentSpec | undefined)?.template?.spec?.containers ?? [];
  return Object.fromEntries(containers.map((c) => [c.name, c.image ?? '']));
}

export function sameImages(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * Sets images and annotations in one strategic-merge patch (containers merge by name, so other
 * containers and fields are untouched). `state` is written in the same patch, so the rollout and
 * the record of it can never disagree.
 */
export async function patchImages(
  ctx: DeployContext,
  name: string,
  images: Record<string, string>,
  o: { version: string; state?: RolloutState; replicas?: number; cause?: string },
): Promise<k8s.V1Deployment> {
  const annotations: Record<string, string> = {
    [ANNOTATIONS.changeCause]:
      o.cause ?? `shipgate deploy ${o.version}${ctx.runUrl ? ` (${ctx.runUrl})` : ''}`,
    [ANNOTATIONS.version]: o.version,
    ...(o.state ? encodeState(o.state) : {}),
  };
  const body = {
    metadata: { annotations },
    spec: {
      ...(o.replicas === undefined ? {} : { replicas: o.replicas }),
      template: {
        metadata: { annotations: { [ANNOTATIONS.version]: o.version } },
        spec: { containers: Object.entries(images).map(([n, image]) => ({ name: n, image })) },
      },
    },
  };
  await ctx.guard(`set images of deployment ${name}`);
  ctx.changes.push({
    object: `Deployment/${name}`,
    action: 'update',
    detail: `images ${Object.entries(images)
      .map(([c, i]) => `${c}=${i}`)
      .join(', ')}`,
  });
  return ctx.kube.call(`set images of deployment ${name}`, () =>
    ctx.kube.apps.patchNamespacedDeployment(
      { name, namespace: ctx.namespace, body, dryRun: dryRunParam(ctx.dryRun), fieldManager: FIELD_MANAGER },
      patchOptions(PatchStrategy.StrategicMergePatch),
    ),
  );
}

/** Writes the rollout state annotations only (JSON merge patch). */
export async function writeState(
  ctx: DeployContext,
  kind: 'Deployment' | 'Service',
  name: string,
  state: RolloutState,
): Promise<void> {
  await ctx.guard(`record rollout state on ${name}`);
  const body = { metadata: { annotations: encodeState(state) } };
  const params = {
    name,
    namespace: ctx.namespace,
    body,
    dryRun: dryRunParam(ctx.dryRun),
    fieldManager: FIELD_MANAGER,
  };
  const opts = patchOptions(PatchStrategy.MergePatch);
  if (kind === 'Deployment')
    await ctx.kube.call(`record rollout state on ${name}`, () =>
      ctx.kube.apps.patchNamespacedDeployment(params, opts),
    );
  else
    await ctx.kube.call(`record rollout state on ${name}`, () =>
      ctx.kube.core.patchNamespacedService(params, opts),
    );
}

/**
 * Sets a Deployment's replicas, unless a HorizontalPodAutoscaler owns them (scaling to 0 still
 * happens: an HPA does not scale a workload up from 0, and an idle colour or arm must stop).
 */
export async function scaleDeployment(ctx: DeployContext, name: string, replicas: number): Promise<void> {
  if (replicas > 0 && autoscalerOwnsReplicas(await readDeployment(ctx, name))) {
    ctx.log.info(`deployment ${name}: replicas are a HorizontalPodAutoscaler's; not scaled to ${replicas}`);
    return;
  }
  await ctx.guard(`scale deployment ${name} to ${replicas}`);
  ctx.changes.push({ object: `Deployment/${name}`, action: 'scale', detail: `replicas → ${replicas}` });
  await ctx.kube.call(`scale deployment ${name} to ${replicas}`, () =>
    ctx.kube.apps.patchNamespacedDeployment(
      {
        name,
        namespace: ctx.namespace,
        body: { spec: { replicas } },
        dryRun: dryRunParam(ctx.dryRun),
        fieldManager: FIELD_MANAGER,
      },
      patchOptions(PatchStrategy.MergePatch),
    ),
  );
}

export async function deleteDeployment(ctx: DeployContext, name: string): Promise<void> {
  await ctx.guard(`delete deployment ${name}`);
  // A change only when there was something to remove (a canary without a baseline has none).
  const removed = await ctx.kube.find(`delete deployment ${name}`, () =>
    ctx.kube.apps.deleteNamespacedDeployment({
      name,
      namespace: ctx.namespace,
      propagationPolicy: 'Background',
      dryRun: dryRunParam(ctx.dryRun),
    }),
  );
  if (removed !== undefined)
    ctx.changes.push({ object: `Deployment/${name}`, action: 'delete', detail: 'removed' });
}

export async function deleteService(ctx: DeployContext, name: string): Promise<void> {
  await ctx.guard(`delete service ${name}`);
  // A change only when there was something to remove (a canary without a baseline has none).
  const removed = await ctx.kube.find(`delete service ${name}`, () =>
    ctx.kube.core.deleteNamespacedService({
      name,
      namespace: ctx.namespace,
      dryRun: dryRunParam(ctx.dryRun),
    }),
  );
  if (removed !== undefined)
    ctx.changes.push({ object: `Service/${name}`, action: 'delete', detail: 'removed' });
}

/** Waits for one Deployment with the run's deadline and signal, recording samples and problems. */
export async function waitFor(ctx: DeployContext, name: string): Promise<WaitOutcome> {
  if (ctx.dryRun) {
    const dep = await readDeployment(ctx, name);
    return { ok: true, deployment: dep ?? {}, message: 'dry run: not waited' };
  }
  const outcome = await waitForRollout(ctx.kube, {
    namespace: ctx.namespace,
    name,
    deadlineMs: ctx.deadlineMs,
    clock: ctx.clock,
    signal: ctx.signal,
    onSample: (s) => ctx.timeline.push(s),
    onMessage: (m) => ctx.log.info(m),
  });
  if (!outcome.ok) {
    ctx.problems.push(...outcome.problems);
    ctx.log.error(outcome.message);
    for (const p of outcome.problems) {
      ctx.log.error(describeProblem(p));
      for (const line of p.logs ?? []) ctx.log.info(`  ${p.pod} | ${line}`);
    }
  }
  return outcome;
}

/** How long cleanup after a cancellation may take (the runner sends SIGKILL some seconds after SIGTERM). */
export const CLEANUP_MS = 7_000;

/**
 * The context cleanup after a cancellation runs in: the API is still reachable (a client bound to
 * a fresh, bounded signal instead of the aborted one); the Lease is still re-checked before each write.
 */
export function cleanupContext(ctx: DeployContext): DeployContext {
  const signal = AbortSignal.timeout(CLEANUP_MS);
  return { ...ctx, kube: ctx.kube.withSignal(signal), signal };
}
