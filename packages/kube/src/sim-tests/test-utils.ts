import { createMemoryLogger, systemClock } from '@shipgate/core';
import type { KubeClient } from '../client.ts';
import type { DeployOptions } from '../deploy.ts';

/** A rolling deploy of `app` at 1.0.0 with test-sized timeouts; `over` changes what a test is about. */
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
