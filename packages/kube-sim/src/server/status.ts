import type { ServerResponse } from 'node:http';
import { ApiError } from '../store/errors.ts';

/** A metav1.Status body for an error, exactly as kubectl and client-node parse it. */
export function statusBody(err: ApiError): Record<string, unknown> {
  const body: Record<string, unknown> = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: err.message,
    reason: err.reason,
  };
  if (err.details !== undefined) body.details = err.details;
  else if (err.retryAfterSeconds !== undefined) body.details = { retryAfterSeconds: err.retryAfterSeconds };
  body.code = err.code;
  return body;
}

/** A Status of success (what DELETE returns for some resources). */
export function successStatus(details?: Record<string, unknown>): Record<string, unknown> {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Success',
    ...(details ? { details } : {}),
  };
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new ApiError(500, 'InternalError', `Internal error occurred: ${message}`, { causes: [{ message }] });
}

export function sendJson(
  res: ServerResponse,
  code: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(code, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-cache, private',
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, err: unknown): void {
  const e = toApiError(err);
  const headers: Record<string, string> = {};
  if (e.retryAfterSeconds !== undefined) headers['Retry-After'] = String(e.retryAfterSeconds);
  sendJson(res, e.code, statusBody(e), headers);
}

export const badRequest = (message: string): ApiError => new ApiError(400, 'BadRequest', message);
export const methodNotAllowed = (
  message = 'the server does not allow this method on the requested resource',
): ApiError => new ApiError(405, 'MethodNotAllowed', message, { causes: [] });
