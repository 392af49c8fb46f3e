// The shapes the store keeps and serves, apart from store.ts so that its helpers (defaults,
// resources, selectors, validation) import them without importing the store back.
export type Json = unknown;
export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  finalizers?: string[];
  generateName?: string;
  managedFields?: unknown[];
}
export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- spec/status are free-form per kind (contract shape)
  spec?: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- idem
  status?: any;
  [k: string]: unknown;
}
export interface ResourceType {
  group: string;
  version: string;
  resource: string /* plural */;
  kind: string;
  namespaced: boolean;
  subresources?: ('status' | 'scale' | 'log')[];
  /** Discovery extras (optional). */
  shortNames?: string[];
  singular?: string;
}
export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';
export interface StoreEvent {
  type: WatchEventType;
  resource: ResourceType;
  object: KubeObject;
  /** For MODIFIED: the object before the change (a watch with a selector needs it for transitions). */
  oldObject?: KubeObject;
  resourceVersion: number;
}
export type PropagationPolicy = 'Foreground' | 'Background' | 'Orphan';
