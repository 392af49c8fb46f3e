// GitHub's page-number pagination: per_page (default 30, max 100) and page, with a Link header
// (first/prev/next/last) that Octokit's paginate() follows.
import type { HandlerContext, SimResponse } from './router.ts';

export interface Page<T> {
  items: T[];
  headers: Record<string, string>;
}

function positiveInt(value: string | null, fallback: number): number {
  const n = value === null ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function paginate<T>(ctx: HandlerContext, all: T[]): Page<T> {
  const perPage = Math.min(positiveInt(ctx.req.query.get('per_page'), 30), 100);
  const page = positiveInt(ctx.req.query.get('page'), 1);
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const link = (n: number, rel: string): string => {
    const query = new URLSearchParams(ctx.req.query);
    query.set('per_page', String(perPage));
    query.set('page', String(n));
    return `<${ctx.urls.api}${ctx.req.path}?${query.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, lastPage), 'prev'));
  if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { items, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

/** A paginated JSON array response. */
export function pagedResponse<T, U>(ctx: HandlerContext, all: T[], render: (item: T) => U): SimResponse {
  const page = paginate(ctx, all);
  return { body: page.items.map(render), headers: page.headers };
}
