/** What the kube sim tests share: kube-sim set-up (test/support), an app's manifests, deploy options. */
import { createMemoryLogger, systemClock } from '@shipgate/core';
import { appYaml, type AppYamlOptions } from '../../../../test/support/kube-sim-fixture.ts';
import type { PlainObject } from '../backup.ts';
import type { KubeClient } from '../client.ts';
import type { DeployOptions } from '../deploy.ts';
import { parseManifests } from '../manifests.ts';

export { useKubeSim } from '../../../../test/support/kube-sim-fixture.ts';

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

/** The parsed manifests of a plain app (test/support appYaml: Deployment + Service). */
export const appManifests = (app: string, replicas: number, o: AppYamlOptions = {}): PlainObject[] =>
  parseManifests(appYaml(app, replicas, o), `${app}.yaml`);
