import type { KubeObject, StoreEvent } from '../store/store.ts';
import { apiVersionOf } from '../store/resources.ts';
import { ApiError } from '../store/errors.ts';
import { parseFieldSelector, parseLabelSelector } from '../store/selectors.ts';
import { statusBody, badRequest } from './status.ts';
import type { RequestContext } from './handlers/context.ts';
import { table, wantsTable } from './handlers/read.ts';

/**
 * A watch: a chunked stream of JSON lines ({type, object}). Without resourceVersion (or "0") it starts
 * with ADDED events for the current objects; with one it replays the retained history after it, or
 * sends a single ERROR event (410 Expired) when that version is too old. Bookmarks when asked for.
 */
export function handleWatch(ctx: RequestContext): void {
  const { store, res, query, route } = ctx;
  const { type, namespace, name } = route;
  const byLabel = parseLabelSelector(query.get('labelSelector') ?? undefined);
  const fieldSelector = [query.get('fieldSelector'), name ? `metadata.name=${name}` : null]
    .filter(Boolean)
    .join(',');
  const byField = parseFieldSelector(fieldSelector, type.kind);
  const timeout = query.has('timeoutSeconds') ? Number(query.get('timeoutSeconds')) : 1800;
  if (!Number.isFinite(timeout) || timeout < 0)
    throw badRequest(
      `timeoutSeconds: Invalid value: "${query.get('timeoutSeconds')}": must be a non-negative number`,
    );
  const rvParam = query.get('resourceVersion') ?? '';
  if (rvParam !== '' && !/^\d+$/.test(rvParam))
    throw badRequest(`resourceVersion: Invalid value: "${rvParam}": must be a non-negative integer`);
  const bookmarks = query.get('allowWatchBookmarks') === 'true';

  const matches = (o: KubeObject): boolean =>
    (!type.namespaced || !namespace || o.metadata.namespace === namespace) &&
    byLabel(o.metadata.labels) &&
    byField(o);
  // kubectl get -w asks for Tables: each event then carries a one-row Table of its object
  const asTable = wantsTable(ctx.req.headers.accept);
  if (asTable) table(ctx, [], ''); // validates includeObject before the stream starts
  const write = (line: { type: string; object: unknown }): void => {
    if (res.writableEnded) return;
    let object = line.object;
    if (asTable && line.type !== 'ERROR' && line.type !== 'BOOKMARK') {
      const o = line.object as KubeObject;
      object = table(ctx, [o], o.metadata.resourceVersion ?? '');
    }
    res.write(`${JSON.stringify({ type: line.type, object })}\n`);
  };
  const sameType = (e: StoreEvent): boolean =>
    e.resource.group === type.group && e.resource.resource === type.resource;

  /**
   * As the real API server (cacher) does for a selector: a MODIFIED object that starts matching is ADDED, one
   * that stops matching is DELETED (with its new state), one that matches neither before nor after is not sent.
   */
  const send = (e: StoreEvent): void => {
    const now = matches(e.object);
    if (e.type !== 'MODIFIED' || !e.oldObject) {
      if (now) write({ type: e.type, object: e.object });
      return;
    }
    const before = matches(e.oldObject);
    if (now) write({ type: before ? 'MODIFIED' : 'ADDED', object: e.object });
    else if (before) write({ type: 'DELETED', object: e.object });
  };

  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Transfer-Encoding': 'chunked',
    'Cache-Control': 'no-cache, private',
  });
  res.flushHeaders();
  let lastRv = store.currentResourceVersion();
  if (rvParam === '' || rvParam === '0') {
    for (const o of store.list(type, namespace).items) if (matches(o)) write({ type: 'ADDED', object: o });
  } else {
    const events = store.eventsSince(Number(rvParam));
    if (events === 'gone') {
      const err = new ApiError(
        410,
        'Expired',
        `too old resource version: ${rvParam} (${store.currentResourceVersion()})`,
      );
      write({ type: 'ERROR', object: statusBody(err) });
      res.end();
      return;
    }
    for (const e of events) if (sameType(e)) send(e);
  }
  const unsubscribe = store.subscribe((e) => {
    lastRv = e.resourceVersion;
    if (sameType(e)) send(e);
  });
  const bookmark = (): void =>
    write({
      type: 'BOOKMARK',
      object: {
        kind: type.kind,
        apiVersion: apiVersionOf(type),
        metadata: { resourceVersion: String(lastRv) },
      },
    });
  const ticker = bookmarks ? setInterval(bookmark, ctx.bookmarkIntervalMs) : undefined;
  const end = (): void => {
    clearTimeout(timer);
    if (ticker) clearInterval(ticker);
    unsubscribe();
    if (!res.writableEnded) res.end();
  };
  const timer = setTimeout(end, timeout * 1000);
  ctx.req.on('close', end);
  res.on('close', end);
}
