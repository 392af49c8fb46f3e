/**
 * The set-up the Kubernetes benchmarks share: a kube-sim cluster with image readiness rules, the
 * real client, a Deployment (+ Service) manifest, runDeploy's options, a built action bundle
 * spawned as the runner spawns it (INPUT_* variables, output and summary files), kubectl against
 * the cluster, and the median.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createMemoryLogger, systemClock } from '@shipgate/core';
import {
  KubeClient,
  loadKubeConfig,
  parseManifests,
  type DeployOptions,
  type StrategyName,
} from '@shipgate/kube';
import { startKubeSim, type KubeSim } from '@shipgate/kube-sim';

export const run = promisify(execFile);

export interface BenchCluster {
  dir: string;
  sim: KubeSim;
  kube: KubeClient;
  /** runDeploy options for `version` of `app` (image `<repo>:<version>`), a rolling deploy unless overridden. */
  deployOptions(app: string, version: string, over?: Partial<DeployOptions>): DeployOptions;
  /** Spawns dist/<action>/index.js with `inputs` as INPUT_* variables; resolves when it exits 0. */
  spawnAction(action: string, inputs: Record<string, string>, env?: Record<string, string>): Promise<unknown>;
  /** Runs kubectl against the cluster. */
  kubectl(...args: string[]): Promise<unknown>;
  stop(): Promise<void>;
}

/** A kube-sim cluster in a fresh temp dir; `images` are the controllers' readiness rules. */
export async function startBenchCluster(
  name: string,
  images: Record<string, { readyAfterMs: number }>,
): Promise<BenchCluster> {
  const dir = await mkdtemp(join(tmpdir(), `bench-${name}-`));
  const sim = await startKubeSim({ kubeconfigPath: join(dir, 'kubeconfig'), controllers: { images } });
  const kube = new KubeClient({ config: loadKubeConfig({ kubeconfigPath: sim.kubeconfigPath }) });
  const out = join(dir, 'out');
  const summary = join(dir, 'summary');
  const kenv = { ...process.env, KUBECONFIG: sim.kubeconfigPath! };
  return {
    dir,
    sim,
    kube,
    deployOptions: (app, version, over = {}) => ({
      kube,
      namespace: 'default',
      app,
      version,
      images: [{ ref: `reg/web:${version}` }],
      manifests: [],
      strategy: 'rolling' as StrategyName,
      mode: 'deploy',
      canaryWeight: 10,
      router: 'replicas',
      baseline: false,
      autoRollback: true,
      timeoutMs: 60_000,
      scaleDownDelayMs: 0,
      dryRun: false,
      lockTimeoutMs: 5_000,
      holder: 'bench',
      signal: new AbortController().signal,
      clock: systemClock,
      log: createMemoryLogger(),
      ...over,
    }),
    spawnAction(action, inputs, env = {}) {
      writeFileSync(out, '');
      writeFileSync(summary, '');
      const vars = Object.fromEntries(
        Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
      );
      return run(process.execPath, [new URL(`../../dist/${action}/index.js`, import.meta.url).pathname], {
        env: {
          PATH: process.env.PATH ?? '',
          KUBECONFIG: sim.kubeconfigPath!,
          GITHUB_OUTPUT: out,
          GITHUB_STEP_SUMMARY: summary,
          GITHUB_WORKSPACE: dir,
          RUNNER_TEMP: dir,
          ...env,
          ...vars,
        },
      });
    },
    kubectl: (...args) => run('kubectl', args, { env: kenv }),
    async stop() {
      await sim.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A `replicas`-replica Deployment `app` at `image` (and its Service unless `service` is false). */
export function benchManifest(app: string, image: string, o: { replicas?: number; service?: boolean } = {}) {
  const service = `---
apiVersion: v1
kind: Service
metadata: {name: ${app}, labels: {app: ${app}}}
spec: {selector: {app: ${app}}, ports: [{port: 80, targetPort: 8080}]}
`;
  return parseManifests(
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${app}, labels: {app: ${app}}}
spec:
  replicas: ${o.replicas ?? 3}
  selector: {matchLabels: {app: ${app}}}
  template:
    metadata: {labels: {app: ${app}}}
    spec: {containers: [{name: web, image: "${image}"}]}
${o.service === false ? '' : service}`,
    'bench.yaml',
  );
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
