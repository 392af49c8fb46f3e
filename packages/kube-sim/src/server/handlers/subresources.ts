import type { KubeObject, ResourceType } from '../../store/store.ts';
import { ApiError, notFound, conflict } from '../../store/errors.ts';
import { decodeObjectBody } from '../body.ts';
import { sendJson, badRequest, methodNotAllowed } from '../status.ts';
import { isDryRun, requestNamespace, type RequestContext } from './context.ts';
import { recordUpdate } from '../../fieldmanager/operations.ts';
import { updater } from './write.ts';

/** The autoscaling/v1 Scale view of a Deployment or ReplicaSet. */
export function scaleOf(_type: ResourceType, obj: KubeObject): KubeObject {
  const selector = obj.spec?.selector?.matchLabels ?? {};
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: obj.metadata.name,
      namespace: obj.metadata.namespace,
      uid: obj.metadata.uid,
      resourceVersion: obj.metadata.resourceVersion,
      creationTimestamp: obj.metadata.creationTimestamp,
    },
    spec: { replicas: obj.spec?.replicas ?? 0 },
    status: {
      replicas: obj.status?.replicas ?? 0,
      selector: Object.entries(selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
    },
  };
}

/** Writes spec.replicas from a Scale; its resourceVersion (when set) is a precondition. */
export function applyScale(
  ctx: RequestContext,
  live: KubeObject,
  scale: KubeObject,
  dryRun: boolean,
): KubeObject {
  const { type } = ctx.route;
  const replicas = scale.spec?.replicas;
  if (!Number.isInteger(replicas) || replicas < 0) {
    throw new ApiError(
      422,
      'Invalid',
      `Scale.autoscaling "${live.metadata.name}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`,
      {
        name: live.metadata.name,
        group: 'autoscaling',
        kind: 'Scale',
        causes: [
          {
            reason: 'FieldValueInvalid',
            message: `Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`,
            field: 'spec.replicas',
          },
        ],
      },
    );
  }
  const rv = scale.metadata?.resourceVersion;
  if (rv && rv !== live.metadata.resourceVersion)
    throw conflict(
      type.group,
      type.resource,
      live.metadata.name,
      'the object has been modified; please apply your changes to the latest version and try again',
    );
  const next = structuredClone(live);
  next.spec = { ...(next.spec ?? {}), replicas };
  recordUpdate(next, live, updater(ctx, 'scale'));
  return scaleOf(type, ctx.store.update(type, next, { dryRun }));
}

export function handleScale(ctx: RequestContext, method: string): void {
  const { type, name } = ctx.route;
  const ns = requestNamespace(ctx, undefined);
  const live = ctx.store.get(type, ns, name!);
  if (!live) throw notFound(type.group, type.resource, name!);
  if (method === 'GET') return sendJson(ctx.res, 200, scaleOf(type, live));
  if (method === 'PUT')
    return sendJson(
      ctx.res,
      200,
      applyScale(ctx, live, decodeObjectBody(ctx.body, ctx.contentType), isDryRun(ctx.query)),
    );
  throw methodNotAllowed();
}

/** GET pods/<name>/log: plain text from the kubelet simulation (container=, tailLines=). */
export function handleLog(ctx: RequestContext): void {
  const { type, name } = ctx.route;
  const ns = requestNamespace(ctx, undefined)!;
  const pod = ctx.store.get(type, ns, name!);
  if (!pod) throw notFound(type.group, type.resource, name!);
  const containers: string[] = (pod.spec?.containers ?? []).map((c: { name: string }) => c.name);
  let container = ctx.query.get('container') ?? undefined;
  if (!container) {
    if (containers.length > 1)
      throw badRequest(
        `a container name must be specified for pod ${name}, choose one of: [${containers.join(' ')}]`,
      );
    container = containers[0];
  } else if (!containers.includes(container))
    throw badRequest(`container ${container} is not valid for pod ${name}`);
  let text = ctx.logs?.(ns, name!, container, ctx.query.get('previous') === 'true') ?? '';
  const tail = ctx.query.get('tailLines');
  if (tail !== null) {
    const n = Number(tail);
    if (!Number.isInteger(n) || n < 0)
      throw badRequest(`tailLines: Invalid value: "${tail}": must be a non-negative integer`);
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    text = lines
      .slice(Math.max(0, lines.length - n))
      .map((l) => `${l}\n`)
      .join('');
  }
  ctx.res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(text) });
  ctx.res.end(text);
}
