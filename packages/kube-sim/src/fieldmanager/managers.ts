/**
 * metadata.managedFields as the API server keeps it: one entry per manager identity (manager name,
 * operation, subresource, and the apiVersion for Updates), each with the set of fields it owns.
 */
import type { KubeObject } from '../store/types.ts';
import { fromFieldsV1, toFieldsV1, type FieldSet } from './paths.ts';

export interface ManagedFieldsEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time?: string;
  fieldsType: 'FieldsV1';
  fieldsV1: unknown;
  subresource?: string;
}

/** Who writes: the fieldManager, the operation, the apiVersion written with, and the subresource (scale). */
export interface Writer {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  subresource?: string;
}

export interface Managed {
  writer: Writer;
  time?: string;
  set: FieldSet;
}

/** Appliers are one identity whatever apiVersion they apply with; updaters are one per apiVersion. */
export function identity(w: Writer): string {
  return JSON.stringify([
    w.manager,
    w.operation,
    w.subresource ?? '',
    w.operation === 'Apply' ? '' : w.apiVersion,
  ]);
}

/** A manager as the server names it in a conflict (apimachinery's printManager; entries carry no time there). */
export function describeManager(w: Writer): string {
  let s = JSON.stringify(w.manager);
  if (w.subresource) s += ` with subresource ${JSON.stringify(w.subresource)}`;
  return w.operation === 'Update' ? `${s} using ${w.apiVersion}` : s;
}

export function decodeManaged(obj: KubeObject | undefined): Managed[] {
  const entries = (obj?.metadata.managedFields ?? []) as Partial<ManagedFieldsEntry>[];
  return entries
    .filter((e) => typeof e.manager === 'string' && (e.operation === 'Apply' || e.operation === 'Update'))
    .map((e) => ({
      writer: {
        manager: e.manager!,
        operation: e.operation!,
        apiVersion: e.apiVersion ?? obj!.apiVersion,
        ...(e.subresource ? { subresource: e.subresource } : {}),
      },
      time: e.time,
      set: fromFieldsV1(e.fieldsV1),
    }));
}

/**
 * Writes `managed` into obj.metadata.managedFields: empty sets dropped, Apply before Update, then
 * by time and name (the server's order); no entries at all leaves no managedFields.
 */
export function encodeManaged(obj: KubeObject, managed: Managed[]): void {
  const entries: ManagedFieldsEntry[] = managed
    .filter((m) => m.set.size > 0)
    .sort(
      (a, b) =>
        a.writer.operation.localeCompare(b.writer.operation) ||
        (a.time ?? '').localeCompare(b.time ?? '') ||
        a.writer.manager.localeCompare(b.writer.manager) ||
        a.writer.apiVersion.localeCompare(b.writer.apiVersion) ||
        (a.writer.subresource ?? '').localeCompare(b.writer.subresource ?? ''),
    )
    .map((m) => ({
      manager: m.writer.manager,
      operation: m.writer.operation,
      apiVersion: m.writer.apiVersion,
      time: m.time,
      fieldsType: 'FieldsV1',
      fieldsV1: toFieldsV1(m.set),
      ...(m.writer.subresource ? { subresource: m.writer.subresource } : {}),
    }));
  if (entries.length > 0) obj.metadata.managedFields = entries;
  else delete obj.metadata.managedFields;
}

/** The managers owning `path`, if any. */
export function ownersOf(obj: KubeObject | undefined, path: string): Writer[] {
  return decodeManaged(obj)
    .filter((m) => m.set.has(path))
    .map((m) => m.writer);
}

/** Same owners with the same sets (times ignored): nothing to write. */
export function sameOwnership(a: Managed[], b: Managed[]): boolean {
  const norm = (ms: Managed[]) =>
    JSON.stringify(
      ms
        .filter((m) => m.set.size > 0)
        .map((m) => [identity(m.writer), [...m.set].sort()])
        .sort(),
    );
  return norm(a) === norm(b);
}

export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
