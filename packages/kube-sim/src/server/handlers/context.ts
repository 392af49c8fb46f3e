import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../../store/store.ts';
import type { ResourceRoute } from '../routing.ts';
import { badRequest } from '../status.ts';

/** Where pods/log text comes from (the kubelet simulation provides it). */
export type LogSource = (
  namespace: string,
  pod: string,
  container: string | undefined,
  previous: boolean,
) => string | undefined;

export interface RequestContext {
  store: Store;
  req: IncomingMessage;
  res: ServerResponse;
  route: ResourceRoute;
  query: URLSearchParams;
  body: Buffer;
  contentType: string | undefined;
  logs?: LogSource;
  /** Interval between watch bookmarks (ms). */
  bookmarkIntervalMs: number;
}

/** dryRun=All (the only value the real server accepts besides none). */
export function isDryRun(query: URLSearchParams, body?: { dryRun?: unknown }): boolean {
  const values = [
    ...query.getAll('dryRun'),
    ...(Array.isArray(body?.dryRun) ? (body.dryRun as string[]) : []),
  ];
  for (const v of values)
    if (v !== 'All') throw badRequest(`dryRun: Unsupported value: "${v}": supported values: "All"`);
  return values.length > 0;
}

/** The namespace a namespaced request addresses (the URL wins; a mismatching body namespace is a 400). */
export function requestNamespace(ctx: RequestContext, bodyNamespace: string | undefined): string | undefined {
  if (!ctx.route.type.namespaced) return undefined;
  const ns = ctx.route.namespace;
  if (ns && bodyNamespace && bodyNamespace !== ns) {
    throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
  }
  return ns ?? bodyNamespace ?? 'default';
}
