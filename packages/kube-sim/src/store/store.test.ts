import { Store, ApiError, type KubeObject } from './store.ts';
import { parseLabelSelector, parseFieldSelector } from './selectors.ts';
import { strategicMergePatch } from '../server/patch/strategic.ts';

const rs = (name: string, ownerUid?: string): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: {
    name,
    labels: { app: 'a' },
    ...(ownerUid
      ? {
          ownerReferences: [
            { apiVersion: 'apps/v1', kind: 'Deployment', name: 'd', uid: ownerUid, controller: true },
          ],
        }
      : {}),
  },
  spec: {
    selector: { matchLabels: { app: 'a' } },
    template: { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'c', image: 'i' }] } },
  },
});

describe('Store', () => {
  test('rv counter, generation only on spec change, status subresource, 409 on stale rv, events in order', () => {
    const s = new Store();
    const t = s.type('apps', 'replicasets')!;
    const seen: string[] = [];
    s.subscribe((e) => seen.push(`${e.type} ${e.object.metadata.name} ${e.resourceVersion}`));
    const a = s.create(t, rs('x'));
    const labelled = s.update(t, { ...a, metadata: { ...a.metadata, labels: { app: 'a', extra: 'y' } } });
    expect(labelled.metadata.generation).toBe(1);
    const scaled = s.update(t, { ...labelled, spec: { ...labelled.spec, replicas: 3 } });
    expect(scaled.metadata.generation).toBe(2);
    const status = s.update(
      t,
      { ...scaled, spec: { replicas: 99 }, status: { replicas: 3 } },
      { subresource: 'status' },
    );
    expect(status.spec.replicas).toBe(3);
    expect(status.status).toEqual({ replicas: 3 });
    expect(() => s.update(t, a)).toThrow(
      expect.objectContaining({ code: 409, reason: 'Conflict' }) as unknown as Error,
    );
    expect(seen.map((l) => l.split(' ')[0])).toEqual(['ADDED', 'MODIFIED', 'MODIFIED', 'MODIFIED']);
    expect(s.eventsSince(Number(a.metadata.resourceVersion))).toHaveLength(3);
  });

  test('eventsSince is gone past the history window', () => {
    const s = new Store({ historyLimit: 2 });
    const t = s.type('', 'configmaps')!;
    const first = s.create(t, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } });
    for (const n of ['b', 'c', 'd'])
      s.create(t, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: n } });
    expect(s.eventsSince(Number(first.metadata.resourceVersion))).toBe('gone');
    expect(s.eventsSince(s.currentResourceVersion() - 1)).toHaveLength(1);
  });

  test('delete cascades to dependents (Background) or orphans them; dryRun changes nothing', () => {
    const s = new Store();
    const dt = s.type('apps', 'deployments')!;
    const t = s.type('apps', 'replicasets')!;
    const d = s.create(dt, { ...rs('d'), apiVersion: 'apps/v1', kind: 'Deployment' });
    s.create(t, rs('child', d.metadata.uid));
    s.delete(dt, 'default', 'd', { dryRun: true });
    expect(s.get(dt, 'default', 'd')).toBeDefined();
    s.delete(dt, 'default', 'd', { propagationPolicy: 'Orphan' });
    expect(s.get(t, 'default', 'child')?.metadata.ownerReferences).toEqual([]);
    const d2 = s.create(dt, { ...rs('d'), apiVersion: 'apps/v1', kind: 'Deployment' });
    s.create(t, rs('child2', d2.metadata.uid));
    s.delete(dt, 'default', 'd');
    expect(s.get(t, 'default', 'child2')).toBeUndefined();
  });

  test('missing namespace is 404; finalizers hold deletion until removed', () => {
    const s = new Store();
    const t = s.type('', 'configmaps')!;
    expect(() =>
      s.create(t, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', namespace: 'nope' } }),
    ).toThrow(ApiError);
    s.create(t, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'f', finalizers: ['x/y'] } });
    const marked = s.delete(t, 'default', 'f');
    expect(marked.metadata.deletionTimestamp).toBeTruthy();
    s.update(t, { ...marked, metadata: { ...marked.metadata, finalizers: [] } });
    expect(s.get(t, 'default', 'f')).toBeUndefined();
  });
});

describe('selectors', () => {
  test('label selectors: equality and set-based', () => {
    const l = { app: 'web', tier: 'fe' };
    expect(parseLabelSelector('app=web,tier!=be')(l)).toBe(true);
    expect(parseLabelSelector('app in (web, api),!canary')(l)).toBe(true);
    expect(parseLabelSelector('tier notin (fe)')(l)).toBe(false);
    expect(parseLabelSelector('missing')(l)).toBe(false);
    expect(() => parseLabelSelector('app in web')).toThrow(/label selector/);
  });
  test('field selectors: supported fields only', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      status: { phase: 'Running' },
    } as KubeObject;
    expect(parseFieldSelector('status.phase=Running,metadata.name=p', 'Pod')(pod)).toBe(true);
    expect(parseFieldSelector('status.phase!=Running', 'Pod')(pod)).toBe(false);
    expect(() => parseFieldSelector('spec.foo=x', 'Pod')).toThrow(/field label not supported: spec.foo/);
  });
});

describe('strategic merge patch', () => {
  test('merge keys, $patch delete/replace, $retainKeys', () => {
    const live = {
      spec: {
        containers: [
          {
            name: 'a',
            image: '1',
            ports: [{ containerPort: 80 }],
            volumeMounts: [{ mountPath: '/x', name: 'v' }],
          },
          { name: 'b', image: '1' },
        ],
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } },
      },
    };
    const out = strategicMergePatch(live, {
      spec: {
        containers: [
          { name: 'a', image: '2', ports: [{ containerPort: 81 }] },
          { name: 'b', $patch: 'delete' },
        ],
        strategy: { $retainKeys: ['type'], type: 'Recreate' },
      },
    }) as typeof live;
    expect(out.spec.containers).toEqual([
      {
        name: 'a',
        image: '2',
        ports: [{ containerPort: 80 }, { containerPort: 81 }],
        volumeMounts: [{ mountPath: '/x', name: 'v' }],
      },
    ]);
    expect(out.spec.strategy).toEqual({ type: 'Recreate' });
    const replaced = strategicMergePatch(live, {
      spec: { containers: [{ $patch: 'replace' }, { name: 'z', image: '9' }] },
    }) as typeof live;
    expect(replaced.spec.containers).toEqual([{ name: 'z', image: '9' }]);
  });
});
