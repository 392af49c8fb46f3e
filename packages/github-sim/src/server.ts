// The HTTP server: request log, fault injection, authentication, rate limits, then the routes.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { decodePath, readBody, recordedHeaders, safeParse, send, type RecordedRequest } from './http-io.ts';

export type { RecordedRequest } from './http-io.ts';
import type { AddressInfo } from 'node:net';
import { Faults, faultResponse } from './faults.ts';
import {
  SimHttpError,
  badCredentials,
  notAccessibleByIntegration,
  notFound,
  problemsParsingJson,
  requiresAuthentication,
} from './http-errors.ts';
import { RateLimiter } from './rate-limit.ts';
import { buildRouter } from './routes.ts';
import type { HandlerContext, SimRequest, SimResponse, Urls } from './router.ts';
import { SimState, type RepoSeed } from './state.ts';
import type { SimRepo } from './model.ts';
import { handleAdmin } from './admin.ts';

export interface GitHubSimOptions {
  /** Port on 127.0.0.1 (default 0: a free port). */
  port?: number;
  /** The token with write access. When absent, any token is accepted. */
  token?: string;
  /** Login of the account behind every accepted token (default github-actions[bot]). */
  actor?: string;
  repos?: RepoSeed[];
  /** Web base for html_url fields (default https://github.com), i.e. GITHUB_SERVER_URL. */
  serverUrl?: string;
  /** Requests per hour per token before GitHub's 403 primary rate limit (default 5000). */
  rateLimit?: number;
  /** Clock for timestamps and rate-limit windows (default Date.now). */
  now?: () => number;
}

/** One request as received; the authorization header is never recorded. */

export interface GitHubSim {
  /** API base URL, for GITHUB_API_URL / Octokit's baseUrl. */
  url: string;
  port: number;
  state: SimState;
  /** Every request in arrival order (admin /_sim routes excluded); paths are percent-decoded. */
  requests: RecordedRequest[];
  faults: Faults;
  /** Recorded requests other than GET/HEAD. */
  writes(): RecordedRequest[];
  stop(): Promise<void>;
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

export async function startGitHubSim(options: GitHubSimOptions = {}): Promise<GitHubSim> {
  const state = new SimState(options.now);
  for (const seed of options.repos ?? []) state.addRepo(seed);
  const faults = new Faults();
  const requests: RecordedRequest[] = [];
  const limiter = new RateLimiter(options.rateLimit ?? 5000, options.now ?? Date.now);
  const router = buildRouter(limiter);
  const urls: Urls = { api: '', html: (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '') };
  let requestCounter = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, { message: `github-sim internal error: ${String(err)}` }, {});
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sim.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    if (url.pathname.startsWith('/_sim/')) {
      const answer = handleAdmin({ method, path: url.pathname, raw, state, requests, faults });
      send(res, answer.status ?? 200, answer.body, answer.headers ?? {});
      return;
    }
    const path = decodePath(url.pathname);
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      headers: recordedHeaders(req),
      body: safeParse(raw),
      status: undefined,
    };
    requests.push(record);
    const common = {
      'x-github-request-id': `SIM:${++requestCounter}`,
      'x-github-media-type': 'github.v3; format=json',
    };

    const fault = faults.take(method, path);
    if (fault) {
      record.fault = fault.spec.kind;
      if (fault.spec.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      if (fault.spec.kind === 'latency') {
        await new Promise((resolve) => setTimeout(resolve, (fault.spec as { ms: number }).ms));
      } else {
        const answer = faultResponse(fault, limiter);
        record.status = answer.status;
        send(res, answer.status, answer.body, { ...common, ...answer.headers });
        return;
      }
    }

    let headers: Record<string, string> = common;
    try {
      const token = authenticate(req.headers.authorization, options.token, state);
      const isGraphql = url.pathname === '/graphql';
      if (url.pathname !== '/rate_limit') {
        headers = { ...common, ...limiter.consume(rateKey(token, req), isGraphql ? 'graphql' : 'core') };
      }
      const response = await dispatch(method, url, raw, token);
      record.status = response.status ?? 200;
      send(res, record.status, response.body, { ...headers, ...(response.headers ?? {}) }, method === 'HEAD');
    } catch (err) {
      const e =
        err instanceof SimHttpError
          ? err
          : new SimHttpError(500, { message: `github-sim internal error: ${String(err)}` });
      record.status = e.status;
      send(res, e.status, e.body, { ...headers, ...e.headers });
    }
  }

  async function dispatch(
    method: string,
    url: URL,
    raw: string,
    token: string | undefined,
  ): Promise<SimResponse> {
    // GitHub answers an unknown path, and mostly an unsupported method on a known one, with 404.
    const { match } = router.match(method, url.pathname);
    if (!match) throw notFound();
    if (token === undefined && WRITE_METHODS.has(method)) throw requiresAuthentication();
    let body: unknown;
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        throw problemsParsingJson();
      }
    }
    const simReq: SimRequest = {
      method,
      path: url.pathname,
      params: match.params,
      query: url.searchParams,
      body,
      token,
      actor: state.user(options.actor ?? 'github-actions[bot]'),
    };
    const ctx: HandlerContext = { req: simReq, state, urls, repo: undefined as unknown as SimRepo };
    if (match.params['owner'] !== undefined && match.params['repo'] !== undefined) {
      const repo = state.findRepo(match.params['owner'], match.params['repo']);
      if (!repo || (repo.private && token === undefined)) throw notFound();
      if (WRITE_METHODS.has(method) && isReadOnly(repo, token)) throw notAccessibleByIntegration();
      ctx.repo = repo;
    }
    return match.handler(ctx);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  urls.api = `http://127.0.0.1:${port}`;

  return {
    url: urls.api,
    port,
    state,
    requests,
    faults,
    writes: () => requests.filter((r) => WRITE_METHODS.has(r.method)),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function isReadOnly(repo: SimRepo, token: string | undefined): boolean {
  return token !== undefined && repo.readOnlyTokens.has(token);
}

function authenticate(
  header: string | undefined,
  writeToken: string | undefined,
  state: SimState,
): string | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
  if (!m) throw badCredentials();
  const token = m[1] as string;
  if (writeToken === undefined || token === writeToken) return token;
  for (const repo of state.repos.values()) if (repo.readOnlyTokens.has(token)) return token;
  throw badCredentials();
}

function rateKey(token: string | undefined, req: IncomingMessage): string {
  return token === undefined ? `ip:${req.socket.remoteAddress ?? 'unknown'}` : `token:${token}`;
}
