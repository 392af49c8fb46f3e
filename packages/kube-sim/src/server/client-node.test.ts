import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import * as k8s from '@kubernetes/client-node';
import { startKubeSim, type KubeSim } from '../index.ts';

let sim: KubeSim;
let dir: string;
let kc: k8s.KubeConfig;

const deployment = (name: string, image = 'registry/app:1.0.0'): k8s.V1Deployment => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, labels: { app: name } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: {
        containers: [
          { name: 'app', image, env: [{ name: 'A', value: '1' }], ports: [{ containerPort: 8080 }] },
        ],
      },
    },
  },
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-sim-cn-'));
  sim = await startKubeSim({
    kubeconfigPath: join(dir, 'kubeconfig'),
    controllers: false,
    bookmarkIntervalMs: 50,
  });
  kc = new k8s.KubeConfig();
  kc.loadFromFile(sim.kubeconfigPath!);
});
afterAll(async () => {
  await sim.stop();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => sim.faults.clear());

async function apiError(
  p: Promise<unknown>,
): Promise<{ code: number; body: Record<string, unknown>; headers: Record<string, string> }> {
  try {
    await p;
  } catch (e) {
    const err = e as k8s.ApiException<string>;
    return { code: err.code, body: JSON.parse(err.body) as Record<string, unknown>, headers: err.headers };
  }
  throw new Error('expected the call to fail');
}

describe('client-node typed APIs against kube-sim', () => {
  test('AppsV1Api create/read/list/replace, 409 on stale resourceVersion, scale subresource', async () => {
    const apps = kc.makeApiClient(k8s.AppsV1Api);
    const created = await apps.createNamespacedDeployment({ namespace: 'default', body: deployment('web') });
    expect(created.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.metadata?.generation).toBe(1);
    expect(created.spec?.strategy?.rollingUpdate?.maxSurge).toBe('25%');
    const read = await apps.readNamespacedDeployment({ name: 'web', namespace: 'default' });
    read.spec!.replicas = 4;
    const updated = await apps.replaceNamespacedDeployment({ name: 'web', namespace: 'default', body: read });
    expect(updated.metadata?.generation).toBe(2);
    expect(Number(updated.metadata?.resourceVersion)).toBeGreaterThan(Number(read.metadata?.resourceVersion));
    const stale = await apiError(
      apps.replaceNamespacedDeployment({ name: 'web', namespace: 'default', body: read }),
    );
    expect(stale.code).toBe(409);
    expect(stale.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'Conflict',
      code: 409,
      details: { name: 'web', group: 'apps', kind: 'deployments' },
    });
    const list = await apps.listNamespacedDeployment({
      namespace: 'default',
      labelSelector: 'app in (web,other),!missing',
    });
    expect(list.items.map((d) => d.metadata?.name)).toEqual(['web']);
    const scale = await apps.replaceNamespacedDeploymentScale({
      name: 'web',
      namespace: 'default',
      body: { metadata: { name: 'web', namespace: 'default' }, spec: { replicas: 7 } },
    });
    expect(scale.spec?.replicas).toBe(7);
    expect(
      (await apps.readNamespacedDeploymentScale({ name: 'web', namespace: 'default' })).status?.selector,
    ).toBe('app=web');
    const status = await apps.replaceNamespacedDeploymentStatus({
      name: 'web',
      namespace: 'default',
      body: {
        ...(await apps.readNamespacedDeployment({ name: 'web', namespace: 'default' })),
        status: { replicas: 7, readyReplicas: 3 },
      },
    });
    expect(status.status?.readyReplicas).toBe(3);
    expect(status.metadata?.generation).toBe(3);
  });

  test('422 Invalid with field causes; 404 for a missing namespace; 409 AlreadyExists', async () => {
    const apps = kc.makeApiClient(k8s.AppsV1Api);
    const bad = deployment('bad');
    bad.spec!.template.spec!.containers = [];
    bad.spec!.template.metadata!.labels = { app: 'other' };
    const invalid = await apiError(apps.createNamespacedDeployment({ namespace: 'default', body: bad }));
    expect(invalid.code).toBe(422);
    expect(invalid.body.reason).toBe('Invalid');
    const causes = (invalid.body.details as { causes: { field: string }[] }).causes.map((c) => c.field);
    expect(causes).toEqual(['spec.template.metadata.labels', 'spec.template.spec.containers']);
    const badName = await apiError(
      apps.createNamespacedDeployment({ namespace: 'default', body: deployment('Not_A_Name') }),
    );
    expect(badName.code).toBe(422);
    const missing = await apiError(
      apps.createNamespacedDeployment({ namespace: 'nope', body: deployment('x') }),
    );
    expect(missing).toMatchObject({
      code: 404,
      body: { reason: 'NotFound', details: { name: 'nope', kind: 'namespaces' } },
    });
    await apps.createNamespacedDeployment({ namespace: 'default', body: deployment('dup') });
    const dup = await apiError(
      apps.createNamespacedDeployment({ namespace: 'default', body: deployment('dup') }),
    );
    expect(dup.body).toMatchObject({ reason: 'AlreadyExists', code: 409 });
  });

  test('KubernetesObjectApi patch with every PatchStrategy (and json patch must be an array)', async () => {
    const objects = k8s.KubernetesObjectApi.makeApiClient(kc);
    const apps = kc.makeApiClient(k8s.AppsV1Api);
    await apps.createNamespacedDeployment({ namespace: 'default', body: deployment('patchme') });
    const ref = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'patchme', namespace: 'default' },
    };
    await objects.patch(
      { ...ref, spec: { paused: true } },
      undefined,
      undefined,
      undefined,
      undefined,
      k8s.PatchStrategy.MergePatch,
    );
    const strategic = {
      ...ref,
      spec: { template: { spec: { containers: [{ name: 'app', env: [{ name: 'B', value: '2' }] }] } } },
    };
    await objects.patch(
      strategic,
      undefined,
      undefined,
      undefined,
      undefined,
      k8s.PatchStrategy.StrategicMergePatch,
    );
    const jsonOps = [{ op: 'replace', path: '/spec/replicas', value: 3 }];
    await apps.patchNamespacedDeployment(
      { name: 'patchme', namespace: 'default', body: jsonOps },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.JsonPatch),
    );
    const d = await apps.readNamespacedDeployment({ name: 'patchme', namespace: 'default' });
    expect(d.spec?.paused).toBe(true);
    expect(d.spec?.replicas).toBe(3);
    expect(d.spec?.template.spec?.containers[0]?.env).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: '2' },
    ]);
    expect(d.spec?.template.spec?.containers[0]?.image).toBe('registry/app:1.0.0');
    const notArray = await apiError(
      apps.patchNamespacedDeployment(
        { name: 'patchme', namespace: 'default', body: { op: 'replace' } },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.JsonPatch),
      ),
    );
    expect(notArray).toMatchObject({ code: 400, body: { reason: 'BadRequest' } });
    const applied = await objects.patch(
      { ...deployment('patchme', 'registry/app:2.0.0'), metadata: { name: 'patchme', namespace: 'default' } },
      undefined,
      undefined,
      'shipgate',
      true,
      k8s.PatchStrategy.ServerSideApply,
    );
    expect((applied as k8s.V1Deployment).spec?.template.spec?.containers[0]?.image).toBe(
      'registry/app:2.0.0',
    );
    expect(
      (applied as k8s.V1Deployment).metadata?.managedFields?.some(
        (m) => m.manager === 'shipgate' && m.operation === 'Apply',
      ),
    ).toBe(true);
    const dry = await apps.patchNamespacedDeployment(
      { name: 'patchme', namespace: 'default', body: { spec: { replicas: 9 } }, dryRun: 'All' },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
    );
    expect(dry.spec?.replicas).toBe(9);
    expect(
      (await apps.readNamespacedDeployment({ name: 'patchme', namespace: 'default' })).spec?.replicas,
    ).toBe(2);
  });

  test('CoreV1Api, CoordinationV1Api and CustomObjectsApi; list pagination and field selectors', async () => {
    const core = kc.makeApiClient(k8s.CoreV1Api);
    await core.createNamespace({ body: { metadata: { name: 'team' } } });
    for (const n of ['a', 'b', 'c'])
      await core.createNamespacedConfigMap({
        namespace: 'team',
        body: { metadata: { name: n }, data: { k: n } },
      });
    const page1 = await core.listNamespacedConfigMap({ namespace: 'team', limit: 2 });
    expect(page1.items.map((c) => c.metadata?.name)).toEqual(['a', 'b']);
    const page2 = await core.listNamespacedConfigMap({
      namespace: 'team',
      limit: 2,
      _continue: page1.metadata?._continue,
    });
    expect(page2.items.map((c) => c.metadata?.name)).toEqual(['c']);
    expect(
      (await core.listNamespacedConfigMap({ namespace: 'team', fieldSelector: 'metadata.name!=a' })).items,
    ).toHaveLength(2);
    const secret = await core.createNamespacedSecret({
      namespace: 'team',
      body: { metadata: { name: 's' }, stringData: { token: 'x' } },
    });
    expect(secret.data).toEqual({ token: Buffer.from('x').toString('base64') });
    const leases = kc.makeApiClient(k8s.CoordinationV1Api);
    const lease = await leases.createNamespacedLease({
      namespace: 'team',
      body: { metadata: { name: 'lock' }, spec: { holderIdentity: 'run-1', leaseDurationSeconds: 30 } },
    });
    lease.spec!.holderIdentity = 'run-2';
    await leases.replaceNamespacedLease({ name: 'lock', namespace: 'team', body: lease });
    expect(
      (await apiError(leases.replaceNamespacedLease({ name: 'lock', namespace: 'team', body: lease }))).code,
    ).toBe(409);
    const custom = kc.makeApiClient(k8s.CustomObjectsApi);
    const route = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'r' },
      spec: {
        rules: [
          {
            backendRefs: [
              { name: 'stable', weight: 90 },
              { name: 'canary', weight: 10 },
            ],
          },
        ],
      },
    };
    await custom.createNamespacedCustomObject({
      group: 'gateway.networking.k8s.io',
      version: 'v1',
      namespace: 'team',
      plural: 'httproutes',
      body: route,
    });
    const got = (await custom.getNamespacedCustomObject({
      group: 'gateway.networking.k8s.io',
      version: 'v1',
      namespace: 'team',
      plural: 'httproutes',
      name: 'r',
    })) as typeof route;
    expect(got.spec.rules[0]!.backendRefs[1]!.weight).toBe(10);
    await core.deleteNamespace({ name: 'team' });
    expect((await apiError(core.readNamespacedConfigMap({ name: 'a', namespace: 'team' }))).code).toBe(404);
  });

  test('Watch streams ADDED/MODIFIED/DELETED from a resourceVersion, bookmarks, and 410 Gone for a too-old one', async () => {
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const start = (await core.listNamespacedConfigMap({ namespace: 'default' })).metadata!.resourceVersion!;
    const seen: string[] = [];
    let bookmarks = 0;
    const done = new Promise<void>((resolve, reject) => {
      void new k8s.Watch(kc)
        .watch(
          '/api/v1/namespaces/default/configmaps',
          { resourceVersion: start, allowWatchBookmarks: true },
          (phase, obj: k8s.V1ConfigMap) => {
            if (phase === 'BOOKMARK') bookmarks++;
            else seen.push(`${phase} ${obj.metadata?.name}`);
            if (seen.length === 3 && bookmarks > 0) resolve();
          },
          (err: unknown) => (err ? reject(err as Error) : undefined),
        )
        .then((ctl) => done.finally(() => ctl.abort()));
    });
    await core.createNamespacedConfigMap({
      namespace: 'default',
      body: { metadata: { name: 'w' }, data: { a: '1' } },
    });
    await core.patchNamespacedConfigMap(
      { name: 'w', namespace: 'default', body: { data: { a: '2' } } },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
    );
    await core.deleteNamespacedConfigMap({ name: 'w', namespace: 'default' });
    await done;
    expect(seen).toEqual(['ADDED w', 'MODIFIED w', 'DELETED w']);

    const small = await startKubeSim({ controllers: false, historyLimit: 2 });
    try {
      const kc2 = new k8s.KubeConfig();
      kc2.loadFromClusterAndUser(
        { name: 'sim', server: small.url, skipTLSVerify: true },
        { name: 'u', token: 't' },
      );
      const core2 = kc2.makeApiClient(k8s.CoreV1Api);
      for (const n of ['a', 'b', 'c', 'd'])
        await core2.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: n } } });
      const events: { type: string; code?: number; reason?: string }[] = [];
      await new Promise<void>((resolve) => {
        void new k8s.Watch(kc2).watch(
          '/api/v1/namespaces/default/configmaps',
          { resourceVersion: '1' },
          (type, obj: { code?: number; reason?: string }) =>
            events.push({ type, code: obj.code, reason: obj.reason }),
          () => resolve(),
        );
      });
      expect(events).toEqual([{ type: 'ERROR', code: 410, reason: 'Expired' }]);
    } finally {
      await small.stop();
    }
  });
});

function rawRequest(
  method: string,
  path: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string } | 'dropped'> {
  return new Promise((resolve) => {
    const req = request(`${sim.url}${path}`, { method }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', () => resolve('dropped'));
    req.end();
  });
}

describe('faults and audit', () => {
  test('5xx, 409 and 429 with Retry-After for matching requests, count-limited', async () => {
    const core = kc.makeApiClient(k8s.CoreV1Api);
    sim.faults.inject({ verb: 'get', resource: 'configmaps', name: 'f', status: 503, count: 1 });
    await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'f' } } });
    const unavailable = await apiError(core.readNamespacedConfigMap({ name: 'f', namespace: 'default' }));
    expect(unavailable).toMatchObject({ code: 503, body: { kind: 'Status', reason: 'ServiceUnavailable' } });
    expect((await core.readNamespacedConfigMap({ name: 'f', namespace: 'default' })).metadata?.name).toBe(
      'f',
    );
    sim.faults.inject({ verb: 'patch', status: 409, count: 1 });
    expect(
      (
        await apiError(
          core.patchNamespacedConfigMap(
            { name: 'f', namespace: 'default', body: { data: { x: 'y' } } },
            k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
          ),
        )
      ).body.reason,
    ).toBe('Conflict');
    sim.faults.inject({ verb: 'list', status: 429, retryAfterSeconds: 3 });
    const throttled = await apiError(core.listNamespacedConfigMap({ namespace: 'default' }));
    expect(throttled.code).toBe(429);
    expect(throttled.headers['retry-after']).toBe('3');
  });

  test('dropped connections and latency; admin endpoint adds and lists faults', async () => {
    const add = await fetch(`${sim.url}/_sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ verb: 'get', resource: 'pods', drop: true, count: 1 }),
    });
    expect(add.status).toBe(201);
    expect(
      ((await (await fetch(`${sim.url}/_sim/faults`)).json()) as { faults: unknown[] }).faults,
    ).toHaveLength(1);
    expect(await rawRequest('GET', '/api/v1/namespaces/default/pods/p')).toBe('dropped');
    expect(await rawRequest('GET', '/api/v1/namespaces/default/pods/p')).toMatchObject({ status: 404 });
    const bad = await fetch(`${sim.url}/_sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ verb: 'fly', status: 500 }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('fault verb "fly"');
    sim.faults.inject({ verb: 'list', resource: 'services', latencyMs: 150 });
    const t0 = performance.now();
    expect(await rawRequest('GET', '/api/v1/namespaces/default/services')).toMatchObject({ status: 200 });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
  });

  test('audit log records every request; dryRun changes nothing', async () => {
    const apps = kc.makeApiClient(k8s.AppsV1Api);
    const since = sim.audit.lastSeq();
    await apps.createNamespacedDeployment({ namespace: 'default', body: deployment('dry'), dryRun: 'All' });
    await apiError(apps.readNamespacedDeployment({ name: 'dry', namespace: 'default' }));
    const entries = sim.audit.entries(since);
    expect(entries.map((e) => `${e.verb} ${e.resource} ${e.code}`)).toEqual([
      'create deployments 201',
      'get deployments 404',
    ]);
    expect(entries[0]!.query.dryRun).toBe('All');
    expect(entries[0]!.userAgent).toBeTruthy();
    expect(JSON.parse(entries[0]!.body).metadata.name).toBe('dry');
    expect(sim.audit.mutations(since)).toEqual([]);
    const viaHttp = (await (await fetch(`${sim.url}/_sim/audit?since=${since}`)).json()) as {
      entries: unknown[];
    };
    expect(viaHttp.entries).toHaveLength(2);
  });
});
