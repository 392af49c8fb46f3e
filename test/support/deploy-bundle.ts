/**
 * The deploy bundle's tests, set up once: kube-sim (useKubeSim), the runner's environment for
 * dist/deploy, a run of the bundle with inputs, and an app's first deploy from its manifests.
 * Build first: npm run build -- deploy
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImageBehaviour } from '@shipgate/kube-sim';
import { appYaml } from './app-yaml.ts';
import { useKubeSim, type SimFixture } from './kube-sim-fixture.ts';
import { runBundle, type BundleOptions, type BundleRun } from './run-bundle.ts';

export interface DeployFixture extends SimFixture {
  /** The runner's environment for a bundle run against the simulator, plus `extra`. */
  env(extra?: Record<string, string>): Record<string, string>;
  /** Runs dist/deploy with these inputs (a fresh process, as a later job would). */
  deploy(inputs: Record<string, string>, o?: Omit<BundleOptions, 'inputs'>): Promise<BundleRun>;
  /** Writes `<app>.yaml` (appYaml) and deploys 1.0.0 from it; the run must succeed. */
  firstDeploy(app: string, o?: { replicas?: number; strategy?: string }): Promise<BundleRun>;
}

export function useDeployBundle(prefix: string, images: Record<string, ImageBehaviour>): DeployFixture {
  const fx = useKubeSim(prefix, images) as DeployFixture;
  fx.env = (extra = {}) => ({
    KUBECONFIG: fx.sim.kubeconfigPath!,
    GITHUB_WORKSPACE: fx.dir,
    RUNNER_TEMP: fx.dir,
    ...extra,
  });
  fx.deploy = (inputs, o = {}) => runBundle('deploy', { ...o, inputs, env: fx.env(o.env) });
  fx.firstDeploy = async (app, { replicas = 2, strategy = 'rolling' } = {}) => {
    await writeFile(join(fx.dir, `${app}.yaml`), appYaml(app, replicas));
    const r = await fx.deploy({ app, manifests: `${app}.yaml`, version: '1.0.0', strategy });
    expect(r.exitCode).toBe(0);
    return r;
  };
  return fx;
}
