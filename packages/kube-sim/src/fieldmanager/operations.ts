/**
 * The two write operations of field management, after structured-merge-diff's Updater:
 * - Update (create, PUT, non-apply PATCH, scale): never conflicts; the writer takes every field it
 *   changed, and the other managers lose those fields.
 * - Apply (PATCH application/apply-patch+yaml): the configuration is merged into the live object;
 *   fields the applier applied before and no longer applies are removed unless someone else owns
 *   them; changing a field another manager owns is a conflict (409 naming managers and fields)
 *   unless forced, and forcing takes those fields from their managers.
 */
import { ApiError } from '../store/errors.ts';
import type { KubeObject } from '../store/types.ts';
import { strategicMergePatch } from '../server/patch/strategic.ts';
import { isObject } from '../server/patch/merge.ts';
import {
  appliedSet,
  compare,
  covers,
  intersect,
  minus,
  pathString,
  removePath,
  union,
  SEP,
  type FieldSet,
} from './paths.ts';
import {
  decodeManaged,
  describeManager,
  encodeManaged,
  identity,
  now,
  sameOwnership,
  type Managed,
  type Writer,
} from './managers.ts';

/**
 * Records an Update by `writer` on `next` (the object about to be stored; `old` the stored one,
 * undefined on create). managedFields the request itself changed are honoured as a reset: `[]` or
 * `[{}]` clears them, a list of entries replaces them.
 */
export function recordUpdate(next: KubeObject, old: KubeObject | undefined, writer: Writer): void {
  const requested = next.metadata.managedFields;
  if (requested !== undefined && JSON.stringify(requested) !== JSON.stringify(old?.metadata.managedFields)) {
    const valid = decodeManaged(next);
    if (valid.length === 0) delete next.metadata.managedFields;
    return;
  }
  const managed = decodeManaged(old);
  const { added, modified, removed } = compare(old, next);
  const changed = union(added, modified);
  const id = identity(writer);
  let mine = managed.find((m) => identity(m.writer) === id);
  for (const m of managed) if (m !== mine) m.set = minus(minus(m.set, changed), removed);
  if (!mine && changed.size > 0) managed.push((mine = { writer, set: new Set() }));
  if (mine) {
    const set = union(minus(mine.set, removed), changed);
    if (changed.size > 0) mine.time = now();
    mine.set = set;
  }
  encodeManaged(next, managed);
}

/** One field another manager owns that an apply would change. */
export interface FieldConflict {
  writer: Writer;
  path: string;
}

/** 409 as the API server answers it (apimachinery's NewConflictError / NewApplyConflict). */
export function conflictError(conflicts: FieldConflict[]): ApiError {
  const causes = conflicts.map((c) => ({
    reason: 'FieldManagerConflict',
    message: `conflict with ${describeManager(c.writer)}`,
    field: pathString(c.path),
  }));
  let message: string;
  if (conflicts.length === 1) {
    message = `Apply failed with 1 conflict: conflict with ${describeManager(conflicts[0]!.writer)}: ${pathString(conflicts[0]!.path)}`;
  } else {
    const byManager = new Map<string, FieldConflict[]>();
    for (const c of conflicts)
      byManager.set(identity(c.writer), [...(byManager.get(identity(c.writer)) ?? []), c]);
    const lines: string[] = [];
    for (const id of [...byManager.keys()].sort()) {
      const group = byManager.get(id)!;
      lines.push(`conflicts with ${describeManager(group[0]!.writer)}:`);
      for (const c of group) lines.push(`- ${pathString(c.path)}`);
    }
    message = `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
  }
  return new ApiError(409, 'Conflict', message, { causes });
}

/** The object a configuration's fields are merged into: status, identity and managedFields are not the applier's. */
function configOf(config: KubeObject): KubeObject {
  const { status: _s, ...rest } = config;
  const meta = { ...config.metadata };
  delete meta.managedFields;
  delete meta.creationTimestamp;
  delete meta.generation;
  return { ...rest, metadata: meta } as KubeObject;
}

export interface ApplyResult {
  /** The object to store; undefined when the apply changes nothing (no write, same resourceVersion). */
  object: KubeObject | undefined;
}

/**
 * Server-side apply of `config` by `writer` onto `live` (undefined: the apply creates). Throws the
 * 409 conflict error unless `force`. `subresource: 'scale'` applies a Scale (its spec.replicas).
 */
export function serverSideApply(
  live: KubeObject | undefined,
  config: KubeObject,
  writer: Writer,
  force: boolean,
): ApplyResult {
  const applied = configOf(config);
  const managed = decodeManaged(live);
  const id = identity(writer);
  let mine = managed.find((m) => identity(m.writer) === id);
  const lastSet = mine?.set ?? new Set<string>();
  const set = appliedSet(applied);
  const merged = strategicMergePatch(live ?? {}, withoutNulls(applied)) as KubeObject;
  const others = managed.filter((m) => m !== mine);
  const othersOwn = union(...others.map((m) => m.set));
  // Pruning: what this applier applied before and no longer applies goes, unless another manager owns it.
  const stale = [...minus(lastSet, set)]
    .filter((p) => !covers(set, p) && !covers(othersOwn, p))
    .sort((a, b) => a.split(SEP).length - b.split(SEP).length); // a keyed item before its fields (they name it)
  for (const p of stale) removePath(merged as Record<string, unknown>, p);
  const { added, modified, removed } = compare(live, merged);
  const changed = union(added, modified);
  const conflicts: FieldConflict[] = [];
  const taken = new Map<Managed, FieldSet>();
  for (const m of others) {
    const clash = intersect(m.set, changed);
    if (clash.size === 0) continue;
    taken.set(m, clash);
    for (const path of clash) conflicts.push({ writer: m.writer, path });
  }
  if (conflicts.length > 0 && !force) throw conflictError(conflicts);
  const before = managed.map((m) => ({ ...m, set: new Set(m.set) }));
  for (const m of others) m.set = minus(minus(m.set, taken.get(m) ?? new Set()), removed);
  if (!mine) managed.push((mine = { writer, set }));
  mine.set = set;
  if (live && changed.size === 0 && removed.size === 0 && sameOwnership(before, managed))
    return { object: undefined };
  mine.time = now();
  mine.writer = { ...mine.writer, apiVersion: writer.apiVersion };
  encodeManaged(merged, managed);
  return { object: merged };
}

function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (!isObject(v)) return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([, x]) => x !== null)
      .map(([k, x]) => [k, withoutNulls(x)]),
  );
}
