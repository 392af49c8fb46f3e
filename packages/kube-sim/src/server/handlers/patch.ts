import type { KubeObject } from '../../store/store.ts';
import { ApiError, notFound } from '../../store/errors.ts';
import { mediaType, parseJsonBody, parseYamlBody } from '../body.ts';
import { sendJson } from '../status.ts';
import { mergePatch } from '../patch/merge.ts';
import { strategicMergePatch } from '../patch/strategic.ts';
import { jsonPatch } from '../patch/json-patch.ts';
import { serverSideApply } from '../patch/apply.ts';
import { recordManager } from '../patch/managed-fields.ts';
import { isDryRun, requestNamespace, type RequestContext } from './context.ts';
import { scaleOf, applyScale } from './subresources.ts';
import { userAgentManager } from './write.ts';

const PATCH_TYPES = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
  'application/apply-patch+yaml',
  'application/apply-patch+cbor',
];

/** The patch body applied to a document, by content type; 415 for anything else. */
export function applyPatchBody(doc: unknown, body: Buffer, contentType: string | undefined): unknown {
  const type = mediaType(contentType);
  switch (type) {
    case 'application/merge-patch+json':
      return mergePatch(doc, parseJsonBody(body));
    case 'application/strategic-merge-patch+json':
      return strategicMergePatch(doc, parseJsonBody(body));
    case 'application/json-patch+json':
      return jsonPatch(doc, parseJsonBody(body));
    default:
      throw new ApiError(
        415,
        'UnsupportedMediaType',
        `the body of the request was in an unknown format - accepted media types include: ${PATCH_TYPES.slice(0, 4).join(', ')}`,
      );
  }
}

export function handlePatch(ctx: RequestContext): void {
  const { type, name, subresource } = ctx.route;
  const ns = requestNamespace(ctx, undefined);
  const dryRun = isDryRun(ctx.query);
  const live = ctx.store.get(type, ns, name!);
  const kind = mediaType(ctx.contentType);
  if (kind === 'application/apply-patch+yaml') {
    const applied = parseYamlBody(ctx.body) as KubeObject;
    const merged = serverSideApply(subresource ? live : live, applied, ctx.query.get('fieldManager'));
    merged.metadata = { ...merged.metadata, name: name!, namespace: ns };
    if (!live) {
      if (subresource) throw notFound(type.group, type.resource, name!);
      sendJson(ctx.res, 201, ctx.store.create(type, merged, { dryRun }));
      return;
    }
    sendJson(
      ctx.res,
      200,
      ctx.store.update(type, merged, {
        dryRun,
        subresource: subresource === 'status' ? 'status' : undefined,
      }),
    );
    return;
  }
  if (!live) throw notFound(type.group, type.resource, name!);
  if (subresource === 'scale') {
    const scale = applyPatchBody(scaleOf(type, live), ctx.body, ctx.contentType) as KubeObject;
    sendJson(ctx.res, 200, applyScale(ctx, live, scale, dryRun));
    return;
  }
  const patched = applyPatchBody(live, ctx.body, ctx.contentType) as KubeObject;
  if (!patched || typeof patched !== 'object' || Array.isArray(patched))
    throw new ApiError(422, 'Invalid', 'the patched document is not an object');
  patched.metadata = { ...(patched.metadata ?? {}), name: name!, namespace: ns };
  // A patch is applied to the object as read: keep its resourceVersion unless the patch itself set one (a precondition).
  patched.metadata.resourceVersion ??= live.metadata.resourceVersion;
  if (subresource !== 'status')
    recordManager(patched, ctx.query.get('fieldManager') ?? userAgentManager(ctx), 'Update', live);
  sendJson(
    ctx.res,
    200,
    ctx.store.update(type, patched, { dryRun, subresource: subresource === 'status' ? 'status' : undefined }),
  );
}
