import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Store } from '../store/store.ts';
import { resolveResourcePath, type ResourceRoute } from './routing.ts';
import { handleDiscovery } from './discovery.ts';
import { handleOpenApi } from './openapi.ts';
import { sendError, methodNotAllowed, toApiError } from './status.ts';
import { ApiError } from '../store/errors.ts';
import { AuditLog } from './audit.ts';
import { Faults, faultError } from './faults.ts';
import { handleAdmin, type AdminHooks } from './admin.ts';
import { mediaType } from './body.ts';
import type { LogSource, RequestContext } from './handlers/context.ts';
import { handleGet, handleList } from './handlers/read.ts';
import { handleCreate, handleUpdate, handleDelete, handleDeleteCollection } from './handlers/write.ts';
import { handlePatch } from './handlers/patch.ts';
import { handleScale, handleLog } from './handlers/subresources.ts';
import { handleWatch } from './watch.ts';

export interface ApiServerOptions {
  store: Store;
  faults?: Faults;
  audit?: AuditLog;
  logs?: LogSource;
  hooks?: () => AdminHooks;
  bookmarkIntervalMs?: number;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Holds a request for a fault's latency. Resolves false if the connection closes first (the client
 * gave up, or stop() closed every connection): the API server cancels a request's context then,
 * and a pending timer of a long fault (a "hung call") would keep the process alive after stop().
 */
function held(res: ServerResponse, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const closed = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      res.off('close', closed);
      resolve(true);
    }, ms);
    res.once('close', closed);
  });
}

/** The Kubernetes verb of a request on a resource path. */
export function verbOf(method: string, route: ResourceRoute | undefined, query: URLSearchParams): string {
  const m = method.toUpperCase();
  if (!route) return m.toLowerCase();
  const watch = route.watchPath || query.get('watch') === 'true' || query.get('watch') === '1';
  switch (m) {
    case 'GET':
      return watch ? 'watch' : route.name ? 'get' : 'list';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return route.name ? 'delete' : 'deletecollection';
    default:
      return m.toLowerCase();
  }
}

function dispatch(ctx: RequestContext, verb: string): void {
  const { route } = ctx;
  const sub = route.subresource;
  if (sub === 'log') {
    if (verb !== 'get') throw methodNotAllowed();
    return handleLog(ctx);
  }
  if (sub === 'scale' && verb !== 'patch') return handleScale(ctx, ctx.req.method ?? 'GET');
  switch (verb) {
    case 'get':
      return handleGet(ctx);
    case 'list':
      return handleList(ctx);
    case 'watch':
      return handleWatch(ctx);
    case 'create':
      if (route.name && route.type.resource !== 'namespaces') throw methodNotAllowed();
      return handleCreate(ctx);
    case 'update':
      if (!route.name) throw methodNotAllowed();
      return handleUpdate(ctx);
    case 'patch':
      if (!route.name) throw methodNotAllowed();
      return handlePatch(ctx);
    case 'delete':
      return handleDelete(ctx);
    case 'deletecollection':
      return handleDeleteCollection(ctx);
    default:
      throw methodNotAllowed();
  }
}

/** The HTTP server of the API (not listening yet). */
export function createApiServer(opts: ApiServerOptions): { server: Server; faults: Faults; audit: AuditLog } {
  const faults = opts.faults ?? new Faults();
  const audit = opts.audit ?? new AuditLog();
  const hooks = opts.hooks ?? (() => ({}));
  const { store } = opts;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const body = await readBody(req);
    if (path.startsWith('/_sim/') || path === '/_sim')
      return handleAdmin({ store, faults, audit, hooks }, req, res, path, url.searchParams, body);
    let route: ResourceRoute | undefined;
    let routeError: unknown;
    try {
      route = resolveResourcePath(store, path);
    } catch (e) {
      routeError = e;
    }
    const verb = verbOf(req.method ?? 'GET', route, url.searchParams);
    const contentType = req.headers['content-type'] ?? '';
    const binary = mediaType(contentType).includes('protobuf') || mediaType(contentType).includes('cbor');
    const entry = audit.record({
      verb,
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      userAgent: req.headers['user-agent'] ?? '',
      contentType,
      body: body.toString(binary ? 'base64' : 'utf8'),
      bodyEncoding: binary ? 'base64' : 'utf8',
      resource: route ? route.type.resource + (route.subresource ? `/${route.subresource}` : '') : undefined,
      namespace: route?.namespace,
      name: route?.name,
      code: 0,
    });
    res.on('finish', () => (entry.code = res.statusCode));
    const fault = faults.take({
      verb,
      resource: entry.resource,
      namespace: route?.namespace,
      name: route?.name,
    });
    if (fault) {
      entry.fault = fault.id;
      if (fault.latencyMs && !(await held(res, fault.latencyMs))) return;
      if (fault.drop) {
        req.socket.destroy();
        return;
      }
      if (fault.status !== undefined) return sendError(res, faultError(fault));
    }
    if (routeError) throw routeError;
    if (!route) {
      if (
        req.method === 'GET' &&
        (handleDiscovery(store, req, res, path, req.headers.host ?? '127.0.0.1') ||
          handleOpenApi(store, req, res, path))
      )
        return;
      if (path === '/healthz' || path === '/readyz' || path === '/livez') {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('ok');
        return;
      }
      throw new ApiError(404, 'NotFound', 'the server could not find the requested resource', {
        causes: [{ reason: 'UnexpectedServerResponse', message: `404 page not found: ${path}` }],
      });
    }
    dispatch(
      {
        store,
        req,
        res,
        route,
        query: url.searchParams,
        body,
        contentType,
        logs: opts.logs,
        bookmarkIntervalMs: opts.bookmarkIntervalMs ?? 5000,
      },
      verb,
    );
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (res.headersSent) {
        res.end();
        return;
      }
      sendError(res, toApiError(e));
    });
  });
  return { server, faults, audit };
}
