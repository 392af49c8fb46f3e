/** The built bundle (dist/deploy) as the runner runs it, against kube-fx.sim. Build first: npm run build -- deploy */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGitHubSim, type GitHubSim } from '@shipgate/github-sim';
import { runBundle } from '../../../test/support/run-bundle.ts';
import { useDeployBundle } from '../../../test/support/deploy-bundle.ts';
import { appYaml } from '../../../test/support/app-yaml.ts';

const fx = useDeployBundle('deploy-bundle', {
  'reg/slow:*': { readyAfterMs: 60_000 },
  'reg/mid:*': { readyAfterMs: 1_500 },
  'reg/*': { readyAfterMs: 10 },
});
let gh: GitHubSim;
let grafana: Server;
const grafanaPosts: { auth?: string; body: unknown }[] = [];
beforeAll(async () => {
  gh = await startGitHubSim({
    token: 'gh-token',
    repos: [{ owner: 'acme', name: 'shop', tags: { 'v1.0.0': 'main', 'v1.1.0': 'main' } }],
  });
  grafana = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      grafanaPosts.push({ auth: req.headers.authorization, body: JSON.parse(body || '{}') });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":7,"message":"Annotation added"}');
    });
  });
  await new Promise<void>((r) => grafana.listen(0, '127.0.0.1', r));
  await writeFile(join(fx.dir, 'app.yaml'), appYaml('web', 2));
});
afterAll(async () => {
  await gh.stop();
  await new Promise((r) => grafana.close(r));
});

const env = () => fx.env();
const manifest = (app: string, replicas: number) =>
  writeFile(join(fx.dir, `${app}.yaml`), appYaml(app, replicas));

test.each([
  [
    'non-semver version',
    { app: 'web', image: 'reg/web:2', version: 'release-7' },
    /version.*release-7.*semver/,
  ],
  [
    'unknown strategy',
    { app: 'web', image: 'reg/web:2', version: '1.0.0', strategy: 'ramp' },
    /strategy.*ramp.*rolling, blue-green, canary/,
  ],
  ['image with spaces', { app: 'web', image: 'reg/web: 2', version: '1.0.0' }, /image.*reg\/web: 2/],
  ['missing app', { image: 'reg/web:2', version: '1.0.0' }, /"app"/],
])('bad input (%s) fails before any request', async (_name, inputs, message) => {
  const seq = fx.sim.audit.lastSeq();
  const r = await runBundle('deploy', { inputs, env: env() });
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toMatch(message);
  expect(fx.sim.audit.entries(seq)).toEqual([]);
});

test('first deploy from manifests, then an upgrade, through the bundle', async () => {
  const first = await runBundle('deploy', {
    inputs: { app: 'web', manifests: 'app.yaml', version: 'v1.0.0' },
    env: env(),
  });
  expect(first.exitCode).toBe(0);
  expect(first.outputs).toMatchObject({ status: 'succeeded', version: '1.0.0', strategy: 'rolling' });
  const up = await runBundle('deploy', {
    inputs: { app: 'web', image: 'reg/web:1.1.0' },
    env: { ...env(), GITHUB_REF_NAME: 'v1.1.0' },
  });
  expect(up.exitCode).toBe(0);
  expect(up.outputs).toMatchObject({ status: 'succeeded', version: '1.1.0', 'previous-version': '1.0.0' });
  expect(up.outputs['backup-path']).toMatch(/shipgate-backup/);
  expect(up.summary).toMatch(/Timeline/);
  expect(up.summary).toMatch(/from → to \| 1\\?\.0\\?\.0 → 1\\?\.1\\?\.0/);
});

test('GitHub deployment statuses and a Grafana annotation', async () => {
  await manifest('ghd', 1);
  const ghEnv = {
    ...env(),
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '99',
    GITHUB_SERVER_URL: 'https://github.com',
  };
  const grafanaUrl = `http://127.0.0.1:${(grafana.address() as AddressInfo).port}`;
  const inputs = {
    app: 'ghd',
    token: 'gh-token',
    environment: 'staging',
    'environment-url': 'https://staging.example.com',
    'grafana-url': grafanaUrl,
    'grafana-token': 'graf-secret',
  };
  const first = await runBundle('deploy', {
    inputs: { ...inputs, manifests: 'ghd.yaml' },
    env: { ...ghEnv, GITHUB_REF_NAME: 'v1.0.0' },
  });
  expect(first.exitCode).toBe(0);
  const second = await runBundle('deploy', {
    inputs: { ...inputs, image: 'reg/web:1.1.0' },
    env: { ...ghEnv, GITHUB_REF_NAME: 'v1.1.0' },
  });
  expect(second.exitCode).toBe(0);
  const ids = [Number(first.outputs['deployment-id']), Number(second.outputs['deployment-id'])];
  expect(ids.every((n) => n > 0)).toBe(true);
  const statuses = gh
    .writes()
    .filter((r) => /\/statuses$/.test(r.path))
    .map((r) => `${r.path.split('/').at(-2)}:${(r.body as { state: string }).state}`);
  expect(statuses).toEqual([
    `${ids[0]}:in_progress`,
    `${ids[0]}:success`,
    `${ids[1]}:in_progress`,
    `${ids[1]}:success`,
    `${ids[0]}:inactive`,
  ]);
  expect(grafanaPosts.at(-1)).toMatchObject({
    auth: 'Bearer graf-secret',
    body: { tags: ['shipgate', 'app:ghd', 'version:1.1.0', 'environment:staging'] },
  });
  // Secrets appear only in the ::add-mask:: registrations the runner consumes, never in a log line.
  const logLines = second.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
  expect(logLines.join('\n')).not.toMatch(/graf-secret|gh-token/);
});

test('SIGTERM mid-canary: the canary is removed, stable keeps everything, the lease is released', async () => {
  await fx.firstDeploy('term', { replicas: 4 });
  const seq = fx.sim.audit.lastSeq();
  const r = await runBundle('deploy', {
    inputs: {
      app: 'term',
      strategy: 'canary',
      'canary-weight': '25',
      image: 'reg/slow:2.0.0',
      version: '2.0.0',
    },
    env: env(),
    onSpawn: (child) => {
      const poll = setInterval(() => {
        if (
          fx.sim.audit.entries(seq).some(
            // server-side apply creates the arm with an apply PATCH
            (e) => e.verb === 'patch' && e.name === 'term-canary' && e.code === 201 && !e.query.dryRun,
          )
        ) {
          clearInterval(poll);
          child.kill('SIGTERM');
        }
      }, 10);
      child.on('exit', () => clearInterval(poll));
    },
  });
  expect(r.exitCode).not.toBe(0);
  expect(r.stdout).toMatch(/cancel/i);
  const deps = fx.sim.store
    .list(fx.sim.store.type('apps', 'deployments')!, 'default')
    .items.map((d) => d.metadata.name);
  expect(deps).toContain('term');
  expect(deps).not.toContain('term-canary');
  const stable = fx.sim.store.get(fx.sim.store.type('apps', 'deployments')!, 'default', 'term');
  expect(stable?.spec.replicas).toBe(4);
  const lease = fx.sim.store.get(
    fx.sim.store.type('coordination.k8s.io', 'leases')!,
    'default',
    'term-shipgate-lock',
  );
  expect(lease?.spec.holderIdentity).toBeUndefined();
});

test('SIGTERM mid-blue-green: the Service stays on the old colour', async () => {
  await fx.firstDeploy('bgt', { replicas: 2, strategy: 'blue-green' });
  const seq = fx.sim.audit.lastSeq();
  const r = await runBundle('deploy', {
    inputs: { app: 'bgt', strategy: 'blue-green', image: 'reg/slow:2.0.0', version: '2.0.0' },
    env: env(),
    onSpawn: (child) => {
      const poll = setInterval(() => {
        if (
          fx.sim.audit
            .entries(seq)
            .some((e) => e.verb === 'patch' && e.name === 'bgt-green' && e.code === 201 && !e.query.dryRun)
        ) {
          clearInterval(poll);
          child.kill('SIGTERM');
        }
      }, 10);
      child.on('exit', () => clearInterval(poll));
    },
  });
  expect(r.exitCode).not.toBe(0);
  const svc = fx.sim.store.get(fx.sim.store.type('', 'services')!, 'default', 'bgt');
  expect(svc?.spec.selector['shipgate.dev/track']).toBe('blue');
  expect(
    fx.sim.store.get(fx.sim.store.type('apps', 'deployments')!, 'default', 'bgt-green')?.spec.replicas,
  ).toBe(0);
  expect(
    fx.sim.store.get(fx.sim.store.type('apps', 'deployments')!, 'default', 'bgt-blue')?.spec.replicas,
  ).toBe(2);
});

test('two deploys of one app at once: one waits for the lease and fails naming the holder', async () => {
  await fx.firstDeploy('both', { replicas: 1 });
  const one = (v: string, run: string) =>
    runBundle('deploy', {
      inputs: { app: 'both', image: `reg/mid:${v}`, version: v, 'lock-timeout': '1s' },
      env: { ...env(), GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: run },
    });
  const [a, b] = await Promise.all([one('1.1.0', '1'), one('1.2.0', '2')]);
  const codes = [a.exitCode, b.exitCode].sort();
  expect(codes).toEqual([0, 1]);
  const loser = a.exitCode === 0 ? b : a;
  expect(loser.stdout).toMatch(/held by acme\/shop run [12] \(deploy, [0-9a-f]{8}\)/);
});

test('two jobs of one run (a matrix) deploying the same app do not share the lease', async () => {
  await fx.firstDeploy('matrix', { replicas: 1 });
  const job = (v: string) =>
    runBundle('deploy', {
      inputs: { app: 'matrix', image: `reg/mid:${v}`, version: v, 'lock-timeout': '1s' },
      env: { ...env(), GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '7', GITHUB_JOB: 'deploy' },
    });
  const [a, b] = await Promise.all([job('1.1.0'), job('1.2.0')]);
  expect([a.exitCode, b.exitCode].sort()).toEqual([0, 1]);
  expect((a.exitCode === 0 ? b : a).stdout).toMatch(
    /held by acme\/shop run 7 job deploy \(deploy, [0-9a-f]{8}\)/,
  );
});

test('dry run through the bundle: summary shows what would change, nothing is written', async () => {
  await fx.firstDeploy('dryb', { replicas: 2 });
  const seq = fx.sim.audit.lastSeq();
  const r = await runBundle('deploy', {
    inputs: { app: 'dryb', image: 'reg/web:1.1.0', version: '1.1.0', 'dry-run': 'true' },
    env: env(),
  });
  expect(r.exitCode).toBe(0);
  expect(r.summary).toMatch(/What would change \(server-side dry run\)/);
  expect(r.summary).toMatch(/Deployment\/dryb/);
  expect(fx.sim.audit.mutations(seq)).toEqual([]);
});
