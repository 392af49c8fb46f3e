/**
 * The options @shipgate/kube's entry points take, written once for tests and benchmarks: the
 * default namespace, sizes for a simulator (20 s rollouts, 2 s lock wait), a memory log, a signal
 * nothing aborts. `over` states what the caller is about. No jest in here: benchmarks import it too.
 */
import { createMemoryLogger, systemClock } from '@shipgate/core';
import type { DeployOptions, KubeClient, RolloutHandle } from '@shipgate/kube';

/** runDeploy's options: a rolling deploy of `app` at 1.0.0 (no images: the manifests' own). */
export function deployOptions(
  kube: KubeClient,
  app: string,
  over: Partial<DeployOptions> = {},
): DeployOptions {
  return {
    kube,
    namespace: 'default',
    app,
    version: '1.0.0',
    images: [],
    manifests: [],
    strategy: 'rolling',
    mode: 'deploy',
    canaryWeight: 10,
    router: 'replicas',
    baseline: false,
    autoRollback: true,
    timeoutMs: 20_000,
    scaleDownDelayMs: 0,
    dryRun: false,
    lockTimeoutMs: 2_000,
    holder: `test ${app}`,
    signal: new AbortController().signal,
    clock: systemClock,
    log: createMemoryLogger(),
    ...over,
  };
}

/** The handle the verbs a later job runs take (readRollout's app, setWeight, promote, abort). */
export function rolloutHandle(kube: KubeClient, app: string): RolloutHandle {
  return {
    kube,
    namespace: 'default',
    app,
    signal: new AbortController().signal,
    clock: systemClock,
    log: createMemoryLogger(),
    timeoutMs: 20_000,
  };
}
