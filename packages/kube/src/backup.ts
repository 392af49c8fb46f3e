/**
 * Before any change, a backup of the app's objects as multi-document YAML under `backup-dir`:
 * Deployments, Services, ConfigMaps, Ingresses, HTTPRoutes and HPAs, cleaned of server-set fields
 * so `kubectl apply -f` (or `rollback`) can restore them. Secrets are recorded by name and a
 * SHA-256 of their data only — never their contents.
 */
import { createHmac } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ExternalError, type Logger } from '@shipgate/core';
import { parseAllDocuments, stringify } from 'yaml';
import { isNotFound, labelSelector, type KubeClient } from './client.ts';
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
  /**
   * HMAC-SHA256 of the data keyed with the Secret's uid: equal contents of the same Secret compare
   * equal, but a backup (which never holds the uid) cannot be used to brute-force a weak password.
   */
  hmacSha256: string;
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

/** Pure: a Secret reduced to name, type, key names and a keyed hash of its data. */
export function digestSecret(secret: {
  metadata?: { name?: string; uid?: string };
  type?: string;
  data?: Record<string, string>;
}): SecretDigest {
  const keys = Object.keys(secret.data ?? {}).sort();
  const hash = createHmac('sha256', `shipgate secret digest ${secret.metadata?.uid ?? ''}`);
  for (const k of keys) hash.update(`${k}\0${secret.data?.[k] ?? ''}\0`);
  return { name: secret.metadata?.name ?? '?', type: secret.type, keys, hmacSha256: hash.digest('hex') };
}

/** Pure: the backup file's text. Secrets go in a trailing comment block: visible, never applied. */
export function renderBackup(objects: PlainObject[], secrets: SecretDigest[], header: string): string {
  const docs = objects.map((o) => stringify(cleanForBackup(o), { lineWidth: 0 }).trimEnd());
  const secretLines = secrets.map(
    (s) =>
      `#   Secret ${s.name} (${s.type ?? 'Opaque'}) keys=[${s.keys.join(',')}] hmac-sha256=${s.hmacSha256}`,
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

/** One page of a list call, as client-node returns it for built-in and custom kinds alike. */
interface ListPage {
  items: unknown[];
  metadata?: { _continue?: string };
}
interface ListQuery {
  namespace: string;
  labelSelector?: string;
  limit?: number;
  _continue?: string;
}

/** How the backup reads one kind. */
interface BackupKind {
  apiVersion: string;
  /**
   * `namespace`: one paginated list of the namespace, filtered here by the app's labels and
   * shipgate's names (one request in a small namespace, and no per-name reads). `labels`: one list
   * per app label, so ConfigMaps and Secrets of other apps (large, or sensitive) are never read.
   */
  scope: 'namespace' | 'labels';
  /** A kind the cluster may not serve (no Gateway API, no HPA v2): no list, nothing to back up. */
  optional?: boolean;
  list(kube: KubeClient, q: ListQuery): Promise<ListPage>;
}

const custom = (group: string, version: string, plural: string) => (kube: KubeClient, q: ListQuery) =>
  kube.custom.listNamespacedCustomObject({ group, version, plural, ...q }) as Promise<ListPage>;

/** What a backup holds, kind by kind; `satisfies` keeps the table complete. */
const BACKUP_KINDS = {
  Deployment: {
    apiVersion: 'apps/v1',
    scope: 'namespace',
    list: (kube, q) => kube.apps.listNamespacedDeployment(q),
  },
  Service: { apiVersion: 'v1', scope: 'namespace', list: (kube, q) => kube.core.listNamespacedService(q) },
  VirtualService: {
    apiVersion: 'networking.istio.io/v1',
    scope: 'namespace',
    optional: true,
    list: custom('networking.istio.io', 'v1', 'virtualservices'),
  },
  Ingress: {
    apiVersion: 'networking.k8s.io/v1',
    scope: 'namespace',
    list: (kube, q) => kube.networking.listNamespacedIngress(q),
  },
  HorizontalPodAutoscaler: {
    apiVersion: 'autoscaling/v2',
    scope: 'namespace',
    optional: true,
    list: (kube, q) => kube.autoscaling.listNamespacedHorizontalPodAutoscaler(q),
  },
  HTTPRoute: {
    apiVersion: 'gateway.networking.k8s.io/v1',
    scope: 'namespace',
    optional: true,
    list: custom('gateway.networking.k8s.io', 'v1', 'httproutes'),
  },
  ConfigMap: { apiVersion: 'v1', scope: 'labels', list: (kube, q) => kube.core.listNamespacedConfigMap(q) },
  Secret: { apiVersion: 'v1', scope: 'labels', list: (kube, q) => kube.core.listNamespacedSecret(q) },
} satisfies Record<string, BackupKind>;

/** Default page size of namespace-wide lists (DESIGN: every list is label-scoped or paginated). */
const PAGE = 250;

/**
 * Every item of a list, page by page. An optional kind the cluster does not serve (404) lists
 * nothing; one it refuses (403: a Role without `list` on a router's kind the app does not use) is
 * 'refused', for the caller to say so. Anything else (a server error, a cancellation) stops the run.
 */
async function listAll(
  kube: KubeClient,
  kind: string,
  spec: BackupKind,
  q: ListQuery,
): Promise<unknown[] | 'refused'> {
  const items: unknown[] = [];
  let next: string | undefined;
  try {
    do {
      const page = await kube.call(`list ${kind}`, () =>
        spec.list(kube, { ...q, ...(next ? { _continue: next } : {}) }),
      );
      items.push(...page.items);
      next = page.metadata?._continue || undefined;
    } while (next);
  } catch (error) {
    if (spec.optional && isNotFound(error)) return [];
    if (spec.optional && error instanceof ExternalError && error.status === 403) return 'refused';
    throw error;
  }
  return items;
}

/**
 * Reads the app's objects: those labelled `app.kubernetes.io/name=<app>` or `app=<app>`, plus those
 * with the names shipgate uses. One request per kind (two for ConfigMaps and Secrets, one per
 * label), all at once: label-scoped or paginated lists, never a read per object.
 */
export async function collectAppObjects(
  kube: KubeClient,
  namespace: string,
  app: string,
  o: { pageSize?: number } = {},
): Promise<{ objects: PlainObject[]; secrets: SecretDigest[]; refused: string[] }> {
  const names = new Set(appObjectNames(app));
  const ours = (o: PlainObject) =>
    o.metadata.labels?.[LABELS.app] === app || o.metadata.labels?.app === app || names.has(o.metadata.name);
  const selectors = [labelSelector({ [LABELS.app]: app }), labelSelector({ app })];
  const found = new Map<string, PlainObject>();
  const secrets = new Map<string, SecretDigest>();
  const refused = new Set<string>();
  const lists = Object.entries(BACKUP_KINDS as Record<string, BackupKind>).flatMap(([kind, spec]) => {
    const queries: ListQuery[] =
      spec.scope === 'namespace'
        ? [{ namespace, limit: o.pageSize ?? PAGE }]
        : selectors.map((labelSelector) => ({ namespace, labelSelector }));
    return queries.map(async (q) => {
      const listed = await listAll(kube, kind, spec, q);
      if (listed === 'refused') return void refused.add(kind);
      for (const raw of listed) {
        const obj = raw as PlainObject;
        if (kind === 'Secret')
          secrets.set(obj.metadata.name, digestSecret(obj as Parameters<typeof digestSecret>[0]));
        else if (spec.scope === 'labels' || ours(obj))
          found.set(`${kind}/${obj.metadata.name}`, { ...obj, apiVersion: spec.apiVersion, kind });
      }
    });
  });
  await Promise.all(lists);
  const objects = [...found.values()].sort((a, b) =>
    `${a.kind}/${a.metadata.name}`.localeCompare(`${b.kind}/${b.metadata.name}`),
  );
  return {
    objects,
    secrets: [...secrets.values()].sort((a, b) => a.name.localeCompare(b.name)),
    refused: [...refused].sort(),
  };
}

/**
 * Writes the backup file, logs what it holds (and warns of kinds the cluster refused to list, which
 * it does not hold), and returns its path.
 */
export async function writeBackup(
  kube: KubeClient,
  o: { namespace: string; app: string; dir: string; version: string; nowMs: number; log: Logger },
): Promise<{ path: string; objects: number; secrets: number; refused: string[] }> {
  const { objects, secrets, refused } = await collectAppObjects(kube, o.namespace, o.app);
  const stamp = new Date(o.nowMs).toISOString().replace(/[:.]/g, '-');
  const file = path.join(o.dir, `${o.namespace}-${o.app}-${stamp}.yaml`);
  await mkdir(o.dir, { recursive: true });
  const missing = refused.length ? `; not in it (listing refused): ${refused.join(', ')}` : '';
  const header = `shipgate backup of ${o.namespace}/${o.app} before deploying ${o.version}, ${new Date(o.nowMs).toISOString()}${missing}`;
  await writeFile(file, renderBackup(objects, secrets, header), { mode: 0o600 });
  o.log.info(`backup of ${objects.length} object(s) and ${secrets.length} secret digest(s): ${file}`);
  if (refused.length)
    o.log.warn(
      `the backup holds no ${refused.join(', ')}: the cluster refused to list them (403); grant list on them to back them up`,
    );
  return { path: file, objects: objects.length, secrets: secrets.length, refused };
}
