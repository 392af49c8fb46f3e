import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import type { Faults, FaultSpec } from './faults.ts';
import { sendJson, badRequest } from './status.ts';
import { notFound } from '../store/errors.ts';

/** What the controllers offer the admin endpoint (all optional: without controllers, pods are edited in the store). */
export interface AdminHooks {
  killPod?(namespace: string, name: string): void;
  failPod?(namespace: string, name: string, reason?: string): void;
  setImageBehaviour?(image: string, behaviour: unknown): void;
  /** Prometheus HTTP SD target groups of the ready pods that run a process. */
  scrapeTargets?(namespace?: string): unknown[];
}

export interface AdminContext {
  store: Store;
  faults: Faults;
  audit: AuditLog;
  hooks: () => AdminHooks;
}

function json(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  try {
    const v = JSON.parse(body.toString('utf8'));
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    /* falls through */
  }
  throw badRequest('the admin endpoint takes a JSON object body');
}

/**
 * /_sim/faults (GET list, POST add, DELETE all), /_sim/faults/<id> (DELETE), /_sim/audit (GET ?since=N, DELETE),
 * /_sim/pods/<ns>/<name>/kill|fail (POST), /_sim/images (POST {image, behaviour}),
 * /_sim/sd (GET ?namespace=: Prometheus HTTP service discovery of the pods).
 */
export function handleAdmin(
  ctx: AdminContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
  body: Buffer,
): void {
  const parts = path.split('/').filter(Boolean).slice(1).map(decodeURIComponent);
  const method = req.method ?? 'GET';
  if (parts[0] === 'faults' && parts.length === 1) {
    if (method === 'GET') return sendJson(res, 200, { faults: ctx.faults.list() });
    if (method === 'POST') {
      try {
        return sendJson(res, 201, ctx.faults.inject(json(body) as FaultSpec));
      } catch (e) {
        throw badRequest((e as Error).message);
      }
    }
    if (method === 'DELETE') {
      ctx.faults.clear();
      return sendJson(res, 200, { faults: [] });
    }
  }
  if (parts[0] === 'faults' && parts.length === 2 && method === 'DELETE') {
    if (!ctx.faults.remove(parts[1]!)) throw notFound('', 'faults', parts[1]!);
    return sendJson(res, 200, { removed: parts[1] });
  }
  if (parts[0] === 'audit' && parts.length === 1) {
    if (method === 'GET')
      return sendJson(res, 200, {
        entries:
          query.get('mutating') === 'true'
            ? ctx.audit.mutations(Number(query.get('since') ?? 0))
            : ctx.audit.entries(Number(query.get('since') ?? 0)),
      });
    if (method === 'DELETE') {
      ctx.audit.clear();
      return sendJson(res, 200, { entries: [] });
    }
  }
  if (
    parts[0] === 'pods' &&
    parts.length === 4 &&
    method === 'POST' &&
    (parts[3] === 'kill' || parts[3] === 'fail')
  ) {
    const [, ns, name, action] = parts as [string, string, string, string];
    const podType = ctx.store.type('', 'pods')!;
    if (!ctx.store.get(podType, ns, name)) throw notFound('', 'pods', name);
    const hooks = ctx.hooks();
    if (action === 'kill') {
      if (hooks.killPod) hooks.killPod(ns, name);
      else ctx.store.delete(podType, ns, name);
    } else {
      const reason = typeof json(body).reason === 'string' ? (json(body).reason as string) : 'Error';
      if (hooks.failPod) hooks.failPod(ns, name, reason);
      else {
        const pod = ctx.store.get(podType, ns, name)!;
        pod.status = {
          ...(pod.status ?? {}),
          phase: 'Failed',
          reason,
          conditions: [{ type: 'Ready', status: 'False', reason }],
        };
        ctx.store.update(podType, pod, { subresource: 'status' });
      }
    }
    return sendJson(res, 200, { pod: `${ns}/${name}`, action });
  }
  if (parts[0] === 'images' && parts.length === 1 && method === 'POST') {
    const { image, behaviour } = json(body);
    if (typeof image !== 'string' || !behaviour || typeof behaviour !== 'object')
      throw badRequest('POST /_sim/images takes {"image": "<ref or glob>", "behaviour": {…}}');
    const hooks = ctx.hooks();
    if (!hooks.setImageBehaviour)
      throw badRequest('no controllers are running: image behaviours need startKubeSim with controllers');
    hooks.setImageBehaviour(image, behaviour);
    return sendJson(res, 200, { image, behaviour });
  }
  if (parts[0] === 'sd' && parts.length === 1 && method === 'GET') {
    const hooks = ctx.hooks();
    return sendJson(res, 200, hooks.scrapeTargets?.(query.get('namespace') ?? undefined) ?? []);
  }
  throw notFound('', '_sim', path);
}
