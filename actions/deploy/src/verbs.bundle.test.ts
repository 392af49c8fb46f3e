/**
 * promote / abort from a fresh process that knows only app, namespace and mode (what a later job
 * knows), for every traffic router and for blue-green, through the built bundle against kube-sim.
 * Build first: npm run build -- deploy
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useDeployBundle } from '../../../test/support/deploy-bundle.ts';
import { liveWeights as routedWeights, ROUTING } from '../../../test/support/routing-objects.ts';

const fx = useDeployBundle('deploy-verbs', {
  'reg/slow:*': { neverReady: true },
  'reg/mid:*': { readyAfterMs: 1_500 },
  'reg/gone:*': { pullError: 'ErrImagePull' },
  'reg/*': { readyAfterMs: 5 },
});
const deploy = (inputs: Record<string, string>) => fx.deploy(inputs);
const firstDeploy = (app: string, replicas: number, strategy = 'rolling') =>
  fx.firstDeploy(app, { replicas, strategy });

// The routing objects as a platform team would have them, and their live weights: shared with
// canary-monitor's router tests (one copy; replica ratio, which has no object, is read from pods below).
const routing = (router: string) => ROUTING.find((r) => r.router === router);

/** The router's traffic object for `app`, created as a platform team would. */
async function routeFor(router: string, app: string): Promise<void> {
  await routing(router)?.create(fx.kube, app);
}

/** Where the router sends traffic now: service → weight (the app's Service alone: 100). */
async function liveWeights(router: string, app: string): Promise<Record<string, number>> {
  const rc = routing(router);
  if (rc) return routedWeights(fx.kube, rc, app);
  const ready = async (name: string) =>
    (await fx.kube.find('read', () => fx.kube.apps.readNamespacedDeployment({ name, namespace: 'default' })))
      ?.status?.readyReplicas ?? 0;
  const canary = await ready(`${app}-canary`);
  return canary ? { [app]: await ready(app), [`${app}-canary`]: canary } : { [app]: 100 };
}

const image = async (name: string) =>
  (await fx.kube.apps.readNamespacedDeployment({ name, namespace: 'default' })).spec?.template?.spec
    ?.containers[0]?.image;
const exists = async (kind: 'deployment' | 'service', name: string): Promise<boolean> =>
  kind === 'deployment'
    ? !!(await fx.kube.find('read', () =>
        fx.kube.apps.readNamespacedDeployment({ name, namespace: 'default' }),
      ))
    : !!(await fx.kube.find('read', () =>
        fx.kube.core.readNamespacedService({ name, namespace: 'default' }),
      ));

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
  const seq = fx.sim.audit.lastSeq();
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
  expect(fx.sim.audit.mutations(seq)).toEqual([]);
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
    (await fx.kube.core.readNamespacedService({ name: 'bgv', namespace: 'default' })).spec?.selector?.[
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

const DEPLOYMENTS = () => fx.sim.store.type('apps', 'deployments')!;
const SERVICES = () => fx.sim.store.type('', 'services')!;
const recorded = (kind: 'deployment' | 'service', name: string) =>
  JSON.parse(
    (fx.sim.store.get(kind === 'deployment' ? DEPLOYMENTS() : SERVICES(), 'default', name)?.metadata
      .annotations?.['shipgate.dev/rollout'] as string | undefined) ?? '{}',
  ) as Record<string, unknown>;
const track = (service: string) =>
  fx.sim.store.get(SERVICES(), 'default', service)?.spec.selector['shipgate.dev/track'];

/**
 * A deploy whose runner dies (SIGKILL: no cleanup, the Lease left to expire) once `ready()` holds;
 * its Lease lasts 2 s so the fresh job after it takes it soon.
 */
async function killedDeploy(inputs: Record<string, string>, ready: () => boolean): Promise<void> {
  const r = await fx.deploy(
    { ...inputs, 'lease-duration': '2s' },
    {
      onSpawn: (child) => {
        const poll = setInterval(() => {
          if (!ready()) return;
          clearInterval(poll);
          child.kill('SIGKILL');
        }, 5);
        child.on('exit', () => clearInterval(poll));
      },
    },
  );
  expect(r.signal).toBe('SIGKILL');
}

/** A blue-green deploy of 2.0.0 whose runner died after filling green, before the switch. */
async function unswitchedBlueGreen(app: string, extra: Record<string, string> = {}): Promise<void> {
  await firstDeploy(app, 2, 'blue-green');
  await killedDeploy(
    { app, strategy: 'blue-green', image: 'reg/mid:2.0.0', version: '2.0.0', ...extra },
    () => !!fx.sim.store.get(DEPLOYMENTS(), 'default', `${app}-green`),
  );
  expect(track(app)).toBe('blue');
  expect(recorded('service', app)).toMatchObject({ phase: 'progressing', version: '2.0.0' });
}

test('blue-green: promote in a fresh job finishes a switch its runner died before', async () => {
  await unswitchedBlueGreen('bgp');
  const r = await deploy({ app: 'bgp', mode: 'promote', 'scale-down-delay': '0s', 'lock-timeout': '30s' });
  expect(r.exitCode).toBe(0);
  expect(r.outputs).toMatchObject({ strategy: 'blue-green', status: 'succeeded', version: '2.0.0' });
  expect(r.stdout).toMatch(/bgp still selects blue: finishing the switch to green \(2\.0\.0\)/);
  expect(track('bgp')).toBe('green');
  expect(track('bgp-preview')).toBe('blue');
  expect(await image('bgp-green')).toBe('reg/mid:2.0.0');
  expect(fx.sim.store.get(DEPLOYMENTS(), 'default', 'bgp-green')?.status?.readyReplicas).toBe(2);
  expect(fx.sim.store.get(DEPLOYMENTS(), 'default', 'bgp-blue')?.spec.replicas).toBe(0);
  expect(recorded('service', 'bgp')).toMatchObject({
    phase: 'succeeded',
    version: '2.0.0',
    activeColour: 'green',
    previousVersion: '1.0.0',
  });
  // Done: a second promote has nothing to do and says so.
  const again = await deploy({ app: 'bgp', mode: 'promote' });
  expect(again.exitCode).toBe(1);
  expect(again.stdout).toMatch(/nothing to promote/);
});

test('blue-green: abort in a fresh job empties a rollout its runner left before the switch', async () => {
  await unswitchedBlueGreen('bga');
  const r = await deploy({ app: 'bga', mode: 'abort', 'lock-timeout': '30s' });
  expect(r.exitCode).toBe(0);
  expect(r.outputs).toMatchObject({ strategy: 'blue-green', status: 'rolled-back' });
  expect(r.stdout).toMatch(/2\.0\.0 aborted before the switch: bga stays on blue \(1\.0\.0\)/);
  expect(track('bga')).toBe('blue');
  expect(fx.sim.store.get(DEPLOYMENTS(), 'default', 'bga-green')?.spec.replicas).toBe(0);
  expect(fx.sim.store.get(DEPLOYMENTS(), 'default', 'bga-blue')?.spec.replicas).toBe(2);
  expect(recorded('service', 'bga')).toMatchObject({ phase: 'aborted', version: '1.0.0' });
});

test('rolling: abort in a fresh job puts a rollout left progressing back on the recorded previous version', async () => {
  await firstDeploy('rla', 2);
  await killedDeploy(
    { app: 'rla', image: 'reg/slow:2.0.0', version: '2.0.0' },
    () => recorded('deployment', 'rla').phase === 'progressing',
  );
  expect(await image('rla')).toBe('reg/slow:2.0.0');
  const r = await deploy({ app: 'rla', mode: 'abort', 'lock-timeout': '30s' });
  expect(r.exitCode).toBe(0);
  expect(r.outputs).toMatchObject({
    strategy: 'rolling',
    status: 'rolled-back',
    'previous-version': '1.0.0',
  });
  expect(r.stdout).toMatch(/rolling update to 2\.0\.0 aborted: rla is back on 1\.0\.0/);
  expect(await image('rla')).toBe('reg/web:1.0.0');
  expect(fx.sim.store.get(DEPLOYMENTS(), 'default', 'rla')?.status?.readyReplicas).toBe(2);
  expect(recorded('deployment', 'rla')).toMatchObject({ phase: 'rolled-back', version: '1.0.0' });
  // A finished rolling update has nothing to abort (rollback is the verb for that).
  const again = await deploy({ app: 'rla', mode: 'abort' });
  expect(again.exitCode).toBe(1);
  expect(again.stdout).toMatch(/a rolling update has nothing to abort; use rollback/);
});

test('blue-green: promote of an unswitched rollout runs the preview-url gate its deploy recorded', async () => {
  const preview = createServer((_req, res) => res.writeHead(503).end('not yet'));
  await new Promise<void>((r) => preview.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(preview.address() as AddressInfo).port}/healthz`;
  try {
    await unswitchedBlueGreen('bgg', { 'preview-url': url });
    // A fresh job knows no preview URL: the gate uses the recorded one, until the 4 s timeout.
    const r = await deploy({ app: 'bgg', mode: 'promote', timeout: '4s', 'lock-timeout': '30s' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('rolled-back');
    expect(r.stdout).toMatch(/health gate through the preview Service failed/);
    expect(track('bgg')).toBe('blue');
    expect(fx.sim.store.get(DEPLOYMENTS(), 'default', 'bgg-green')?.spec.replicas).toBe(0);
    expect(recorded('service', 'bgg')).toMatchObject({ phase: 'rolled-back', version: '1.0.0' });
  } finally {
    await new Promise((r) => preview.close(r));
  }
});

const ledger = async (app: string) =>
  JSON.parse(
    (await fx.kube.core.readNamespacedConfigMap({ name: `${app}-shipgate-releases`, namespace: 'default' }))
      .data?.['releases.json'] ?? '[]',
  ) as Record<string, unknown>[];

/** A rolling deploy of `image` (version 2.0.0) whose runner died once the record said progressing. */
async function rollingLeftInProgress(app: string, ref: string): Promise<void> {
  await firstDeploy(app, 2);
  await killedDeploy(
    { app, image: ref, version: '2.0.0' },
    () => recorded('deployment', app).phase === 'progressing',
  );
  expect(await image(app)).toBe(ref);
}

test('rolling: promote in a fresh job with only app, namespace, mode waits for a rollout its runner died in, and records it', async () => {
  await rollingLeftInProgress('rlp', 'reg/slow:2.0.1');
  // The new pods never get ready until promote is waiting; then they are replaced by ready ones.
  const waiting = /the rolling update of rlp to 2\.0\.0 was left in progress: waiting for it to finish/;
  let out = '';
  let released = false;
  const r = await fx.deploy(
    { app: 'rlp', namespace: 'default', mode: 'promote' },
    {
      onStdout: (chunk) => {
        out += chunk;
        if (released || !waiting.test(out)) return;
        released = true;
        fx.sim.controllers!.setImageBehaviour('reg/slow:2.0.1', { readyAfterMs: 10 });
        for (const pod of fx.sim.store.list(fx.sim.store.type('', 'pods')!, 'default').items)
          if (pod.spec.containers[0].image === 'reg/slow:2.0.1')
            fx.sim.controllers!.killPod('default', pod.metadata.name);
      },
    },
  );
  expect(released).toBe(true);
  expect(r.exitCode).toBe(0);
  expect(r.outputs).toMatchObject({
    strategy: 'rolling',
    status: 'succeeded',
    version: '2.0.0',
    'previous-version': '1.0.0',
    revision: '2',
  });
  expect(r.stdout).toMatch(/rolling update of rlp from 1\.0\.0 to 2\.0\.0 finished: rlp runs 2\.0\.0/);
  const dep = fx.sim.store.get(DEPLOYMENTS(), 'default', 'rlp');
  expect(dep?.spec.template.spec.containers[0].image).toBe('reg/slow:2.0.1');
  expect(dep?.status).toMatchObject({ updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2 });
  expect(dep?.metadata.annotations?.['shipgate.dev/version']).toBe('2.0.0');
  expect(recorded('deployment', 'rlp')).toMatchObject({
    phase: 'succeeded',
    version: '2.0.0',
    previousVersion: '1.0.0',
  });
  expect((await ledger('rlp'))[0]).toMatchObject({
    version: '2.0.0',
    strategy: 'rolling',
    outcome: 'succeeded',
  });
  // Finished: a second promote has nothing to do, says why, and fails the step.
  const again = await deploy({ app: 'rlp', mode: 'promote' });
  expect(again.exitCode).toBe(1);
  expect(again.stdout).toMatch(
    /a rolling update has nothing to promote \(rlp 2\.0\.0 is recorded succeeded\)/,
  );
});

test('rolling: promote in a fresh job of a rollout that cannot complete rolls back (auto-rollback) and fails the step, saying so', async () => {
  await rollingLeftInProgress('rlf', 'reg/gone:2.0.0');
  const r = await deploy({ app: 'rlf', namespace: 'default', mode: 'promote' });
  expect(r.exitCode).toBe(1);
  expect(r.outputs).toMatchObject({
    strategy: 'rolling',
    status: 'rolled-back',
    'previous-version': '1.0.0',
  });
  expect(r.stdout).toMatch(
    /rolling update of rlf from 1\.0\.0 to 2\.0\.0 did not finish: deployment "rlf" cannot become available: ErrImagePull; rolled back to 1\.0\.0/,
  );
  expect(await image('rlf')).toBe('reg/web:1.0.0');
  expect(fx.sim.store.get(DEPLOYMENTS(), 'default', 'rlf')?.status?.readyReplicas).toBe(2);
  // The record follows the images: 1.0.0 is live again.
  expect(recorded('deployment', 'rlf')).toMatchObject({
    phase: 'rolled-back',
    version: '1.0.0',
    previousVersion: '2.0.0',
  });
  expect(
    fx.sim.store.get(DEPLOYMENTS(), 'default', 'rlf')?.metadata.annotations?.['shipgate.dev/version'],
  ).toBe('1.0.0');
  expect((await ledger('rlf'))[0]).toMatchObject({ version: '2.0.0', outcome: 'rolled-back' });
});

test('rolling: promote with auto-rollback off of a rollout that cannot complete records it failed and leaves it to inspect', async () => {
  await rollingLeftInProgress('rlx', 'reg/gone:2.0.0');
  const r = await deploy({ app: 'rlx', mode: 'promote', 'auto-rollback': 'false' });
  expect(r.exitCode).toBe(1);
  expect(r.outputs).toMatchObject({ strategy: 'rolling', status: 'failed' });
  expect(r.stdout).toMatch(
    /rolling update of rlx from 1\.0\.0 to 2\.0\.0 did not finish: deployment "rlx" cannot become available: ErrImagePull/,
  );
  expect(await image('rlx')).toBe('reg/gone:2.0.0');
  expect(recorded('deployment', 'rlx')).toMatchObject({ phase: 'failed', version: '2.0.0' });
});
