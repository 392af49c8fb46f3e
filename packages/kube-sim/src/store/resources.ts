import type { ResourceType } from './types.ts';

/** The built-in resource types the simulator serves (core v1, apps/v1, batch/v1, …, plus two well-known CRDs). */
export const BUILTIN_TYPES: ResourceType[] = [
  core('namespaces', 'Namespace', false, ['status'], ['ns']),
  core('pods', 'Pod', true, ['status', 'log'], ['po']),
  core('services', 'Service', true, ['status'], ['svc']),
  core('endpoints', 'Endpoints', true, [], ['ep']),
  core('configmaps', 'ConfigMap', true, [], ['cm']),
  core('secrets', 'Secret', true, [], []),
  core('events', 'Event', true, [], ['ev']),
  core('serviceaccounts', 'ServiceAccount', true, [], ['sa']),
  core('nodes', 'Node', false, ['status'], ['no']),
  typ('apps', 'v1', 'deployments', 'Deployment', true, ['status', 'scale'], ['deploy']),
  typ('apps', 'v1', 'replicasets', 'ReplicaSet', true, ['status', 'scale'], ['rs']),
  typ('apps', 'v1', 'controllerrevisions', 'ControllerRevision', true, [], []),
  typ('batch', 'v1', 'jobs', 'Job', true, ['status'], []),
  typ('autoscaling', 'v2', 'horizontalpodautoscalers', 'HorizontalPodAutoscaler', true, ['status'], ['hpa']),
  typ('policy', 'v1', 'poddisruptionbudgets', 'PodDisruptionBudget', true, ['status'], ['pdb']),
  typ('coordination.k8s.io', 'v1', 'leases', 'Lease', true, [], []),
  typ('networking.k8s.io', 'v1', 'ingresses', 'Ingress', true, ['status'], ['ing']),
  typ('gateway.networking.k8s.io', 'v1', 'httproutes', 'HTTPRoute', true, ['status'], []),
  typ('networking.istio.io', 'v1', 'virtualservices', 'VirtualService', true, ['status'], ['vs']),
];

function core(
  resource: string,
  kind: string,
  namespaced: boolean,
  sub: ResourceType['subresources'],
  shortNames: string[],
): ResourceType {
  return typ('', 'v1', resource, kind, namespaced, sub, shortNames);
}

function typ(
  group: string,
  version: string,
  resource: string,
  kind: string,
  namespaced: boolean,
  subresources: ResourceType['subresources'],
  shortNames: string[],
): ResourceType {
  return {
    group,
    version,
    resource,
    kind,
    namespaced,
    subresources,
    shortNames,
    singular: kind.toLowerCase(),
  };
}

/** "apps/v1" for apps, "v1" for core. */
export function apiVersionOf(rt: ResourceType): string {
  return rt.group === '' ? rt.version : `${rt.group}/${rt.version}`;
}

export function typeKey(rt: Pick<ResourceType, 'group' | 'resource'>): string {
  return `${rt.group}/${rt.resource}`;
}
