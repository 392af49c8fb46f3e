/** The built bundle (dist/deploy) as the runner runs it, against kube-sim. Build first: npm run build -- deploy */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGitHubSim, type GitHubSim } from '@shipgate/github-sim';
import { startKubeSim, type KubeSim } from '@shipgate/kube-sim';
import { runBundle } from '../../../test/support/run-bundle.ts';

let sim: KubeSim;
let gh: GitHubSim;
let grafana: Server;
const grafanaPosts: { auth?: string; body: unknown }[] = [];
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deploy-bundle-'));
  sim = await startKubeSim({
    kubeconfigPath: join(dir, 'kubeconfig'),
    controllers: {
      images: {
        'reg/slow:*': { readyAfterMs: 60_000 },
        'reg/mid:*': { readyAfterMs: 1_500 },
        'reg/*': { readyAfterMs: 10 },
      },
    },
  });
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
  await writeFile(
    join(dir, 'app.yaml'),
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, labels: {app: web}}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: "reg/web:1.0.0"}]}
`,
  );
});
afterAll(async () => {
  await sim.stop();
  await gh.stop();
  await new Promise((r) => grafana.close(r));
  await rm(dir, { recursive: true, force: true });
});

const env = () => ({ KUBECONFIG: sim.kubeconfigPath!, GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir });
const manifest = (app: string, replicas: number) =>
  writeFile(
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
  const seq = sim.audit.lastSeq();
  const r = await runBundle('deploy', { inputs, env: env() });
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toMatch(message);
  expect(sim.audit.entries(seq)).toEqual([]);
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
  await manifest('term', 4);
  expect(
    (
      await runBundle('deploy', {
        inputs: { app: 'term', manifests: 'term.yaml', version: '1.0.0' },
        env: env(),
      })
    ).exitCode,
  ).toBe(0);
  const seq = sim.audit.lastSeq();
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
          sim.audit
            .entries(seq)
            .some(
              (e) => e.verb === 'create' && e.resource === 'deployments' && e.body.includes('term-canary'),
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
  const deps = sim.store
    .list(sim.store.type('apps', 'deployments')!, 'default')
    .items.map((d) => d.metadata.name);
  expect(deps).toContain('term');
  expect(deps).not.toContain('term-canary');
  const stable = sim.store.get(sim.store.type('apps', 'deployments')!, 'default', 'term');
  expect(stable?.spec.replicas).toBe(4);
  const lease = sim.store.get(
    sim.store.type('coordination.k8s.io', 'leases')!,
    'default',
    'term-shipgate-lock',
  );
  expect(lease?.spec.holderIdentity).toBeUndefined();
});

test('SIGTERM mid-blue-green: the Service stays on the old colour', async () => {
  await manifest('bgt', 2);
  expect(
    (
      await runBundle('deploy', {
        inputs: { app: 'bgt', strategy: 'blue-green', manifests: 'bgt.yaml', version: '1.0.0' },
        env: env(),
      })
    ).exitCode,
  ).toBe(0);
  const seq = sim.audit.lastSeq();
  const r = await runBundle('deploy', {
    inputs: { app: 'bgt', strategy: 'blue-green', image: 'reg/slow:2.0.0', version: '2.0.0' },
    env: env(),
    onSpawn: (child) => {
      const poll = setInterval(() => {
        if (
          sim.audit
            .entries(seq)
            .some((e) => e.verb === 'create' && e.resource === 'deployments' && e.body.includes('bgt-green'))
        ) {
          clearInterval(poll);
          child.kill('SIGTERM');
        }
      }, 10);
      child.on('exit', () => clearInterval(poll));
    },
  });
  expect(r.exitCode).not.toBe(0);
  const svc = sim.store.get(sim.store.type('', 'services')!, 'default', 'bgt');
  expect(svc?.spec.selector['shipgate.dev/track']).toBe('blue');
  expect(sim.store.get(sim.store.type('apps', 'deployments')!, 'default', 'bgt-green')?.spec.replicas).toBe(
    0,
  );
  expect(sim.store.get(sim.store.type('apps', 'deployments')!, 'default', 'bgt-blue')?.spec.replicas).toBe(2);
});

test('two deploys of one app at once: one waits for the lease and fails naming the holder', async () => {
  await manifest('both', 1);
  expect(
    (
      await runBundle('deploy', {
        inputs: { app: 'both', manifests: 'both.yaml', version: '1.0.0' },
        env: env(),
      })
    ).exitCode,
  ).toBe(0);
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
  await manifest('matrix', 1);
  expect(
    (
      await runBundle('deploy', {
        inputs: { app: 'matrix', manifests: 'matrix.yaml', version: '1.0.0' },
        env: env(),
      })
    ).exitCode,
  ).toBe(0);
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
  await manifest('dryb', 2);
  expect(
    (
      await runBundle('deploy', {
        inputs: { app: 'dryb', manifests: 'dryb.yaml', version: '1.0.0' },
        env: env(),
      })
    ).exitCode,
  ).toBe(0);
  const seq = sim.audit.lastSeq();
  const r = await runBundle('deploy', {
    inputs: { app: 'dryb', image: 'reg/web:1.1.0', version: '1.1.0', 'dry-run': 'true' },
    env: env(),
  });
  expect(r.exitCode).toBe(0);
  expect(r.summary).toMatch(/What would change \(server-side dry run\)/);
  expect(r.summary).toMatch(/Deployment\/dryb/);
  expect(sim.audit.mutations(seq)).toEqual([]);
});
