/**
 * Before any change, a backup of the app's objects as multi-document YAML under `backup-dir`:
 * Deployments, Services, ConfigMaps, Ingresses, HTTPRoutes and HPAs, cleaned of server-set fields
 * so `kubectl apply -f` (or `rollback`) can restore them. Secrets are recorded by name and a
 * SHA-256 of their data only — never their contents.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { labelSelector, type KubeClient } from './client.ts';
import { LABELS } from './state.ts';

/** A Kubernetes object as plain JSON (what the API returns and what YAML holds). */
export interface PlainObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}

/** A Secret's identity without its contents. */
export interface SecretDigest {
  name: string;
  type?: string;
  keys: string[];
  sha256: string;
}

const SERVER_FIELDS = [
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'managedFields',
  'selfLink',
  'deletionTimestamp',
  'ownerReferences',
];
const SERVER_ANNOTATIONS = [
  'deployment.kubernetes.io/revision',
  'kubectl.kubernetes.io/last-applied-configuration',
];

/** Pure: the object without status and server-set metadata, ready to be applied again. */
export function cleanForBackup(obj: PlainObject): PlainObject {
  const copy = structuredClone(obj) as PlainObject;
  delete copy.status;
  for (const f of SERVER_FIELDS) delete copy.metadata[f];
  if (copy.metadata.annotations) {
    for (const a of SERVER_ANNOTATIONS) delete copy.metadata.annotations[a];
    if (Object.keys(copy.metadata.annotations).length === 0) delete copy.metadata.annotations;
  }
  if (copy.kind === 'Service') {
    const spec = copy.spec as Record<string, unknown> | undefined;
    // Allocated by the cluster; re-applying them elsewhere would fail.
    if (spec) for (const f of ['clusterIP', 'clusterIPs']) delete spec[f];
  }
  return copy;
}

/** Pure: a Secret reduced to name, type, key names and a hash of its data. */
export function digestSecret(secret: {
  metadata?: { name?: string };
  type?: string;
  data?: Record<string, string>;
}): SecretDigest {
  const keys = Object.keys(secret.data ?? {}).sort();
  const hash = createHash('sha256');
  for (const k of keys) hash.update(`${k}\0${secret.data?.[k] ?? ''}\0`);
  return { name: secret.metadata?.name ?? '?', type: secret.type, keys, sha256: hash.digest('hex') };
}

/** Pure: the backup file's text. Secrets go in a trailing comment block: visible, never applied. */
export function renderBackup(objects: PlainObject[], secrets: SecretDigest[], header: string): string {
  const docs = objects.map((o) => stringify(cleanForBackup(o), { lineWidth: 0 }).trimEnd());
  const secretLines = secrets.map(
    (s) => `#   Secret ${s.name} (${s.type ?? 'Opaque'}) keys=[${s.keys.join(',')}] sha256=${s.sha256}`,
  );
  const lines = [`# ${header}`, '# Restore: kubectl apply -f <this file>  (or the rollback action)'];
  if (secretLines.length > 0)
    lines.push('# Secrets (not backed up; name and hash of the data only):', ...secretLines);
  return `${lines.join('\n')}\n---\n${docs.join('\n---\n')}\n`;
}

/** Pure: the objects of a backup file (comments ignored), for restore. */
export function parseBackup(text: string): PlainObject[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as PlainObject | null)
    .filter((o): o is PlainObject => !!o && typeof o === 'object' && typeof o.kind === 'string');
}

/** Names shipgate gives an app's objects: the app's own, plus canary/baseline/colours/preview. */
export function appObjectNames(app: string): string[] {
  return [
    app,
    `${app}-canary`,
    `${app}-baseline`,
    `${app}-blue`,
    `${app}-green`,
    `${app}-preview`,
    `${app}-stable`,
  ];
}

/**
 * Reads the app's objects: those labelled `app.kubernetes.io/name=<app>` or `app=<app>`, plus the
 * names shipgate uses — label-scoped lists, never the whole namespace.
 */
export async function collectAppObjects(
  kube: KubeClient,
  namespace: string,
  app: string,
): Promise<{ objects: PlainObject[]; secrets: SecretDigest[] }> {
  const selectors = [labelSelector({ [LABELS.app]: app }), labelSelector({ app })];
  const names = new Set(appObjectNames(app));
  const found = new Map<string, PlainObject>();
  const add = (kind: string, apiVersion: string, items: unknown[]) => {
    for (const raw of items) {
      const o = raw as PlainObject;
      found.set(`${kind}/${o.metadata.name}`, { ...o, apiVersion, kind });
    }
  };
  const secrets: SecretDigest[] = [];
  // All lists at once: a backup is ~20 small reads, and they do not depend on each other.
  const lists = selectors.flatMap((sel) => [
    kube
      .call('list deployments', () => kube.apps.listNamespacedDeployment({ namespace, labelSelector: sel }))
      .then((r) => add('Deployment', 'apps/v1', r.items)),
    kube
      .call('list services', () => kube.core.listNamespacedService({ namespace, labelSelector: sel }))
      .then((r) => add('Service', 'v1', r.items)),
    kube
      .call('list configmaps', () => kube.core.listNamespacedConfigMap({ namespace, labelSelector: sel }))
      .then((r) => add('ConfigMap', 'v1', r.items)),
    kube
      .call('list ingresses', () => kube.networking.listNamespacedIngress({ namespace, labelSelector: sel }))
      .then((r) => add('Ingress', 'networking.k8s.io/v1', r.items)),
    optionalList(() =>
      kube.autoscaling.listNamespacedHorizontalPodAutoscaler({ namespace, labelSelector: sel }),
    ).then((items) => add('HorizontalPodAutoscaler', 'autoscaling/v2', items)),
    optionalList(() =>
      kube.custom.listNamespacedCustomObject({
        group: 'gateway.networking.k8s.io',
        version: 'v1',
        namespace,
        plural: 'httproutes',
        labelSelector: sel,
      }),
    ).then((items) => add('HTTPRoute', 'gateway.networking.k8s.io/v1', items)),
    kube
      .call('list secrets', () => kube.core.listNamespacedSecret({ namespace, labelSelector: sel }))
      .then((r) => {
        for (const item of r.items)
          if (!secrets.some((x) => x.name === item.metadata?.name)) secrets.push(digestSecret(item));
      }),
  ]);
  await Promise.all(lists);
  await Promise.all(
    [...names].flatMap((name) => [
      found.has(`Deployment/${name}`)
        ? undefined
        : kube
            .find('read deployment', () => kube.apps.readNamespacedDeployment({ name, namespace }))
            .then((d) => d && add('Deployment', 'apps/v1', [d])),
      found.has(`Service/${name}`)
        ? undefined
        : kube
            .find('read service', () => kube.core.readNamespacedService({ name, namespace }))
            .then((x) => x && add('Service', 'v1', [x])),
    ]),
  );
  secrets.sort((a, b) => a.name.localeCompare(b.name));
  const objects = [...found.values()].sort((a, b) =>
    `${a.kind}/${a.metadata.name}`.localeCompare(`${b.kind}/${b.metadata.name}`),
  );
  return { objects, secrets };
}

/** A kind the cluster may not serve (no Gateway API, no HPA v2): an empty list, not a failure. */
async function optionalList(fn: () => Promise<unknown>): Promise<unknown[]> {
  try {
    const r = (await fn()) as { items?: unknown[] };
    return r.items ?? [];
  } catch {
    return [];
  }
}

/** Writes the backup file and returns its path. */
export async function writeBackup(
  kube: KubeClient,
  o: { namespace: string; app: string; dir: string; version: string; nowMs: number },
): Promise<{ path: string; objects: number; secrets: number }> {
  const { objects, secrets } = await collectAppObjects(kube, o.namespace, o.app);
  const stamp = new Date(o.nowMs).toISOString().replace(/[:.]/g, '-');
  const file = path.join(o.dir, `${o.namespace}-${o.app}-${stamp}.yaml`);
  await mkdir(o.dir, { recursive: true });
  const header = `shipgate backup of ${o.namespace}/${o.app} before deploying ${o.version}, ${new Date(o.nowMs).toISOString()}`;
  await writeFile(file, renderBackup(objects, secrets, header), { mode: 0o600 });
  return { path: file, objects: objects.length, secrets: secrets.length };
}
