import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ResourceType, Store } from '../store/store.ts';
import { sendJson } from './status.ts';

// kube-openapi answers the non-deprecated name: Go's mime parser (kubectl's) refuses the '@' of the old one.
const PROTO_V2 = 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf';

function gvPath(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

const QUERY = (name: string, description: string): Record<string, unknown> => ({
  name,
  in: 'query',
  description,
  schema: { type: 'string', uniqueItems: true },
});

/** One OpenAPI v3 group-version document: every resource path with its verbs, and a schema per kind. */
function groupVersionDocument(
  types: ResourceType[],
  group: string,
  version: string,
): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (const t of types) {
    const gvk = [{ group: t.group, version: t.version, kind: t.kind }];
    const base = `/${gvPath(group, version)}${t.namespaced ? '/namespaces/{namespace}' : ''}/${t.resource}`;
    const ref = { $ref: `#/components/schemas/${schemaName(t)}` };
    const json = { 'application/json': { schema: ref } };
    // No strategic-merge-patch content here: kubectl then builds strategic patches from its compiled-in types.
    const patchBody = {
      content: {
        'application/json-patch+json': { schema: { type: 'object' } },
        'application/merge-patch+json': { schema: { type: 'object' } },
        'application/apply-patch+yaml': { schema: { type: 'object' } },
      },
      required: true,
    };
    const writeParams = [
      QUERY('dryRun', 'dry run'),
      QUERY('fieldManager', 'field manager'),
      QUERY('fieldValidation', 'Ignore, Warn or Strict'),
    ];
    const op = (
      id: string,
      action: string,
      extra: Record<string, unknown> = {},
    ): Record<string, unknown> => ({
      operationId: `${id}${t.kind}`,
      'x-kubernetes-action': action,
      'x-kubernetes-group-version-kind': gvk[0],
      responses: { '200': { description: 'OK', content: json } },
      ...extra,
    });
    paths[base] = {
      get: op('list', 'list'),
      post: op('create', 'post', { parameters: writeParams, requestBody: { content: json, required: true } }),
      delete: op('deletecollection', 'deletecollection'),
    };
    paths[`${base}/{name}`] = {
      get: op('read', 'get'),
      put: op('replace', 'put', { parameters: writeParams, requestBody: { content: json, required: true } }),
      patch: op('patch', 'patch', {
        parameters: [...writeParams, QUERY('force', 'force apply')],
        requestBody: patchBody,
      }),
      delete: op('delete', 'delete', { parameters: [QUERY('dryRun', 'dry run')] }),
    };
    schemas[schemaName(t)] = {
      type: 'object',
      description: `${t.kind} (kube-sim serves it schemaless: any fields are kept)`,
      'x-kubernetes-group-version-kind': gvk,
      'x-kubernetes-preserve-unknown-fields': true,
    };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes (kube-sim)', version: 'v1.32.0' },
    paths,
    components: { schemas },
  };
}

function schemaName(t: ResourceType): string {
  const g = t.group === '' ? 'core' : t.group;
  return `io.k8s.api.${g}.${t.version}.${t.kind}`;
}

/** Serves /openapi/v3 (index + one document per group-version) and /openapi/v2 (empty, protobuf or JSON). */
export function handleOpenApi(
  store: Store,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): boolean {
  if (path === '/openapi/v2') {
    const accept = req.headers.accept ?? '';
    if (accept.includes('protobuf')) {
      // An empty protobuf message is a valid (empty) openapi_v2.Document: kubectl falls back to its compiled-in types.
      res.writeHead(200, { 'Content-Type': PROTO_V2, 'Content-Length': 0 });
      res.end();
    } else
      sendJson(res, 200, {
        swagger: '2.0',
        info: { title: 'Kubernetes (kube-sim)', version: 'v1.32.0' },
        paths: {},
        definitions: {},
      });
    return true;
  }
  const gvs = new Map<string, ResourceType[]>();
  for (const t of store.types())
    gvs.set(gvPath(t.group, t.version), [...(gvs.get(gvPath(t.group, t.version)) ?? []), t]);
  if (path === '/openapi/v3' || path === '/openapi/v3/') {
    const paths: Record<string, unknown> = {};
    for (const gv of gvs.keys()) paths[gv] = { serverRelativeURL: `/openapi/v3/${gv}?hash=kube-sim-1` };
    sendJson(res, 200, { paths });
    return true;
  }
  if (path.startsWith('/openapi/v3/')) {
    const gv = path.slice('/openapi/v3/'.length);
    const types = gvs.get(gv);
    if (!types) return false;
    sendJson(res, 200, groupVersionDocument(types, types[0]!.group, types[0]!.version));
    return true;
  }
  return false;
}
