/**
 * Test support: kube-sim running sample-app pods for `web` (stable and canary Deployments, one
 * Service), a real Prometheus discovering them over HTTP SD, and traffic through the Service proxy.
 */
import { systemClock } from '@shipgate/core';
import {
  sampleAppBehaviour,
  startKubeSim,
  startPrometheus,
  startTraffic,
  type KubeObject,
  type KubeSim,
  type PrometheusServer,
  type Traffic,
} from '@shipgate/kube-sim';
import { Prometheus } from '../prometheus.ts';

export interface MetricsCluster {
  sim: KubeSim;
  prometheus: PrometheusServer;
  client: Prometheus;
  traffic: Traffic;
  stop(): Promise<void>;
}

export function deployment(
  name: string,
  image: string,
  replicas: number,
  labels: Record<string, string>,
): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', labels },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: { containers: [{ name: 'web', image, ports: [{ containerPort: 8080 }] }] },
      },
    },
  };
}

export async function startMetricsCluster(o: {
  stable: string;
  canary?: string;
  perSecond?: number;
}): Promise<MetricsCluster> {
  const sim = await startKubeSim({
    controllers: {
      images: {
        'web:1.0.0': sampleAppBehaviour({ errorRate: 0, latencyMs: 5 }),
        'web:2.0.0': sampleAppBehaviour({ errorRate: 0.2, latencyMs: 5 }),
        'web:3.0.0': sampleAppBehaviour({ errorRate: 0, latencyMs: 60 }),
      },
    },
  });
  const deployments = sim.store.type('apps', 'deployments')!;
  sim.store.create(deployments, deployment('web', o.stable, 2, { app: 'web' }));
  if (o.canary)
    sim.store.create(
      deployments,
      deployment('web-canary', o.canary, 2, { app: 'web', 'shipgate.dev/track': 'canary' }),
    );
  sim.store.create(sim.store.type('', 'services')!, {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web', namespace: 'default' },
    spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
  });
  const prometheus = await startPrometheus({ sdUrl: `${sim.url}/_sim/sd` });
  const traffic = startTraffic(() => sim.controllers?.servicePort('default', 'web'), o.perSecond ?? 100);
  const client = new Prometheus({ url: prometheus.url, clock: systemClock, timeoutMs: 2000, attempts: 2 });
  return {
    sim,
    prometheus,
    client,
    traffic,
    async stop() {
      await traffic.stop();
      await prometheus.stop();
      await sim.stop();
    },
  };
}

/** Waits until `query` has a finite value at now (Prometheus has scraped enough), up to `ms`. */
export async function untilValue(
  client: Prometheus,
  query: string,
  ms = 30_000,
  pass = (v: number) => Number.isFinite(v),
): Promise<number> {
  const deadline = Date.now() + ms;
  for (;;) {
    const r = await client.instant(query, Date.now());
    if (r.kind === 'value' && pass(r.value)) return r.value;
    if (Date.now() > deadline) throw new Error(`no value for ${query} within ${ms} ms: ${JSON.stringify(r)}`);
    await new Promise((res) => setTimeout(res, 250));
  }
}
