/**
 * Test support for the canary-monitor bundle tests: kube-sim running sample-app pods, a real
 * Prometheus discovering them over HTTP SD, the deploy bundle placing canaries, traffic through the
 * Service proxy. Build first: npm run build -- deploy canary-monitor
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubSim, type GitHubSim } from '@shipgate/github-sim';
import {
  sampleAppBehaviour,
  startKubeSim,
  startPrometheus,
  startTraffic,
  type KubeSim,
  type PrometheusServer,
  type Traffic,
} from '@shipgate/kube-sim';
import { systemClock } from '@shipgate/core';
import { Prometheus } from '@shipgate/metrics';
import { appYaml } from '../../../test/support/app-yaml.ts';
import { runBundle, type BundleOptions } from '../../../test/support/run-bundle.ts';

export interface Cluster {
  sim: KubeSim;
  prometheus: PrometheusServer;
  /** github-sim with repo acme/shop (tag v2.0.0): canary-monitor's GitHub deployment goes there. */
  gh: GitHubSim;
  dir: string;
  traffic: Traffic[];
  env(): Record<string, string>;
  /** env() plus what the runner sets for GitHub (API URL, repository, run, ref). */
  ghEnv(): Record<string, string>;
  /** Stops the traffic of finished scenarios, so later ones do not share the CPU with it. */
  stopTraffic(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * startCluster for a test file: started before its tests, each scenario's traffic stopped after it
 * (left running, 100 requests/s each add up over a file: four at once were seen to abort a healthy
 * canary), everything stopped after. The fields are filled in beforeAll.
 */
export function useCluster(): Cluster {
  const c = {} as Cluster;
  beforeAll(async () => {
    Object.assign(c, await startCluster());
  }, 60_000);
  afterEach(() => c.stopTraffic?.());
  afterAll(() => c.stop?.());
  return c;
}

/** The inputs that turn canary-monitor's GitHub deployment on. */
export const GITHUB_INPUTS = { token: 'gh-token', environment: 'production' };

export async function startCluster(): Promise<Cluster> {
  const dir = await mkdtemp(join(tmpdir(), 'canary-bundle-'));
  const sim = await startKubeSim({
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
  const prometheus = await startPrometheus({ sdUrl: `${sim.url}/_sim/sd` });
  const gh = await startGitHubSim({
    token: GITHUB_INPUTS.token,
    repos: [{ owner: 'acme', name: 'shop', tags: { 'v2.0.0': 'main' } }],
  });
  const traffic: Traffic[] = [];
  const env = () => ({ KUBECONFIG: sim.kubeconfigPath!, GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir });
  return {
    sim,
    prometheus,
    gh,
    dir,
    traffic,
    env,
    ghEnv: () => ({
      ...env(),
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '77',
      GITHUB_REF_NAME: 'v2.0.0',
    }),
    async stopTraffic() {
      for (const t of traffic.splice(0)) await t.stop();
    },
    async stop() {
      for (const t of traffic) await t.stop();
      await gh.stop();
      await prometheus.stop();
      await sim.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Analysis sized for 1 s intervals: a 3 s rate window, room for Prometheus to discover new pods, and
 * a p95 bound and effect floor for a loaded 2-core machine running several of these suites at once
 * (the regression here is 4x: +300%). The p95 breach must last `for: 4s`: one stalled sample-app
 * process (seen under load: canary p95 +118% in one round, aborting a healthy canary) shows in
 * every 3 s window that contains it — three overlapping rounds — so a breach must outlast a window
 * to count; a real regression is sustained and still aborts.
 */
export const ANALYSIS = `
window: 3s
metrics:
  - template: http-error-rate
    min-samples: 20
    consecutive-errors-limit: 8
  - template: latency-p95
    max-increase: 100
    min-effect: 50
    for: 4s
    consecutive-errors-limit: 8
`;

/** Deploys `app` at 1.0.0 on 4 replicas from appYaml (the manifests a first deploy applies); must succeed. */
export async function deployStable(c: Cluster, app: string): Promise<void> {
  await writeFile(join(c.dir, `${app}.yaml`), appYaml(app, 4));
  const first = await runBundle('deploy', {
    inputs: { app, version: '1.0.0', manifests: `${app}.yaml` },
    env: c.env(),
  });
  if (first.exitCode !== 0) throw new Error(`deploy 1.0.0 failed: ${first.stdout}`);
}

/**
 * Deploys `app` at 1.0.0, then a canary of `version` at 25% with a baseline, and sends it traffic.
 * `github`: the canary deploy opens the GitHub deployment (canary-monitor then continues it).
 */
export async function canaryOf(
  c: Cluster,
  app: string,
  version: string,
  perSecond = 100,
  o: { github?: boolean } = {},
): Promise<void> {
  await deployStable(c, app);
  const canary = await runBundle('deploy', {
    inputs: {
      app,
      version,
      image: `reg/web:${version}`,
      strategy: 'canary',
      'canary-weight': '25',
      baseline: 'true',
      ...(o.github ? GITHUB_INPUTS : {}),
    },
    env: o.github ? c.ghEnv() : c.env(),
  });
  if (canary.exitCode !== 0) throw new Error(`canary deploy failed: ${canary.stdout}`);
  if (perSecond > 0) {
    c.traffic.push(startTraffic(() => c.sim.controllers?.servicePort('default', app), perSecond));
    await warmedUp(c, app);
  }
}

/**
 * Waits until Prometheus has scraped a full rate window of traffic answered by both new arms.
 * Pods that just started answer their first requests slowly (cold JIT, startup GC); with 3 s
 * windows that alone was seen to double the canary's p95 at step 1 on a loaded machine. A real
 * canary's first minute-long window would hardly notice.
 */
export async function warmedUp(c: Cluster, app: string): Promise<void> {
  const prometheus = new Prometheus({ url: c.prometheus.url, clock: systemClock });
  const served = async (track: string) => {
    const r = await prometheus.instant(
      `sum(increase(http_requests_total{app="${app}",track="${track}"}[3s]))`,
      Date.now(),
    );
    return r.kind === 'value' && r.value >= 30;
  };
  const deadline = Date.now() + 30_000;
  while (!((await served('canary')) && (await served('baseline')))) {
    if (Date.now() > deadline) throw new Error(`no traffic on the canary and baseline of ${app} within 30 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export function monitor(
  c: Cluster,
  app: string,
  inputs: Record<string, string> = {},
  o: Partial<BundleOptions> = {},
) {
  return runBundle('canary-monitor', {
    inputs: {
      app,
      'prometheus-url': c.prometheus.url,
      steps: '25:8s, 50:6s, 100',
      interval: '1s',
      analysis: ANALYSIS,
      'report-dir': join(c.dir, 'reports'),
      ...inputs,
    },
    env: c.env(),
    timeoutMs: 120_000,
    ...o,
  });
}

export function deployment(c: Cluster, app: string) {
  return c.sim.store.get(c.sim.store.type('apps', 'deployments')!, 'default', app);
}

export function lease(c: Cluster, app: string) {
  return c.sim.store.get(
    c.sim.store.type('coordination.k8s.io', 'leases')!,
    'default',
    `${app}-shipgate-lock`,
  );
}

/** Mutating requests kube-sim received since `since` (its audit log). */
export function mutationsSince(c: Cluster, since: number) {
  return c.sim.audit.mutations(since);
}

/** The audit log's last sequence number: pass it to mutationsSince. */
export function auditMark(c: Cluster): number {
  return c.sim.audit.entries().at(-1)?.seq ?? 0;
}

/** The app's release ledger (the `<app>-shipgate-releases` ConfigMap), newest first. */
export function ledgerEntries(c: Cluster, app: string): { version: string; outcome: string }[] {
  const cm = c.sim.store.get(c.sim.store.type('', 'configmaps')!, 'default', `${app}-shipgate-releases`);
  const raw = (cm?.data as Record<string, string> | undefined)?.['releases.json'] ?? '[]';
  return JSON.parse(raw) as { version: string; outcome: string }[];
}

/** canary-monitor's analysis as recorded in the app's rollout state (RolloutState.analysis). */
export function recordedAnalysis(c: Cluster, app: string): { step: number; rounds: number } | undefined {
  const raw = deployment(c, app)?.metadata.annotations?.['shipgate.dev/rollout'];
  return raw ? (JSON.parse(raw) as { analysis?: { step: number; rounds: number } }).analysis : undefined;
}

/** The deployment statuses github-sim received since request `since`, in order: `id state: description`. */
export function deploymentStatuses(c: Cluster, since = 0): string[] {
  return c.gh
    .writes()
    .slice(since)
    .filter((r) => /\/deployments\/\d+\/statuses$/.test(r.path))
    .map((r) => {
      const body = r.body as { state: string; description?: string };
      return `${r.path.split('/').at(-2)} ${body.state}: ${body.description ?? ''}`;
    });
}
