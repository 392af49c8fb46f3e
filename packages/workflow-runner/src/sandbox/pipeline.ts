// Everything a release pipeline talks to, on loopback: two kube-sim clusters (staging with
// namespace shop-staging, production with shop; pods are real sample-app processes),
// github-sim, a load balancer URL per environment (APP_URL), a webhook receiver, and the
// service's git repository. `run()` executes a workflow file of that repository.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { startGitHubSim, type GitHubSim } from '@shipgate/github-sim';
import {
  sampleAppBehaviour,
  startKubeSim,
  startPrometheus,
  startTraffic,
  type ImageBehaviour,
  type KubeSim,
  type PrometheusServer,
  type Traffic,
} from '@shipgate/kube-sim';
import { ArtifactStore } from '../steps/index.ts';
import type { EventSpec, WorkflowRun } from '../types.ts';
import { runWorkflow } from '../workflow.ts';
import { createServiceRepo, repoRoot, type ServiceRepo } from './service-repo.ts';

export const TOKEN = 'ghs_pipelineTestToken0123456789';
export const NAMESPACES = { staging: 'shop-staging', production: 'shop' } as const;
export type Environment = keyof typeof NAMESPACES;
export const image = (version: string) => `registry.example.com/shop/web:${version}`;

export interface RunKnobs {
  runId?: number;
  /** Variables for this run only, as if set on both environments (e.g. CANARY_MAX_RUN_TIME). */
  vars?: Record<string, string>;
}

export interface Pipeline {
  /** The production cluster. */
  kube: KubeSim;
  /** Both clusters. */
  clusters: Record<Environment, KubeSim>;
  github: GitHubSim;
  repo: ServiceRepo;
  /** Bodies POSTed to the RELEASE_WEBHOOK secret's URL. */
  webhooks: unknown[];
  appUrl(environment: keyof typeof NAMESPACES): string;
  run(workflow: string, event: EventSpec, opts?: RunKnobs): Promise<WorkflowRun>;
  tagPush(tag: string): EventSpec;
  dispatch(inputs: Record<string, string>): EventSpec;
  /** A scheduled run on main, fired by the workflow's cron entry `cron`. */
  schedule(cron: string): EventSpec;
  /** Ready pods of the app in an environment, by the version of their image. */
  running(environment: keyof typeof NAMESPACES): Record<string, number>;
  /** The GitHub deployments of `version` in an environment (rollbacks' own excluded), oldest first, with their states in order. */
  deploymentsOf(environment: keyof typeof NAMESPACES, version: string): { id: number; states: string[] }[];
  stop(): Promise<void>;
}

/** A front door per environment that forwards to the Service's kube-sim proxy (an LB / Ingress). */
function loadBalancer(kube: KubeSim, namespace: string): Promise<Server> {
  const server = createServer((req: IncomingMessage, res) => {
    const port = kube.controllers!.servicePort(namespace, 'web');
    if (!port) {
      res.writeHead(503).end(`no Service web in ${namespace} yet`);
      return;
    }
    const upstream = request(
      { host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', (e) => res.writeHead(502).end(String(e)));
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function webhookReceiver(received: unknown[]): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push(JSON.parse(body || 'null'));
      res.writeHead(200).end('ok');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const portOf = (s: Server) => (s.address() as { port: number }).port;

export interface PipelineOptions {
  /** Image behaviours beyond the default (every registry.example.com/shop/web tag a healthy sample app). */
  images?: Record<string, ImageBehaviour>;
  /** Behaviours only the production cluster shows (a bug that needs production's traffic and data). */
  productionImages?: Record<string, ImageBehaviour>;
  /** Start a real Prometheus (HTTP SD of kube-sim's pods) and steady traffic to production. */
  prometheus?: boolean;
}

/** The sample app every version runs unless told otherwise: 20 ms ± 4 ms, no errors. */
export const healthy = () => sampleAppBehaviour({ latencyMs: 20, jitterMs: 4 });

export async function startPipeline(options: PipelineOptions = {}): Promise<Pipeline> {
  const work = mkdtempSync(join(tmpdir(), 'shipgate-pipeline-'));
  // Two clusters, as most teams run them: staging and production, each with its own kubeconfig.
  const cluster = async (env: Environment, extra: Record<string, ImageBehaviour> = {}) => {
    const kubeconfigPath = join(work, `kubeconfig-${env}`);
    const sim = await startKubeSim({
      kubeconfigPath,
      controllers: { images: { [image('*')]: healthy(), ...options.images, ...extra }, timeScale: 0.02 },
    });
    sim.store.create(sim.store.type('', 'namespaces')!, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: NAMESPACES[env] },
    });
    return { sim, kubeconfig: readFileSync(kubeconfigPath, 'utf8') };
  };
  const clusters = {
    staging: await cluster('staging'),
    production: await cluster('production', options.productionImages),
  };
  const kube = clusters.production.sim;
  const github = await startGitHubSim({
    token: TOKEN,
    repos: [{ owner: 'acme', name: 'web' }],
    serverUrl: 'https://github.example',
  });
  const repo = createServiceRepo(join(work, 'repo'), github);
  const webhooks: unknown[] = [];
  const servers = [
    await loadBalancer(clusters.staging.sim, NAMESPACES.staging),
    await loadBalancer(kube, NAMESPACES.production),
    await webhookReceiver(webhooks),
  ];
  const [stagingLb, productionLb, hook] = servers as [Server, Server, Server];
  const appUrl = (environment: keyof typeof NAMESPACES) =>
    `http://127.0.0.1:${portOf(environment === 'staging' ? stagingLb : productionLb)}`;
  let prometheus: PrometheusServer | undefined;
  let traffic: Traffic | undefined;
  if (options.prometheus) {
    prometheus = await startPrometheus({ sdUrl: `${kube.url}/_sim/sd` });
    traffic = startTraffic(() => kube.controllers!.servicePort(NAMESPACES.production, 'web'), 100);
  }
  const artifacts = new ArtifactStore(join(work, 'artifacts'));
  let runIds = 1000;
  const environment = (env: keyof typeof NAMESPACES, vars: Record<string, string> = {}) => ({
    secrets: { KUBECONFIG: clusters[env].kubeconfig },
    vars: {
      K8S_NAMESPACE: NAMESPACES[env],
      APP_URL: appUrl(env),
      // Blue-green's old colour stays scaled 1 s after the switch (the deploy step waits it out).
      SCALE_DOWN_DELAY: '1s',
      // Canary timing for a test: 1 s intervals, seconds-long holds (the analysis file is tuned to match).
      ...(prometheus && {
        PROMETHEUS_URL: prometheus.url,
        CANARY_STEPS: '25:8s, 50:6s, 100',
        CANARY_INTERVAL: '1s',
      }),
      ...vars,
    },
  });
  return {
    kube,
    clusters: { staging: clusters.staging.sim, production: kube },
    github,
    repo,
    webhooks,
    appUrl,
    run(workflow, event, opts = {}) {
      return runWorkflow({
        workflow: join(repo.work, '.github/workflows', workflow),
        event,
        repository: repo.repository,
        origin: repo.origin,
        secrets: { GITHUB_TOKEN: TOKEN, RELEASE_WEBHOOK: `http://127.0.0.1:${portOf(hook)}/hook` },
        vars: {},
        environments: {
          staging: environment('staging', opts.vars),
          production: environment('production', opts.vars),
        },
        env: {
          // The Node running this first, as setup-node would put it (`node` in run: steps).
          PATH: [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
          HOME: process.env.HOME ?? work,
          GITHUB_API_URL: github.url,
          SHIPGATE_GITHUB_WRITE_SPACING_MS: '0',
        },
        artifacts,
        actionsRoot: repoRoot,
        runId: opts.runId ?? ++runIds,
        workDir: join(work, 'runs'),
        log: process.env.SHIPGATE_WORKFLOW_LOG ? (line) => console.log(line) : undefined,
      });
    },
    tagPush(tag) {
      return {
        name: 'push',
        ref: `refs/tags/${tag}`,
        sha: repo.git('rev-parse', `${tag}^{commit}`),
        payload: { ref: `refs/tags/${tag}` },
      };
    },
    dispatch(inputs) {
      return {
        name: 'workflow_dispatch',
        ref: 'refs/heads/main',
        sha: repo.git('rev-parse', 'main'),
        payload: { inputs, ref: 'refs/heads/main' },
      };
    },
    schedule(cron) {
      return {
        name: 'schedule',
        ref: 'refs/heads/main',
        sha: repo.git('rev-parse', 'main'),
        payload: { schedule: cron },
      };
    },
    running(env) {
      const { sim } = clusters[env];
      const pods = sim.store.list(sim.store.type('', 'pods')!, NAMESPACES[env], {
        labelSelector: 'app=web',
      }).items;
      const seen: Record<string, number> = {};
      for (const pod of pods) {
        const status = pod.status as { conditions?: { type: string; status: string }[] } | undefined;
        if (!status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')) continue;
        const spec = pod.spec as { containers: { image: string }[] };
        const version = spec.containers[0]!.image.split(':').at(-1)!;
        seen[version] = (seen[version] ?? 0) + 1;
      }
      return seen;
    },
    deploymentsOf(environment, version) {
      return github.state
        .repo('acme/web')
        .deployments.filter((d) => {
          const payload = d.payload as { version?: string; rollback?: boolean };
          return d.environment === environment && payload.version === version && !payload.rollback;
        })
        .map((d) => ({ id: d.id, states: d.statuses.map((x) => x.state) }));
    },
    async stop() {
      await traffic?.stop();
      await prometheus?.stop();
      for (const s of servers) {
        s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
      await clusters.staging.sim.stop();
      await kube.stop();
      await github.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
