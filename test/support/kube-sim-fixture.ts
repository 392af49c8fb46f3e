/**
 * The set-up every kube-sim test repeats, written once: a simulator with a kubeconfig in a temp
 * folder and a real client-node KubeClient on it (started in beforeAll, stopped in afterAll). The
 * app these tests deploy is app-yaml.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeClient, loadKubeConfig } from '@shipgate/kube';
import { startKubeSim, type ImageBehaviour, type KubeSim } from '@shipgate/kube-sim';

export interface SimFixture {
  sim: KubeSim;
  /** The real client-node client on the simulator (no run signal, default retries). */
  kube: KubeClient;
  /** A temp folder (the kubeconfig, manifests, GITHUB_WORKSPACE of bundle runs). */
  dir: string;
}

/**
 * Starts kube-sim before the file's tests and stops it after. The returned object is filled in
 * beforeAll: read its fields inside tests and hooks, never at import time.
 */
export function useKubeSim(prefix: string, images: Record<string, ImageBehaviour> = {}): SimFixture {
  const fx = {} as SimFixture;
  beforeAll(async () => {
    fx.dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
    fx.sim = await startKubeSim({ kubeconfigPath: join(fx.dir, 'kubeconfig'), controllers: { images } });
    fx.kube = new KubeClient({ config: loadKubeConfig({ kubeconfigPath: fx.sim.kubeconfigPath }) });
  });
  afterAll(async () => {
    await fx.sim?.stop();
    if (fx.dir) await rm(fx.dir, { recursive: true, force: true });
  });
  return fx;
}
