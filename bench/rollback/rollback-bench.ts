/**
 * Rollback speed on kube-sim, the spawned dist/rollback bundle (as the runner runs it) beside
 * kubectl in the same run:
 * - blue-green: from spawn to the moment the Service selects the old colour again (the audit
 *   log's time of that write), pods ready at once; warm (old colour still scaled) and cold
 *   (scaled to 0: scaled up first);
 * - rolling: wall time of `rollback` vs `kubectl rollout undo` + `kubectl rollout status`, pods
 *   ready `READY_MS` after start; overhead = wall − the fastest run of either (the readiness floor).
 *
 *   npm run build -- rollback && node_modules/.bin/node bench/rollback/rollback-bench.ts [rounds=7]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runDeploy, type StrategyName } from '@shipgate/kube';
import { benchManifest, median, startBenchCluster } from '../support/kube-harness.ts';

const ROUNDS = Number(process.argv[2] ?? 7);
const READY_MS = 100;
const c = await startBenchCluster('rollback', {
  'reg/fast:*': { readyAfterMs: 0 },
  'reg/*': { readyAfterMs: READY_MS },
});
const { sim, kube } = c;
const repo = join(c.dir, 'repo');
mkdirSync(repo);
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', ...args], { cwd: repo });
git('init', '-q');
git('commit', '-q', '--allow-empty', '-m', 'init');
for (const v of ['1.0.0', ...Array.from({ length: ROUNDS }, (_, i) => `2.0.${i + 1}`)]) git('tag', `v${v}`);

async function deploy(app: string, version: string, repoName: string, strategy: StrategyName, first = false) {
  const image = `${repoName}:${version}`;
  const r = await runDeploy(
    c.deployOptions(app, version, {
      images: [{ ref: image }],
      manifests: first ? benchManifest(app, image) : [],
      strategy,
    }),
  );
  if (r.status !== 'succeeded') throw new Error(`deploy ${app} ${version}: ${r.message}`);
}
const rollback = (app: string, target: string) =>
  c.spawnAction(
    'rollback',
    { app, confirmation: 'CONFIRM', reason: 'bench', 'target-version': target },
    { GITHUB_WORKSPACE: repo },
  );
const svcSwitchedAt = (seq: number, app: string) => {
  const e = sim.audit
    .mutations(seq)
    .find((x) => x.resource === 'services' && x.name === app && x.verb === 'update');
  return e ? Date.parse(e.time) : NaN;
};
const scale = (name: string, replicas: number) =>
  kube.apps.readNamespacedDeployment({ name, namespace: 'default' }).then((d) =>
    kube.apps.replaceNamespacedDeployment({
      name,
      namespace: 'default',
      body: { ...d, spec: { ...d.spec!, replicas } },
    }),
  );

await deploy('bgw', '1.0.0', 'reg/fast', 'blue-green', true);
await deploy('bgc', '1.0.0', 'reg/fast', 'blue-green', true);
await deploy('rb', '1.0.0', 'reg/web', 'rolling', true);
await deploy('kc', '1.0.0', 'reg/web', 'rolling', true);
const t = { warm: [] as number[], cold: [] as number[], rb: [] as number[], kc: [] as number[] };
const req = { warm: [] as number[], rb: [] as number[], kc: [] as number[] };
for (let i = 1; i <= ROUNDS; i++) {
  const v = `2.0.${i}`;
  await deploy('bgw', v, 'reg/fast', 'blue-green');
  await deploy('bgc', v, 'reg/fast', 'blue-green');
  await deploy('rb', v, 'reg/web', 'rolling');
  await deploy('kc', v, 'reg/web', 'rolling');
  // warm: the old colour is still scaled (inside a scale-down delay)
  const old = (await kube.core.readNamespacedService({ name: 'bgw', namespace: 'default' })).spec!.selector![
    'shipgate.dev/track'
  ]!;
  await scale(`bgw-${old === 'blue' ? 'green' : 'blue'}`, 3);
  await new Promise((r) => setTimeout(r, 200));
  for (const [app, key] of [
    ['bgw', 'warm'],
    ['bgc', 'cold'],
  ] as const) {
    const seq = sim.audit.lastSeq();
    const start = Date.now();
    await rollback(app, '1.0.0');
    t[key].push(svcSwitchedAt(seq, app) - start);
    if (key === 'warm') req.warm.push(sim.audit.entries(seq).length);
  }
  let seq = sim.audit.lastSeq();
  let s = performance.now();
  await rollback('rb', '1.0.0');
  t.rb.push(performance.now() - s);
  req.rb.push(sim.audit.entries(seq).length);
  seq = sim.audit.lastSeq();
  s = performance.now();
  await c.kubectl('rollout', 'undo', 'deployment/kc');
  await c.kubectl('rollout', 'status', 'deployment/kc', '--timeout=60s');
  t.kc.push(performance.now() - s);
  req.kc.push(sim.audit.entries(seq).length);
}
const ms = (n: number) => `${n.toFixed(0)} ms`;
const floor = Math.min(...t.rb, ...t.kc);
console.log(
  `rounds: ${ROUNDS}; blue-green pods ready at once; rolling 3 replicas ready ${READY_MS} ms after start`,
);
console.log(
  `blue-green, spawn → Service on the old colour: warm median ${ms(median(t.warm))} (max ${ms(Math.max(...t.warm))}), cold (scaled up first) median ${ms(median(t.cold))} (max ${ms(Math.max(...t.cold))}); requests (warm, whole run) ${median(req.warm)}`,
);
console.log(
  `rolling, rollback bundle (spawned, with backup): median ${ms(median(t.rb))}, requests ${median(req.rb)}`,
);
console.log(
  `rolling, kubectl rollout undo + rollout status:  median ${ms(median(t.kc))}, requests ${median(req.kc)}`,
);
console.log(
  `floor (fastest run of either): ${ms(floor)}; overhead over the floor: rollback ${ms(median(t.rb) - floor)}, kubectl ${ms(median(t.kc) - floor)}; rollback − kubectl ${ms(median(t.rb) - median(t.kc))}; ratio ${(median(t.rb) / median(t.kc)).toFixed(2)}`,
);
await c.stop();
