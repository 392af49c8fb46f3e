/** What the kube sim tests share: kube-sim set-up (test/support), an app's manifests, deploy options. */
import { appYaml, type AppYamlOptions } from '../../../../test/support/app-yaml.ts';
import type { PlainObject } from '../backup.ts';
import { parseManifests } from '../manifests.ts';

export { deployOptions, rolloutHandle } from '../../../../test/support/kube-options.ts';
export { useKubeSim } from '../../../../test/support/kube-sim-fixture.ts';

/** The parsed manifests of a plain app (test/support appYaml: Deployment + Service). */
export const appManifests = (app: string, replicas: number, o: AppYamlOptions = {}): PlainObject[] =>
  parseManifests(appYaml(app, replicas, o), `${app}.yaml`);
