import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import protobuf from 'protobufjs';
import { startKubeSim, type KubeSim } from '../../index.ts';
import { decodeProtobufObject } from './decode.ts';
import { CORE_PROTO, META_PROTO } from './schema.ts';

const run = promisify(execFile);
let sim: KubeSim;
let dir: string;
const kubectl = async (...args: string[]): Promise<string> =>
  (await run('kubectl', ['--kubeconfig', sim.kubeconfigPath!, ...args], { timeout: 30_000 })).stdout;

/** kubectl's client-side JSON without what its protobuf form omits: Go's null zero values and the (empty) status. */
function withoutGoEmpties(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutGoEmpties);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (x === null || k === 'status') continue;
      out[k] = withoutGoEmpties(x);
    }
    return out;
  }
  return v;
}

/** The "k8s\0" envelope around a runtime.Unknown{typeMeta, raw}, as kubectl writes it. */
function envelope(apiVersion: string, kind: string, raw: Uint8Array): Buffer {
  const w = protobuf.Writer.create();
  w.uint32((1 << 3) | 2)
    .fork()
    .uint32((1 << 3) | 2)
    .string(apiVersion)
    .uint32((2 << 3) | 2)
    .string(kind)
    .ldelim();
  w.uint32((2 << 3) | 2).bytes(raw);
  w.uint32((4 << 3) | 2).string('application/vnd.kubernetes.protobuf');
  return Buffer.concat([Buffer.from('k8s\0', 'latin1'), Buffer.from(w.finish())]);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-sim-protobuf-'));
  sim = await startKubeSim({ kubeconfigPath: join(dir, 'kubeconfig'), controllers: false });
});
afterAll(async () => {
  await sim.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('protobuf bodies', () => {
  test.each([
    [['deployment', 'web', '--image=nginx:1.27', '--replicas=2', '--port=8080']],
    [['deployment', 'zero', '--image=registry/app:1', '--replicas=0']],
    [['configmap', 'cm', '--from-literal=a=1', '--from-literal=b=two words']],
    [['secret', 'generic', 's', '--from-literal=password=hunter2']],
    [['namespace', 'ns1']],
    [['job', 'j', '--image=busybox', '--', 'echo', 'hi']],
    [['serviceaccount', 'sa']],
    [['service', 'clusterip', 'svc', '--tcp=80:8080']],
  ])('kubectl create %j: the protobuf body decodes to kubectl’s own JSON form', async (args) => {
    const since = sim.audit.lastSeq();
    await kubectl('create', ...args);
    const entry = sim.audit.entries(since).find((e) => e.verb === 'create');
    expect(entry?.contentType).toBe('application/vnd.kubernetes.protobuf');
    expect(entry?.bodyEncoding).toBe('base64');
    const decoded = decodeProtobufObject(Buffer.from(entry!.body, 'base64'));
    const clientJson = JSON.parse(await kubectl('create', '--dry-run=client', '-o', 'json', ...args));
    expect(decoded).toEqual(withoutGoEmpties(clientJson));
  });

  test('round trip of a message encoded with protobufjs from the same schema', () => {
    const root = protobuf.parse(META_PROTO + CORE_PROTO, { keepCase: true }).root;
    const Deployment = root.lookupType('k8s.Deployment');
    const Lease = root.lookupType('k8s.Lease');
    const deploy = Deployment.encode(
      Deployment.fromObject({
        metadata: {
          name: 'api',
          namespace: 'prod',
          labels: { app: 'api' },
          annotations: { 'kubernetes.io/change-cause': 'v2' },
          creationTimestamp: { seconds: 1_700_000_000 },
          ownerReferences: [{ apiVersion: 'v1', kind: 'Thing', name: 't', uid: 'u-1', controller: true }],
        },
        spec: {
          replicas: 0,
          minReadySeconds: 0,
          selector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', 'b'] }] },
          strategy: {
            type: 'RollingUpdate',
            rollingUpdate: { maxSurge: { type: 1, strVal: '25%' }, maxUnavailable: { type: 0, intVal: 1 } },
          },
          template: {
            metadata: { labels: { tier: 'a' } },
            spec: {
              containers: [
                {
                  name: 'app',
                  image: 'registry/app:2',
                  env: [
                    { name: 'A', value: '1' },
                    {
                      name: 'B',
                      valueFrom: { secretKeyRef: { localObjectReference: { name: 'sec' }, key: 'k' } },
                    },
                  ],
                  resources: {
                    limits: { cpu: { string: '500m' } },
                    requests: { memory: { string: '64Mi' } },
                  },
                  readinessProbe: {
                    handler: { httpGet: { path: '/healthz', port: { type: 1, strVal: 'http' } } },
                    periodSeconds: 5,
                  },
                },
              ],
              volumes: [
                { name: 'cfg', volumeSource: { configMap: { localObjectReference: { name: 'cm' } } } },
              ],
              terminationGracePeriodSeconds: 0,
            },
          },
        },
      }),
    ).finish();
    expect(decodeProtobufObject(envelope('apps/v1', 'Deployment', deploy))).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'api',
        namespace: 'prod',
        labels: { app: 'api' },
        annotations: { 'kubernetes.io/change-cause': 'v2' },
        creationTimestamp: '2023-11-14T22:13:20Z',
        ownerReferences: [{ apiVersion: 'v1', kind: 'Thing', name: 't', uid: 'u-1', controller: true }],
      },
      spec: {
        replicas: 0, // a pointer field: zero kept
        selector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', 'b'] }] },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } },
        template: {
          metadata: { labels: { tier: 'a' } },
          spec: {
            containers: [
              {
                name: 'app',
                image: 'registry/app:2',
                env: [
                  { name: 'A', value: '1' },
                  { name: 'B', valueFrom: { secretKeyRef: { name: 'sec', key: 'k' } } },
                ],
                resources: { limits: { cpu: '500m' }, requests: { memory: '64Mi' } },
                readinessProbe: { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 5 },
              },
            ],
            volumes: [{ name: 'cfg', configMap: { name: 'cm' } }],
            terminationGracePeriodSeconds: 0,
          },
        },
      },
    });
    const lease = Lease.encode(
      Lease.fromObject({
        metadata: { name: 'leader' },
        spec: {
          holderIdentity: 'a',
          leaseDurationSeconds: 15,
          renewTime: { seconds: 1_700_000_000, nanos: 123_456_000 },
        },
      }),
    ).finish();
    expect(decodeProtobufObject(envelope('coordination.k8s.io/v1', 'Lease', lease))).toEqual({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: 'leader' },
      spec: { holderIdentity: 'a', leaseDurationSeconds: 15, renewTime: '2023-11-14T22:13:20.123000Z' },
    });
  });

  test('bad bodies: clear 400/415 errors, over HTTP as a Status', async () => {
    expect(() => decodeProtobufObject(Buffer.from('{"kind":"Pod"}'))).toThrow(/"k8s\\0" envelope/);
    expect(() => decodeProtobufObject(Buffer.from([0x6b, 0x38, 0x73, 0x00, 0x0a, 0xff]))).toThrow(
      /runtime\.Unknown\) could not be decoded: truncated varint/,
    );
    expect(() => decodeProtobufObject(envelope('v1', 'Pod', Buffer.from([0x0a, 0x05, 0x01])))).toThrow(
      /protobuf Pod could not be decoded/,
    );
    const ing = envelope('networking.k8s.io/v1', 'Ingress', new Uint8Array());
    expect(() => decodeProtobufObject(ing)).toThrow(
      /cannot decode networking.k8s.io\/v1 Ingress from protobuf/,
    );
    const res = await fetch(`${sim.url}/apis/networking.k8s.io/v1/namespaces/default/ingresses`, {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.kubernetes.protobuf' },
      body: ing,
    });
    const body = (await res.json()) as { kind: string; code: number; message: string };
    expect([res.status, body.kind, body.code]).toEqual([415, 'Status', 415]);
    expect(body.message).toContain('send application/json');
  });
});
