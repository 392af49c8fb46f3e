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
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runDeploy } from '@shipgate/kube';
import { benchManifest, median, startBenchCluster } from '../support/kube-harness.ts';

const RUNS = Number(process.argv[2] ?? 10);
const READY_MS = 100;
const c = await startBenchCluster('deploy', { 'reg/*': { readyAfterMs: READY_MS } });
const { sim } = c;
const manifest = (app: string) => benchManifest(app, 'reg/web:0', { service: false });

await runDeploy(c.deployOptions('sg', '1.0.0', { manifests: manifest('sg') }));
await runDeploy(c.deployOptions('kc', '1.0.0', { manifests: manifest('kc') }));
const haveBundle = existsSync(new URL('../../dist/deploy/index.js', import.meta.url).pathname);
if (haveBundle) await runDeploy(c.deployOptions('bd', '1.0.0', { manifests: manifest('bd') }));
const runBundleOnce = (version: string) =>
  c.spawnAction('deploy', {
    app: 'bd',
    image: `reg/web:${version}`,
    version,
    namespace: 'default',
    strategy: 'rolling',
    mode: 'deploy',
    'canary-weight': '10',
    'traffic-router': 'replicas',
    baseline: 'false',
    timeout: '1m',
    'auto-rollback': 'true',
    'scale-down-delay': '0s',
    'dry-run': 'false',
    'lock-timeout': '5s',
    'backup-dir': join(c.dir, 'backup'),
  });
const bd: number[] = [];
const bdReq: number[] = [];

const sg: number[] = [];
const kc: number[] = [];
const sgReq: number[] = [];
const kcReq: number[] = [];
for (let i = 1; i <= RUNS; i++) {
  const v = `1.0.${i}`;
  let seq = sim.audit.lastSeq();
  let t = performance.now();
  const r = await runDeploy(c.deployOptions('sg', v));
  sg.push(performance.now() - t);
  if (r.status !== 'succeeded') throw new Error(`shipgate run ${i}: ${r.message}`);
  sgReq.push(sim.audit.entries(seq).length);

  seq = sim.audit.lastSeq();
  t = performance.now();
  await c.kubectl('set', 'image', 'deployment/kc', `web=reg/web:${v}`);
  await c.kubectl('rollout', 'status', 'deployment/kc', '--timeout=60s');
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
await c.stop();
