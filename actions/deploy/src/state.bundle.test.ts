/**
 * Input rules in the action's definition, name limits and state that never lies, through the built
 * bundle against kube-sim. Build first: npm run build -- deploy
 */
import { runBundle } from '../../../test/support/run-bundle.ts';
import { useDeployBundle } from '../../../test/support/deploy-bundle.ts';

const fx = useDeployBundle('deploy-state', {
  'reg/slow:*': { neverReady: true },
  'reg/*': { readyAfterMs: 5 },
});
const env = () => fx.env();
const deploy = (inputs: Record<string, string>) => fx.deploy(inputs);
const firstDeploy = (app: string, replicas = 2) => fx.firstDeploy(app, { replicas });
const DEPLOYMENTS = () => fx.sim.store.type('apps', 'deployments')!;
const annotations = (name: string) =>
  (fx.sim.store.get(DEPLOYMENTS(), 'default', name)?.metadata.annotations ?? {}) as Record<string, string>;

test.each([
  [
    'an app name too long for its derived names',
    { app: 'a'.repeat(55), image: 'reg/web:2.0.0', version: '2.0.0', strategy: 'blue-green' },
    /Invalid input "app".*at most 54 characters/,
  ],
  [
    'baseline with the NGINX router',
    {
      app: 'web',
      image: 'reg/web:2.0.0',
      version: '2.0.0',
      strategy: 'canary',
      baseline: 'true',
      'traffic-router': 'nginx',
    },
    /Invalid input "baseline": got "true"; allowed: false with traffic-router nginx/,
  ],
  ['deploy without an image', { app: 'web', version: '2.0.0' }, /Invalid input "image": got nothing/],
])('%s is refused in the definition, before the Lease or any request', async (_name, inputs, message) => {
  const seq = fx.sim.audit.lastSeq();
  const r = await deploy(inputs);
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toMatch(message);
  expect(fx.sim.audit.entries(seq)).toEqual([]);
});

test('inputs the chosen strategy ignores are warned by name', async () => {
  await firstDeploy('ign');
  const r = await deploy({
    app: 'ign',
    image: 'reg/web:1.1.0',
    version: '1.1.0',
    'traffic-router': 'istio',
    'canary-weight': '20',
    'preview-url': 'http://127.0.0.1:9/health',
    'scale-down-delay': '10s',
  });
  expect(r.exitCode).toBe(0);
  for (const name of ['traffic-router', 'canary-weight', 'preview-url', 'scale-down-delay'])
    expect(r.stdout).toMatch(
      new RegExp(
        `::warning::input "${name}" is ignored: only the (canary|blue-green) strategy uses it \\(strategy: rolling\\)`,
      ),
    );
});

test('after an auto-rollback the record follows the images: the next run reports the real previous version', async () => {
  await firstDeploy('arb');
  const bad = await deploy({ app: 'arb', image: 'reg/slow:2.0.0', version: '2.0.0', timeout: '2s' });
  expect(bad.exitCode).toBe(1);
  expect(bad.outputs.status).toBe('rolled-back');
  expect(annotations('arb')['shipgate.dev/version']).toBe('1.0.0');
  expect(JSON.parse(annotations('arb')['shipgate.dev/rollout']!)).toMatchObject({
    phase: 'rolled-back',
    version: '1.0.0',
    previousVersion: '2.0.0',
  });
  const next = await deploy({ app: 'arb', image: 'reg/web:2.1.0', version: '2.1.0' });
  expect(next.exitCode).toBe(0);
  expect(next.outputs['previous-version']).toBe('1.0.0');
});

test('a ledger write failure after a good rollout is a warning; outputs are set', async () => {
  await firstDeploy('led');
  const f = fx.sim.faults.inject({ resource: 'configmaps', name: 'led-shipgate-releases', status: 500 });
  const r = await deploy({ app: 'led', image: 'reg/web:1.1.0', version: '1.1.0' });
  fx.sim.faults.remove(f.id);
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/::warning::release ledger not updated \(.*500.*\); the rollout itself succeeded/);
  expect(r.outputs).toMatchObject({ status: 'succeeded', version: '1.1.0', 'previous-version': '1.0.0' });
});

test('outputs are set when the run fails with an error', async () => {
  await firstDeploy('outs');
  const f = fx.sim.faults.inject({ verb: 'get', resource: 'deployments', name: 'outs', status: 403 });
  const r = await deploy({ app: 'outs', image: 'reg/web:1.1.0', version: '1.1.0' });
  fx.sim.faults.remove(f.id);
  expect(r.exitCode).toBe(1);
  expect(r.outputs).toMatchObject({ status: 'failed', version: '1.1.0' });
});

test('SIGKILL mid-canary, then a new canary deploy: told a canary is in progress (not an input error), abort clears it', async () => {
  await firstDeploy('kil', 4);
  const killed = await runBundle('deploy', {
    inputs: {
      app: 'kil',
      strategy: 'canary',
      image: 'reg/slow:2.0.0',
      version: '2.0.0',
      'canary-weight': '25',
      'lease-duration': '3s',
    },
    env: env(),
    onSpawn: (child) => {
      const poll = setInterval(() => {
        if (
          fx.sim.store.get(DEPLOYMENTS(), 'default', 'kil-canary') &&
          annotations('kil')['shipgate.dev/version'] === '2.0.0'
        ) {
          clearInterval(poll);
          child.kill('SIGKILL');
        }
      }, 5);
      child.on('exit', () => clearInterval(poll));
    },
  });
  expect(killed.signal).toBe('SIGKILL');
  const next = await deploy({
    app: 'kil',
    strategy: 'canary',
    image: 'reg/web:3.0.0',
    version: '3.0.0',
    'lock-timeout': '90s',
  });
  expect(next.exitCode).toBe(1);
  expect(next.stdout).not.toMatch(/Invalid input/);
  expect(next.stdout).toMatch(/canary 2\.0\.0 of kil is in progress .*cannot start beside it/);
  expect(next.stdout).toMatch(/Hint: Promote or abort it first/);
  const abort = await deploy({ app: 'kil', mode: 'abort', 'lock-timeout': '90s' });
  expect(abort.exitCode).toBe(0);
  expect(fx.sim.store.get(DEPLOYMENTS(), 'default', 'kil-canary')).toBeUndefined();
  expect(annotations('kil')['shipgate.dev/version']).toBe('1.0.0');
  const again = await deploy({ app: 'kil', strategy: 'canary', image: 'reg/web:3.0.0', version: '3.0.0' });
  expect(again.exitCode).toBe(0);
});

test('an orphaned canary record (no canary Deployment) is reported as such, with the way out', async () => {
  await firstDeploy('orph', 4);
  const dep = fx.sim.store.get(DEPLOYMENTS(), 'default', 'orph')!;
  const notes = dep.metadata.annotations as Record<string, string>;
  const state = JSON.parse(notes['shipgate.dev/rollout']!);
  notes['shipgate.dev/rollout'] = JSON.stringify({
    ...state,
    strategy: 'canary',
    phase: 'progressing',
    version: '2.0.0',
    previousVersion: '1.0.0',
    previousImages: { web: 'reg/web:1.0.0' },
    canary: 'orph-canary',
    stableReplicas: 4,
  });
  fx.sim.store.update(DEPLOYMENTS(), dep);
  const next = await deploy({ app: 'orph', strategy: 'canary', image: 'reg/web:3.0.0', version: '3.0.0' });
  expect(next.exitCode).toBe(1);
  expect(next.stdout).not.toMatch(/Invalid input/);
  expect(next.stdout).toMatch(/orph-canary does not exist .*an orphaned record/);
  expect(next.stdout).toMatch(/Hint: Run deploy with mode: abort/);
  const abort = await deploy({ app: 'orph', mode: 'abort' });
  expect(abort.exitCode).toBe(0);
  expect(
    (await deploy({ app: 'orph', strategy: 'canary', image: 'reg/web:3.0.0', version: '3.0.0' })).exitCode,
  ).toBe(0);
});

const recorded = (annotations: Record<string, string>) =>
  JSON.parse(annotations['shipgate.dev/rollout'] ?? '{}') as Record<string, unknown>;

test('SIGTERM mid-rolling-update: the previous images are patched back and the record follows them', async () => {
  await firstDeploy('trm');
  const r = await fx.deploy(
    { app: 'trm', image: 'reg/slow:2.0.0', version: '2.0.0' },
    {
      onSpawn: (child) => {
        const poll = setInterval(() => {
          if (annotations('trm')['shipgate.dev/version'] !== '2.0.0') return;
          clearInterval(poll);
          child.kill('SIGTERM');
        }, 5);
        child.on('exit', () => clearInterval(poll));
      },
    },
  );
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('cancelled');
  expect(fx.sim.store.get(DEPLOYMENTS(), 'default', 'trm')?.spec.template.spec.containers[0].image).toBe(
    'reg/web:1.0.0',
  );
  expect(annotations('trm')['shipgate.dev/version']).toBe('1.0.0');
  expect(recorded(annotations('trm'))).toMatchObject({ phase: 'rolled-back', version: '1.0.0' });
});

test('a 5xx creating the canary leaves no record of a canary: the next canary deploy starts', async () => {
  await firstDeploy('c5x', 4);
  // create today; an apply (PATCH/PUT on the canary's name) once manifests go server-side.
  const faults = [
    fx.sim.faults.inject({ verb: 'create', resource: 'deployments', status: 500 }),
    fx.sim.faults.inject({ verb: 'patch', resource: 'deployments', name: 'c5x-canary', status: 500 }),
    fx.sim.faults.inject({ verb: 'update', resource: 'deployments', name: 'c5x-canary', status: 500 }),
  ];
  const canary = {
    app: 'c5x',
    strategy: 'canary',
    image: 'reg/web:2.0.0',
    version: '2.0.0',
    'canary-weight': '25',
  };
  const r = await deploy(canary);
  for (const f of faults) fx.sim.faults.remove(f.id);
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('failed');
  expect(r.stdout).toMatch(/canary deploy: create arms: .*500/);
  expect(recorded(annotations('c5x'))).toMatchObject({ phase: 'succeeded', version: '1.0.0' });
  expect(fx.sim.store.get(DEPLOYMENTS(), 'default', 'c5x-canary')).toBeUndefined();
  const next = await deploy(canary);
  expect(next.exitCode).toBe(0);
  expect(next.outputs).toMatchObject({ status: 'succeeded', version: '2.0.0' });
});

test('a blue-green switch that keeps failing empties the new colour; the record stays on the live version', async () => {
  await fx.firstDeploy('swf', { strategy: 'blue-green' });
  const f = fx.sim.faults.inject({ verb: 'update', resource: 'services', name: 'swf', status: 500 });
  const r = await deploy({
    app: 'swf',
    strategy: 'blue-green',
    image: 'reg/web:2.0.0',
    version: '2.0.0',
    'scale-down-delay': '0s',
  });
  fx.sim.faults.remove(f.id);
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toMatch(/switch to green failed: swf stays on blue; emptying swf-green/);
  expect(r.stdout).toMatch(/blue-green deploy: switch: .*500/);
  const svc = fx.sim.store.get(fx.sim.store.type('', 'services')!, 'default', 'swf')!;
  expect(svc.spec.selector['shipgate.dev/track']).toBe('blue');
  expect(recorded(svc.metadata.annotations as Record<string, string>)).toMatchObject({
    phase: 'failed',
    version: '1.0.0',
  });
  expect(fx.sim.store.get(DEPLOYMENTS(), 'default', 'swf-green')?.spec.replicas).toBe(0);
  expect(fx.sim.store.get(DEPLOYMENTS(), 'default', 'swf-blue')?.spec.replicas).toBe(2);
  // Nothing is left half-switched for a later promote to finish.
  const promote = await deploy({ app: 'swf', mode: 'promote' });
  expect(promote.exitCode).toBe(1);
  expect(promote.stdout).toMatch(/nothing to promote/);
});
