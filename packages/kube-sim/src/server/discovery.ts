import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ResourceType, Store } from '../store/store.ts';
import { sendJson } from './status.ts';

export const AGGREGATED_V2 = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function subresourceKind(t: ResourceType, sub: string): { group: string; version: string; kind: string } {
  if (sub === 'scale') return { group: 'autoscaling', version: 'v1', kind: 'Scale' };
  if (sub === 'log') return { group: '', version: 'v1', kind: 'Pod' };
  return { group: t.group, version: t.version, kind: t.kind };
}
function subresourceVerbs(sub: string): string[] {
  return sub === 'log' ? ['get'] : ['get', 'patch', 'update'];
}

/** Groups in the order the real server lists them (core first), each with its served version. */
function groups(store: Store): Map<string, ResourceType[]> {
  const out = new Map<string, ResourceType[]>();
  for (const t of store.types()) out.set(t.group, [...(out.get(t.group) ?? []), t]);
  return out;
}

/** APIResourceList for /api/v1 or /apis/<group>/<version>. */
export function resourceList(
  store: Store,
  group: string,
  version: string,
): Record<string, unknown> | undefined {
  const types = store.types().filter((t) => t.group === group && t.version === version);
  if (types.length === 0) return undefined;
  const resources: Record<string, unknown>[] = [];
  for (const t of types) {
    resources.push({
      name: t.resource,
      singularName: t.singular ?? t.kind.toLowerCase(),
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: VERBS,
      ...(t.shortNames?.length ? { shortNames: t.shortNames } : {}),
    });
    for (const sub of t.subresources ?? []) {
      const rk = subresourceKind(t, sub);
      resources.push({
        name: `${t.resource}/${sub}`,
        singularName: '',
        namespaced: t.namespaced,
        ...(rk.group !== t.group ? { group: rk.group, version: rk.version } : {}),
        kind: rk.kind,
        verbs: subresourceVerbs(sub),
      });
    }
  }
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources,
  };
}

function aggregated(store: Store, core: boolean): Record<string, unknown> {
  const items: Record<string, unknown>[] = [];
  for (const [group, types] of groups(store)) {
    if ((group === '') !== core) continue;
    const version = types[0]!.version;
    items.push({
      metadata: { name: group, creationTimestamp: null },
      versions: [
        {
          version,
          freshness: 'Current',
          resources: types.map((t) => ({
            resource: t.resource,
            responseKind: { group: t.group, version: t.version, kind: t.kind },
            scope: t.namespaced ? 'Namespaced' : 'Cluster',
            singularResource: t.singular ?? t.kind.toLowerCase(),
            verbs: VERBS,
            ...(t.shortNames?.length ? { shortNames: t.shortNames } : {}),
            ...(t.subresources?.length
              ? {
                  subresources: t.subresources.map((s) => ({
                    subresource: s,
                    responseKind: subresourceKind(t, s),
                    verbs: subresourceVerbs(s),
                  })),
                }
              : {}),
          })),
        },
      ],
    });
  }
  return { kind: 'APIGroupDiscoveryList', apiVersion: 'apidiscovery.k8s.io/v2', metadata: {}, items };
}

function wantsAggregated(req: IncomingMessage): boolean {
  const accept = (req.headers.accept ?? '').replace(/\s+/g, '');
  return accept
    .split(',')
    .some(
      (a) =>
        a.startsWith('application/json;') &&
        a.includes('g=apidiscovery.k8s.io') &&
        a.includes('v=v2;') &&
        a.includes('as=APIGroupDiscoveryList'),
    );
}

/** Serves /version, /api, /apis, /api/v1, /apis/<g>, /apis/<g>/<v>; false when the path is not a discovery path. */
export function handleDiscovery(
  store: Store,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  host: string,
): boolean {
  const parts = path.split('/').filter(Boolean);
  if (path === '/version' || path === '/version/') {
    sendJson(res, 200, {
      major: '1',
      minor: '32',
      gitVersion: 'v1.32.0-kube-sim',
      gitCommit: '0000000000000000000000000000000000000000',
      gitTreeState: 'clean',
      buildDate: '2025-01-01T00:00:00Z',
      goVersion: 'go1.23.0',
      compiler: 'gc',
      platform: 'linux/amd64',
    });
    return true;
  }
  if (parts.length === 1 && (parts[0] === 'api' || parts[0] === 'apis')) {
    if (wantsAggregated(req)) {
      const body = JSON.stringify(aggregated(store, parts[0] === 'api'));
      res.writeHead(200, { 'Content-Type': AGGREGATED_V2, 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    } else if (parts[0] === 'api') {
      sendJson(res, 200, {
        kind: 'APIVersions',
        versions: ['v1'],
        serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: host }],
      });
    } else {
      const list = [...groups(store)]
        .filter(([g]) => g !== '')
        .map(([name, types]) => groupEntry(name, types[0]!.version));
      sendJson(res, 200, { kind: 'APIGroupList', apiVersion: 'v1', groups: list });
    }
    return true;
  }
  if (parts[0] === 'api' && parts.length === 2) {
    const list = resourceList(store, '', parts[1]!);
    if (!list) return false;
    sendJson(res, 200, list);
    return true;
  }
  if (parts[0] === 'apis' && parts.length === 2) {
    const types = groups(store).get(parts[1]!);
    if (!types || parts[1] === '') return false;
    sendJson(res, 200, { kind: 'APIGroup', apiVersion: 'v1', ...groupEntry(parts[1]!, types[0]!.version) });
    return true;
  }
  if (parts[0] === 'apis' && parts.length === 3) {
    const list = resourceList(store, parts[1]!, parts[2]!);
    if (!list) return false;
    sendJson(res, 200, list);
    return true;
  }
  return false;
}

function groupEntry(name: string, version: string): Record<string, unknown> {
  const gv = { groupVersion: `${name}/${version}`, version };
  return { name, versions: [gv], preferredVersion: gv };
}
