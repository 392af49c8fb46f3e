import { apiVersionOf } from '../../store/resources.ts';
import { notFound, ApiError } from '../../store/errors.ts';
import { sendJson, badRequest } from '../status.ts';
import { toTable } from '../../controllers/printers.ts';
import type { KubeObject } from '../../store/store.ts';
import type { RequestContext } from './context.ts';

/**
 * Whether the Accept header asks for a meta.k8s.io/v1 Table (kubectl get sends
 * `application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json`).
 * The first media range this server can produce wins: a v1 Table, or plain JSON (also for v1beta1
 * Tables and any other `as=`, which the sim does not produce).
 */
export function wantsTable(accept: string | undefined): boolean {
  for (const range of (accept ?? '').split(',')) {
    const [mime, ...params] = range.split(';').map((p) => p.trim());
    const p = new Map(
      params.map((kv) => {
        const i = kv.indexOf('=');
        return [kv.slice(0, i).trim(), kv.slice(i + 1).trim()] as const;
      }),
    );
    if (mime !== 'application/json' && mime !== '*/*' && mime !== 'application/*') continue;
    if (!p.has('as')) return false;
    if (p.get('as') === 'Table' && p.get('g') === 'meta.k8s.io' && p.get('v') === 'v1') return true;
  }
  return false;
}

/** A Table of `items` with the `includeObject` query parameter applied (None | Metadata (default) | Object). */
export function table(
  ctx: RequestContext,
  items: KubeObject[],
  resourceVersion: string,
): Record<string, unknown> {
  const include = ctx.query.get('includeObject') ?? 'Metadata';
  if (!['None', 'Metadata', 'Object'].includes(include))
    throw badRequest(
      `includeObject: Unsupported value: "${include}": supported values: "None", "Metadata", "Object"`,
    );
  const t = toTable(ctx.route.type.kind, items, resourceVersion);
  const rows = t.rows as { cells: unknown[]; object?: unknown }[];
  rows.forEach((row, i) => {
    if (include === 'None') delete row.object;
    else if (include === 'Object') row.object = items[i];
  });
  return t;
}

export function handleGet(ctx: RequestContext): void {
  const { type, namespace, name } = ctx.route;
  const obj = ctx.store.get(type, namespace, name!);
  if (!obj) throw notFound(type.group, type.resource, name!);
  if (wantsTable(ctx.req.headers.accept))
    sendJson(ctx.res, 200, table(ctx, [obj], obj.metadata.resourceVersion ?? ''));
  else sendJson(ctx.res, 200, obj);
}

interface ContinueToken {
  rv: string;
  start: string;
}

/** list with labelSelector, fieldSelector, limit/continue pagination. */
export function handleList(ctx: RequestContext): void {
  const { type, namespace } = ctx.route;
  const q = ctx.query;
  const limit = q.has('limit') ? Number(q.get('limit')) : 0;
  if (!Number.isInteger(limit) || limit < 0)
    throw badRequest(`limit: Invalid value: "${q.get('limit')}": must be a non-negative integer`);
  const token = q.get('continue') ? decodeContinue(q.get('continue')!) : undefined;
  const rv = q.get('resourceVersion');
  if (rv && rv !== '0' && !/^\d+$/.test(rv))
    throw badRequest(`resourceVersion: Invalid value: "${rv}": must be a non-negative integer`);
  if (rv && rv !== '0' && Number(rv) > ctx.store.currentResourceVersion()) {
    throw new ApiError(
      504,
      'Timeout',
      `Too large resource version: ${rv}, current: ${ctx.store.currentResourceVersion()}`,
      {
        causes: [{ reason: 'ResourceVersionTooLarge', message: 'Too large resource version' }],
        retryAfterSeconds: 1,
      },
    );
  }
  const all = ctx.store.list(type, namespace, {
    labelSelector: q.get('labelSelector') ?? undefined,
    fieldSelector: q.get('fieldSelector') ?? undefined,
  });
  const keyOf = (o: { metadata: { namespace?: string; name: string } }): string =>
    `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
  let items = all.items;
  if (token) items = items.filter((o) => keyOf(o) > token.start);
  const metadata: Record<string, unknown> = { resourceVersion: token?.rv ?? all.resourceVersion };
  if (limit > 0 && items.length > limit) {
    const remaining = items.length - limit;
    items = items.slice(0, limit);
    metadata.continue = encodeContinue({
      rv: String(metadata.resourceVersion),
      start: keyOf(items[items.length - 1]!),
    });
    metadata.remainingItemCount = remaining;
  }
  if (wantsTable(ctx.req.headers.accept)) {
    const t = table(ctx, items, String(metadata.resourceVersion));
    t.metadata = metadata;
    sendJson(ctx.res, 200, t);
  } else
    sendJson(ctx.res, 200, { kind: `${type.kind}List`, apiVersion: apiVersionOf(type), metadata, items });
}

function encodeContinue(t: ContinueToken): string {
  return Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', ...t })).toString('base64url');
}

function decodeContinue(s: string): ContinueToken {
  try {
    const t = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as ContinueToken;
    if (typeof t.start !== 'string' || typeof t.rv !== 'string') throw new Error('fields');
    return t;
  } catch {
    throw badRequest(`continue: Invalid value: "${s}": continue key is not valid`);
  }
}
