// RBAC as Kubernetes judges it, for the Role the example workflows need: what the actions did
// (kube-sim's audit log → apiGroup, resource[/subresource], verb) against what a Role grants.
import { parseAllDocuments } from 'yaml';
import type { AuditEntry } from '@shipgate/kube-sim';

export type Permission = `${string}|${string}|${string}`;

const permission = (group: string, resource: string, verb: string): Permission =>
  `${group}|${resource}|${verb}`;

/** The API group of a resource path: /api/v1/… is the core group (""), /apis/<group>/<v>/… the named one. */
export function apiGroupOf(path: string): string | undefined {
  if (path.startsWith('/api/')) return '';
  return /^\/apis\/([^/]+)\/[^/]+\//.exec(path)?.[1];
}

/** Every namespaced resource request in the log, as the permission it needed. */
export function usedPermissions(entries: AuditEntry[], namespaces: string[]): Set<Permission> {
  const used = new Set<Permission>();
  for (const e of entries) {
    const group = apiGroupOf(e.path);
    if (!e.resource || group === undefined || !e.namespace || !namespaces.includes(e.namespace)) continue;
    used.add(permission(group, e.resource, e.verb));
  }
  return used;
}

interface Rule {
  apiGroups?: string[];
  resources?: string[];
  verbs?: string[];
  resourceNames?: string[];
}

/** The Role documents of a manifest file, each expanded into permissions (no wildcards allowed). */
export function grantedPermissions(manifest: string): { role: string; granted: Set<Permission> } {
  const docs = parseAllDocuments(manifest).map(
    (d) => d.toJS() as { kind?: string; metadata?: { name?: string }; rules?: Rule[] },
  );
  const role = docs.find((d) => d.kind === 'Role');
  if (!role) throw new Error('no Role in the manifest');
  const granted = new Set<Permission>();
  for (const rule of role.rules ?? []) {
    for (const list of [rule.apiGroups, rule.resources, rule.verbs])
      if (!list?.length || list.includes('*'))
        throw new Error(
          `Role ${role.metadata?.name}: a rule without explicit groups/resources/verbs: ${JSON.stringify(rule)}`,
        );
    if (rule.resourceNames) throw new Error('resourceNames are not checked here');
    for (const g of rule.apiGroups!)
      for (const r of rule.resources!) for (const v of rule.verbs!) granted.add(permission(g, r, v));
  }
  return { role: role.metadata?.name ?? '', granted };
}
