// Benchmarks of kube-sim: listing 1,000 Deployments over HTTP, and a 10-replica rolling update with
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

async function listBench(): Promise<void> {
  const sim = await startKubeSim({ controllers: false });
  const rt = sim.store.type('apps', 'deployments')!;
  for (let i = 0; i < 1000; i++)
    sim.store.create(rt, deployment(`d-${String(i).padStart(4, '0')}`, 1, 'registry/app:1'));
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const res = await fetch(`${sim.url}/apis/apps/v1/namespaces/default/deployments`);
    const body = (await res.json()) as { items: unknown[] };
    times.push(performance.now() - t0);
    if (body.items.length !== 1000) throw new Error(`listed ${body.items.length} deployments, expected 1000`);
  }
  await sim.stop();
  times.sort((a, b) => a - b);
  console.log(
    `list 1,000 Deployments over HTTP: median ${times[10]!.toFixed(1)} ms, max ${times[19]!.toFixed(1)} ms (20 runs)`,
  );
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

await listBench();
await rolloutBench();
