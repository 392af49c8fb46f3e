/**
 * The set-up every kube-sim test repeats, written once: a simulator with a kubeconfig in a temp
 * folder and a real client-node KubeClient on it (started in beforeAll, stopped in afterAll), and
 * the YAML of a plain app (Deployment + Service) in the shape the deploy tests use.
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

export interface AppYamlOptions {
  image?: string;
  progressDeadlineSeconds?: number;
  /** Labels on the Service besides none (the backup finds objects by the app label). */
  serviceLabels?: boolean;
}

/** A Deployment `app` (container `web`, image reg/web:1.0.0 unless told) and its Service on port 80. */
export function appYaml(app: string, replicas: number, o: AppYamlOptions = {}): string {
  const deadline =
    o.progressDeadlineSeconds === undefined
      ? ''
      : `\n  progressDeadlineSeconds: ${o.progressDeadlineSeconds}`;
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${app}, labels: {app: ${app}}}
spec:
  replicas: ${replicas}${deadline}
  selector: {matchLabels: {app: ${app}}}
  template:
    metadata: {labels: {app: ${app}}}
    spec: {containers: [{name: web, image: "${o.image ?? 'reg/web:1.0.0'}"}]}
---
apiVersion: v1
kind: Service
metadata: {name: ${app}${o.serviceLabels ? `, labels: {app: ${app}}` : ''}}
spec: {selector: {app: ${app}}, ports: [{port: 80, targetPort: 8080}]}
`;
}
