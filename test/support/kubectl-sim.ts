/**
 * The real kubectl against kube-sim, set up once for the tests that judge the simulator (or
 * shipgate) by what kubectl shows: kubectl bound to a kubeconfig, and a simulator with its
 * kubeconfig in a temp folder (started in beforeAll, stopped in afterAll) with kubectl on it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startKubeSim, type KubeSim, type KubeSimOptions } from '@shipgate/kube-sim';

const run = promisify(execFile);

export interface Kubectl {
  /** Runs kubectl (30 s at most); resolves with its stdout, trimmed. */
  kubectl(...args: string[]): Promise<string>;
  /** Runs kubectl expecting a failure: its exit code and stderr (throws if kubectl succeeded). */
  kubectlFails(...args: string[]): Promise<{ code: number; stderr: string }>;
}

/** kubectl with `--kubeconfig`, the path read at each call (fixtures fill it in beforeAll). */
export function kubectlOn(kubeconfig: () => string): Kubectl {
  const kubectl = async (...args: string[]) => {
    const { stdout } = await run('kubectl', ['--kubeconfig', kubeconfig(), ...args], { timeout: 30_000 });
    return stdout.trim();
  };
  const kubectlFails = async (...args: string[]) => {
    try {
      await kubectl(...args);
    } catch (e) {
      const err = e as { code: number; stderr: string };
      return { code: err.code, stderr: err.stderr };
    }
    throw new Error(`kubectl ${args.join(' ')} should have failed`);
  };
  return { kubectl, kubectlFails };
}

export interface KubectlSim extends Kubectl {
  sim: KubeSim;
  /** The temp folder holding the kubeconfig; tests write their manifests here. */
  dir: string;
}

/**
 * Starts kube-sim (`options`, kubeconfig excepted) before the file's tests and stops it after. sim
 * and dir are filled in beforeAll: read them inside tests and hooks; kubectl may be taken at once.
 */
export function useKubectlSim(
  prefix: string,
  options: Omit<KubeSimOptions, 'kubeconfigPath'> = {},
): KubectlSim {
  const fx = { ...kubectlOn(() => fx.sim.kubeconfigPath!) } as KubectlSim;
  beforeAll(async () => {
    fx.dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
    fx.sim = await startKubeSim({ ...options, kubeconfigPath: join(fx.dir, 'kubeconfig') });
  });
  afterAll(async () => {
    await fx.sim?.stop();
    if (fx.dir) await rm(fx.dir, { recursive: true, force: true });
  });
  return fx;
}
