// A small path router: patterns like /repos/{owner}/{repo}/git/ref/{ref+} where {x} is one
// percent-decoded segment and {x+} the decoded rest of the path (refs contain slashes).
import type { SimRepo, SimUser } from './model.ts';
import type { SimState } from './state.ts';

export interface SimRequest {
  method: string;
  /** Path without the query string, as received (still percent-encoded). */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** The token the request authenticated with, if any (never recorded). */
  token: string | undefined;
  /** The account the token belongs to. */
  actor: SimUser;
}

export interface SimResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Urls {
  /** The simulator's API base URL (what GITHUB_API_URL points to). */
  api: string;
  /** The web base URL used for html_url fields (GITHUB_SERVER_URL). */
  html: string;
}

export interface HandlerContext {
  req: SimRequest;
  state: SimState;
  urls: Urls;
  /** Set for routes under /repos/{owner}/{repo}: the server answers 404 before the handler when unknown. */
  repo: SimRepo;
}

export type Handler = (ctx: HandlerContext) => SimResponse | Promise<SimResponse>;

interface Route {
  method: string;
  segments: string[];
  handler: Handler;
}

export interface RouteMatch {
  handler: Handler;
  params: Record<string, string>;
}

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method: method.toUpperCase(), segments: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  get(pattern: string, handler: Handler): this {
    return this.add('GET', pattern, handler);
  }
  post(pattern: string, handler: Handler): this {
    return this.add('POST', pattern, handler);
  }
  patch(pattern: string, handler: Handler): this {
    return this.add('PATCH', pattern, handler);
  }
  delete(pattern: string, handler: Handler): this {
    return this.add('DELETE', pattern, handler);
  }

  /** The first route matching; `methodMismatch` is true when only another method's route matched the path. */
  match(method: string, path: string): { match?: RouteMatch; methodMismatch: boolean } {
    const parts = path.split('/').filter(Boolean);
    let methodMismatch = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.method === method || (method === 'HEAD' && route.method === 'GET')) {
        return { match: { handler: route.handler, params }, methodMismatch: false };
      }
      methodMismatch = true;
    }
    return { methodMismatch };
  }
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const seg = pattern[i] as string;
    if (seg.startsWith('{') && seg.endsWith('+}')) {
      if (i !== pattern.length - 1 || parts.length <= i) return undefined;
      const rest = parts.slice(i).map(decode);
      if (rest.some((p) => p === undefined)) return undefined;
      params[seg.slice(1, -2)] = rest.join('/');
      return params;
    }
    const part = parts[i];
    if (part === undefined) return undefined;
    if (seg.startsWith('{') && seg.endsWith('}')) {
      const value = decode(part);
      if (value === undefined || value === '') return undefined;
      params[seg.slice(1, -1)] = value;
    } else if (seg !== part) {
      return undefined;
    }
  }
  return parts.length === pattern.length ? params : undefined;
}
