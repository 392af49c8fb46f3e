import type { KubeObject } from '../../store/store.ts';
import { isObject } from './merge.ts';

/** A FieldsV1 tree ("f:spec": { "f:replicas": {} }, list items as 'k:{"name":"app"}'). */
export type FieldSet = { [k: string]: FieldSet };

export interface ManagedFieldsEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time: string;
  fieldsType: 'FieldsV1';
  fieldsV1: FieldSet;
  subresource?: string;
}

const LIST_KEYS = [
  'name',
  'containerPort',
  'port',
  'mountPath',
  'type',
  'uid',
  'ip',
  'topologyKey',
  'devicePath',
];

/** The fields an object sets, in FieldsV1 form (identity metadata and status excluded). */
export function fieldSet(obj: unknown, only?: (path: string[]) => boolean): FieldSet {
  const root = isObject(obj) ? obj : {};
  const out: FieldSet = {};
  for (const [k, v] of Object.entries(root)) {
    if (k === 'apiVersion' || k === 'kind' || k === 'status') continue;
    if (k === 'metadata') {
      const m: FieldSet = {};
      for (const mk of ['labels', 'annotations', 'finalizers', 'ownerReferences']) {
        const mv = (v as Record<string, unknown>)?.[mk];
        if (mv !== undefined && (!only || only(['metadata', mk])))
          m[`f:${mk}`] = walk(mv, ['metadata', mk], only);
      }
      if (Object.keys(m).length > 0) out['f:metadata'] = m;
      continue;
    }
    if (!only || only([k])) out[`f:${k}`] = walk(v, [k], only);
  }
  return out;
}

function walk(v: unknown, path: string[], only?: (path: string[]) => boolean): FieldSet {
  if (isObject(v)) {
    const out: FieldSet = {};
    for (const [k, x] of Object.entries(v))
      if (!k.startsWith('$') && (!only || only([...path, k]))) out[`f:${k}`] = walk(x, [...path, k], only);
    return out;
  }
  if (Array.isArray(v)) {
    const out: FieldSet = {};
    for (const item of v) {
      const key = isObject(item) ? LIST_KEYS.find((k) => item[k] !== undefined) : undefined;
      if (key && isObject(item))
        out[`k:${JSON.stringify({ [key]: item[key] })}`] = walk(item, [...path, key], only);
      else out[`v:${JSON.stringify(item)}`] = {};
    }
    return out;
  }
  return {};
}

/** Records `manager` as owner of what this write sets (Update: the fields that changed against `old`). */
export function recordManager(
  obj: KubeObject,
  manager: string,
  operation: 'Apply' | 'Update',
  old: KubeObject | undefined,
  set?: FieldSet,
): void {
  const previous = (
    (old?.metadata.managedFields ?? obj.metadata.managedFields ?? []) as ManagedFieldsEntry[]
  ).filter((e) => !(e.manager === manager && e.operation === operation));
  const changed = (path: string[]): boolean =>
    !old || JSON.stringify(at(old, path)) !== JSON.stringify(at(obj, path));
  const fields = set ?? fieldSet(obj, operation === 'Update' && old ? changed : undefined);
  const entries =
    Object.keys(fields).length > 0 || operation === 'Apply'
      ? [
          ...previous,
          {
            manager,
            operation,
            apiVersion: obj.apiVersion,
            time: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
            fieldsType: 'FieldsV1' as const,
            fieldsV1: fields,
          },
        ]
      : previous;
  obj.metadata.managedFields = entries;
}

function at(obj: unknown, path: string[]): unknown {
  let cur = obj;
  for (const p of path) cur = isObject(cur) ? cur[p] : undefined;
  return cur;
}
