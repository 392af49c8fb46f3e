import { badRequest } from '../status.ts';
import { isObject } from './merge.ts';

/**
 * Merge keys of the built-in types' lists (from the patchMergeKey tags of k8s.io/api). The key depends on
 * the field name and, for `ports`, on whether the list sits in a container (containerPort) or a Service (port).
 */
function mergeKeyFor(field: string, path: string[]): string | undefined {
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'volumes':
    case 'env':
    case 'imagePullSecrets':
    case 'readinessGates':
      return field === 'readinessGates' ? 'conditionType' : 'name';
    case 'ports': {
      const inContainer = path.some(
        (p) => p === 'containers' || p === 'initContainers' || p === 'ephemeralContainers',
      );
      return inContainer ? 'containerPort' : 'port';
    }
    case 'volumeMounts':
      return 'mountPath';
    case 'volumeDevices':
      return 'devicePath';
    case 'conditions':
      return 'type';
    case 'ownerReferences':
      return 'uid';
    case 'hostAliases':
      return 'ip';
    case 'topologySpreadConstraints':
      return 'topologyKey';
    case 'ephemeralContainerStatuses':
    case 'containerStatuses':
    case 'initContainerStatuses':
      return 'name';
    default:
      return undefined;
  }
}

/** Lists of scalars that merge as sets (patchStrategy=merge) rather than being replaced. */
const SCALAR_SET_FIELDS = new Set(['finalizers']);

/** Strategic merge patch with the built-in merge keys, `$patch: replace|delete|merge`, `$retainKeys`, `$deleteFromPrimitiveList/…`, `$setElementOrder/…`. */
export function strategicMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) throw badRequest('a strategic merge patch must be a JSON object');
  return mergeMap(isObject(target) ? target : {}, patch, []);
}

function mergeMap(
  target: Record<string, unknown>,
  patch: Record<string, unknown>,
  path: string[],
): Record<string, unknown> {
  const directive = patch.$patch;
  if (directive === 'replace') {
    const { $patch: _p, ...rest } = patch;
    return stripDirectives(rest) as Record<string, unknown>;
  }
  if (directive === 'delete') return {};
  if (directive !== undefined && directive !== 'merge')
    throw badRequest(
      `Unknown patch type: ${String(directive)} (allowed $patch values: replace, delete, merge)`,
    );
  const out: Record<string, unknown> = structuredClone(target);
  const orders: Record<string, unknown[]> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$patch' || k === '$retainKeys') continue;
    if (k.startsWith('$setElementOrder/')) {
      if (Array.isArray(v)) orders[k.slice('$setElementOrder/'.length)] = v;
      continue;
    }
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length);
      const cur = out[field];
      if (Array.isArray(cur) && Array.isArray(v))
        out[field] = cur.filter((x) => !v.some((d) => JSON.stringify(d) === JSON.stringify(x)));
      continue;
    }
    if (v === null) {
      delete out[k];
      continue;
    }
    if (isObject(v)) {
      out[k] = mergeMap(isObject(out[k]) ? (out[k] as Record<string, unknown>) : {}, v, [...path, k]);
      if (v.$patch === 'delete') delete out[k];
    } else if (Array.isArray(v)) {
      out[k] = mergeList(Array.isArray(out[k]) ? (out[k] as unknown[]) : [], v, k, [...path, k]);
    } else out[k] = v;
  }
  for (const [field, order] of Object.entries(orders)) {
    if (Array.isArray(out[field]))
      out[field] = reorder(out[field] as unknown[], order, mergeKeyFor(field, [...path, field]));
  }
  const retain = patch.$retainKeys;
  if (Array.isArray(retain)) {
    for (const k of Object.keys(out)) if (!retain.includes(k)) delete out[k];
  }
  return out;
}

function mergeList(target: unknown[], patch: unknown[], field: string, path: string[]): unknown[] {
  if (patch.some((p) => isObject(p) && p.$patch === 'replace')) {
    return patch.filter((p) => !(isObject(p) && p.$patch === 'replace')).map(stripDirectives);
  }
  const key = mergeKeyFor(field, path);
  if (!key) {
    if (SCALAR_SET_FIELDS.has(field))
      return [
        ...target,
        ...patch.filter((p) => !target.some((t) => JSON.stringify(t) === JSON.stringify(p))),
      ];
    return patch.map(stripDirectives);
  }
  const out = structuredClone(target);
  for (const item of patch) {
    if (!isObject(item)) {
      out.push(item);
      continue;
    }
    const idx = out.findIndex((t) => isObject(t) && JSON.stringify(t[key]) === JSON.stringify(item[key]));
    if (item.$patch === 'delete') {
      if (idx >= 0) out.splice(idx, 1);
      continue;
    }
    if (idx >= 0) out[idx] = mergeMap(out[idx] as Record<string, unknown>, item, path);
    else out.push(stripDirectives(item));
  }
  return out;
}

function reorder(list: unknown[], order: unknown[], key: string | undefined): unknown[] {
  const id = (v: unknown): string => JSON.stringify(key && isObject(v) ? v[key] : v);
  const rank = new Map(order.map((o, i) => [id(o), i]));
  return [...list].sort((a, b) => (rank.get(id(a)) ?? order.length) - (rank.get(id(b)) ?? order.length));
}

function stripDirectives(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripDirectives);
  if (!isObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (!k.startsWith('$')) out[k] = stripDirectives(x);
  return out;
}
