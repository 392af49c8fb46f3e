import {
  leaseDurationInput,
  APP_NAME,
  APP_NAME_ALLOWED,
  DNS_LABEL,
  IMAGE_REF,
  InputError,
  defineAction,
  input,
  versionSchema,
  type InputsOf,
} from '@shipgate/core';
import { z } from 'zod';

export const definition = defineAction({
  name: 'deploy',
  title: 'shipgate deploy',
  description:
    'Rolling, blue-green or canary release of a version on plain Kubernetes Deployments and Services: watched rollout with a deadline, pod diagnosis and automatic rollback, honest canary weights, a per-app Lease, a backup first, a release ledger in the cluster and a GitHub deployment.',
  inputs: {
    app: input.string({
      description: 'The app: name of its Deployment (rolling, canary) or Service (blue-green)',
      required: true,
      pattern: APP_NAME,
      allowed: APP_NAME_ALLOWED,
    }),
    namespace: input.string({
      description: 'Namespace of the app',
      default: 'default',
      pattern: DNS_LABEL,
      allowed: 'a DNS-1123 label',
    }),
    image: input.string({
      description: 'New image for the container running the same repository (or the only container)',
      pattern: IMAGE_REF,
      allowed: 'an image reference without spaces, such as registry.example.com/team/web:1.2.3',
    }),
    images: input.list({
      description: 'New images, one `container=image` per line',
      item: z
        .string()
        .regex(new RegExp(`^${DNS_LABEL.source.slice(1, -1)}\\s*=\\s*${IMAGE_REF.source.slice(1, -1)}$`)),
      allowed: 'lines of container=image, e.g. web=registry/web:1.2.3',
    }),
    version: input.custom(versionSchema, {
      description: 'Version being deployed (default: GITHUB_REF_NAME, the tag)',
      allowed: 'semver such as 1.2.3 or v1.2.3',
    }),
    strategy: input.choice(['rolling', 'blue-green', 'canary'] as const, {
      description:
        'How the version is put in place (default rolling). promote/abort use the strategy recorded in the cluster; a different value here is refused',
    }),
    mode: input.choice(['deploy', 'promote', 'abort'] as const, {
      description:
        '`deploy` a version; `promote` or `abort` the rollout in progress recorded in the cluster (a canary, a blue-green switch or rolling update its runner did not finish; like k8s-deploy promote/reject)',
      default: 'deploy',
    }),
    manifests: input.list({
      description:
        'Manifest files or globs applied by server-side apply (field manager shipgate; any kind the cluster serves) with the image substituted; needed for a first deploy',
    }),
    'canary-weight': input.integer({
      description: 'Canary: traffic share of the first step, in percent (default 10)',
      min: 1,
      max: 100,
    }),
    'traffic-router': input.choice(['replicas', 'gateway-api', 'istio', 'nginx'] as const, {
      description:
        'Canary: how traffic is split — replica ratio (default), HTTPRoute weights, Istio VirtualService weights or an NGINX canary Ingress. promote/abort use the recorded router; a different value here is refused',
    }),
    baseline: input.boolean({
      description:
        'Canary: also run `<app>-baseline` (the stable version at the canary size) for a fair comparison',
      default: 'false',
    }),
    timeout: input.duration({
      description: 'Give up waiting for the rollout after this long (kubectl waits forever by default)',
      default: '10m',
      min: '1s',
      max: '6h',
    }),
    'auto-rollback': input.boolean({
      description: 'Restore the previous version by itself when the rollout fails',
      default: 'true',
    }),
    'scale-down-delay': input.duration({
      description:
        'Blue-green: keep the old colour scaled this long after the switch (default 30s; also when promote finishes a switch); a rollback in this window is an instant switch back, and the deploy lock is free meanwhile',
      max: '6h',
    }),
    'preview-url': input.url({
      description: 'Blue-green: URL reaching the preview Service; must answer 2xx before the switch',
    }),
    environment: input.string({
      description:
        'GitHub environment to record a deployment in (statuses in_progress → success/failure; a canary stays in_progress until canary-monitor or promote/abort, which continue the same deployment without this input)',
    }),
    'environment-url': input.url({ description: 'URL shown on the GitHub deployment' }),
    'backup-dir': input.string({
      description: 'Directory for the YAML backup of the app taken before any change',
      default: '${{ runner.temp }}/shipgate-backup',
    }),
    kubeconfig: input.secret({ description: 'Kubeconfig contents (default: the file in KUBECONFIG)' }),
    token: input.secret({
      description: 'GitHub token for the deployment record',
      default: '${{ github.token }}',
    }),
    'force-conflicts': input.boolean({
      description:
        'Server-side apply takes fields another manager owns (e.g. replicas after a kubectl scale) instead of failing with the conflict; an HPA-owned replicas is always left to the HPA',
      default: 'false',
    }),
    'dry-run': input.boolean({
      description: 'Server-side dry run of every change; the summary shows what would change',
      default: 'false',
    }),
    'grafana-url': input.url({
      description: 'Grafana base URL for a release annotation (a failure is only a warning)',
    }),
    'grafana-token': input.secret({ description: 'Grafana service-account token' }),
    'lock-timeout': input.duration({
      description: 'How long to wait for another deploy of the same app to finish',
      default: '5m',
      max: '6h',
    }),
    'lease-duration': leaseDurationInput(),
  },
  outputs: {
    version: 'The version deployed (without v)',
    'previous-version': 'The version live before, empty on a first deploy',
    revision: 'Deployment revision live afterwards (rolling, canary)',
    strategy: 'The strategy used',
    status: 'succeeded, rolled-back, failed or cancelled (set on every path, failure included)',
    'backup-path': 'Path of the backup YAML',
    'deployment-id': 'ID of the GitHub deployment, when one was created',
  },
  rules(i) {
    const warnings: string[] = [];
    const given = (name: keyof typeof i) => {
      const v = i[name];
      return Array.isArray(v) ? v.length > 0 : v !== undefined;
    };
    const ignore = (names: (keyof typeof i)[], why: string) => {
      for (const n of names) if (given(n)) warnings.push(`input "${String(n)}" is ignored: ${why}`);
    };
    if (i.mode !== 'deploy') {
      // scale-down-delay is not in the list: promote finishing a blue-green switch uses it.
      ignore(
        ['image', 'images', 'manifests', 'canary-weight', 'preview-url'],
        `mode ${i.mode} acts on the rollout recorded in the cluster`,
      );
      if (i.baseline)
        warnings.push(`input "baseline" is ignored: mode ${i.mode} acts on the recorded rollout`);
      return warnings;
    }
    if (!given('image') && !given('images') && !given('manifests'))
      throw new InputError(
        'image',
        undefined,
        'an image (or images, or manifests for a first deploy) when mode is deploy',
      );
    const strategy = i.strategy ?? 'rolling';
    if (strategy !== 'canary') {
      ignore(['traffic-router', 'canary-weight'], `only the canary strategy uses it (strategy: ${strategy})`);
      if (i.baseline)
        warnings.push(
          `input "baseline" is ignored: only the canary strategy uses it (strategy: ${strategy})`,
        );
    }
    if (strategy !== 'blue-green')
      ignore(
        ['preview-url', 'scale-down-delay'],
        `only the blue-green strategy uses it (strategy: ${strategy})`,
      );
    if (strategy === 'canary' && i.baseline && i['traffic-router'] === 'nginx')
      throw new InputError(
        'baseline',
        'true',
        'false with traffic-router nginx (ingress-nginx allows one canary Ingress per host); use gateway-api or istio for a baseline',
      );
    return warnings;
  },
});

export type DeployInputs = InputsOf<typeof definition>;
