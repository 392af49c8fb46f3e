// Benchmarks of kube-sim: listing 1,000 Deployments over HTTP (JSON and as a kubectl Table), and a 10-replica rolling update with
// instant readiness (wall time from the image patch to a complete rollout in the Deployment status).
// Run: node_modules/.bin/node bench/kube-sim/kube-sim-bench.ts
import { startKubeSim, type KubeObject } from '../../packages/kube-sim/src/index.ts';

function deployment(name: string, replicas: number, image: string): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'app', image }] } },
    },
  };
}

const WARM_RUNS = 50;
const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';

/** Value at quantile q of sorted `xs` (nearest rank). */
const quantile = (xs: number[], q: number): number =>
  xs[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;

/**
 * Lists 1,000 Deployments 1 + WARM_RUNS times in a row on a fresh server and reports the first request
 * (cold: first HTTP connection, first JSON serialisation of these objects, JIT not warm) apart from the
 * warm ones. The times are printed in run order so a slow outlier can be placed.
 */
async function listBench(accept: string | undefined, label: string): Promise<void> {
  const sim = await startKubeSim({ controllers: false });
  const rt = sim.store.type('apps', 'deployments')!;
  for (let i = 0; i < 1000; i++)
    sim.store.create(rt, deployment(`d-${String(i).padStart(4, '0')}`, 1, 'registry/app:1'));
  const times: number[] = [];
  for (let i = 0; i < 1 + WARM_RUNS; i++) {
    const t0 = performance.now();
    const res = await fetch(`${sim.url}/apis/apps/v1/namespaces/default/deployments`, {
      headers: accept ? { accept } : {},
    });
    const body = (await res.json()) as { items?: unknown[]; rows?: unknown[] };
    times.push(performance.now() - t0);
    const n = (body.items ?? body.rows ?? []).length;
    if (n !== 1000) throw new Error(`listed ${n} deployments, expected 1000`);
  }
  await sim.stop();
  const [first, ...warm] = times;
  const sorted = [...warm].sort((a, b) => a - b);
  const slowest = warm.indexOf(sorted[sorted.length - 1]!) + 2; // run number, 1-based, run 1 is the first
  console.log(
    `list 1,000 Deployments (${label}): first run ${first!.toFixed(1)} ms; warm runs 2-${1 + WARM_RUNS}: ` +
      `median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms, ` +
      `max ${sorted[sorted.length - 1]!.toFixed(1)} ms (run ${slowest})`,
  );
  console.log(`  in run order (ms): ${times.map((t) => t.toFixed(1)).join(' ')}`);
}

async function rolloutBench(): Promise<void> {
  const sim = await startKubeSim({ controllers: { defaultImage: { readyAfterMs: 0 } } });
  const rt = sim.store.type('apps', 'deployments')!;
  const complete = (image: string): Promise<void> =>
    new Promise((resolve) => {
      const check = (): boolean => {
        const d = sim.store.get(rt, 'default', 'web');
        const s = d?.status ?? {};
        const done =
          d?.spec.template.spec.containers[0].image === image &&
          s.observedGeneration === d?.metadata.generation &&
          s.updatedReplicas === 10 &&
          s.readyReplicas === 10 &&
          s.availableReplicas === 10 &&
          (s.replicas ?? 0) === 10;
        if (done) resolve();
        return done;
      };
      if (!check()) {
        const off = sim.store.subscribe(() => {
          if (check()) off();
        });
      }
    });
  sim.store.create(rt, deployment('web', 10, 'registry/app:1'));
  await complete('registry/app:1');
  const t0 = performance.now();
  const res = await fetch(`${sim.url}/apis/apps/v1/namespaces/default/deployments/web`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/strategic-merge-patch+json' },
    body: JSON.stringify({
      spec: { template: { spec: { containers: [{ name: 'app', image: 'registry/app:2' }] } } },
    }),
  });
  if (res.status !== 200) throw new Error(`patch answered ${res.status}`);
  await complete('registry/app:2');
  const ms = performance.now() - t0;
  await sim.stop();
  console.log(
    `10-replica rolling update, instant readiness: ${ms.toFixed(0)} ms wall (patch to complete status)`,
  );
}

await listBench(undefined, 'JSON DeploymentList');
await listBench(TABLE_ACCEPT, 'Table, as kubectl get asks');
await rolloutBench();
