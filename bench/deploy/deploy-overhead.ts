/**
 * Deploy overhead on a rolling update, on kube-sim, against kubectl set image + rollout status
 * in the same run. Overhead = wall time − simulated readiness (pods are ready `READY_MS` after
 * start; a 3-replica rolling update with maxSurge 25% / maxUnavailable 25% needs 3 sequential
 * waves, so the floor is ≈ 3 × READY_MS for both tools). Counts API requests from the audit log.
 *
 * With a built dist/deploy, the bundle is measured too, spawned as the runner spawns it
 * (INPUT_* variables, GITHUB_OUTPUT/GITHUB_STEP_SUMMARY files): Node start-up and bundle load count.
 *
 *   node_modules/.bin/node bench/deploy/deploy-overhead.ts [runs=10]
 */
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createMemoryLogger, systemClock } from '@shipgate/core';
import { startKubeSim } from '@shipgate/kube-sim';
import { KubeClient, loadKubeConfig, parseManifests, runDeploy } from '@shipgate/kube';

const run = promisify(execFile);
const RUNS = Number(process.argv[2] ?? 10);
const READY_MS = 100;
const dir = await mkdtemp(join(tmpdir(), 'bench-deploy-'));
const sim = await startKubeSim({
  kubeconfigPath: join(dir, 'kubeconfig'),
  controllers: { images: { 'reg/*': { readyAfterMs: READY_MS } } },
});
const kube = new KubeClient({ config: loadKubeConfig({ kubeconfigPath: sim.kubeconfigPath }) });

const manifest = (app: string) =>
  parseManifests(
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${app}, labels: {app: ${app}}}
spec:
  replicas: 3
  selector: {matchLabels: {app: ${app}}}
  template:
    metadata: {labels: {app: ${app}}}
    spec: {containers: [{name: web, image: "reg/web:0"}]}
`,
    'bench.yaml',
  );

const base = (app: string, version: string) => ({
  kube,
  namespace: 'default',
  app,
  version,
  images: [{ ref: `reg/web:${version}` }],
  manifests: [] as ReturnType<typeof manifest>,
  strategy: 'rolling' as const,
  mode: 'deploy' as const,
  canaryWeight: 10,
  router: 'replicas' as const,
  baseline: false,
  autoRollback: true,
  timeoutMs: 60_000,
  scaleDownDelayMs: 0,
  dryRun: false,
  lockTimeoutMs: 5_000,
  holder: 'bench',
  signal: new AbortController().signal,
  clock: systemClock,
  log: createMemoryLogger(),
});

await runDeploy({ ...base('sg', '1.0.0'), manifests: manifest('sg') });
await runDeploy({ ...base('kc', '1.0.0'), manifests: manifest('kc') });
const bundle = new URL('../../dist/deploy/index.js', import.meta.url).pathname;
const haveBundle = existsSync(bundle);
if (haveBundle) await runDeploy({ ...base('bd', '1.0.0'), manifests: manifest('bd') });
const outFile = join(dir, 'out');
const sumFile = join(dir, 'summary');
async function runBundleOnce(version: string): Promise<void> {
  writeFileSync(outFile, '');
  writeFileSync(sumFile, '');
  await run(process.execPath, [bundle], {
    env: {
      PATH: process.env.PATH ?? '',
      KUBECONFIG: sim.kubeconfigPath!,
      GITHUB_OUTPUT: outFile,
      GITHUB_STEP_SUMMARY: sumFile,
      GITHUB_WORKSPACE: dir,
      INPUT_APP: 'bd',
      INPUT_IMAGE: `reg/web:${version}`,
      INPUT_VERSION: version,
      INPUT_NAMESPACE: 'default',
      INPUT_STRATEGY: 'rolling',
      INPUT_MODE: 'deploy',
      'INPUT_CANARY-WEIGHT': '10',
      'INPUT_TRAFFIC-ROUTER': 'replicas',
      INPUT_BASELINE: 'false',
      INPUT_TIMEOUT: '1m',
      'INPUT_AUTO-ROLLBACK': 'true',
      'INPUT_SCALE-DOWN-DELAY': '0s',
      'INPUT_DRY-RUN': 'false',
      'INPUT_LOCK-TIMEOUT': '5s',
      'INPUT_BACKUP-DIR': join(dir, 'backup'),
    },
  });
}
const bd: number[] = [];
const bdReq: number[] = [];

const sg: number[] = [];
const kc: number[] = [];
const sgReq: number[] = [];
const kcReq: number[] = [];
const kenv = { ...process.env, KUBECONFIG: sim.kubeconfigPath! };
for (let i = 1; i <= RUNS; i++) {
  const v = `1.0.${i}`;
  let seq = sim.audit.lastSeq();
  let t = performance.now();
  const r = await runDeploy({ ...base('sg', v), backupDir: undefined });
  sg.push(performance.now() - t);
  if (r.status !== 'succeeded') throw new Error(`shipgate run ${i}: ${r.message}`);
  sgReq.push(sim.audit.entries(seq).length);

  seq = sim.audit.lastSeq();
  t = performance.now();
  await run('kubectl', ['set', 'image', 'deployment/kc', `web=reg/web:${v}`], { env: kenv });
  await run('kubectl', ['rollout', 'status', 'deployment/kc', '--timeout=60s'], { env: kenv });
  kc.push(performance.now() - t);
  kcReq.push(sim.audit.entries(seq).length);

  if (haveBundle) {
    seq = sim.audit.lastSeq();
    t = performance.now();
    await runBundleOnce(v);
    bd.push(performance.now() - t);
    bdReq.push(sim.audit.entries(seq).length);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
// Readiness floor measured, not assumed: the fastest kubectl wall time bounds what the sim imposes.
const floor = Math.min(...kc, ...sg, ...bd);
const fmt = (n: number) => n.toFixed(0);
console.log(`runs: ${RUNS}, 3 replicas, pods ready ${READY_MS} ms after start`);
console.log(
  `shipgate deploy (library, rolling, lock+state+ledger): median ${fmt(median(sg))} ms, requests median ${median(sgReq)}`,
);
console.log(
  `kubectl set image + rollout status:                  median ${fmt(median(kc))} ms, requests median ${median(kcReq)}`,
);
if (haveBundle) {
  console.log(
    `shipgate deploy (ncc bundle, spawned like the runner, with backup): median ${fmt(median(bd))} ms, requests median ${median(bdReq)}`,
  );
}
console.log(`observed floor (fastest of all runs): ${fmt(floor)} ms`);
console.log(
  `overhead over the floor: shipgate library ${fmt(median(sg) - floor)} ms${haveBundle ? `, shipgate bundle (with backup) ${fmt(median(bd) - floor)} ms` : ''}; kubectl ${fmt(median(kc) - floor)} ms`,
);
if (haveBundle)
  console.log(
    `ratio bundle/kubectl wall: ${(median(bd) / median(kc)).toFixed(2)}; requests: ${(median(bdReq) / median(kcReq)).toFixed(2)}`,
  );
console.log(
  `ratio shipgate/kubectl wall: ${(median(sg) / median(kc)).toFixed(2)}; requests: ${(median(sgReq) / median(kcReq)).toFixed(2)}`,
);
await sim.stop();
await rm(dir, { recursive: true, force: true });
