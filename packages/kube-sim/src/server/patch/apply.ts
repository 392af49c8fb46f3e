import type { KubeObject } from '../../store/store.ts';
import { badRequest } from '../status.ts';
import { isObject } from './merge.ts';
import { strategicMergePatch } from './strategic.ts';
import { fieldSet, recordManager, type FieldSet, type ManagedFieldsEntry } from './managed-fields.ts';

/**
 * Server-side apply, simplified: the applied configuration is merged into the live object with the
 * strategic merge keys, fields this manager applied before and no longer applies are removed (unless
 * another manager owns them), and the manager's Apply entry in managedFields is replaced.
 * Conflicts with other managers are not detected (every apply behaves as with --force-conflicts).
 */
export function serverSideApply(
  live: KubeObject | undefined,
  applied: unknown,
  manager: string | null,
): KubeObject {
  if (!manager)
    throw badRequest(
      'PATCH, application/apply-patch+yaml requires fieldManager to be set (query parameter fieldManager)',
    );
  if (!isObject(applied))
    throw badRequest(
      'an apply patch must be an object (a full Kubernetes object with apiVersion, kind and metadata)',
    );
  const appliedSet = fieldSet(applied);
  const entries = (live?.metadata.managedFields ?? []) as ManagedFieldsEntry[];
  const prev = entries.find((e) => e.manager === manager && e.operation === 'Apply')?.fieldsV1;
  const others = entries
    .filter((e) => !(e.manager === manager && e.operation === 'Apply'))
    .map((e) => e.fieldsV1);
  const merged = strategicMergePatch(live ?? {}, applied) as KubeObject;
  if (prev) prune(merged as unknown as Record<string, unknown>, prev, appliedSet, others);
  recordManager(merged, manager, 'Apply', live, appliedSet);
  return merged;
}

/** Removes from `obj` the fields in `prev` that are neither in `next` nor owned by another manager. */
function prune(
  obj: Record<string, unknown> | unknown[],
  prev: FieldSet,
  next: FieldSet | undefined,
  others: (FieldSet | undefined)[],
): void {
  for (const [k, sub] of Object.entries(prev)) {
    const inNext = next?.[k];
    const otherSubs = others.map((o) => o?.[k]);
    const ownedByOther = otherSubs.some((o) => o !== undefined);
    if (inNext === undefined && !ownedByOther) {
      removeField(obj, k);
      continue;
    }
    const child = childOf(obj, k);
    if (child && typeof child === 'object' && Object.keys(sub).length > 0)
      prune(child as Record<string, unknown>, sub, inNext, otherSubs);
  }
}

function childOf(obj: Record<string, unknown> | unknown[], k: string): unknown {
  if (k.startsWith('f:') && !Array.isArray(obj)) return obj[k.slice(2)];
  if (k.startsWith('k:') && Array.isArray(obj)) {
    const [[key, value]] = Object.entries(JSON.parse(k.slice(2)) as Record<string, unknown>) as [
      [string, unknown],
    ];
    return obj.find((i) => isObject(i) && JSON.stringify(i[key]) === JSON.stringify(value));
  }
  return undefined;
}

function removeField(obj: Record<string, unknown> | unknown[], k: string): void {
  if (k.startsWith('f:') && !Array.isArray(obj)) delete obj[k.slice(2)];
  else if (Array.isArray(obj)) {
    const item = k.startsWith('v:')
      ? obj.findIndex((i) => JSON.stringify(i) === k.slice(2))
      : obj.indexOf(childOf(obj, k));
    if (item >= 0) obj.splice(item, 1);
  }
}
