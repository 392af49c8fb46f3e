import { ApiError } from '../store/errors.ts';

/** Which requests a fault applies to; every field given must match. */
export interface FaultMatch {
  /** Kubernetes verb: get, list, watch, create, update, patch, delete, deletecollection. */
  verb?: string;
  /** Plural resource, optionally with a subresource ("deployments", "deployments/scale"). */
  resource?: string;
  namespace?: string;
  name?: string;
}

export interface FaultSpec extends FaultMatch {
  /** How many matching requests it applies to (default: all until removed). */
  count?: number;
  /** Answer with this HTTP status and a Status body (e.g. 500, 503, 409, 429). */
  status?: number;
  reason?: string;
  message?: string;
  /** Retry-After header (seconds) — for 429 defaults to 1. */
  retryAfterSeconds?: number;
  /** Destroy the socket without answering. */
  drop?: boolean;
  /** Delay before handling (or before the status/drop). */
  latencyMs?: number;
}

export interface Fault extends FaultSpec {
  id: string;
  /** Requests it has applied to so far. */
  hits: number;
}

const REASONS: Record<number, string> = {
  409: 'Conflict',
  429: 'TooManyRequests',
  500: 'InternalError',
  502: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
  403: 'Forbidden',
  401: 'Unauthorized',
  404: 'NotFound',
  400: 'BadRequest',
};
const VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'];

/** Fault injection rules, matched in the order they were added. */
export class Faults {
  private rules: Fault[] = [];
  private seq = 0;

  /** Adds a rule; bad specs are rejected with a message naming the field. */
  inject(spec: FaultSpec): Fault {
    if (spec.verb !== undefined && !VERBS.includes(spec.verb))
      throw new Error(`fault verb "${spec.verb}" is not one of ${VERBS.join(', ')}`);
    if (
      spec.status !== undefined &&
      (!Number.isInteger(spec.status) || spec.status < 100 || spec.status > 599)
    )
      throw new Error(`fault status ${spec.status} is not an HTTP status (100-599)`);
    if (spec.count !== undefined && (!Number.isInteger(spec.count) || spec.count < 1))
      throw new Error(`fault count ${spec.count} must be a positive integer`);
    if (spec.latencyMs !== undefined && (!Number.isFinite(spec.latencyMs) || spec.latencyMs < 0))
      throw new Error(`fault latencyMs ${spec.latencyMs} must be a non-negative number`);
    if (spec.status === undefined && !spec.drop && spec.latencyMs === undefined)
      throw new Error('a fault needs status, drop or latencyMs');
    const fault: Fault = { ...spec, id: `f${++this.seq}`, hits: 0 };
    this.rules.push(fault);
    return { ...fault };
  }

  remove(id: string): boolean {
    const n = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length !== n;
  }

  clear(): void {
    this.rules = [];
  }

  list(): Fault[] {
    return this.rules.map((r) => ({ ...r }));
  }

  /** The first rule matching the request (its count is consumed), if any. */
  take(req: FaultMatch): Fault | undefined {
    const rule = this.rules.find(
      (r) =>
        (r.verb === undefined || r.verb === req.verb) &&
        (r.resource === undefined || r.resource === req.resource) &&
        (r.namespace === undefined || r.namespace === req.namespace) &&
        (r.name === undefined || r.name === req.name),
    );
    if (!rule) return undefined;
    rule.hits++;
    if (rule.count !== undefined && rule.hits >= rule.count) this.remove(rule.id);
    return { ...rule };
  }
}

/** The ApiError a status fault answers with. */
export function faultError(f: Fault): ApiError {
  const status = f.status!;
  const reason = f.reason ?? REASONS[status] ?? (status >= 500 ? 'InternalError' : 'BadRequest');
  const err = new ApiError(status, reason, f.message ?? `injected fault ${f.id}: ${status} ${reason}`);
  if (status === 429 || f.retryAfterSeconds !== undefined) err.retryAfterSeconds = f.retryAfterSeconds ?? 1;
  return err;
}
