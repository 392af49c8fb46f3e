/**
 * Shared set-up of the rollback bundle tests: kube-sim, a real git repository with version tags (the
 * checked-out repo), apps deployed through @shipgate/kube's runDeploy, and helpers to read the cluster.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMemoryLogger, systemClock } from '@shipgate/core';
import {
  KubeClient,
  loadKubeConfig,
  parseManifests,
  readLedger,
  runDeploy,
  type DeployOptions,
  type StrategyName,
} from '@shipgate/kube';
import type { KubeSim } from '@shipgate/kube-sim';

/** A git repository at `dir` with one commit and the given tags. */
export function gitRepo(dir: string, tags: string[]): void {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    });
  git('init', '-q');
  git('commit', '-q', '--allow-empty', '-m', 'init');
  for (const t of tags) git('tag', t);
}

export function kubeFor(sim: KubeSim): KubeClient {
  return new KubeClient({ config: loadKubeConfig({ kubeconfigPath: sim.kubeconfigPath }) });
}

/** Manifests of a rolling app `app` at `image`, reading ConfigMap `<app>-config` and Secret `<app>-secret`. */
export function appManifests(app: string, image: string, replicas = 2, config = 'v1') {
  return parseManifests(
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${app}, labels: {app: ${app}}}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: ${app}}}
  template:
    metadata: {labels: {app: ${app}}}
    spec:
      containers:
        - name: web
          image: "${image}"
          envFrom: [{configMapRef: {name: ${app}-config}}, {secretRef: {name: ${app}-secret}}]
---
apiVersion: v1
kind: Service
metadata: {name: ${app}, labels: {app: ${app}}}
spec: {selector: {app: ${app}}, ports: [{port: 80, targetPort: 8080}]}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: ${app}-config, labels: {app: ${app}}}
data: {FEATURE: "${config}"}
`,
    `${app}.yaml`,
  );
}

/** Deploys `version` of `app` in-process (the state a rollback starts from). */
export async function deploy(
  kube: KubeClient,
  app: string,
  version: string,
  over: Partial<DeployOptions> = {},
): Promise<void> {
  const report = await runDeploy({
    kube,
    namespace: 'default',
    app,
    version,
    images: [{ ref: `reg/web:${version}` }],
    manifests: [],
    strategy: 'rolling' as StrategyName,
    mode: 'deploy',
    canaryWeight: 25,
    router: 'replicas',
    baseline: false,
    autoRollback: true,
    timeoutMs: 20_000,
    scaleDownDelayMs: 0,
    dryRun: false,
    lockTimeoutMs: 2_000,
    holder: `test deploy ${app}`,
    signal: new AbortController().signal,
    clock: systemClock,
    log: createMemoryLogger(),
    ...over,
  });
  if (report.status !== 'succeeded') throw new Error(`set-up deploy ${app} ${version}: ${report.message}`);
}

/** Writes a Secret `<app>-secret` (created, or its data replaced) straight into the store. */
export async function putSecret(kube: KubeClient, app: string, value: string): Promise<void> {
  const name = `${app}-secret`;
  const body = {
    metadata: { name, labels: { app } },
    data: { TOKEN: Buffer.from(value).toString('base64') },
  };
  const live = await kube.find('s', () => kube.core.readNamespacedSecret({ name, namespace: 'default' }));
  if (live)
    await kube.core.replaceNamespacedSecret({
      name,
      namespace: 'default',
      body: { ...live, data: body.data },
    });
  else await kube.core.createNamespacedSecret({ namespace: 'default', body });
}

export const ledgerOf = (kube: KubeClient, app: string) => readLedger(kube, 'default', app);

export function deploymentOf(sim: KubeSim, name: string) {
  return sim.store.get(sim.store.type('apps', 'deployments')!, 'default', name);
}

export function leaseHolder(sim: KubeSim, app: string): string | undefined {
  return sim.store.get(sim.store.type('coordination.k8s.io', 'leases')!, 'default', `${app}-shipgate-lock`)
    ?.spec?.holderIdentity;
}

export async function writeJob(dir: string, name: string, image: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}.yaml`);
  await writeFile(
    file,
    `apiVersion: batch/v1
kind: Job
metadata: {name: ${name}}
spec:
  backoffLimit: 0
  template:
    spec:
      restartPolicy: Never
      containers: [{name: migrate, image: "${image}"}]
`,
  );
  return file;
}
