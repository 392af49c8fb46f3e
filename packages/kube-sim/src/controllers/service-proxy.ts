import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ControllerContext } from './context.ts';
import { splitKey } from './kinds.ts';
import { httpRouteSplit, routerSplit, type RequestInfo, type Split } from './router-splits.ts';
import { WeightedPicker } from './traffic.ts';

interface Proxy {
  server: Server;
  port: number;
}

/**
 * Real HTTP proxies on 127.0.0.1, one per Service and one per HTTPRoute. A Service's proxy spreads requests
 * round-robin over the ready endpoints that run a real process; when a traffic router applies to the Service (an
 * HTTPRoute, an Istio VirtualService or an ingress-nginx canary Ingress, see routerSplit) its weights choose the
 * Service first. An HTTPRoute's own proxy (routePort) always applies its rules.
 */
export class ServiceProxies {
  private readonly ctx: ControllerContext;
  private readonly processPort: (ns: string, pod: string) => number | undefined;
  private readonly services = new Map<string, Proxy>();
  private readonly routes = new Map<string, Proxy>();
  private readonly roundRobin = new Map<string, number>();
  private readonly weighted = new Map<string, WeightedPicker>();
  private closed = false;

  constructor(ctx: ControllerContext, processPort: (ns: string, pod: string) => number | undefined) {
    this.ctx = ctx;
    this.processPort = processPort;
  }

  /** Key 'svc:ns/name' or 'route:ns/name': opens or closes the proxy to match the store. */
  sync(key: string): void {
    const [kind, rest] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    const [ns, name] = splitKey(rest);
    const isRoute = kind === 'route';
    const rt = isRoute ? this.ctx.kinds.httproutes : this.ctx.kinds.services;
    const map = isRoute ? this.routes : this.services;
    const exists = rt ? this.ctx.store.get(rt, ns, name) !== undefined : false;
    if (exists && !map.has(rest) && !this.closed)
      this.open(map, rest, (req, res) =>
        isRoute ? this.viaRoute(ns, name, req, res) : this.viaService(ns, name, req, res),
      );
    if (!exists && map.has(rest)) {
      map.get(rest)!.server.close();
      map.get(rest)!.server.closeAllConnections();
      map.delete(rest);
    }
  }

  servicePort(ns: string, name: string): number | undefined {
    return this.services.get(`${ns}/${name}`)?.port || undefined;
  }

  routePort(ns: string, name: string): number | undefined {
    return this.routes.get(`${ns}/${name}`)?.port || undefined;
  }

  private open(
    map: Map<string, Proxy>,
    key: string,
    handler: (req: IncomingMessage, res: ServerResponse) => void,
  ): void {
    const server = createServer(handler);
    server.keepAliveTimeout = 1000;
    // The port is known once 'listening' fires; idle() waits for it.
    const entry: Proxy = { server, port: 0 };
    map.set(key, entry);
    this.ctx.scheduler.track(
      new Promise<void>((resolve) => {
        server.once('error', () => resolve());
        server.listen(0, '127.0.0.1', () => {
          const addr = server.address();
          entry.port = typeof addr === 'object' && addr ? addr.port : 0;
          resolve();
        });
      }),
    );
  }

  private viaService(ns: string, name: string, req: IncomingMessage, res: ServerResponse): void {
    const split = routerSplit(this.ctx.store, this.ctx.kinds, ns, name, requestInfo(req));
    if (split) return this.viaSplit(split, `service ${ns}/${name}`, req, res);
    this.toService(ns, name, req, res);
  }

  private viaRoute(ns: string, name: string, req: IncomingMessage, res: ServerResponse): void {
    const route = this.ctx.kinds.httproutes
      ? this.ctx.store.get(this.ctx.kinds.httproutes, ns, name)
      : undefined;
    if (!route) return fail(res, 404, `HTTPRoute ${ns}/${name} not found`);
    this.viaSplit(httpRouteSplit(route, ns, requestInfo(req)), `HTTPRoute ${ns}/${name}`, req, res);
  }

  /** Picks a Service by the split's weights (smooth weighted round-robin), then an endpoint of it. */
  private viaSplit(split: Split, what: string, req: IncomingMessage, res: ServerResponse): void {
    let picker = this.weighted.get(split.key);
    if (!picker) this.weighted.set(split.key, (picker = new WeightedPicker()));
    const chosen = picker.pick(split.backends);
    if (!chosen) return fail(res, 503, `${what}: no backend with weight > 0 for ${req.method} ${req.url}`);
    const [bns, bname] = splitKey(chosen);
    this.toService(bns, bname, req, res);
  }

  /** Round-robin over the Service's ready endpoints that run a real process. */
  private toService(ns: string, name: string, req: IncomingMessage, res: ServerResponse): void {
    const ep = this.ctx.store.get(this.ctx.kinds.endpoints, ns, name);
    const ports: number[] = [];
    for (const subset of (ep?.['subsets'] ?? []) as { addresses?: { targetRef?: { name: string } }[] }[]) {
      for (const a of subset.addresses ?? []) {
        const port = a.targetRef ? this.processPort(ns, a.targetRef.name) : undefined;
        if (port) ports.push(port);
      }
    }
    if (ports.length === 0) return fail(res, 503, `no endpoints available for service "${name}"`);
    const key = `${ns}/${name}`;
    const n = this.roundRobin.get(key) ?? 0;
    this.roundRobin.set(key, n + 1);
    forward(ports[n % ports.length]!, req, res);
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.services.values(), ...this.routes.values()];
    this.services.clear();
    this.routes.clear();
    await Promise.all(
      all.map(
        (p) =>
          new Promise<void>((resolve) => {
            p.server.close(() => resolve());
            p.server.closeAllConnections();
          }),
      ),
    );
  }
}

function forward(port: number, req: IncomingMessage, res: ServerResponse): void {
  const upstream = request(
    { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    },
  );
  upstream.on('error', (err) => fail(res, 502, `upstream 127.0.0.1:${port}: ${err.message}`));
  req.pipe(upstream);
}

function fail(res: ServerResponse, code: number, message: string): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(code, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${message}\n`);
}

function requestInfo(req: IncomingMessage): RequestInfo {
  return { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers };
}
