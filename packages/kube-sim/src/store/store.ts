import { randomUUID } from 'node:crypto';
import { ApiError, alreadyExists, conflict, notFound } from './errors.ts';
import { BUILTIN_TYPES, apiVersionOf, typeKey } from './resources.ts';
import { parseFieldSelector, parseLabelSelector } from './selectors.ts';
import { applyDefaults } from './defaults.ts';
import { validateObject } from './validation.ts';

export { ApiError } from './errors.ts';

import type {
  KubeObject,
  ObjectMeta,
  PropagationPolicy,
  ResourceType,
  StoreEvent,
  WatchEventType,
} from './types.ts';

export type {
  Json,
  ObjectMeta,
  OwnerReference,
  KubeObject,
  ResourceType,
  WatchEventType,
  StoreEvent,
  PropagationPolicy,
} from './types.ts';

export interface StoreOptions {
  /** Resource types served (default: the built-in set). */
  types?: ResourceType[];
  /** How many change events are kept for watch resumption (default 10,000); older resourceVersions get 410 Gone. */
  historyLimit?: number;
  /** Clock for creation/deletion timestamps. */
  clock?: { now(): number };
  /** Delete dependents (ownerReferences) in the store on delete (default true); a garbage collector may take over. */
  cascade?: boolean;
}

const clone = <T>(v: T): T => structuredClone(v);

/** The in-memory object store behind the API server; controllers use it directly. */
export class Store {
  private readonly byType = new Map<string, Map<string, KubeObject>>();
  private readonly typeList: ResourceType[];
  private readonly listeners = new Set<(e: StoreEvent) => void>();
  private history: StoreEvent[] = [];
  private historyFloor: number;
  private rv = 1;
  private readonly historyLimit: number;
  private readonly clock: { now(): number };
  readonly cascade: boolean;

  constructor(opts: StoreOptions = {}) {
    this.typeList = opts.types ?? BUILTIN_TYPES;
    this.historyLimit = opts.historyLimit ?? 10_000;
    this.clock = opts.clock ?? { now: () => Date.now() };
    this.cascade = opts.cascade ?? true;
    for (const t of this.typeList) this.byType.set(typeKey(t), new Map());
    const ns = this.type('', 'namespaces');
    if (ns)
      for (const name of ['default', 'kube-system', 'kube-public', 'kube-node-lease'])
        this.create(ns, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    this.historyFloor = this.rv;
    this.history = [];
  }

  types(): ResourceType[] {
    return [...this.typeList];
  }

  type(group: string, resource: string): ResourceType | undefined {
    return this.typeList.find((t) => t.group === group && t.resource === resource);
  }

  /** The type serving a kind (e.g. 'Deployment' in 'apps'); used for owner references and protobuf decoding. */
  typeForKind(group: string, kind: string): ResourceType | undefined {
    return this.typeList.find((t) => t.group === group && t.kind === kind);
  }

  currentResourceVersion(): number {
    return this.rv;
  }

  get(rt: ResourceType, namespace: string | undefined, name: string): KubeObject | undefined {
    const o = this.bucket(rt).get(key(rt, namespace, name));
    return o ? clone(o) : undefined;
  }

  list(
    rt: ResourceType,
    namespace?: string,
    opts: { labelSelector?: string; fieldSelector?: string } = {},
  ): { items: KubeObject[]; resourceVersion: string } {
    const byLabel = parseLabelSelector(opts.labelSelector);
    const byField = parseFieldSelector(opts.fieldSelector, rt.kind);
    const items: KubeObject[] = [];
    for (const o of this.bucket(rt).values()) {
      if (rt.namespaced && namespace && o.metadata.namespace !== namespace) continue;
      if (!byLabel(o.metadata.labels) || !byField(o)) continue;
      items.push(clone(o));
    }
    items.sort((a, b) =>
      key(rt, a.metadata.namespace, a.metadata.name).localeCompare(
        key(rt, b.metadata.namespace, b.metadata.name),
      ),
    );
    return { items, resourceVersion: String(this.rv) };
  }

  create(rt: ResourceType, input: KubeObject, opts: { dryRun?: boolean } = {}): KubeObject {
    const obj = clone(input);
    obj.apiVersion = apiVersionOf(rt);
    obj.kind = rt.kind;
    obj.metadata = obj.metadata ?? ({} as ObjectMeta);
    const meta = obj.metadata;
    if (!rt.namespaced) delete meta.namespace;
    else meta.namespace = meta.namespace || 'default';
    if (!meta.name && meta.generateName) meta.name = meta.generateName + randomSuffix();
    meta.uid = randomUUID();
    if (rt.namespaced && rt.resource !== 'namespaces') this.requireNamespace(meta.namespace!);
    applyDefaults(rt, obj, undefined);
    validateObject(rt, obj, undefined);
    const k = key(rt, meta.namespace, meta.name);
    if (this.bucket(rt).has(k)) throw alreadyExists(rt.group, rt.resource, meta.name);
    // uid was assigned before defaulting (a Job selector uses it).
    meta.creationTimestamp = this.timestamp();
    meta.generation = 1;
    delete meta.deletionTimestamp;
    delete meta.resourceVersion;
    if (rt.resource === 'namespaces') obj.status = { phase: 'Active' };
    if (opts.dryRun) return clone({ ...obj, metadata: { ...meta } });
    meta.resourceVersion = String(this.nextRv());
    this.bucket(rt).set(k, obj);
    this.emit('ADDED', rt, obj);
    return clone(obj);
  }

  update(
    rt: ResourceType,
    input: KubeObject,
    opts: { subresource?: 'status'; dryRun?: boolean } = {},
  ): KubeObject {
    const meta = input.metadata ?? ({} as ObjectMeta);
    const ns = rt.namespaced ? meta.namespace || 'default' : undefined;
    const k = key(rt, ns, meta.name);
    const old = this.bucket(rt).get(k);
    if (!old) throw notFound(rt.group, rt.resource, meta.name);
    if (meta.resourceVersion && meta.resourceVersion !== old.metadata.resourceVersion) {
      throw conflict(
        rt.group,
        rt.resource,
        meta.name,
        'the object has been modified; please apply your changes to the latest version and try again',
      );
    }
    if (meta.uid && meta.uid !== old.metadata.uid) {
      throw conflict(
        rt.group,
        rt.resource,
        meta.name,
        `Precondition failed: UID in precondition: ${meta.uid}, UID in object meta: ${old.metadata.uid}`,
      );
    }
    let next: KubeObject;
    if (opts.subresource === 'status') {
      next = clone(old);
      next.status = clone(input.status);
    } else {
      next = clone(input);
      next.apiVersion = apiVersionOf(rt);
      next.kind = rt.kind;
      const m = next.metadata;
      m.namespace = ns;
      if (!rt.namespaced) delete m.namespace;
      m.uid = old.metadata.uid;
      m.creationTimestamp = old.metadata.creationTimestamp;
      m.deletionTimestamp = old.metadata.deletionTimestamp;
      if (!m.deletionTimestamp) delete m.deletionTimestamp;
      if (hasStatusSubresource(rt)) next.status = clone(old.status);
      applyDefaults(rt, next, old);
      validateObject(rt, next, old);
      m.generation = (old.metadata.generation ?? 1) + (specChanged(old, next) ? 1 : 0);
    }
    if (opts.dryRun) return clone(next);
    if (next.metadata.deletionTimestamp && (next.metadata.finalizers ?? []).length === 0) {
      return this.remove(rt, next);
    }
    next.metadata.resourceVersion = String(this.nextRv());
    this.bucket(rt).set(k, next);
    this.emit('MODIFIED', rt, next, old);
    return clone(next);
  }

  delete(
    rt: ResourceType,
    namespace: string | undefined,
    name: string,
    opts: { propagationPolicy?: PropagationPolicy; dryRun?: boolean } = {},
  ): KubeObject {
    const ns = rt.namespaced ? namespace || 'default' : undefined;
    const old = this.bucket(rt).get(key(rt, ns, name));
    if (!old) throw notFound(rt.group, rt.resource, name);
    if (opts.dryRun) return clone(old);
    const policy = opts.propagationPolicy ?? 'Background';
    if (policy === 'Orphan') this.orphanDependents(old.metadata.uid!);
    else if (policy === 'Foreground' && this.cascade) this.deleteDependents(old.metadata.uid!, 'Foreground');
    if ((old.metadata.finalizers ?? []).length > 0) {
      if (old.metadata.deletionTimestamp) return clone(old);
      const next = clone(old);
      next.metadata.deletionTimestamp = this.timestamp();
      next.metadata.resourceVersion = String(this.nextRv());
      this.bucket(rt).set(key(rt, ns, name), next);
      this.emit('MODIFIED', rt, next, old);
      return clone(next);
    }
    const gone = this.remove(rt, old);
    if (rt.resource === 'namespaces') this.deleteNamespaceContents(name);
    if (policy === 'Background' && this.cascade) this.deleteDependents(old.metadata.uid!, 'Background');
    return gone;
  }

  subscribe(listener: (e: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Events after `rv` (exclusive), or 'gone' when `rv` is older than the retained window. */
  eventsSince(rv: number): StoreEvent[] | 'gone' {
    if (rv < this.historyFloor) return 'gone';
    const i = this.history.findIndex((e) => e.resourceVersion > rv);
    return i < 0 ? [] : this.history.slice(i).map((e) => ({ ...e, object: clone(e.object) }));
  }

  /** Every object of every type (for --state save). */
  dump(): { type: ResourceType; objects: KubeObject[] }[] {
    return this.typeList.map((type) => ({ type, objects: [...this.bucket(type).values()].map(clone) }));
  }

  /** Loads objects as they are (uid, resourceVersion kept); the counter moves past the highest one. */
  load(objects: KubeObject[]): void {
    for (const o of objects) {
      const [group, version] = o.apiVersion.includes('/') ? o.apiVersion.split('/') : ['', o.apiVersion];
      const rt = this.typeList.find((t) => t.group === group && t.version === version && t.kind === o.kind);
      if (!rt)
        throw new ApiError(
          400,
          'BadRequest',
          `state: unknown kind ${o.apiVersion} ${o.kind} (served: ${this.typeList.map((t) => t.kind).join(', ')})`,
        );
      this.bucket(rt).set(key(rt, o.metadata.namespace, o.metadata.name), clone(o));
      this.rv = Math.max(this.rv, Number(o.metadata.resourceVersion ?? 0));
    }
    this.historyFloor = this.rv;
    this.history = [];
  }

  private remove(rt: ResourceType, obj: KubeObject): KubeObject {
    const k = key(rt, obj.metadata.namespace, obj.metadata.name);
    this.bucket(rt).delete(k);
    const final = clone(obj);
    final.metadata.resourceVersion = String(this.nextRv());
    this.emit('DELETED', rt, final);
    return clone(final);
  }

  private dependents(uid: string): { rt: ResourceType; obj: KubeObject }[] {
    const out: { rt: ResourceType; obj: KubeObject }[] = [];
    for (const rt of this.typeList) {
      for (const obj of this.bucket(rt).values()) {
        if ((obj.metadata.ownerReferences ?? []).some((r) => r.uid === uid)) out.push({ rt, obj });
      }
    }
    return out;
  }

  private deleteDependents(uid: string, policy: PropagationPolicy): void {
    for (const { rt, obj } of this.dependents(uid)) {
      const refs = obj.metadata.ownerReferences ?? [];
      // Only delete when this owner was the last one (like the garbage collector).
      if (refs.length > 1) {
        const next = clone(obj);
        next.metadata.ownerReferences = refs.filter((r) => r.uid !== uid);
        this.update(rt, next);
        continue;
      }
      if (this.bucket(rt).has(key(rt, obj.metadata.namespace, obj.metadata.name)))
        this.delete(rt, obj.metadata.namespace, obj.metadata.name, { propagationPolicy: policy });
    }
  }

  private orphanDependents(uid: string): void {
    for (const { rt, obj } of this.dependents(uid)) {
      const next = clone(obj);
      next.metadata.ownerReferences = (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
      this.update(rt, next);
    }
  }

  private deleteNamespaceContents(ns: string): void {
    for (const rt of this.typeList) {
      if (!rt.namespaced) continue;
      for (const obj of [...this.bucket(rt).values()]) {
        if (obj.metadata.namespace === ns && this.bucket(rt).has(key(rt, ns, obj.metadata.name)))
          this.remove(rt, obj);
      }
    }
  }

  private requireNamespace(ns: string): void {
    const nsType = this.type('', 'namespaces');
    if (nsType && !this.bucket(nsType).has(key(nsType, undefined, ns))) throw notFound('', 'namespaces', ns);
  }

  private bucket(rt: ResourceType): Map<string, KubeObject> {
    const b = this.byType.get(typeKey(rt));
    if (!b)
      throw new ApiError(
        404,
        'NotFound',
        `the server could not find the requested resource (${rt.group || 'core'}/${rt.resource})`,
      );
    return b;
  }

  private nextRv(): number {
    return ++this.rv;
  }

  private timestamp(): string {
    return new Date(this.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private emit(type: WatchEventType, rt: ResourceType, obj: KubeObject, old?: KubeObject): void {
    const e: StoreEvent = { type, resource: rt, object: clone(obj), resourceVersion: this.rv };
    if (old) e.oldObject = clone(old);
    this.history.push(e);
    if (this.history.length > this.historyLimit) {
      const dropped = this.history.splice(0, this.history.length - this.historyLimit);
      this.historyFloor = dropped[dropped.length - 1]!.resourceVersion;
    }
    for (const l of [...this.listeners])
      l({ ...e, object: clone(obj), ...(old ? { oldObject: clone(old) } : {}) });
  }
}

function key(rt: ResourceType, namespace: string | undefined, name: string): string {
  return rt.namespaced ? `${namespace || 'default'}/${name}` : name;
}

function hasStatusSubresource(rt: ResourceType): boolean {
  return (rt.subresources ?? []).includes('status');
}

/** Everything but metadata and status counts as "spec" (data, rules, …) for the generation. */
function specChanged(a: KubeObject, b: KubeObject): boolean {
  const strip = (o: KubeObject): unknown => {
    const { metadata: _m, status: _s, ...rest } = o;
    return rest;
  };
  return JSON.stringify(canonical(strip(a))) !== JSON.stringify(canonical(strip(b)));
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  return v;
}

function randomSuffix(): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let s = '';
  for (let i = 0; i < 5; i++) s += alphabet[Math.floor(Math.random() * alphabet.length)];
  return s;
}
