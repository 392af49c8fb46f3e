/**
 * The backup against kube-sim with the real client-node: what it holds (app labels, shipgate's
 * names, not other apps' objects, Secrets by hash only) and how many requests it takes.
 */
import { readFile } from 'node:fs/promises';
import { collectAppObjects, writeBackup, parseBackup } from '../backup.ts';
import { createMemoryLogger } from '@shipgate/core';
import { useKubeSim } from './test-utils.ts';

const fx = useKubeSim('kube-backup');
const namespace = 'default';

const deployment = (name: string, labels: Record<string, string>) => ({
  metadata: { name, labels },
  spec: {
    replicas: 0,
    selector: { matchLabels: { pod: name } },
    template: {
      metadata: { labels: { pod: name } },
      spec: { containers: [{ name: 'web', image: 'reg/web:1' }] },
    },
  },
});
const service = (name: string, labels: Record<string, string> = {}) => ({
  metadata: { name, labels },
  spec: { selector: { pod: name }, ports: [{ port: 80 }] },
});

beforeAll(async () => {
  for (const [name, labels] of [
    ['web', { app: 'web' }],
    ['web-canary', { 'shipgate.dev/app': 'web' }], // found by name
    ['other', { app: 'other' }],
    ['other-2', {}],
    ['other-3', { 'app.kubernetes.io/name': 'other' }],
  ] as const)
    await fx.kube.apps.createNamespacedDeployment({ namespace, body: deployment(name, labels) });
  await fx.kube.core.createNamespacedService({ namespace, body: service('web') }); // unlabelled: by name
  await fx.kube.core.createNamespacedService({ namespace, body: service('web-preview') });
  await fx.kube.core.createNamespacedService({
    namespace,
    body: service('api', { 'app.kubernetes.io/name': 'web' }),
  });
  await fx.kube.core.createNamespacedService({ namespace, body: service('other', { app: 'other' }) });
  for (const [name, labels] of [
    ['cfg-a', { 'app.kubernetes.io/name': 'web' }],
    ['cfg-b', { app: 'web' }],
    ['web', {}], // a ConfigMap is the app's only by label
  ] as const)
    await fx.kube.core.createNamespacedConfigMap({
      namespace,
      body: { metadata: { name, labels }, data: { k: 'v' } },
    });
  await fx.kube.core.createNamespacedSecret({
    namespace,
    body: {
      metadata: { name: 'db', labels: { app: 'web' } },
      data: { password: Buffer.from('hunter2').toString('base64') },
    },
  });
  await fx.kube.core.createNamespacedSecret({
    namespace,
    body: { metadata: { name: 'not-ours' }, data: { x: 'eQ==' } },
  });
  await fx.kube.custom.createNamespacedCustomObject({
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    namespace,
    plural: 'httproutes',
    body: {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'web' },
      spec: { rules: [{ backendRefs: [{ name: 'web', port: 80 }] }] },
    },
  });
  // The Istio router edits it, so the backup must hold it.
  await fx.kube.custom.createNamespacedCustomObject({
    group: 'networking.istio.io',
    version: 'v1',
    namespace,
    plural: 'virtualservices',
    body: {
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      metadata: { name: 'web' },
      spec: { hosts: ['web'], http: [{ route: [{ destination: { host: 'web' } }] }] },
    },
  });
});

const EXPECTED = [
  'ConfigMap/cfg-a',
  'ConfigMap/cfg-b',
  'Deployment/web',
  'Deployment/web-canary',
  'HTTPRoute/web',
  'Service/api',
  'Service/web',
  'Service/web-preview',
  'VirtualService/web',
];

test('holds the objects labelled for the app and those with shipgate names, one list per kind, no per-object reads', async () => {
  const seq = fx.sim.audit.lastSeq();
  const { objects, secrets } = await collectAppObjects(fx.kube, namespace, 'web');
  const requests = fx.sim.audit.entries(seq);
  expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(EXPECTED);
  expect(objects.find((o) => o.kind === 'Deployment')).toMatchObject({ apiVersion: 'apps/v1' });
  expect(secrets.map((s) => s.name)).toEqual(['db']);
  // Collections only (kube-sim serves no HPA v2: that list is a 404, so nothing to back up).
  for (const r of requests) expect(r.path).toMatch(/\/namespaces\/default\/[a-z]+$/);
  // Deployment, Service, Ingress, HPA, HTTPRoute, VirtualService once each; ConfigMap and Secret once per app label.
  expect(requests).toHaveLength(10);
});

test('namespace-wide lists are paginated: the same objects with pages of 2', async () => {
  const seq = fx.sim.audit.lastSeq();
  const { objects } = await collectAppObjects(fx.kube, namespace, 'web', { pageSize: 2 });
  expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(EXPECTED);
  const deploymentLists = fx.sim.audit.entries(seq).filter((r) => r.path.endsWith('/deployments'));
  expect(deploymentLists).toHaveLength(3); // 5 Deployments, 2 per page
  expect(deploymentLists.slice(1).every((r) => !!r.query.continue)).toBe(true);
});

test('the written file restores the same objects and never holds secret data', async () => {
  const b = await writeBackup(fx.kube, {
    namespace,
    app: 'web',
    dir: fx.dir,
    version: '2.0.0',
    nowMs: Date.UTC(2026, 10, 23),
    log: createMemoryLogger(),
  });
  expect(b).toMatchObject({ objects: EXPECTED.length, secrets: 1, refused: [] });
  const text = await readFile(b.path, 'utf8');
  expect(text).not.toContain(Buffer.from('hunter2').toString('base64'));
  expect(text).toMatch(/Secret db \(Opaque\) keys=\[password\] hmac-sha256=[0-9a-f]{64}/);
  expect(parseBackup(text).map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(EXPECTED);
});

test('an optional kind the cluster refuses (403) is missing from the backup and said so; one it does not serve is skipped; a server error stops it', async () => {
  const log = createMemoryLogger();
  const refusal = fx.sim.faults.inject({ verb: 'list', resource: 'horizontalpodautoscalers', status: 403 });
  try {
    const b = await writeBackup(fx.kube, {
      namespace,
      app: 'web',
      dir: fx.dir,
      version: '2.0.0',
      nowMs: 1,
      log,
    });
    expect(b.refused).toEqual(['HorizontalPodAutoscaler']);
    expect(await readFile(b.path, 'utf8')).toContain('not in it (listing refused): HorizontalPodAutoscaler');
    expect(log.lines.filter((l) => l.startsWith('warning: '))).toEqual([
      'warning: the backup holds no HorizontalPodAutoscaler: the cluster refused to list them (403); grant list on them to back them up',
    ]);
  } finally {
    fx.sim.faults.remove(refusal.id);
  }
  // Istio's VirtualService is served by kube-sim; a 404 stands for a cluster without Istio.
  const unserved = fx.sim.faults.inject({ verb: 'list', resource: 'virtualservices', status: 404 });
  try {
    expect((await collectAppObjects(fx.kube, namespace, 'web')).refused).toEqual([]);
  } finally {
    fx.sim.faults.remove(unserved.id);
  }
  // A server error (after the client's retries) is not a missing kind: the backup fails, naming it.
  const broken = fx.sim.faults.inject({ verb: 'list', resource: 'httproutes', status: 500 });
  try {
    await expect(collectAppObjects(fx.kube, namespace, 'web')).rejects.toThrow(/list HTTPRoute/);
  } finally {
    fx.sim.faults.remove(broken.id);
  }
});
