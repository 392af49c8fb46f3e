/**
 * The built bundle (dist/canary-monitor) as the runner runs it, after the deploy bundle placed a
 * canary, against kube-sim running sample-app pods and a real Prometheus discovering them over
 * HTTP SD. Build first: npm run build -- deploy canary-monitor
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  sampleAppBehaviour,
  startKubeSim,
  startPrometheus,
  startTraffic,
  type KubeSim,
  type PrometheusServer,
  type Traffic,
} from '@shipgate/kube-sim';
import { runBundle, type BundleOptions } from '../../../test/support/run-bundle.ts';

let sim: KubeSim;
let prometheus: PrometheusServer;
let dir: string;
const traffic: Traffic[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'canary-bundle-'));
  sim = await startKubeSim({
    kubeconfigPath: join(dir, 'kubeconfig'),
    controllers: {
      images: {
        'reg/web:1.0.0': sampleAppBehaviour({ latencyMs: 20, jitterMs: 4 }),
        'reg/web:2.0.0': sampleAppBehaviour({ latencyMs: 20, jitterMs: 4 }),
        'reg/web:5.0.0': sampleAppBehaviour({ errorRate: 0.05, latencyMs: 20, jitterMs: 4 }),
        'reg/web:6.0.0': sampleAppBehaviour({ latencyMs: 80, jitterMs: 4 }),
      },
    },
  });
  prometheus = await startPrometheus({ sdUrl: `${sim.url}/_sim/sd` });
}, 60_000);
afterAll(async () => {
  for (const t of traffic) await t.stop();
  await prometheus?.stop();
  await sim?.stop();
  await rm(dir, { recursive: true, force: true });
});

const env = () => ({ KUBECONFIG: sim.kubeconfigPath!, GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir });

/**
 * Analysis sized for 1 s intervals: a 3 s rate window, room for Prometheus to discover new pods, and
 * a p95 bound loose enough for a loaded 2-core machine (a regression here is 4x).
 */
const ANALYSIS = `
window: 3s
metrics:
  - template: http-error-rate
    min-samples: 20
    consecutive-errors-limit: 8
  - template: latency-p95
    max-increase: 50
    consecutive-errors-limit: 8
`;

/** Deploys `app` at 1.0.0, then a canary of `version` at 25% with a baseline, and sends it traffic. */
async function canaryOf(app: string, version: string, perSecond = 100): Promise<void> {
  await writeFile(
    join(dir, `${app}.yaml`),
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${app}, labels: {app: ${app}}}
spec:
  replicas: 4
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
  const first = await runBundle('deploy', {
    inputs: { app, version: '1.0.0', manifests: `${app}.yaml` },
    env: env(),
  });
  expect(first.exitCode).toBe(0);
  const canary = await runBundle('deploy', {
    inputs: {
      app,
      version,
      image: `reg/web:${version}`,
      strategy: 'canary',
      'canary-weight': '25',
      baseline: 'true',
    },
    env: env(),
  });
  expect(canary.stdout).toContain('canary');
  expect(canary.exitCode).toBe(0);
  if (perSecond > 0)
    traffic.push(startTraffic(() => sim.controllers?.servicePort('default', app), perSecond));
}

function monitor(app: string, inputs: Record<string, string> = {}, o: Partial<BundleOptions> = {}) {
  return runBundle('canary-monitor', {
    inputs: {
      app,
      'prometheus-url': prometheus.url,
      steps: '25:8s, 50:6s, 100',
      interval: '1s',
      analysis: ANALYSIS,
      'report-dir': join(dir, 'reports'),
      ...inputs,
    },
    env: env(),
    timeoutMs: 120_000,
    ...o,
  });
}

function deployment(app: string) {
  return sim.store.get(sim.store.type('apps', 'deployments')!, 'default', app);
}

test('a healthy canary walks 25 → 50 → 100 and is promoted; the report replays to the same verdict', async () => {
  await canaryOf('good', '2.0.0');
  const r = await monitor('good');
  expect(r.stderr).toBe('');
  expect(r.outputs).toMatchObject({ verdict: 'promoted', 'final-weight': '100' });
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/step 1\/3: weight 25% \(effective \d+%\)/);
  expect(r.stdout).toMatch(/step 2\/3: weight 50%/);
  expect(deployment('good')?.spec.template.spec.containers[0].image).toBe('reg/web:2.0.0');
  expect(deployment('good-canary')).toBeUndefined();
  expect(r.summary).toContain('xychart-beta');
  const replayed = await runBundle('canary-monitor', {
    inputs: { replay: r.outputs['report-path']! },
    env: env(),
  });
  expect(replayed.outputs.verdict).toBe('passed');
  expect(replayed.stdout).toContain('— the same');
  expect(replayed.exitCode).toBe(0);
  const report = JSON.parse(await readFile(r.outputs['report-path']!, 'utf8')) as { rounds: unknown[] };
  expect(report.rounds.length).toBeGreaterThanOrEqual(6);
}, 120_000);

test('5% errors: aborted within two intervals of the breach, stable untouched', async () => {
  await canaryOf('bad', '5.0.0');
  const r = await monitor('bad', { steps: '25:30s, 50:30s, 100' });
  expect(r.outputs.verdict).toBe('aborted');
  expect(r.exitCode).toBe(1);
  expect(r.stdout).toContain('http-error-rate');
  const report = JSON.parse(await readFile(r.outputs['report-path']!, 'utf8')) as {
    rounds: { judgements: { metric: string; outcome: string }[] }[];
  };
  const outcomes = report.rounds.map(
    (x) => x.judgements.find((j) => j.metric === 'http-error-rate')!.outcome,
  );
  const firstData = outcomes.findIndex((o) => o === 'pass' || o === 'fail');
  expect(outcomes.length - 1 - firstData).toBeLessThanOrEqual(1);
  expect(deployment('bad')?.spec.template.spec.containers[0].image).toBe('reg/web:1.0.0');
  expect(deployment('bad')?.spec.replicas).toBe(4);
  expect(deployment('bad-canary')).toBeUndefined();
}, 120_000);
