/**
 * Field paths as structured-merge-diff (the library behind the API server's field management)
 * names them: `f:<field>` for a struct or map field, `k:{"name":"app"}` for an item of a list
 * keyed by some of its fields, `v:<json>` for an item of a set. A path is its tokens joined by
 * SEP; a field set is a Set of paths. The schema knowledge (which lists are keyed, by what) covers
 * the built-in kinds the simulator serves; any other list is atomic, owned as a whole.
 */
import { isObject } from '../server/patch/merge.ts';

export const SEP = '\u0000';
export type FieldSet = Set<string>;

/** leaf: owned as a value; item: a keyed list item (owned as itself); map: a free-form map (owned when created); struct/list: containers only. */
export type NodeKind = 'leaf' | 'item' | 'map' | 'struct' | 'list';
export interface FieldNode {
  kind: NodeKind;
  value: unknown;
}

/** Keyed lists of the built-in types (listType=map, listMapKey=… in k8s.io/api). */
function listKeys(field: string, parents: string[]): string[] | 'set' | undefined {
  const inContainer = parents.some((p) => /^f:(containers|initContainers|ephemeralContainers)$/.test(p));
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'volumes':
    case 'env':
    case 'imagePullSecrets':
      return ['name'];
    case 'ports':
      return inContainer ? ['containerPort', 'protocol'] : ['port', 'protocol'];
    case 'volumeMounts':
      return ['mountPath'];
    case 'volumeDevices':
      return ['devicePath'];
    case 'conditions':
      return ['type'];
    case 'ownerReferences':
      return ['uid'];
    case 'hostAliases':
      return ['ip'];
    case 'readinessGates':
      return ['conditionType'];
    case 'finalizers':
      return 'set';
    default:
      return undefined;
  }
}

/** Maps with free-form keys: an Update that creates one owns the map itself (`.`), not only its entries. */
const MAPS = new Set(['labels', 'annotations', 'data', 'binaryData', 'matchLabels', 'nodeSelector']);
/** Fields the API marks atomic (owned as one value): a LabelSelector (structType=atomic), a Service selector (mapType=atomic). */
const ATOMIC = new Set(['selector']);

/** The key token of a keyed list item (protocol defaults to TCP, as the API server defaults it). */
function itemToken(item: Record<string, unknown>, keys: string[]): string | undefined {
  const key: Record<string, unknown> = {};
  for (const k of [...keys].sort()) {
    const v = item[k] ?? (k === 'protocol' ? 'TCP' : undefined);
    if (v === undefined) return undefined;
    key[k] = v;
  }
  return `k:${JSON.stringify(key)}`;
}

/** Metadata fields a manager can own (identity, versioning and managedFields itself are stripped, as the server does). */
const OWNED_METADATA = ['labels', 'annotations', 'finalizers', 'ownerReferences'];

/** Every node of an object's owned part (status, apiVersion, kind and identity metadata excluded), by path. */
export function fieldNodes(obj: unknown): Map<string, FieldNode> {
  const out = new Map<string, FieldNode>();
  if (!isObject(obj)) return out;
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'apiVersion' || k === 'kind' || k === 'status' || v === null || v === undefined) continue;
    if (k === 'metadata') {
      if (!isObject(v)) continue;
      const meta = Object.fromEntries(OWNED_METADATA.filter((m) => v[m] != null).map((m) => [m, v[m]]));
      if (Object.keys(meta).length === 0) continue;
      out.set('f:metadata', { kind: 'struct', value: meta });
      walkMap(meta, ['f:metadata'], out);
      continue;
    }
    walkField(k, v, [], out);
  }
  return out;
}

function walkMap(map: Record<string, unknown>, path: string[], out: Map<string, FieldNode>): void {
  for (const [k, v] of Object.entries(map)) if (v !== null && v !== undefined) walkField(k, v, path, out);
}

function walkField(field: string, v: unknown, parents: string[], out: Map<string, FieldNode>): void {
  const path = [...parents, `f:${field}`];
  const at = path.join(SEP);
  if (isObject(v)) {
    if (Object.keys(v).length === 0 || ATOMIC.has(field)) return void out.set(at, { kind: 'leaf', value: v });
    out.set(at, { kind: MAPS.has(field) ? 'map' : 'struct', value: v });
    walkMap(v, path, out);
    return;
  }
  if (Array.isArray(v)) {
    const keys = listKeys(field, parents);
    if (keys === 'set') {
      out.set(at, { kind: 'list', value: v });
      for (const item of v)
        out.set([...path, `v:${JSON.stringify(item)}`].join(SEP), { kind: 'leaf', value: item });
      return;
    }
    const tokens = keys && v.map((item) => (isObject(item) ? itemToken(item, keys) : undefined));
    if (!tokens || tokens.some((t) => t === undefined)) return void out.set(at, { kind: 'leaf', value: v });
    out.set(at, { kind: 'list', value: v });
    v.forEach((item, i) => {
      const itemPath = [...path, tokens[i]!];
      out.set(itemPath.join(SEP), { kind: 'item', value: item });
      walkMap(item as Record<string, unknown>, itemPath, out);
    });
    return;
  }
  out.set(at, { kind: 'leaf', value: v });
}

/** What an applied configuration sets: its leaves and keyed items (smd's ToFieldSet). */
export function appliedSet(config: unknown): FieldSet {
  const set: FieldSet = new Set();
  for (const [p, n] of fieldNodes(config)) if (n.kind === 'leaf' || n.kind === 'item') set.add(p);
  return set;
}

const isMember = (n: FieldNode): boolean => n.kind === 'leaf' || n.kind === 'item' || n.kind === 'map';

/** How `next` differs from `old`: member paths added, leaves whose value changed, member paths removed. */
export function compare(
  old: unknown,
  next: unknown,
): { added: FieldSet; modified: FieldSet; removed: FieldSet } {
  const a = fieldNodes(old);
  const b = fieldNodes(next);
  const added: FieldSet = new Set();
  const modified: FieldSet = new Set();
  const removed: FieldSet = new Set();
  for (const [p, n] of b) {
    const o = a.get(p);
    if (!o) {
      if (isMember(n)) added.add(p);
    } else if (
      (n.kind === 'leaf' || o.kind === 'leaf') &&
      JSON.stringify(n.value) !== JSON.stringify(o.value)
    )
      modified.add(p);
  }
  for (const [p, n] of a) if (!b.has(p) && isMember(n)) removed.add(p);
  return { added, modified, removed };
}

/** True when `path` or something under it is in `set`. */
export function covers(set: FieldSet, path: string): boolean {
  if (set.has(path)) return true;
  const prefix = path + SEP;
  for (const p of set) if (p.startsWith(prefix)) return true;
  return false;
}

export function union(...sets: FieldSet[]): FieldSet {
  const out: FieldSet = new Set();
  for (const s of sets) for (const p of s) out.add(p);
  return out;
}

export function minus(a: FieldSet, b: FieldSet): FieldSet {
  return new Set([...a].filter((p) => !b.has(p)));
}

export function intersect(a: FieldSet, b: FieldSet): FieldSet {
  return new Set([...a].filter((p) => b.has(p)));
}

type Tree = { [k: string]: Tree };

/** The FieldsV1 tree of a set: members without children are `{}`, members with children carry `".": {}`. */
export function toFieldsV1(set: FieldSet): Tree {
  const root: Tree = {};
  const members = new Set<Tree>();
  for (const p of set) {
    let node = root;
    for (const t of p.split(SEP)) node = node[t] ??= {};
    members.add(node);
  }
  const sorted = (node: Tree): Tree => {
    const keys = Object.keys(node).sort();
    const out: Tree = {};
    if (members.has(node) && keys.length > 0) out['.'] = {};
    for (const k of keys) out[k] = sorted(node[k]!);
    return out;
  };
  return sorted(root);
}

/** The set a FieldsV1 tree describes. */
export function fromFieldsV1(tree: unknown, prefix: string[] = [], out: FieldSet = new Set()): FieldSet {
  if (!isObject(tree)) return out;
  for (const [k, v] of Object.entries(tree)) {
    if (k === '.') continue;
    const path = [...prefix, k];
    const children = isObject(v) ? Object.keys(v) : [];
    if (children.length === 0 || children.includes('.')) out.add(path.join(SEP));
    fromFieldsV1(v, path, out);
  }
  return out;
}

/** A path as the API server prints it in conflicts: `.spec.replicas`, `.spec.template.spec.containers[name="app"].image`. */
export function pathString(path: string): string {
  return path
    .split(SEP)
    .map((t) => {
      if (t.startsWith('f:')) return `.${t.slice(2)}`;
      if (t.startsWith('v:')) return `[=${t.slice(2)}]`;
      const key = JSON.parse(t.slice(2)) as Record<string, unknown>;
      return `[${Object.entries(key)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(',')}]`;
    })
    .join('');
}

/** Removes the node at `path` from `obj` (a field, a keyed item or a set item), then the maps and lists it leaves empty (as smd's RemoveItems). */
export function removePath(obj: Record<string, unknown>, path: string): void {
  const tokens = path.split(SEP);
  const chain: unknown[] = [obj];
  for (const t of tokens.slice(0, -1)) chain.push(child(chain.at(-1), t));
  for (let i = tokens.length - 1; i >= 0; i--) {
    const parent = chain[i];
    const t = tokens[i]!;
    if (i < tokens.length - 1) {
      const node = chain[i + 1];
      const empty = Array.isArray(node)
        ? node.length === 0
        : isObject(node) && Object.keys(node).length === 0;
      if (!empty) return;
    }
    if (t.startsWith('f:') && isObject(parent)) delete parent[t.slice(2)];
    else if (Array.isArray(parent)) {
      const at = parent.indexOf(child(parent, t));
      if (at >= 0) parent.splice(at, 1);
    }
  }
}

function child(node: unknown, token: string): unknown {
  if (token.startsWith('f:')) return isObject(node) ? node[token.slice(2)] : undefined;
  if (!Array.isArray(node)) return undefined;
  if (token.startsWith('v:')) return node.find((i) => JSON.stringify(i) === token.slice(2));
  const key = JSON.parse(token.slice(2)) as Record<string, unknown>;
  return node.find(
    (i) =>
      isObject(i) &&
      Object.entries(key).every(
        ([k, v]) => JSON.stringify(i[k] ?? (k === 'protocol' ? 'TCP' : undefined)) === JSON.stringify(v),
      ),
  );
}
