import type { KubeObject, PropagationPolicy } from '../../store/store.ts';
import { notFound, conflict } from '../../store/errors.ts';
import { decodeObjectBody, mediaType, parseJsonBody, parseYamlBody } from '../body.ts';
import { sendJson, badRequest, successStatus } from '../status.ts';
import { isDryRun, requestNamespace, type RequestContext } from './context.ts';
import { recordUpdate } from '../../fieldmanager/operations.ts';
import type { Writer } from '../../fieldmanager/managers.ts';
import { apiVersionOf } from '../../store/resources.ts';

export function handleCreate(ctx: RequestContext): void {
  const obj = decodeObjectBody(ctx.body, ctx.contentType);
  checkKind(ctx, obj);
  obj.metadata.namespace = requestNamespace(ctx, obj.metadata.namespace);
  recordUpdate(obj, undefined, updater(ctx));
  const created = ctx.store.create(ctx.route.type, obj, { dryRun: isDryRun(ctx.query) });
  sendJson(ctx.res, 201, created);
}

export function handleUpdate(ctx: RequestContext): void {
  const obj = decodeObjectBody(ctx.body, ctx.contentType);
  checkKind(ctx, obj);
  const { type, name } = ctx.route;
  if (obj.metadata.name && obj.metadata.name !== name)
    throw badRequest(
      `the name of the object (${obj.metadata.name}) does not match the name on the URL (${name})`,
    );
  obj.metadata.name = name!;
  obj.metadata.namespace = requestNamespace(ctx, obj.metadata.namespace);
  const subresource = ctx.route.subresource === 'status' ? 'status' : undefined;
  const old = ctx.store.get(type, obj.metadata.namespace, name!);
  if (!old) throw notFound(type.group, type.resource, name!);
  if (!subresource) recordUpdate(obj, old, updater(ctx));
  const updated = ctx.store.update(type, obj, { subresource, dryRun: isDryRun(ctx.query) });
  sendJson(ctx.res, 200, updated);
}

interface DeleteOptions {
  propagationPolicy?: string;
  orphanDependents?: boolean;
  dryRun?: string[];
  preconditions?: { uid?: string; resourceVersion?: string };
}

function deleteOptions(ctx: RequestContext): {
  policy?: PropagationPolicy;
  dryRun: boolean;
  preconditions?: DeleteOptions['preconditions'];
} {
  let opts: DeleteOptions = {};
  if (ctx.body.length > 0) {
    const type = mediaType(ctx.contentType);
    const parsed = type.includes('yaml') ? parseYamlBody(ctx.body) : parseJsonBody(ctx.body);
    if (!parsed || typeof parsed !== 'object')
      throw badRequest('the body of a DELETE must be a DeleteOptions object');
    opts = parsed as DeleteOptions;
  }
  let policy = (ctx.query.get('propagationPolicy') ?? opts.propagationPolicy) as
    PropagationPolicy | undefined;
  const orphan = ctx.query.get('orphanDependents') ?? opts.orphanDependents;
  if (!policy && (orphan === true || orphan === 'true')) policy = 'Orphan';
  if (policy && !['Foreground', 'Background', 'Orphan'].includes(policy)) {
    throw badRequest(
      `propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan"`,
    );
  }
  return { policy, dryRun: isDryRun(ctx.query, opts), preconditions: opts.preconditions };
}

export function handleDelete(ctx: RequestContext): void {
  const { type, name } = ctx.route;
  const ns = ctx.route.namespace;
  const opts = deleteOptions(ctx);
  const current = ctx.store.get(type, ns, name!);
  if (!current) throw notFound(type.group, type.resource, name!);
  const pre = opts.preconditions;
  if (pre?.uid && pre.uid !== current.metadata.uid)
    throw conflict(
      type.group,
      type.resource,
      name!,
      `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${current.metadata.uid}`,
    );
  if (pre?.resourceVersion && pre.resourceVersion !== current.metadata.resourceVersion) {
    throw conflict(
      type.group,
      type.resource,
      name!,
      `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${current.metadata.resourceVersion}`,
    );
  }
  const result = ctx.store.delete(type, ns, name!, { propagationPolicy: opts.policy, dryRun: opts.dryRun });
  if (
    result.metadata.deletionTimestamp ||
    opts.dryRun ||
    type.resource === 'pods' ||
    type.resource === 'namespaces'
  ) {
    sendJson(ctx.res, result.metadata.deletionTimestamp && !opts.dryRun ? 202 : 200, result);
    return;
  }
  sendJson(
    ctx.res,
    200,
    successStatus({ name, group: type.group, kind: type.resource, uid: result.metadata.uid }),
  );
}

/** DELETE on a collection (deletecollection), honouring labelSelector/fieldSelector. */
export function handleDeleteCollection(ctx: RequestContext): void {
  const { type, namespace } = ctx.route;
  const opts = deleteOptions(ctx);
  const { items } = ctx.store.list(type, namespace, {
    labelSelector: ctx.query.get('labelSelector') ?? undefined,
    fieldSelector: ctx.query.get('fieldSelector') ?? undefined,
  });
  const deleted: KubeObject[] = [];
  for (const o of items) {
    if (ctx.store.get(type, o.metadata.namespace, o.metadata.name))
      deleted.push(
        ctx.store.delete(type, o.metadata.namespace, o.metadata.name, {
          propagationPolicy: opts.policy,
          dryRun: opts.dryRun,
        }),
      );
  }
  sendJson(ctx.res, 200, {
    kind: `${type.kind}List`,
    apiVersion: type.group ? `${type.group}/${type.version}` : type.version,
    metadata: { resourceVersion: String(ctx.store.currentResourceVersion()) },
    items: deleted,
  });
}

function checkKind(ctx: RequestContext, obj: KubeObject): void {
  const { type } = ctx.route;
  if (ctx.route.subresource) return;
  if (obj.kind && obj.kind !== type.kind)
    throw badRequest(
      `the API version in the data (${obj.apiVersion}) does not match the expected API version, or kind "${obj.kind}" does not match "${type.kind}"`,
    );
}

/** Who an Update is recorded for: the fieldManager query parameter, else the user agent's prefix. */
export function updater(ctx: RequestContext, subresource?: string): Writer {
  return {
    manager: ctx.query.get('fieldManager') ?? userAgentManager(ctx),
    operation: 'Update',
    apiVersion: apiVersionOf(ctx.route.type),
    ...(subresource ? { subresource } : {}),
  };
}

/** The manager name the real server derives from the user agent ("kubectl-client-side-apply", "kubectl", …). */
export function userAgentManager(ctx: RequestContext): string {
  const ua = ctx.req.headers['user-agent'] ?? 'unknown';
  return ua.split('/')[0]!.slice(0, 128) || 'unknown';
}
