/**
 * Time from a regression's start to the abort decision and to 100% of traffic on stable, with a
 * real Prometheus (1 s scrape) and the built bundles on kube-sim: a canary at 10% whose error rate
 * is 5x stable's (5% vs 1%), judged every 5 s. p50/p95/max over N runs. Also the CPU cost of one
 * analysis round (two metrics, both arms: 6 queries + the judge) in-process.
 *
 *   node_modules/.bin/node bench/canary/regression.ts [runs=20] [interval-seconds=5]
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '@shipgate/core';
import { sampleAppBehaviour, startKubeSim, startPrometheus, startTraffic } from '@shipgate/kube-sim';
import {
  Prometheus,
  analysisSchema,
  judgeRound,
  measureRound,
  resolveSpec,
  startStep,
  type AnalysisReport,
} from '@shipgate/metrics';
import { appYaml } from '../../test/support/app-yaml.ts';
import { runBundle } from '../../test/support/run-bundle.ts';

const RUNS = Number(process.argv[2] ?? 20);
const INTERVAL_S = Number(process.argv[3] ?? 5);
const dir = await mkdtemp(join(tmpdir(), 'bench-canary-'));
const sim = await startKubeSim({
  kubeconfigPath: join(dir, 'kubeconfig'),
  controllers: {
    images: {
      'reg/web:1.0.0': sampleAppBehaviour({ errorRate: 0.01, latencyMs: 10, jitterMs: 2 }),
      'reg/web:2.0.0': sampleAppBehaviour({ errorRate: 0.05, latencyMs: 10, jitterMs: 2 }),
    },
  },
});
const prometheus = await startPrometheus({ sdUrl: `${sim.url}/_sim/sd` });
const stopAll = async () => {
  await prometheus.stop();
  await sim.stop();
};
process.once(
  'uncaughtException',
  (e) =>
    void stopAll().finally(() => {
      console.error(e);
      process.exit(1);
    }),
);
const env = { KUBECONFIG: sim.kubeconfigPath!, GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir };
const ANALYSIS = `window: ${2 * INTERVAL_S}s\nmetrics:\n  - template: http-error-rate\n    min-samples: 20\n`;
const deployments = sim.store.type('apps', 'deployments')!;

const decide: number[] = [];
const restore: number[] = [];
for (let i = 1; i <= RUNS; i++) {
  const app = `r${i}`;
  await writeFile(join(dir, `${app}.yaml`), appYaml(app, 9));
  const first = await runBundle('deploy', {
    inputs: { app, version: '1.0.0', manifests: `${app}.yaml` },
    env,
  });
  if (first.exitCode !== 0) throw new Error(first.stdout);
  const traffic = startTraffic(() => sim.controllers?.servicePort('default', app), 100);
  // The regression starts when the canary (10%: 1 of 10 pods) is ready and takes traffic.
  const canary = await runBundle('deploy', {
    inputs: { app, version: '2.0.0', image: 'reg/web:2.0.0', strategy: 'canary', 'canary-weight': '10' },
    env,
  });
  if (canary.exitCode !== 0) throw new Error(canary.stdout);
  const start = Date.now();
  const r = await runBundle('canary-monitor', {
    inputs: {
      app,
      'prometheus-url': prometheus.url,
      steps: '10:10m, 100',
      interval: `${INTERVAL_S}s`,
      analysis: ANALYSIS,
      'report-dir': join(dir, 'reports'),
    },
    env,
    timeoutMs: 600_000,
  });
  const end = Date.now();
  await traffic.stop();
  if (r.outputs.verdict !== 'aborted') throw new Error(`run ${i}: ${r.outputs.verdict}\n${r.stdout}`);
  const report = JSON.parse(await readFile(r.outputs['report-path']!, 'utf8')) as AnalysisReport;
  decide.push((report.rounds.at(-1)!.atMs - start) / 1000);
  restore.push((end - start) / 1000);
  // Its pods would keep running (and being scraped) through the next runs.
  sim.store.delete(deployments, 'default', app, {});
  console.log(
    `run ${i}: decision ${decide.at(-1)!.toFixed(1)} s, stable 100% ${restore.at(-1)!.toFixed(1)} s`,
  );
}

// CPU of one analysis round against the live Prometheus: two metrics (error ratio: 2 queries per arm,
// p95: 1 per arm) measured and judged, 50 rounds.
const client = new Prometheus({ url: prometheus.url, clock: systemClock });
const spec = resolveSpec(
  analysisSchema.parse({ metrics: [{ template: 'http-error-rate' }, { template: 'latency-p95' }] }),
);
const vars = (track: string) => ({ app: 'r1', namespace: 'default', track, interval: '10s', version: '' });
let state = startStep(0, Date.now());
const cpu = process.cpuUsage();
const wall = performance.now();
const ROUNDS = 50;
for (let i = 0; i < ROUNDS; i++) {
  const obs = await measureRound(
    client,
    spec.metrics,
    { canary: vars('canary'), baseline: vars('stable') },
    Date.now(),
  );
  state = judgeRound(spec, state, obs, Date.now(), 3_600_000, 10_000).state;
}
const used = process.cpuUsage(cpu);
const perRound = (used.user + used.system) / 1000 / ROUNDS;
const wallPerRound = (performance.now() - wall) / ROUNDS;

const q = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)]!;
const line = (name: string, xs: number[]) =>
  `| ${name} | ${q(xs, 0.5).toFixed(1)} s | ${q(xs, 0.95).toFixed(1)} s (${(q(xs, 0.95) / INTERVAL_S).toFixed(2)} intervals) | ${Math.max(...xs).toFixed(1)} s |`;
console.log(`\n${RUNS} runs, interval ${INTERVAL_S}s, 5x error rate (5% vs 1%) at 10% canary weight\n`);
console.log("| from the regression's start to | p50 | p95 | max |\n| --- | --- | --- | --- |");
console.log(line('abort decision', decide));
console.log(line('100% traffic on stable (canary removed)', restore));
console.log(
  `\none analysis round (2 metrics, 6 queries, judge): ${perRound.toFixed(2)} ms CPU, ${wallPerRound.toFixed(1)} ms wall (mean of ${ROUNDS})`,
);
console.log(`Flagger's documented example: interval × threshold = 1m × 10 = 600 s to roll back.`);

await prometheus.stop();
await sim.stop();
await rm(dir, { recursive: true, force: true });
