/**
 * The Lease and the client's limits through the built bundle against kube-sim: a lost Lease stops
 * the run, the scale-down window is waited without the Lease, the deadline starts at the Lease,
 * SIGTERM during a retry backoff or a hung call stops at once, paths are checked first.
 * Build first: npm run build -- deploy
 */
import { runBundle } from '../../../test/support/run-bundle.ts';
import { useDeployBundle } from '../../../test/support/deploy-bundle.ts';

const fx = useDeployBundle('deploy-lease', {
  'reg/slow:*': { neverReady: true },
  'reg/mid:*': { readyAfterMs: 1_500 },
  'reg/*': { readyAfterMs: 5 },
});
const env = (extra: Record<string, string> = {}) => fx.env(extra);
const firstDeploy = (app: string, strategy = 'rolling') => fx.firstDeploy(app, { strategy });

const LEASES = () => fx.sim.store.type('coordination.k8s.io', 'leases')!;
const DEPLOYMENTS = () => fx.sim.store.type('apps', 'deployments')!;
const lease = (app: string) => fx.sim.store.get(LEASES(), 'default', `${app}-shipgate-lock`);
const until = async (what: () => boolean, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
};

test('a Lease lost mid-run (renewals failing until it expired, another run taking it) stops the run before it touches anything', async () => {
  await firstDeploy('lost');
  let expiredSeq = 0;
  let fault = '';
  const r = await runBundle('deploy', {
    inputs: {
      app: 'lost',
      image: 'reg/slow:2.0.0',
      version: '2.0.0',
      timeout: '60s',
      'lease-duration': '2s',
    },
    env: env(),
    onSpawn: () => {
      void (async () => {
        await until(() => lease('lost')?.spec?.holderIdentity !== undefined);
        fault = fx.sim.faults.inject({ verb: 'update', resource: 'leases', status: 503 }).id;
        const renewed = Date.parse(lease('lost')!.spec.renewTime as string);
        await until(() => Date.now() > renewed + 2_000);
        expiredSeq = fx.sim.audit.lastSeq();
      })();
    },
  });
  fx.sim.faults.remove(fault);
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toMatch(/renewing the deploy lock failed, retrying/);
  expect(r.stdout).toMatch(
    /lost the deploy lock default\/lost-shipgate-lock: renewals failed until it expired .*this run stopped/,
  );
  expect(expiredSeq).toBeGreaterThan(0);
  // From the moment the Lease expired (another run may own the app) run A changed nothing: no
  // restore of the old images, no state written; its only writes were failed renewals.
  expect(fx.sim.audit.mutations(expiredSeq).filter((e) => e.resource !== 'leases')).toEqual([]);
  expect(fx.sim.store.get(DEPLOYMENTS(), 'default', 'lost')?.spec.template.spec.containers[0].image).toBe(
    'reg/slow:2.0.0',
  );
  // Run B takes the expired Lease and finds it as A left it (A did not clear it: it was not A's any more).
  const b = await runBundle('deploy', {
    inputs: { app: 'lost', image: 'reg/web:3.0.0', version: '3.0.0', 'lock-timeout': '10s' },
    env: env(),
  });
  expect(b.exitCode).toBe(0);
  expect(b.stdout).not.toMatch(/waiting for the deploy lock/);
});

test('rollback during the blue-green scale-down window takes the Lease at once and switches back; the window never scales the live colour', async () => {
  await firstDeploy('win', 'blue-green');
  let abortMs = 0;
  let abort: Awaited<ReturnType<typeof runBundle>> | undefined;
  const deploy = await runBundle('deploy', {
    inputs: {
      app: 'win',
      strategy: 'blue-green',
      image: 'reg/web:2.0.0',
      version: '2.0.0',
      'scale-down-delay': '4s',
    },
    env: env(),
    onStdout: (chunk) => {
      if (/stays scaled until/.test(chunk) && !abortMs) {
        abortMs = Date.now();
        void runBundle('deploy', { inputs: { app: 'win', mode: 'abort' }, env: env() }).then((a) => {
          abort = a;
          abortMs = Date.now() - abortMs;
        });
      }
    },
  });
  expect(deploy.exitCode).toBe(0);
  await until(() => abort !== undefined);
  expect(abort!.exitCode).toBe(0);
  expect(abortMs).toBeLessThan(3_000); // did not wait for the window
  expect(abort!.stdout).not.toMatch(/waiting for the deploy lock/);
  const svc = fx.sim.store.get(fx.sim.store.type('', 'services')!, 'default', 'win');
  expect(svc?.spec.selector['shipgate.dev/track']).toBe('blue');
  expect(fx.sim.store.get(DEPLOYMENTS(), 'default', 'win-blue')?.spec.replicas).toBe(2);
  expect(deploy.stdout).toMatch(/win-blue left as it is: it is the live colour again/);
});

test('without a rollback the old colour is scaled down once after the window, outside the Lease', async () => {
  await firstDeploy('win2', 'blue-green');
  const deploy = await runBundle('deploy', {
    inputs: {
      app: 'win2',
      strategy: 'blue-green',
      image: 'reg/web:2.0.0',
      version: '2.0.0',
      'scale-down-delay': '1s',
    },
    env: env(),
  });
  expect(deploy.exitCode).toBe(0);
  expect(deploy.stdout).toMatch(/win2-blue scaled to 0 after the scale-down window/);
  expect(fx.sim.store.get(DEPLOYMENTS(), 'default', 'win2-blue')?.spec.replicas).toBe(0);
  const state = JSON.parse(
    fx.sim.store.get(fx.sim.store.type('', 'services')!, 'default', 'win2')!.metadata.annotations![
      'shipgate.dev/rollout'
    ]!,
  );
  expect(state.scaleDownAt).toBeUndefined();
  expect(lease('win2')?.spec?.holderIdentity).toBeUndefined();
});

test('time queued behind another run’s Lease does not count against timeout; the wait is logged once', async () => {
  await firstDeploy('queue');
  await fx.kube.coordination.replaceNamespacedLease({
    name: 'queue-shipgate-lock',
    namespace: 'default',
    body: {
      metadata: {
        name: 'queue-shipgate-lock',
        resourceVersion: lease('queue')!.metadata.resourceVersion as string,
      },
      spec: {
        holderIdentity: 'run A',
        leaseDurationSeconds: 6,
        renewTime: new Date(),
        acquireTime: new Date(),
      },
    },
  });
  const r = await runBundle('deploy', {
    inputs: {
      app: 'queue',
      image: 'reg/mid:1.1.0',
      version: '1.1.0',
      timeout: '5s',
      'lock-timeout': '30s',
    },
    env: env(),
  });
  expect(r.stdout.match(/waiting for the deploy lock held by run A/g)).toHaveLength(1);
  expect(r.exitCode).toBe(0);
  expect(r.outputs.status).toBe('succeeded');
});

test.each([
  ['a retry backoff', 'term-backoff', { status: 503 }],
  ['a hung call', 'term-hang', { latencyMs: 300_000 }],
])('SIGTERM during %s stops the run at once and releases the Lease', async (_name, app, how) => {
  await firstDeploy(app);
  const fault = { verb: 'get', resource: 'deployments', ...how };
  const f = fx.sim.faults.inject({ ...fault, name: app });
  let killedAt = 0;
  const r = await runBundle('deploy', {
    inputs: { app, image: 'reg/web:2.0.0', version: '2.0.0' },
    env: env(),
    onSpawn: (child) => {
      void until(() => f.hits > 0 || (fx.sim.faults.list().find((x) => x.id === f.id)?.hits ?? 0) > 0).then(
        () => {
          killedAt = Date.now();
          child.kill('SIGTERM');
        },
      );
    },
  });
  fx.sim.faults.remove(f.id);
  expect(killedAt).toBeGreaterThan(0);
  expect(Date.now() - killedAt).toBeLessThan(3_000);
  expect(r.exitCode).not.toBe(0);
  expect(r.stdout).toMatch(/cancel/i);
  expect(lease(app)?.spec?.holderIdentity).toBeUndefined();
});

test('a backup-dir under /proc is refused before the Lease or any request', async () => {
  const seq = fx.sim.audit.lastSeq();
  const r = await runBundle('deploy', {
    inputs: { app: 'web', image: 'reg/web:2.0.0', version: '2.0.0', 'backup-dir': '/proc/self/shipgate' },
    env: env(),
  });
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toMatch(
    /Invalid input "backup-dir": got "\/proc\/self\/shipgate"; allowed: a writable directory/,
  );
  expect(fx.sim.audit.entries(seq)).toEqual([]);
});
