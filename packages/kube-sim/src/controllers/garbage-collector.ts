import type { ControllerContext } from './context.ts';
import { isNotFound } from './kinds.ts';

/**
 * The garbage collector's share of cascading deletion. The store itself cascades on delete (Background / Foreground /
 * Orphan, see store.ts), so this only finishes what the store could not see: dependents still pointing at an owner
 * uid that no longer exists (created with a stale ownerReference, or left when the store runs with cascade: false).
 * Such a dependent loses that reference, and is deleted (background) when no owner is left.
 */
export class GarbageCollector {
  private readonly ctx: ControllerContext;

  constructor(ctx: ControllerContext) {
    this.ctx = ctx;
  }

  /** Key: an owner uid that was deleted or referenced. */
  sync(uid: string): void {
    if (this.ctx.index.exists(uid)) return;
    for (const dep of this.ctx.index.dependents(uid)) {
      const obj = this.ctx.store.get(dep.rt, dep.namespace, dep.name);
      if (!obj) continue;
      const refs = obj.metadata.ownerReferences ?? [];
      if (!refs.some((r) => r.uid === uid)) continue;
      const alive = refs.filter((r) => r.uid !== uid && this.ctx.index.exists(r.uid));
      try {
        if (alive.length > 0) {
          obj.metadata.ownerReferences = refs.filter((r) => r.uid !== uid);
          this.ctx.store.update(dep.rt, obj);
        } else this.ctx.store.delete(dep.rt, dep.namespace, dep.name, { propagationPolicy: 'Background' });
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    }
  }
}
