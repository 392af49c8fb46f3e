/**
 * Deployment and Service operations the strategies share: read, set images (strategic merge on
 * containers by name), scale, write rollout state, apply manifests, wait with the timeline.
 */
import { InputError } from '@shipgate/core';
import type * as k8s from '@kubernetes/client-node';
import { FIELD_MANAGER, PatchStrategy, dryRunParam, patchOptions, type KubeClient } from './client.ts';
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

export async function scaleDeployment(ctx: DeployContext, name: string, replicas: number): Promise<void> {
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
  ctx.changes.push({ object: `Deployment/${name}`, action: 'delete', detail: 'removed' });
  await ctx.kube.find(`delete deployment ${name}`, () =>
    ctx.kube.apps.deleteNamespacedDeployment({
      name,
      namespace: ctx.namespace,
      propagationPolicy: 'Background',
      dryRun: dryRunParam(ctx.dryRun),
    }),
  );
}

export async function deleteService(ctx: DeployContext, name: string): Promise<void> {
  await ctx.guard(`delete service ${name}`);
  ctx.changes.push({ object: `Service/${name}`, action: 'delete', detail: 'removed' });
  await ctx.kube.find(`delete service ${name}`, () =>
    ctx.kube.core.deleteNamespacedService({
      name,
      namespace: ctx.namespace,
      dryRun: dryRunParam(ctx.dryRun),
    }),
  );
}

/** The kinds `createOrReplace` applies from manifests. */
export type ManifestKind = 'Deployment' | 'Service' | 'ConfigMap';

/** Live object type of each kind. */
interface LiveOf {
  Deployment: k8s.V1Deployment;
  Service: k8s.V1Service;
  ConfigMap: k8s.V1ConfigMap;
}

/** Where the namespaced API calls of one kind go (request parameters as client-node names them). */
interface Target {
  name: string;
  namespace: string;
  dryRun: 'All' | undefined;
}

/** How one kind is read, created and replaced, and how a manifest is merged into the live object. */
interface KindOps<T> {
  read(k: KubeClient, t: Target): Promise<T>;
  create(k: KubeClient, t: Target, body: T): Promise<T>;
  replace(k: KubeClient, t: Target, body: T): Promise<T>;
  /** Copies what the manifest owns onto `live` (keeps what the cluster owns, e.g. a Service's clusterIP). */
  merge(live: T, desired: PlainObject): void;
  /** Change-list detail for a create and for a replace. */
  detail: { create: string; update: string };
}

type KindTable = { [K in ManifestKind]: KindOps<LiveOf[K]> };

/** Labels from the manifest (else the live ones); annotations merged over the live ones. */
function mergeMetadata(live: k8s.V1ObjectMeta | undefined, desired: PlainObject): k8s.V1ObjectMeta {
  return {
    ...live,
    labels: desired.metadata.labels ?? live?.labels,
    annotations: { ...live?.annotations, ...desired.metadata.annotations },
  };
}

const REPLACED = { create: 'created from manifests', update: 'replaced from manifests' };

const KINDS = {
  Deployment: {
    read: (k, { name, namespace }) => k.apps.readNamespacedDeployment({ name, namespace }),
    create: (k, { namespace, dryRun }, body) =>
      k.apps.createNamespacedDeployment({ namespace, body, dryRun, fieldManager: FIELD_MANAGER }),
    replace: (k, t, body) => k.apps.replaceNamespacedDeployment({ ...t, body, fieldManager: FIELD_MANAGER }),
    merge: (live, desired) => {
      live.spec = desired.spec as k8s.V1DeploymentSpec;
      live.metadata = mergeMetadata(live.metadata, desired);
    },
    detail: REPLACED,
  },
  Service: {
    read: (k, { name, namespace }) => k.core.readNamespacedService({ name, namespace }),
    create: (k, { namespace, dryRun }, body) =>
      k.core.createNamespacedService({ namespace, body, dryRun, fieldManager: FIELD_MANAGER }),
    replace: (k, t, body) => k.core.replaceNamespacedService({ ...t, body, fieldManager: FIELD_MANAGER }),
    merge: (live, desired) => {
      const spec = desired.spec as k8s.V1ServiceSpec;
      live.spec = { ...spec, clusterIP: live.spec?.clusterIP, clusterIPs: live.spec?.clusterIPs };
      live.metadata = mergeMetadata(live.metadata, desired);
    },
    detail: REPLACED,
  },
  ConfigMap: {
    read: (k, { name, namespace }) => k.core.readNamespacedConfigMap({ name, namespace }),
    create: (k, { namespace, dryRun }, body) =>
      k.core.createNamespacedConfigMap({ namespace, body, dryRun, fieldManager: FIELD_MANAGER }),
    replace: (k, t, body) => k.core.replaceNamespacedConfigMap({ ...t, body, fieldManager: FIELD_MANAGER }),
    merge: (live, desired) => {
      live.data = (desired as { data?: Record<string, string> }).data;
    },
    detail: { create: 'from manifests', update: 'from manifests' },
  },
} satisfies KindTable;

function isManifestKind(kind: string): kind is ManifestKind {
  return Object.hasOwn(KINDS, kind);
}

/**
 * Creates a Deployment, Service or ConfigMap from a manifest, or replaces the existing one
 * (read-modify-write keeping its resourceVersion and what the cluster owns; see `KINDS`).
 */
export async function createOrReplace(ctx: DeployContext, obj: PlainObject): Promise<void> {
  const name = obj.metadata.name;
  if (!isManifestKind(obj.kind))
    throw new InputError(
      'manifests',
      `${obj.kind}/${name}`,
      'Deployments, Services and ConfigMaps (apply other kinds in a step of their own)',
    );
  await applyKind(ctx, obj.kind, obj);
}

async function applyKind<K extends ManifestKind>(
  ctx: DeployContext,
  kind: K,
  obj: PlainObject,
): Promise<void> {
  const table: KindTable = KINDS;
  const ops: KindOps<LiveOf[K]> = table[kind];
  const k = ctx.kube;
  const noun = kind.toLowerCase();
  const t: Target = { name: obj.metadata.name, namespace: ctx.namespace, dryRun: dryRunParam(ctx.dryRun) };
  await ctx.guard(`apply ${noun} ${t.name}`);
  const cur = await k.find(`read ${noun} ${t.name}`, () => ops.read(k, t));
  ctx.changes.push({
    object: `${kind}/${t.name}`,
    action: cur ? 'update' : 'create',
    detail: cur ? ops.detail.update : ops.detail.create,
  });
  if (!cur) {
    const body = { ...obj, metadata: { ...obj.metadata, namespace: t.namespace } } as LiveOf[K];
    await k.call(`create ${noun} ${t.name}`, () => ops.create(k, t, body));
    return;
  }
  await k.update(
    `replace ${noun} ${t.name}`,
    () => ops.read(k, t),
    (live) => {
      ops.merge(live, obj);
      return true;
    },
    (live) => ops.replace(k, t, live),
  );
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
