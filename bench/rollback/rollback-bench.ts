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
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createMemoryLogger, systemClock } from '@shipgate/core';
import { KubeClient, loadKubeConfig, parseManifests, runDeploy, type StrategyName } from '@shipgate/kube';
import { startKubeSim } from '@shipgate/kube-sim';

const run = promisify(execFile);
const ROUNDS = Number(process.argv[2] ?? 7);
const READY_MS = 100;
const dir = await mkdtemp(join(tmpdir(), 'bench-rollback-'));
const repo = join(dir, 'repo');
mkdirSync(repo);
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', ...args], { cwd: repo });
git('init', '-q');
git('commit', '-q', '--allow-empty', '-m', 'init');
for (const v of ['1.0.0', ...Array.from({ length: ROUNDS }, (_, i) => `2.0.${i + 1}`)]) git('tag', `v${v}`);

const sim = await startKubeSim({
  kubeconfigPath: join(dir, 'kubeconfig'),
  controllers: { images: { 'reg/fast:*': { readyAfterMs: 0 }, 'reg/*': { readyAfterMs: READY_MS } } },
});
const kube = new KubeClient({ config: loadKubeConfig({ kubeconfigPath: sim.kubeconfigPath }) });
const manifest = (app: string, image: string) =>
  parseManifests(
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${app}, labels: {app: ${app}}}
spec:
  replicas: 3
  selector: {matchLabels: {app: ${app}}}
  template:
    metadata: {labels: {app: ${app}}}
    spec: {containers: [{name: web, image: "${image}"}]}
---
apiVersion: v1
kind: Service
metadata: {name: ${app}, labels: {app: ${app}}}
spec: {selector: {app: ${app}}, ports: [{port: 80, targetPort: 8080}]}
`,
    'bench.yaml',
  );
async function deploy(app: string, version: string, repoName: string, strategy: StrategyName, first = false) {
  const r = await runDeploy({
    kube,
    namespace: 'default',
    app,
    version,
    images: [{ ref: `${repoName}:${version}` }],
    manifests: first ? manifest(app, `${repoName}:${version}`) : [],
    strategy,
    mode: 'deploy',
    canaryWeight: 10,
    router: 'replicas',
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
  if (r.status !== 'succeeded') throw new Error(`deploy ${app} ${version}: ${r.message}`);
}

const bundle = new URL('../../dist/rollback/index.js', import.meta.url).pathname;
const out = join(dir, 'out');
const sum = join(dir, 'summary');
function rollback(app: string, target: string): Promise<unknown> {
  writeFileSync(out, '');
  writeFileSync(sum, '');
  return run(process.execPath, [bundle], {
    env: {
      PATH: process.env.PATH ?? '',
      KUBECONFIG: sim.kubeconfigPath!,
      GITHUB_OUTPUT: out,
      GITHUB_STEP_SUMMARY: sum,
      GITHUB_WORKSPACE: repo,
      RUNNER_TEMP: dir,
      INPUT_APP: app,
      INPUT_CONFIRMATION: 'CONFIRM',
      INPUT_REASON: 'bench',
      'INPUT_TARGET-VERSION': target,
    },
  });
}
const kenv = { ...process.env, KUBECONFIG: sim.kubeconfigPath! };
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
  await run('kubectl', ['rollout', 'undo', 'deployment/kc'], { env: kenv });
  await run('kubectl', ['rollout', 'status', 'deployment/kc', '--timeout=60s'], { env: kenv });
  t.kc.push(performance.now() - s);
  req.kc.push(sim.audit.entries(seq).length);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
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
await sim.stop();
await rm(dir, { recursive: true, force: true });
