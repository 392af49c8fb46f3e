/**
 * PATCH with application/apply-patch+yaml: server-side apply on a resource or its scale
 * subresource, with the API server's options (fieldManager required, force, dryRun) and answers.
 */
import type { KubeObject } from '../../store/store.ts';
import { ApiError, conflict, invalid, notFound } from '../../store/errors.ts';
import { apiVersionOf } from '../../store/resources.ts';
import { serverSideApply } from '../../fieldmanager/operations.ts';
import { parseYamlBody } from '../body.ts';
import { badRequest, sendJson } from '../status.ts';
import { isDryRun, requestNamespace, type RequestContext } from './context.ts';
import { scaleOf } from './subresources.ts';

/** PatchOptions validation (apimachinery ValidatePatchOptions): fieldManager is required for apply, force only for apply. */
export function checkPatchOptions(ctx: RequestContext, apply: boolean): void {
  const cause = apply
    ? !ctx.query.get('fieldManager') && {
        field: 'fieldManager',
        reason: 'FieldValueRequired',
        message: 'Required value: is required for apply patch',
      }
    : ctx.query.has('force') && {
        field: 'force',
        reason: 'FieldValueForbidden',
        message: 'Forbidden: may not be specified for non-apply patch',
      };
  if (cause) throw invalid('meta.k8s.io', 'PatchOptions', '', [cause]);
}

function parseForce(ctx: RequestContext): boolean {
  const v = ctx.query.get('force');
  if (v === null || v === 'false') return false;
  if (v === 'true') return true;
  throw badRequest(`force: Invalid value: "${v}": must be true or false`);
}

export function handleApply(ctx: RequestContext): void {
  checkPatchOptions(ctx, true);
  const { type, name, subresource } = ctx.route;
  const ns = requestNamespace(ctx, undefined);
  const dryRun = isDryRun(ctx.query);
  const force = parseForce(ctx);
  const body = parseYamlBody(ctx.body);
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw badRequest(
      'an apply patch must be an object (a full Kubernetes object with apiVersion, kind and metadata)',
    );
  const config = body as KubeObject;
  config.metadata ??= { name: name! };
  const live = ctx.store.get(type, ns, name!);
  const writer = {
    manager: ctx.query.get('fieldManager')!,
    operation: 'Apply' as const,
    apiVersion: apiVersionOf(type),
    ...(subresource ? { subresource } : {}),
  };
  if (subresource === 'scale') {
    if (!live) throw notFound(type.group, type.resource, name!);
    const scaleConfig = { ...live, metadata: { name: name! }, spec: { replicas: config.spec?.replicas } };
    if (scaleConfig.spec.replicas === undefined) delete (scaleConfig.spec as { replicas?: number }).replicas;
    const { object } = serverSideApply(live, onlySpec(scaleConfig), writer, force);
    const stored = object ? ctx.store.update(type, object, { dryRun }) : live;
    return sendJson(ctx.res, 200, scaleOf(type, stored));
  }
  if (subresource)
    throw new ApiError(
      415,
      'UnsupportedMediaType',
      `apply to the ${subresource} subresource is not simulated`,
    );
  checkTypeOf(ctx, config);
  if (config.metadata.name && config.metadata.name !== name)
    throw badRequest(
      `the name of the object (${config.metadata.name}) does not match the name on the URL (${name})`,
    );
  if (!live && config.metadata.uid)
    throw conflict(
      type.group,
      type.resource,
      name!,
      `Precondition failed: UID in precondition: ${config.metadata.uid}, UID in object meta: `,
    );
  const { object } = serverSideApply(live, config, writer, force);
  if (!object) return sendJson(ctx.res, 200, live);
  object.metadata = { ...object.metadata, name: name!, namespace: ns };
  if (!live) return sendJson(ctx.res, 201, ctx.store.create(type, object, { dryRun }));
  sendJson(ctx.res, 200, ctx.store.update(type, object, { dryRun }));
}

/** A Scale apply owns spec.replicas of the parent, nothing else. */
function onlySpec(o: KubeObject): KubeObject {
  return { apiVersion: o.apiVersion, kind: o.kind, metadata: { name: o.metadata.name }, spec: o.spec };
}

function checkTypeOf(ctx: RequestContext, config: KubeObject): void {
  const { type } = ctx.route;
  const expected = apiVersionOf(type);
  if (config.apiVersion !== expected || config.kind !== type.kind)
    throw badRequest(
      `the API version in the data (${String(config.apiVersion)}) does not match the expected API version (${expected}), or kind "${String(config.kind)}" does not match "${type.kind}"`,
    );
}
