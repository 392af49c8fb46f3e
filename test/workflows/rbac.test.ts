// The RBAC comparison itself (the end-to-end check is the last test of pipeline.test.ts).
import { expect, test } from '@jest/globals';
import type { AuditEntry } from '@shipgate/kube-sim';
import { apiGroupOf, grantedPermissions, usedPermissions } from './support/rbac.ts';

const entry = (verb: string, path: string, resource: string, namespace = 'shop'): AuditEntry =>
  ({ verb, path, resource, namespace }) as AuditEntry;

test('requests become group|resource|verb, other namespaces and non-resource paths left out', () => {
  expect(apiGroupOf('/api/v1/namespaces/shop/configmaps/x')).toBe('');
  expect(apiGroupOf('/apis/apps/v1/namespaces/shop/deployments')).toBe('apps');
  const used = usedPermissions(
    [
      entry('patch', '/apis/apps/v1/namespaces/shop/deployments/web', 'deployments'),
      entry('get', '/api/v1/namespaces/shop/pods/web-1/log', 'pods/log'),
      entry('list', '/api/v1/namespaces/other/secrets', 'secrets', 'other'),
      { verb: 'get', path: '/version' } as AuditEntry,
    ],
    ['shop'],
  );
  expect([...used]).toEqual(['apps|deployments|patch', '|pods/log|get']);
});

test('a Role is expanded rule by rule; wildcards are refused', () => {
  const role = `kind: Role\nmetadata: {name: r}\nrules:\n  - {apiGroups: [apps, ''], resources: [deployments], verbs: [get, list]}\n`;
  expect([...grantedPermissions(role).granted]).toEqual([
    'apps|deployments|get',
    'apps|deployments|list',
    '|deployments|get',
    '|deployments|list',
  ]);
  expect(() =>
    grantedPermissions(`kind: Role\nrules:\n  - {apiGroups: ['*'], resources: [x], verbs: [get]}\n`),
  ).toThrow(/without explicit groups\/resources\/verbs/);
});
