import type { KubeObject, ResourceType, StoreEvent } from '../store/store.ts';

/** Live objects by owner uid, fed from store events, so controllers find dependents without listing everything. */
export class OwnerIndex {
  private readonly byOwner = new Map<
    string,
    Map<string, { rt: ResourceType; namespace?: string; name: string }>
  >();
  private readonly ownersOf = new Map<string, string[]>();
  private readonly uids = new Set<string>();
  /** Objects without a controller ownerReference, by "group/resource", then id: candidates for adoption. */
  private readonly uncontrolled = new Map<string, Map<string, { namespace?: string; name: string }>>();

  observe(e: StoreEvent): void {
    const o = e.object;
    const id = `${e.resource.group}/${e.resource.resource}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
    for (const uid of this.ownersOf.get(id) ?? []) {
      const deps = this.byOwner.get(uid);
      deps?.delete(id);
      if (deps?.size === 0) this.byOwner.delete(uid);
    }
    this.ownersOf.delete(id);
    const typeKey = `${e.resource.group}/${e.resource.resource}`;
    let free = this.uncontrolled.get(typeKey);
    if (!free) this.uncontrolled.set(typeKey, (free = new Map()));
    if (e.type !== 'DELETED' && !(o.metadata.ownerReferences ?? []).some((r) => r.controller))
      free.set(id, { namespace: o.metadata.namespace, name: o.metadata.name });
    else free.delete(id);
    if (e.type === 'DELETED') {
      this.uids.delete(o.metadata.uid!);
      return;
    }
    this.uids.add(o.metadata.uid!);
    const refs = o.metadata.ownerReferences ?? [];
    if (refs.length > 0)
      this.ownersOf.set(
        id,
        refs.map((r) => r.uid),
      );
    for (const ref of refs) {
      let deps = this.byOwner.get(ref.uid);
      if (!deps) this.byOwner.set(ref.uid, (deps = new Map()));
      deps.set(id, { rt: e.resource, namespace: o.metadata.namespace, name: o.metadata.name });
    }
  }

  /** Dependents of `uid`, optionally of one resource type. */
  dependents(uid: string, rt?: ResourceType): { rt: ResourceType; namespace?: string; name: string }[] {
    const deps = [...(this.byOwner.get(uid)?.values() ?? [])];
    return rt ? deps.filter((d) => d.rt.group === rt.group && d.rt.resource === rt.resource) : deps;
  }

  /** Live objects of `rt` in `namespace` that no controller owns. */
  uncontrolledIn(rt: ResourceType, namespace: string | undefined): { namespace?: string; name: string }[] {
    return [...(this.uncontrolled.get(`${rt.group}/${rt.resource}`)?.values() ?? [])].filter(
      (o) => o.namespace === namespace,
    );
  }

  exists(uid: string): boolean {
    return this.uids.has(uid);
  }

  seed(rt: ResourceType, items: KubeObject[]): void {
    for (const o of items) this.observe({ type: 'ADDED', resource: rt, object: o, resourceVersion: 0 });
  }
}
