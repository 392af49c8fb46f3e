/**
 * A ported slice of the Kubernetes project's own server-side apply integration tests, run over
 * HTTP against kube-sim (the expectations are theirs; the code is ours):
 * - kubernetes/kubernetes test/integration/apiserver/apply/apply_test.go
 *   @ 4a37f009ca615534484b1116d0f147f1f23cf067: TestApplyAlsoCreates, TestNoOpApplyWithEmptyMap,
 *   TestCreateOnApplyFailsWithUID, TestApplyUpdateApplyConflictForced, TestApplyManagedFields,
 *   TestApplyRemovesEmptyManagedFields, TestApplyRequiresFieldManager, TestApplyRemoveContainerPort,
 *   TestApplyFailsWithVersionMismatch, TestClearManagedFieldsWithMergePatch
 * - kubernetes/kubernetes test/integration/apiserver/apply/scale_test.go
 *   @ 09649e58b5a1368929e194991a763afc8011795e: TestScaleAllResources (Deployment), TestScaleUpdateOnlyStatus
 * - the 409 body: apimachinery pkg/util/managedfields/internal/conflict.go (NewConflictError, printManager)
 */
import { startKubeSim, type KubeSim } from '../index.ts';

let sim: KubeSim;
beforeAll(async () => {
  sim = await startKubeSim({ controllers: false });
});
afterAll(async () => {
  await sim.stop();
});

const DEPLOYMENTS = '/apis/apps/v1/namespaces/default/deployments';
const CONFIGMAPS = '/api/v1/namespaces/default/configmaps';

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- API objects and Status bodies, checked field by field
  body: any;
}

async function request(
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
  query: Record<string, string> = {},
): Promise<Answer> {
  const qs = new URLSearchParams(query).toString();
  const res = await fetch(`${sim.url}${path}${qs ? `?${qs}` : ''}`, {
    method,
    headers: { 'content-type': contentType, 'user-agent': 'k8s-apply-cases/1.0' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}
const apply = (
  path: string,
  body: unknown,
  manager: string | undefined,
  extra: Record<string, string> = {},
) =>
  request('PATCH', path, body, 'application/apply-patch+yaml', {
    ...(manager ? { fieldManager: manager } : {}),
    ...extra,
  });
const mergePatch = (path: string, body: unknown, query: Record<string, string> = {}) =>
  request('PATCH', path, body, 'application/merge-patch+json', query);
const get = async (path: string) => (await request('GET', path)).body;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- managedFields entries as served
const managersOf = (obj: any, field: 'replicas'): string[] =>
  (obj.metadata.managedFields ?? [])
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- idem
    .filter((e: any) => e.fieldsV1?.['f:spec']?.[`f:${field}`] !== undefined)
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- idem
    .map((e: any) => e.manager)
    .sort();

const deployment = (name: string, replicas = 3, ports = false) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, labels: { app: 'nginx' } },
  spec: {
    replicas,
    selector: { matchLabels: { app: 'nginx' } },
    template: {
      metadata: { labels: { app: 'nginx' } },
      spec: {
        containers: [
          {
            name: 'nginx',
            image: 'nginx:latest',
            ...(ports ? { ports: [{ containerPort: 80, protocol: 'TCP' }] } : {}),
          },
        ],
      },
    },
  },
});

test('TestApplyAlsoCreates: apply creates, and another manager applying the same object has no conflict', async () => {
  const svc = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'test-svc' },
    spec: { ports: [{ port: 8080, protocol: 'UDP' }] },
  };
  const path = '/api/v1/namespaces/default/services/test-svc';
  expect((await apply(path, svc, 'apply_test')).status).toBe(201);
  expect((await request('GET', path)).status).toBe(200);
  expect((await apply(path, svc, 'apply_test_2')).status).toBe(200);
});

test('TestApplyRequiresFieldManager: no fieldManager is a 422, with one the apply creates', async () => {
  const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'needs-manager' } };
  const refused = await apply(`${CONFIGMAPS}/needs-manager`, cm, undefined);
  expect(refused.status).toBe(422);
  expect(refused.body.message).toBe(
    'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
  );
  expect((await apply(`${CONFIGMAPS}/needs-manager`, cm, 'apply_test')).status).toBe(201);
});

test('TestCreateOnApplyFailsWithUID: an apply that would create an object but names a uid is a conflict', async () => {
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'test-pod-uid', uid: '88e00824-7f0e-11e8-94a1-c8d3ffb15800' },
    spec: { containers: [{ name: 'test-container', image: 'test-image' }] },
  };
  const r = await apply('/api/v1/namespaces/default/pods/test-pod-uid', pod, 'apply_test');
  expect(r.status).toBe(409);
});

test('TestNoOpApplyWithEmptyMap: applying the same object again does not change the resourceVersion', async () => {
  const body = deployment('no-op', 1, true);
  (body.spec.template.metadata as Record<string, unknown>).annotations = {};
  await apply(`${DEPLOYMENTS}/no-op`, body, 'apply_test');
  const created = await get(`${DEPLOYMENTS}/no-op`);
  await apply(`${DEPLOYMENTS}/no-op`, body, 'apply_test');
  const updated = await get(`${DEPLOYMENTS}/no-op`);
  expect(updated.metadata.resourceVersion).toBe(created.metadata.resourceVersion);
});

test('TestApplyUpdateApplyConflictForced: an update of replicas makes the re-apply conflict; force succeeds', async () => {
  const path = `${DEPLOYMENTS}/deployment`;
  expect((await apply(path, deployment('deployment'), 'apply_test')).status).toBe(201);
  expect((await mergePatch(path, { spec: { replicas: 5 } })).status).toBe(200);
  const refused = await apply(path, deployment('deployment'), 'apply_test');
  expect(refused.status).toBe(409);
  expect(refused.body).toMatchObject({
    kind: 'Status',
    status: 'Failure',
    reason: 'Conflict',
    code: 409,
    // no fieldManager on the patch: the manager is the user agent's prefix, as the real server derives it
    message: 'Apply failed with 1 conflict: conflict with "k8s-apply-cases" using apps/v1: .spec.replicas',
    details: {
      causes: [
        {
          reason: 'FieldManagerConflict',
          message: 'conflict with "k8s-apply-cases" using apps/v1',
          field: '.spec.replicas',
        },
      ],
    },
  });
  expect((await get(path)).spec.replicas).toBe(5);
  expect((await apply(path, deployment('deployment'), 'apply_test', { force: 'true' })).status).toBe(200);
  const forced = await get(path);
  expect(forced.spec.replicas).toBe(3);
  expect(managersOf(forced, 'replicas')).toEqual(['apply_test']);
});

test('TestApplyManagedFields: the managedFields of an applier and an updater, exactly', async () => {
  const path = `${CONFIGMAPS}/test-cm`;
  await apply(
    path,
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'test-cm', namespace: 'default', labels: { 'test-label': 'test' } },
      data: { key: 'value' },
    },
    'apply_test',
  );
  await mergePatch(path, { data: { 'new-key': 'value' } }, { fieldManager: 'updater' });
  await mergePatch(path, { data: { key: 'new value' } }, { fieldManager: 'updater' });
  const obj = await get(path);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- served entries
  const entries = obj.metadata.managedFields.map(({ time: _t, ...e }: any) => e);
  expect(entries).toEqual([
    {
      manager: 'apply_test',
      operation: 'Apply',
      apiVersion: 'v1',
      fieldsType: 'FieldsV1',
      fieldsV1: { 'f:metadata': { 'f:labels': { 'f:test-label': {} } } },
    },
    {
      manager: 'updater',
      operation: 'Update',
      apiVersion: 'v1',
      fieldsType: 'FieldsV1',
      fieldsV1: { 'f:data': { 'f:key': {}, 'f:new-key': {} } },
    },
  ]);
  expect(obj.data).toEqual({ key: 'new value', 'new-key': 'value' });
});

test('TestApplyRemovesEmptyManagedFields: an applier that owns nothing leaves no managedFields', async () => {
  const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'empty-cm', namespace: 'default' } };
  await apply(`${CONFIGMAPS}/empty-cm`, cm, 'apply_test');
  await apply(`${CONFIGMAPS}/empty-cm`, cm, 'apply_test');
  expect((await get(`${CONFIGMAPS}/empty-cm`)).metadata.managedFields).toBeUndefined();
});

test('TestApplyRemoveContainerPort: a port no longer applied (and owned by no one else) is removed', async () => {
  const path = `${DEPLOYMENTS}/ports`;
  await apply(path, deployment('ports', 3, true), 'apply_test');
  expect((await get(path)).spec.template.spec.containers[0].ports).toHaveLength(1);
  const r = await apply(path, deployment('ports', 3, false), 'apply_test');
  expect([r.status, r.body.message]).toEqual([200, undefined]);
  expect((await get(path)).spec.template.spec.containers[0].ports ?? []).toEqual([]);
});

test('TestApplyFailsWithVersionMismatch: an apply in another apiVersion than the URL is a 400', async () => {
  const path = `${DEPLOYMENTS}/mismatch`;
  await apply(path, deployment('mismatch'), 'apply_test');
  const r = await apply(
    path,
    { ...deployment('mismatch', 100), apiVersion: 'extensions/v1beta' },
    'apply_test',
  );
  expect(r.status).toBe(400);
});

test('TestClearManagedFieldsWithMergePatch: setting managedFields to [{}] clears them', async () => {
  const path = `${CONFIGMAPS}/clear-cm`;
  await apply(
    path,
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'clear-cm', labels: { a: 'b' } },
      data: { key: 'value' },
    },
    'apply_test',
  );
  expect((await mergePatch(path, { metadata: { managedFields: [{}] } })).status).toBe(200);
  expect((await get(path)).metadata.managedFields ?? []).toEqual([]);
});

test('TestScaleAllResources (Deployment): ownership of replicas through apply, scale, force and co-ownership', async () => {
  const path = `${DEPLOYMENTS}/test`;
  const scale = (replicas: number) => ({
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: { name: 'test', namespace: 'default' },
    spec: { replicas },
  });
  await apply(path, deployment('test', 1), 'apply_test');
  let obj = await get(path);
  expect([obj.spec.replicas, managersOf(obj, 'replicas')]).toEqual([1, ['apply_test']]);

  await mergePatch(`${path}/scale`, { spec: { replicas: 5 } }, { fieldManager: 'scale_test' });
  obj = await get(path);
  expect([obj.spec.replicas, managersOf(obj, 'replicas')]).toEqual([5, ['scale_test']]);

  expect((await apply(path, deployment('test', 1), 'apply_test')).status).toBe(409);
  expect((await apply(path, deployment('test', 1), 'apply_test', { force: 'true' })).status).toBe(200);
  obj = await get(path);
  expect([obj.spec.replicas, managersOf(obj, 'replicas')]).toEqual([1, ['apply_test']]);

  const scaleConflict = await apply(`${path}/scale`, scale(17), 'apply_scale');
  expect(scaleConflict.status).toBe(409);
  expect(scaleConflict.body.message).toContain('apply_test');
  expect((await apply(`${path}/scale`, scale(17), 'apply_scale', { force: 'true' })).status).toBe(200);
  obj = await get(path);
  expect([obj.spec.replicas, managersOf(obj, 'replicas')]).toEqual([17, ['apply_scale']]);

  expect(
    (await request('PUT', `${path}/scale`, scale(7), 'application/json', { fieldManager: 'replace_test' }))
      .status,
  ).toBe(200);
  obj = await get(path);
  expect([obj.spec.replicas, managersOf(obj, 'replicas')]).toEqual([7, ['replace_test']]);

  expect((await apply(`${path}/scale`, scale(7), 'co_owning_test')).status).toBe(200);
  obj = await get(path);
  expect([obj.spec.replicas, managersOf(obj, 'replicas')]).toEqual([7, ['co_owning_test', 'replace_test']]);

  await mergePatch(`${path}/scale`, { spec: { replicas: 5 } }, { fieldManager: 'scale_test' });
  obj = await get(path);
  expect([obj.spec.replicas, managersOf(obj, 'replicas')]).toEqual([5, ['scale_test']]);
});

test('TestScaleUpdateOnlyStatus: a scale patch of status alone changes neither replicas nor their owner', async () => {
  const path = `${DEPLOYMENTS}/status-only`;
  await apply(path, deployment('status-only', 1), 'apply_test');
  await mergePatch(`${path}/scale`, { status: { replicas: 42 } }, { fieldManager: 'scale_test' });
  const obj = await get(path);
  expect([obj.spec.replicas, managersOf(obj, 'replicas')]).toEqual([1, ['apply_test']]);
});

test('conflicts with several managers: one message grouped by manager, one cause per field', async () => {
  const path = `${CONFIGMAPS}/multi`;
  await apply(
    path,
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'multi' }, data: { a: '1', b: '1' } },
    'first',
  );
  await mergePatch(path, { data: { a: '2' } }, { fieldManager: 'editor-a' });
  await mergePatch(path, { data: { b: '2' } }, { fieldManager: 'editor-b' });
  const r = await apply(
    path,
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'multi' }, data: { a: '1', b: '1' } },
    'first',
    {
      dryRun: 'All',
    },
  );
  expect(r.status).toBe(409);
  expect(r.body.message).toBe(
    'Apply failed with 2 conflicts: conflicts with "editor-a" using v1:\n- .data.a\nconflicts with "editor-b" using v1:\n- .data.b',
  );
  expect(r.body.details.causes.map((c: { field: string }) => c.field)).toEqual(['.data.a', '.data.b']);
});
