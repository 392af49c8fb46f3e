// Errors the simulator answers with, in the JSON shapes GitHub's REST API uses.

const DOCS = 'https://docs.github.com/rest';

/** One entry of a 422 `errors[]` array, as GitHub sends it. */
export interface ValidationIssue {
  resource: string;
  field?: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  message?: string;
  value?: unknown;
}

/** An HTTP error response: thrown by handlers, turned into a JSON reply by the server. */
export class SimHttpError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    super(String(body['message'] ?? status));
    this.name = 'SimHttpError';
    this.status = status;
    this.body = { ...body, documentation_url: body['documentation_url'] ?? DOCS, status: String(status) };
    this.headers = headers;
  }
}

export function notFound(): SimHttpError {
  return new SimHttpError(404, { message: 'Not Found' });
}

export function badCredentials(): SimHttpError {
  return new SimHttpError(401, { message: 'Bad credentials' });
}

export function requiresAuthentication(): SimHttpError {
  return new SimHttpError(401, { message: 'Requires authentication' });
}

export function notAccessibleByIntegration(): SimHttpError {
  return new SimHttpError(403, { message: 'Resource not accessible by integration' });
}

export function validationFailed(...errors: ValidationIssue[]): SimHttpError {
  return new SimHttpError(422, { message: 'Validation Failed', errors });
}

/** 422 with a bare message, as GitHub sends for e.g. an unknown ref on deployment creation. */
export function unprocessable(message: string): SimHttpError {
  return new SimHttpError(422, { message });
}

export function conflict(message: string, errors?: unknown[]): SimHttpError {
  return new SimHttpError(409, errors ? { message, errors } : { message });
}

export function problemsParsingJson(): SimHttpError {
  return new SimHttpError(400, { message: 'Problems parsing JSON' });
}
