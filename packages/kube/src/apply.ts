/**
 * Objects written by server-side apply under the field manager `shipgate`: any kind the cluster
 * serves (client-node resolves it through discovery), merged by the API server, with field
 * ownership the server keeps. A field another manager owns is not fought over:
 * - `.spec.replicas` owned by a HorizontalPodAutoscaler (kube-controller-manager through the scale
 *   subresource) is left out of what shipgate applies: the HPA keeps sizing the workload;
 * - fields shipgate's own earlier writes own (image patches, state annotations, scaling: Updates
 *   under the same name are another manager to the server) are taken back;
 * - anything else is a conflict reported with the manager and the fields, and nothing changes,
 *   unless `force-conflicts` is set.
 */
import * as k8s from '@kubernetes/client-node';
import { ExternalError } from '@shipgate/core';
import { FIELD_MANAGER, statusMessage, type KubeClient } from './client.ts';
import type { PlainObject } from './backup.ts';
import type { DeployContext } from './context.ts';
import { sourceOf, withoutSource } from './manifests.ts';

/** The manager the API server records for the HPA controller's scale writes. */
export const AUTOSCALER_MANAGER = 'kube-controller-manager';

/** One field another manager owns, as the 409's FieldManagerConflict cause names it. */
export interface FieldConflict {
  /** The manager's name (`kubectl`, `kube-controller-manager`, …). */
  manager: string;
  /** `.spec.replicas`, `.spec.template.spec.containers[name="app"].image`, … */
  field: string;
  /** The server's own words, e.g. `conflict with "kubectl" with subresource "scale" using apps/v1`. */
  message: string;
}

/** An apply refused because other managers own fields it would change; nothing was changed. */
export class ApplyConflictError extends ExternalError {
  readonly conflicts: FieldConflict[];
  constructor(object: string, conflicts: FieldConflict[], source?: string) {
    const fields = conflicts.map((c) => `${c.field} (${c.message})`).join('; ');
    super('Kubernetes API', `apply ${object}${source ? ` from ${source}` : ''}`, {
      status: 409,
      detail: `fields owned by another manager: ${fields}; nothing was changed`,
      hint: 'Leave these fields out of the manifest so their manager keeps them, or set force-conflicts: true to take them over (shipgate then owns them).',
    });
    this.conflicts = conflicts;
  }
}

/** A manifest of a kind the cluster does not serve: the cluster's own answer, naming file and kind. */
export class UnservedKindError extends ExternalError {
  constructor(obj: PlainObject, answer: string) {
    const source = sourceOf(obj);
    super('Kubernetes API', `apply ${obj.kind}/${obj.metadata.name}${source ? ` from ${source}` : ''}`, {
      status: 404,
      detail: `the cluster does not serve kind ${obj.kind} in ${obj.apiVersion} (${answer}); nothing was changed`,
      hint: 'Check apiVersion and kind in the manifest, or install the CustomResourceDefinition first.',
    });
  }
}

export interface ApplyOptions {
  /** dryRun=All: the server answers as if it applied, nothing changes. */
  dryRun?: boolean;
  /** Take fields other managers own (the force-conflicts input). */
  forceConflicts?: boolean;
}

/** What an apply did: the object as the server answered it, and what was left to other managers. */
export interface Applied {
  object: k8s.KubernetesObject;
  /** Fields left to their manager (an HPA's replicas). */
  leftAlone: FieldConflict[];
}

/**
 * Server-side apply of one object in `namespace`. Conflicts are sorted as the module doc says;
 * a second apply (forced) happens only when every conflict is shipgate's own or force-conflicts is
 * set, pinned to the resourceVersion read just before, so a change in between is not overwritten.
 */
export async function serverSideApply(
  kube: KubeClient,
  namespace: string,
  obj: PlainObject,
  opts: ApplyOptions = {},
): Promise<Applied> {
  const what = `${obj.kind}/${obj.metadata.name}`;
  let body = bodyOf(obj, namespace);
  const leftAlone: FieldConflict[] = [];
  for (let attempt = 1; ; attempt++) {
    let conflicts: FieldConflict[];
    try {
      return { object: await patch(kube, obj, body, { ...opts, force: false }), leftAlone };
    } catch (error) {
      if (!(error instanceof ApplyConflictError)) throw error;
      conflicts = error.conflicts;
    }
    const autoscaled = conflicts.filter(isAutoscalerReplicas);
    if (autoscaled.length > 0) {
      leftAlone.push(...autoscaled);
      body = withoutReplicas(body);
      conflicts = conflicts.filter((c) => !isAutoscalerReplicas(c));
      if (conflicts.length === 0) continue;
    }
    const foreign = conflicts.filter((c) => c.manager !== FIELD_MANAGER);
    if (foreign.length > 0 && !opts.forceConflicts)
      throw new ApplyConflictError(what, foreign, sourceOf(obj));
    if (opts.dryRun) return { object: await patch(kube, obj, body, { ...opts, force: true }), leftAlone };
    const live = await kube.call(`read ${what}`, () =>
      kube.objects.read(body as k8s.KubernetesObject & { metadata: { name: string } }),
    );
    const pinned = {
      ...body,
      metadata: { ...body.metadata, resourceVersion: live.metadata?.resourceVersion },
    };
    try {
      return { object: await patch(kube, obj, pinned, { ...opts, force: true }), leftAlone };
    } catch (error) {
      // Modified between the read and the forced apply: look again (bounded).
      if (!(error instanceof ExternalError && error.status === 409) || attempt >= 3) throw error;
    }
  }
}

function bodyOf(obj: PlainObject, namespace: string): PlainObject {
  const plain = withoutSource(obj);
  const metadata: PlainObject['metadata'] & Record<string, unknown> = { ...plain.metadata, namespace };
  delete metadata.resourceVersion;
  delete metadata.managedFields;
  return { ...plain, metadata };
}

function withoutReplicas(body: PlainObject): PlainObject {
  const { replicas: _r, ...spec } = (body.spec ?? {}) as Record<string, unknown>;
  return { ...body, spec };
}

function isAutoscalerReplicas(c: FieldConflict): boolean {
  return c.manager === AUTOSCALER_MANAGER && c.field === '.spec.replicas' && c.message.includes('"scale"');
}

async function patch(
  kube: KubeClient,
  obj: PlainObject,
  body: PlainObject,
  o: ApplyOptions & { force: boolean },
): Promise<k8s.KubernetesObject> {
  const what = `${obj.kind}/${obj.metadata.name}`;
  return kube.call(`apply ${what}`, async () => {
    try {
      return await kube.objects.patch(
        structuredClone(body) as k8s.KubernetesObject,
        undefined,
        o.dryRun ? 'All' : undefined,
        FIELD_MANAGER,
        o.force,
        k8s.PatchStrategy.ServerSideApply,
      );
    } catch (error) {
      const conflicts =
        error instanceof k8s.ApiException && error.code === 409 ? fieldConflicts(error.body) : [];
      if (conflicts.length > 0) throw new ApplyConflictError(what, conflicts);
      throw unservedKind(error, obj) ?? error;
    }
  });
}

/** The FieldManagerConflict causes of a 409 Status body (JSON text or parsed). */
export function fieldConflicts(body: unknown): FieldConflict[] {
  let status: unknown = body;
  if (typeof body === 'string') {
    try {
      status = JSON.parse(body);
    } catch {
      return [];
    }
  }
  const causes = (status as { details?: { causes?: unknown } } | undefined)?.details?.causes;
  if (!Array.isArray(causes)) return [];
  return causes
    .filter(
      (c): c is { reason: string; message: string; field: string } => c?.reason === 'FieldManagerConflict',
    )
    .map((c) => ({ manager: managerIn(c.message), field: c.field, message: c.message }));
}

/** `conflict with "kubectl" with subresource "scale" using apps/v1` → kubectl (the name is Go-quoted). */
function managerIn(message: string): string {
  const m = /^conflict with ("(?:[^"\\]|\\.)*")/.exec(message);
  if (!m) return message;
  try {
    return JSON.parse(m[1]!) as string;
  } catch {
    return m[1]!.slice(1, -1);
  }
}

/**
 * client-node resolves the kind through the cluster's discovery (cached per apiVersion) before the
 * PATCH: a group/version the cluster does not serve answers 404, a served one may list no such kind.
 */
function unservedKind(error: unknown, obj: PlainObject): UnservedKindError | undefined {
  const path = obj.apiVersion.includes('/') ? `/apis/${obj.apiVersion}` : `/api/${obj.apiVersion}`;
  if (error instanceof k8s.ApiException && /resource metadata/.test(error.message))
    return error.code === 404
      ? new UnservedKindError(obj, `GET ${path}: 404 ${statusMessage(error.body) ?? 'NotFound'}`)
      : undefined;
  if (error instanceof Error && /Unrecognized API version and kind/.test(error.message))
    return new UnservedKindError(obj, `GET ${path} lists no kind ${obj.kind}`);
  return undefined;
}

/** The HPA's claim on a live object's replicas, if it has one (managedFields, as the server records it). */
export function autoscalerOwnsReplicas(
  live: { metadata?: { managedFields?: k8s.V1ManagedFieldsEntry[] } } | undefined,
): boolean {
  return (live?.metadata?.managedFields ?? []).some(
    (e) =>
      e.manager === AUTOSCALER_MANAGER &&
      e.subresource === 'scale' &&
      (e.fieldsV1 as { 'f:spec'?: { 'f:replicas'?: unknown } } | undefined)?.['f:spec']?.['f:replicas'] !==
        undefined,
  );
}

/**
 * Applies `obj` for a deploy run: the Lease re-checked first, the change listed for the summary,
 * fields left to an HPA logged.
 */
export async function applyObject(ctx: DeployContext, obj: PlainObject): Promise<void> {
  const what = `${obj.kind}/${obj.metadata.name}`;
  await ctx.guard(`apply ${what}`);
  const { object, leftAlone } = await serverSideApply(ctx.kube, ctx.namespace, obj, {
    dryRun: ctx.dryRun,
    forceConflicts: ctx.forceConflicts,
  });
  for (const c of leftAlone)
    ctx.log.info(`${what}: ${c.field} left to ${c.manager} (a HorizontalPodAutoscaler sizes it)`);
  // A dry-run create answers without a resourceVersion; a real apply does not say whether it created.
  const created = !object.metadata?.resourceVersion;
  ctx.changes.push({ object: what, action: created ? 'create' : 'update', detail: 'applied (server-side)' });
}

/**
 * The manifests a deploy will apply under their own names, applied with dryRun=All before the
 * Lease or any change: a kind the cluster does not serve, an invalid object or a field another
 * manager owns fails the run here, so one bad manifest changes nothing. Blue-green turns the app's
 * Deployment into colours and the app's Service gets its selector from the switch, and a canary
 * beside a running stable applies none (all derive from the live objects): those are not checked
 * as they are.
 */
export async function checkManifests(
  kube: KubeClient,
  o: { namespace: string; app: string; strategy: string; manifests: PlainObject[]; forceConflicts: boolean },
): Promise<void> {
  const isAppWorkload = (m: PlainObject) =>
    (m.kind === 'Deployment' || m.kind === 'Service') && m.metadata.name === o.app;
  let manifests = o.manifests;
  if (o.strategy === 'blue-green') manifests = manifests.filter((m) => !isAppWorkload(m));
  if (o.strategy === 'canary' && manifests.length > 0) {
    const stable = await kube.find(`read deployment ${o.app}`, () =>
      kube.apps.readNamespacedDeployment({ name: o.app, namespace: o.namespace }),
    );
    if (stable) manifests = [];
  }
  const { namespace, forceConflicts } = o;
  for (const obj of manifests) await serverSideApply(kube, namespace, obj, { dryRun: true, forceConflicts });
}
