import { writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { stringify } from 'yaml';

/** A kubeconfig for the simulator (plain http on loopback, a bearer-token user) that kubectl and client-node accept. */
export function kubeconfigYaml(
  url: string,
  opts: { context?: string; namespace?: string; token?: string } = {},
): string {
  const name = opts.context ?? 'kube-sim';
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    // client-node 2 refuses plain http unless the cluster skips TLS verification.
    clusters: [{ name, cluster: { server: url, 'insecure-skip-tls-verify': true } }],
    users: [{ name: `${name}-user`, user: { token: opts.token ?? 'kube-sim-token' } }],
    contexts: [
      { name, context: { cluster: name, user: `${name}-user`, namespace: opts.namespace ?? 'default' } },
    ],
    'current-context': name,
    preferences: {},
  });
}

export async function writeKubeconfig(
  path: string,
  url: string,
  opts: { context?: string; namespace?: string } = {},
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, kubeconfigYaml(url, opts), { mode: 0o600 });
}
