import type { KubeObject } from '../../store/store.ts';
import { ApiError, notFound } from '../../store/errors.ts';
import { mediaType, parseJsonBody } from '../body.ts';
import { sendJson } from '../status.ts';
import { mergePatch } from '../patch/merge.ts';
import { strategicMergePatch } from '../patch/strategic.ts';
import { jsonPatch } from '../patch/json-patch.ts';
import { recordUpdate } from '../../fieldmanager/operations.ts';
import { isDryRun, requestNamespace, type RequestContext } from './context.ts';
import { scaleOf, applyScale } from './subresources.ts';
import { updater } from './write.ts';
import { checkPatchOptions, handleApply } from './apply.ts';

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
  if (mediaType(ctx.contentType) === 'application/apply-patch+yaml') return handleApply(ctx);
  checkPatchOptions(ctx, false);
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
  if (subresource !== 'status') recordUpdate(patched, live, updater(ctx));
  sendJson(
    ctx.res,
    200,
    ctx.store.update(type, patched, { dryRun, subresource: subresource === 'status' ? 'status' : undefined }),
  );
}
