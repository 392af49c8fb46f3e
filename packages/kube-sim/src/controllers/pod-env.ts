import type { KubeObject } from '../store/store.ts';
import type { Kinds } from './kinds.ts';
import type { Store } from '../store/store.ts';

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    fieldRef?: { fieldPath: string };
    configMapKeyRef?: { name: string; key: string; optional?: boolean };
    secretKeyRef?: { name: string; key: string; optional?: boolean };
  };
}

/** A container's environment as the kubelet builds it: envFrom, then env (value, fieldRef, configMap/secret keys). */
export function containerEnv(
  store: Store,
  kinds: Kinds,
  pod: KubeObject,
  container: { env?: EnvVar[]; envFrom?: unknown[] },
): Record<string, string> {
  const ns = pod.metadata.namespace;
  const out: Record<string, string> = {};
  const cm = (name: string): Record<string, string> =>
    (store.get(kinds.configmaps, ns, name)?.['data'] as Record<string, string>) ?? {};
  const secret = (name: string): Record<string, string> => {
    const data = (store.get(kinds.secrets, ns, name)?.['data'] as Record<string, string>) ?? {};
    return Object.fromEntries(
      Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]),
    );
  };
  for (const src of (container.envFrom ?? []) as {
    prefix?: string;
    configMapRef?: { name: string };
    secretRef?: { name: string };
  }[]) {
    const data = src.configMapRef
      ? cm(src.configMapRef.name)
      : src.secretRef
        ? secret(src.secretRef.name)
        : {};
    for (const [k, v] of Object.entries(data)) out[(src.prefix ?? '') + k] = v;
  }
  const fields: Record<string, string | undefined> = {
    'metadata.name': pod.metadata.name,
    'metadata.namespace': ns,
    'metadata.uid': pod.metadata.uid,
    'spec.nodeName': pod.spec?.nodeName,
    'spec.serviceAccountName': pod.spec?.serviceAccountName,
    'status.podIP': pod.status?.podIP,
    'status.hostIP': pod.status?.hostIP,
  };
  for (const e of container.env ?? []) {
    if (e.value !== undefined) out[e.name] = e.value;
    else if (e.valueFrom?.fieldRef) out[e.name] = fieldValue(pod, e.valueFrom.fieldRef.fieldPath, fields);
    else if (e.valueFrom?.configMapKeyRef)
      out[e.name] = cm(e.valueFrom.configMapKeyRef.name)[e.valueFrom.configMapKeyRef.key] ?? '';
    else if (e.valueFrom?.secretKeyRef)
      out[e.name] = secret(e.valueFrom.secretKeyRef.name)[e.valueFrom.secretKeyRef.key] ?? '';
    else out[e.name] = '';
  }
  return out;
}

function fieldValue(pod: KubeObject, path: string, fields: Record<string, string | undefined>): string {
  const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (m) return (pod.metadata[m[1] as 'labels' | 'annotations'] ?? {})[m[2]!] ?? '';
  return fields[path] ?? '';
}
