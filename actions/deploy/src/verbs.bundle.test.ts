/**
 * promote / abort from a fresh process that knows only app, namespace and mode (what a later job
 * knows), for every traffic router and for blue-green, through the built bundle against kube-sim.
 * Build first: npm run build -- deploy
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeClient, loadKubeConfig } from '@shipgate/kube';
import { startKubeSim, type KubeSim } from '@shipgate/kube-sim';
import { runBundle } from '../../../test/support/run-bundle.ts';

let sim: KubeSim;
let kube: KubeClient;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deploy-verbs-'));
  sim = await startKubeSim({
    kubeconfigPath: join(dir, 'kubeconfig'),
    controllers: { images: { 'reg/*': { readyAfterMs: 5 } } },
  });
  kube = new KubeClient({ config: loadKubeConfig({ kubeconfigPath: sim.kubeconfigPath }) });
});
afterAll(async () => {
  await sim.stop();
  await rm(dir, { recursive: true, force: true });
});

const env = () => ({ KUBECONFIG: sim.kubeconfigPath!, GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir });
const deploy = (inputs: Record<string, string>) => runBundle('deploy', { inputs, env: env() });

async function firstDeploy(app: string, replicas: number, strategy = 'rolling'): Promise<void> {
  await writeFile(
    join(dir, `${app}.yaml`),
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${app}, labels: {app: ${app}}}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: ${app}}}
  template:
    metadata: {labels: {app: ${app}}}
    spec: {containers: [{name: web, image: "reg/web:1.0.0"}]}
---
apiVersion: v1
kind: Service
metadata: {name: ${app}}
spec: {selector: {app: ${app}}, ports: [{port: 80, targetPort: 8080}]}
`,
  );
  const r = await deploy({ app, manifests: `${app}.yaml`, version: '1.0.0', strategy });
  expect(r.exitCode).toBe(0);
}

const custom = (group: string, plural: string) => ({ group, version: 'v1', namespace: 'default', plural });
const HTTPROUTE = custom('gateway.networking.k8s.io', 'httproutes');
const VIRTUALSERVICE = custom('networking.istio.io', 'virtualservices');

/** The router's traffic object for `app`, created as a platform team would. */
async function routeFor(router: string, app: string): Promise<void> {
  if (router === 'gateway-api')
    await kube.custom.createNamespacedCustomObject({
      ...HTTPROUTE,
      body: {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: app },
        spec: { parentRefs: [{ name: 'gw' }], rules: [{ backendRefs: [{ name: app, port: 80 }] }] },
      },
    });
  if (router === 'istio')
    await kube.custom.createNamespacedCustomObject({
      ...VIRTUALSERVICE,
      body: {
        apiVersion: 'networking.istio.io/v1',
        kind: 'VirtualService',
        metadata: { name: app },
        spec: { hosts: [app], http: [{ route: [{ destination: { host: app } }] }] },
      },
    });
  if (router === 'nginx')
    await kube.networking.createNamespacedIngress({
      namespace: 'default',
      body: {
        metadata: { name: app },
        spec: {
          rules: [
            {
              host: `${app}.example.com`,
              http: {
                paths: [
                  {
                    path: '/',
                    pathType: 'Prefix',
                    backend: { service: { name: app, port: { number: 80 } } },
                  },
                ],
              },
            },
          ],
        },
      },
    });
}

/** Where the router sends traffic now: service → weight (the app's Service alone: 100). */
async function liveWeights(router: string, app: string): Promise<Record<string, number>> {
  if (router === 'gateway-api') {
    const o = (await kube.custom.getNamespacedCustomObject({ ...HTTPROUTE, name: app })) as {
      spec: { rules: { backendRefs: { name: string; weight?: number }[] }[] };
    };
    return Object.fromEntries(o.spec.rules[0]!.backendRefs.map((b) => [b.name, b.weight ?? 1]));
  }
  if (router === 'istio') {
    const o = (await kube.custom.getNamespacedCustomObject({ ...VIRTUALSERVICE, name: app })) as {
      spec: { http: { route: { destination: { host: string }; weight?: number }[] }[] };
    };
    return Object.fromEntries(o.spec.http[0]!.route.map((d) => [d.destination.host, d.weight ?? 100]));
  }
  if (router === 'nginx') {
    const canary = await kube.find('read', () =>
      kube.networking.readNamespacedIngress({ name: `${app}-canary`, namespace: 'default' }),
    );
    const w = Number(canary?.metadata?.annotations?.['nginx.ingress.kubernetes.io/canary-weight'] ?? 0);
    return w ? { [app]: 100 - w, [`${app}-canary`]: w } : { [app]: 100 };
  }
  const ready = async (name: string) =>
    (await kube.find('read', () => kube.apps.readNamespacedDeployment({ name, namespace: 'default' })))
      ?.status?.readyReplicas ?? 0;
  const canary = await ready(`${app}-canary`);
  return canary ? { [app]: await ready(app), [`${app}-canary`]: canary } : { [app]: 100 };
}

const image = async (name: string) =>
  (await kube.apps.readNamespacedDeployment({ name, namespace: 'default' })).spec?.template?.spec
    ?.containers[0]?.image;
const exists = async (kind: 'deployment' | 'service', name: string): Promise<boolean> =>
  kind === 'deployment'
    ? !!(await kube.find('read', () => kube.apps.readNamespacedDeployment({ name, namespace: 'default' })))
    : !!(await kube.find('read', () => kube.core.readNamespacedService({ name, namespace: 'default' })));

describe.each(['replicas', 'gateway-api', 'istio', 'nginx'])('canary with router %s', (router) => {
  test.each(['promote', 'abort'])('%s in a fresh job with only app, namespace, mode', async (mode) => {
    const app = `${router.slice(0, 5)}-${mode.slice(0, 3)}`;
    await firstDeploy(app, 4);
    await routeFor(router, app);
    const c = await deploy({
      app,
      strategy: 'canary',
      'traffic-router': router,
      'canary-weight': '25',
      image: 'reg/web:2.0.0',
      version: '2.0.0',
    });
    expect(c.exitCode).toBe(0);
    expect(Object.keys(await liveWeights(router, app))).toContain(`${app}-canary`);
    const r = await deploy({ app, namespace: 'default', mode });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ strategy: 'canary', version: '2.0.0' });
    expect(await liveWeights(router, app)).toEqual({ [app]: 100 });
    expect(await exists('deployment', `${app}-canary`)).toBe(false);
    expect(await exists('service', `${app}-canary`)).toBe(false);
    expect(await image(app)).toBe(mode === 'promote' ? 'reg/web:2.0.0' : 'reg/web:1.0.0');
    // The verb is done: asking again is a no-op the user is told about, and the step fails.
    const again = await deploy({ app, mode });
    expect(again.exitCode).toBe(1);
    expect(again.stdout).toMatch(new RegExp(`no canary of ${app} is in progress; nothing to ${mode}`));
    expect(again.outputs.status).toBe('failed');
  });
});

test('inputs that contradict the recorded canary are refused naming both values, before any request that changes anything', async () => {
  await firstDeploy('contra', 4);
  await routeFor('istio', 'contra');
  const c = await deploy({
    app: 'contra',
    strategy: 'canary',
    'traffic-router': 'istio',
    image: 'reg/web:2.0.0',
    version: '2.0.0',
    'canary-weight': '20',
  });
  expect(c.exitCode).toBe(0);
  const seq = sim.audit.lastSeq();
  const wrong = await deploy({ app: 'contra', mode: 'promote', strategy: 'rolling' });
  expect(wrong.exitCode).toBe(1);
  expect(wrong.stdout).toMatch(
    /Invalid input "strategy": got "rolling"; allowed: canary, the value recorded/,
  );
  const router = await deploy({
    app: 'contra',
    mode: 'promote',
    strategy: 'canary',
    'traffic-router': 'replicas',
  });
  expect(router.exitCode).toBe(1);
  expect(router.stdout).toMatch(/Invalid input "traffic-router": got "replicas"; allowed: istio/);
  const version = await deploy({ app: 'contra', mode: 'abort', version: '3.0.0' });
  expect(version.stdout).toMatch(/Invalid input "version": got "3.0.0"; allowed: 2.0.0/);
  expect(sim.audit.mutations(seq)).toEqual([]);
  // The Istio route still splits: nothing was half-promoted.
  expect(await liveWeights('istio', 'contra')).toEqual({ contra: 80, 'contra-canary': 20 });
});

test('a verb with nothing in progress, or nothing recorded, fails the step and says why', async () => {
  await firstDeploy('noop', 2);
  const promote = await deploy({ app: 'noop', mode: 'promote' });
  expect(promote.exitCode).toBe(1);
  expect(promote.stdout).toMatch(/a rolling update has nothing to promote/);
  const none = await deploy({ app: 'never-deployed', mode: 'abort' });
  expect(none.exitCode).toBe(1);
  expect(none.stdout).toMatch(
    /no rollout of never-deployed is recorded in namespace default; nothing to abort/,
  );
});

test('blue-green: abort in a fresh job switches the Service back; promote has nothing to do', async () => {
  await firstDeploy('bgv', 2, 'blue-green');
  const up = await deploy({
    app: 'bgv',
    strategy: 'blue-green',
    image: 'reg/web:2.0.0',
    version: '2.0.0',
    'scale-down-delay': '0s',
  });
  expect(up.exitCode).toBe(0);
  const selector = async () =>
    (await kube.core.readNamespacedService({ name: 'bgv', namespace: 'default' })).spec?.selector?.[
      'shipgate.dev/track'
    ];
  expect(await selector()).toBe('green');
  const promote = await deploy({ app: 'bgv', mode: 'promote' });
  expect(promote.exitCode).toBe(1);
  expect(promote.stdout).toMatch(/nothing to promote/);
  const abort = await deploy({ app: 'bgv', mode: 'abort' });
  expect(abort.exitCode).toBe(0);
  expect(abort.outputs).toMatchObject({ strategy: 'blue-green', status: 'rolled-back' });
  expect(await selector()).toBe('blue');
  expect(await image('bgv-blue')).toBe('reg/web:1.0.0');
});
