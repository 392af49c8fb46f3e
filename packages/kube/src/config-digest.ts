/**
 * What `kubectl rollout undo` forgets (kubernetes#94698): the ConfigMaps and Secrets a version's
 * pods read. A release records their content hashes (by `Kind/name`) in the ledger, so a rollback
 * can tell whether the config it would run the old pods with is still the config they ran with.
 * Hashes only: a Secret's contents never leave the cluster.
 */
import { createHash } from 'node:crypto';
import type * as k8s from '@kubernetes/client-node';
import { digestSecret } from './backup.ts';
import type { KubeClient } from './client.ts';
import { LABELS, type StrategyName } from './state.ts';

/** `ConfigMap/<name>` or `Secret/<name>`. */
export type ConfigKey = `${'ConfigMap' | 'Secret'}/${string}`;

/** Pure: the ConfigMaps and Secrets a pod spec reads (env, envFrom, volumes, projected volumes), sorted. */
export function configRefs(spec: k8s.V1PodSpec | undefined): ConfigKey[] {
  const keys = new Set<ConfigKey>();
  const cm = (name?: string) => name && keys.add(`ConfigMap/${name}`);
  const secret = (name?: string) => name && keys.add(`Secret/${name}`);
  for (const c of [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])]) {
    for (const e of c.env ?? []) {
      cm(e.valueFrom?.configMapKeyRef?.name);
      secret(e.valueFrom?.secretKeyRef?.name);
    }
    for (const f of c.envFrom ?? []) {
      cm(f.configMapRef?.name);
      secret(f.secretRef?.name);
    }
  }
  for (const v of spec?.volumes ?? []) {
    cm(v.configMap?.name);
    secret(v.secret?.secretName);
    for (const s of v.projected?.sources ?? []) {
      cm(s.configMap?.name);
      secret(s.secret?.name);
    }
  }
  return [...keys].sort();
}

/** Pure: SHA-256 of a ConfigMap's data and binaryData (key order does not matter). */
export function digestConfigMap(cm: {
  data?: Record<string, string>;
  binaryData?: Record<string, string>;
}): string {
  const hash = createHash('sha256');
  for (const [field, map] of [
    ['data', cm.data],
    ['binaryData', cm.binaryData],
  ] as const)
    for (const k of Object.keys(map ?? {}).sort()) hash.update(`${field}\0${k}\0${map?.[k] ?? ''}\0`);
  return hash.digest('hex');
}

/** Pure: the content hash of a ConfigMap or Secret object, as the ledger records it. */
export function digestConfig(kind: 'ConfigMap' | 'Secret', obj: object): string {
  return kind === 'ConfigMap'
    ? digestConfigMap(obj as k8s.V1ConfigMap)
    : digestSecret(obj as Parameters<typeof digestSecret>[0]).hmacSha256;
}

/** Reads each object and hashes it; an object that does not exist is left out (it is reported elsewhere). */
export async function readConfigDigests(
  kube: KubeClient,
  namespace: string,
  keys: readonly ConfigKey[],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  await Promise.all(
    keys.map(async (key) => {
      const [kind, name] = splitKey(key);
      const obj =
        kind === 'ConfigMap'
          ? await kube.find(`read configmap ${name}`, () =>
              kube.core.readNamespacedConfigMap({ name, namespace }),
            )
          : await kube.find(`read secret ${name}`, () => kube.core.readNamespacedSecret({ name, namespace }));
      if (obj) out[key] = digestConfig(kind, obj);
    }),
  );
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export function splitKey(key: string): ['ConfigMap' | 'Secret', string] {
  const at = key.indexOf('/');
  return [key.slice(0, at) === 'Secret' ? 'Secret' : 'ConfigMap', key.slice(at + 1)];
}

/** The Deployment whose pods serve the app now: the app's own, or (blue-green) the colour its Service selects. */
export async function liveDeploymentName(
  kube: KubeClient,
  namespace: string,
  app: string,
  strategy: StrategyName,
): Promise<string> {
  if (strategy !== 'blue-green') return app;
  const svc = await kube.find('read service', () =>
    kube.core.readNamespacedService({ name: app, namespace }),
  );
  return `${app}-${svc?.spec?.selector?.[LABELS.track] === 'green' ? 'green' : 'blue'}`;
}

/** The content hashes of the config the app's live pod template reads (for the ledger entry of a release). */
export async function recordedConfig(
  kube: KubeClient,
  namespace: string,
  app: string,
  strategy: StrategyName,
): Promise<Record<string, string>> {
  const name = await liveDeploymentName(kube, namespace, app, strategy);
  const dep = await kube.find(`read deployment ${name}`, () =>
    kube.apps.readNamespacedDeployment({ name, namespace }),
  );
  return readConfigDigests(kube, namespace, configRefs(dep?.spec?.template?.spec));
}
