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
import { KubeClient, loadKubeConfig, parseManifests, type DeployOptions } from '@shipgate/kube';
import { startKubeSim, type KubeSim } from '@shipgate/kube-sim';
import { appYaml } from '../../test/support/app-yaml.ts';
import { deployOptions } from '../../test/support/kube-options.ts';

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
    deployOptions: (app, version, over = {}) =>
      deployOptions(kube, app, {
        version,
        images: [{ ref: `reg/web:${version}` }],
        timeoutMs: 60_000,
        lockTimeoutMs: 5_000,
        holder: 'bench',
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
  return parseManifests(
    appYaml(app, o.replicas ?? 3, { image, serviceLabels: true, service: o.service }),
    'bench.yaml',
  );
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
