import type { KubeObject, ResourceType, StoreEvent } from '../store/store.ts';

/** Live objects by owner uid, fed from store events, so controllers find dependents without listing everything. */
export class OwnerIndex {
  private readonly byOwner = new Map<
    string,
    Map<string, { rt: ResourceType; namespace?: string; name: string }>
  >();
  private readonly ownersOf = new Map<string, string[]>();
  private readonly uids = new Set<string>();

  observe(e: StoreEvent): void {
    const o = e.object;
    const id = `${e.resource.group}/${e.resource.resource}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
    for (const uid of this.ownersOf.get(id) ?? []) {
      const deps = this.byOwner.get(uid);
      deps?.delete(id);
      if (deps?.size === 0) this.byOwner.delete(uid);
    }
    this.ownersOf.delete(id);
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

  exists(uid: string): boolean {
    return this.uids.has(uid);
  }

  seed(rt: ResourceType, items: KubeObject[]): void {
    for (const o of items) this.observe({ type: 'ADDED', resource: rt, object: o, resourceVersion: 0 });
  }
}
