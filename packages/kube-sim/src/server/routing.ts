import type { ResourceType, Store } from '../store/store.ts';
import { ApiError } from '../store/errors.ts';

/** A request path resolved against the served resource types. */
export interface ResourceRoute {
  type: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
  /** Legacy /watch/ path prefix. */
  watchPath: boolean;
}

function notServed(path: string): ApiError {
  return new ApiError(404, 'NotFound', 'the server could not find the requested resource', {
    causes: [{ reason: 'UnexpectedServerResponse', message: `404 page not found: ${path}` }],
  });
}

/**
 * Resolves /api/v1/… and /apis/<group>/<version>/… (optionally under namespaces/<ns>/, optionally with a
 * /watch/ prefix) to a resource type, namespace, name and subresource; undefined for non-resource paths.
 */
export function resolveResourcePath(store: Store, path: string): ResourceRoute | undefined {
  const parts = path
    .split('/')
    .filter((p) => p !== '')
    .map(decodeURIComponent);
  let group: string;
  let version: string;
  let rest: string[];
  if (parts[0] === 'api' && parts.length >= 3) {
    group = '';
    version = parts[1]!;
    rest = parts.slice(2);
  } else if (parts[0] === 'apis' && parts.length >= 4) {
    group = parts[1]!;
    version = parts[2]!;
    rest = parts.slice(3);
  } else return undefined;
  let watchPath = false;
  if (rest[0] === 'watch') {
    watchPath = true;
    rest = rest.slice(1);
  }
  let namespace: string | undefined;
  if (
    rest[0] === 'namespaces' &&
    rest.length >= 3 &&
    !(rest.length === 3 && ['status', 'finalize'].includes(rest[2]!))
  ) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const [resource, name, subresource, ...extra] = rest;
  if (!resource || extra.length > 0) throw notServed(path);
  const type = store.type(group, resource);
  if (!type || type.version !== version) throw notServed(path);
  if (namespace !== undefined && !type.namespaced) throw notServed(path);
  if (subresource !== undefined) {
    const allowed: string[] = [
      ...(type.subresources ?? []),
      ...(type.resource === 'namespaces' ? ['finalize'] : []),
    ];
    if (!allowed.includes(subresource)) throw notServed(path);
  }
  return { type, namespace, name, subresource, watchPath };
}
