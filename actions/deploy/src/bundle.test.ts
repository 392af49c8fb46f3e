/** The built bundle (dist/deploy) as the runner runs it, against kube-sim. Build first: npm run build -- deploy */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKubeSim, type KubeSim } from '@shipgate/kube-sim';
import { runBundle } from '../../../test/support/run-bundle.ts';

let sim: KubeSim;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deploy-bundle-'));
  sim = await startKubeSim({ kubeconfigPath: join(dir, 'kubeconfig'), controllers: { images: { 'reg/*': { readyAfterMs: 10 } } } });
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
  await rm(dir, { recursive: true, force: true });
});

const env = () => ({ KUBECONFIG: sim.kubeconfigPath!, GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir });

test.each([
  ['non-semver version', { app: 'web', image: 'reg/web:2', version: 'release-7' }, /version.*release-7.*semver/],
  ['unknown strategy', { app: 'web', image: 'reg/web:2', version: '1.0.0', strategy: 'ramp' }, /strategy.*ramp.*rolling, blue-green, canary/],
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
  const first = await runBundle('deploy', { inputs: { app: 'web', manifests: 'app.yaml', version: 'v1.0.0' }, env: env() });
  expect(first.exitCode).toBe(0);
  expect(first.outputs).toMatchObject({ status: 'succeeded', version: '1.0.0', strategy: 'rolling' });
  const up = await runBundle('deploy', { inputs: { app: 'web', image: 'reg/web:1.1.0' }, env: { ...env(), GITHUB_REF_NAME: 'v1.1.0' } });
  expect(up.exitCode).toBe(0);
  expect(up.outputs).toMatchObject({ status: 'succeeded', version: '1.1.0', 'previous-version': '1.0.0' });
  expect(up.outputs['backup-path']).toMatch(/shipgate-backup/);
  expect(up.summary).toMatch(/Timeline/);
  expect(up.summary).toMatch(/from → to \| 1\\?\.0\\?\.0 → 1\\?\.1\\?\.0/);
});
