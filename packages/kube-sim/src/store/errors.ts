/**
 * An error the API server renders as a `kind: Status` body. `details` follows metav1.StatusDetails
 * ({ name, group, kind, causes: [{ reason, message, field }] }).
 */
export class ApiError extends Error {
  code: number;
  reason: string;
  details?: unknown;
  retryAfterSeconds?: number;
  constructor(code: number, reason: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.reason = reason;
    this.details = details;
  }
}

export interface StatusCause {
  reason?: string;
  message: string;
  field?: string;
}

export function notFound(group: string, resource: string, name: string): ApiError {
  const what = group ? `${resource}.${group}` : resource;
  return new ApiError(404, 'NotFound', `${what} "${name}" not found`, { name, group, kind: resource });
}

export function alreadyExists(group: string, resource: string, name: string): ApiError {
  const what = group ? `${resource}.${group}` : resource;
  return new ApiError(409, 'AlreadyExists', `${what} "${name}" already exists`, {
    name,
    group,
    kind: resource,
  });
}

export function conflict(group: string, resource: string, name: string, why: string): ApiError {
  const what = group ? `${resource}.${group}` : resource;
  return new ApiError(409, 'Conflict', `Operation cannot be fulfilled on ${what} "${name}": ${why}`, {
    name,
    group,
    kind: resource,
  });
}

/** 422 Invalid with field causes, e.g. `Deployment.apps "x" is invalid: spec.template.spec.containers: Required value`. */
export function invalid(group: string, kind: string, name: string, causes: StatusCause[]): ApiError {
  const what = group ? `${kind}.${group}` : kind;
  const summary = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
  const list = summary.length === 1 ? summary[0]! : `[${summary.join(', ')}]`;
  return new ApiError(422, 'Invalid', `${what} "${name}" is invalid: ${list}`, {
    name,
    group,
    kind,
    causes: causes.map((c) => ({
      reason: c.reason ?? 'FieldValueInvalid',
      message: c.message,
      field: c.field,
    })),
  });
}
