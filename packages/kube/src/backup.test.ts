import { cleanForBackup, digestSecret, parseBackup, renderBackup, type PlainObject } from './backup.ts';

const dep: PlainObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'web',
    namespace: 'prod',
    uid: 'u1',
    resourceVersion: '42',
    generation: 3,
    managedFields: [{}],
    annotations: { 'deployment.kubernetes.io/revision': '3', keep: 'me' },
  },
  spec: { replicas: 3 },
  status: { readyReplicas: 3 },
};
const svc: PlainObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web' },
  spec: { clusterIP: '10.0.0.1', selector: { app: 'web' } },
};

test('clean drops server-set fields and status, keeps user annotations', () => {
  const c = cleanForBackup(dep);
  expect(c.status).toBeUndefined();
  expect(c.metadata).toEqual({ name: 'web', namespace: 'prod', annotations: { keep: 'me' } });
  expect(cleanForBackup(svc).spec).toEqual({ selector: { app: 'web' } });
  expect(dep.metadata.uid).toBe('u1'); // input untouched
});

test('secrets appear by name and hash only; the file round-trips', () => {
  const secret = {
    metadata: { name: 'db' },
    type: 'Opaque',
    data: { password: Buffer.from('hunter2').toString('base64') },
  };
  const text = renderBackup([dep, svc], [digestSecret(secret)], 'backup of prod/web');
  expect(text).not.toContain('hunter2');
  expect(text).not.toContain(secret.data.password);
  expect(text).toMatch(/Secret db \(Opaque\) keys=\[password\] hmac-sha256=[0-9a-f]{64}/);
  const back = parseBackup(text);
  expect(back.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['Deployment/web', 'Service/web']);
  expect(back[0]?.spec).toEqual({ replicas: 3 });
});

test('the hash changes when the data changes', () => {
  const a = digestSecret({ metadata: { name: 's', uid: 'u1' }, data: { k: 'YQ==' } });
  const b = digestSecret({ metadata: { name: 's', uid: 'u1' }, data: { k: 'Yg==' } });
  expect(a.hmacSha256).not.toBe(b.hmacSha256);
  expect(digestSecret({ metadata: { name: 's', uid: 'u1' }, data: { k: 'YQ==' } }).hmacSha256).toBe(
    a.hmacSha256,
  );
});

test('the Secret hash is keyed (#12): not the plain sha256 of a guessable password, and another Secret differs', async () => {
  const { createHash } = await import('node:crypto');
  const data = { password: Buffer.from('hunter2').toString('base64') };
  const d = digestSecret({ metadata: { name: 'db', uid: '5f0c-uid' }, data });
  const plain = createHash('sha256').update(`password\0${data.password}\0`).digest('hex');
  expect(d.hmacSha256).not.toBe(plain);
  expect(digestSecret({ metadata: { name: 'db', uid: 'other-uid' }, data }).hmacSha256).not.toBe(
    d.hmacSha256,
  );
});
