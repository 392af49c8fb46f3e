/**
 * Shared set-up of the rollback bundle tests: kube-sim, a real git repository with version tags (the
 * checked-out repo), apps deployed through @shipgate/kube's runDeploy, and helpers to read the cluster.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  KubeClient,
  loadKubeConfig,
  parseManifests,
  readLedger,
  runDeploy,
  type DeployOptions,
} from '@shipgate/kube';
import { startGitHubSim, type GitHubSim } from '@shipgate/github-sim';
import { startKubeSim, type ImageBehaviour, type KubeSim } from '@shipgate/kube-sim';
import { appYaml } from '../../../test/support/app-yaml.ts';
import { deployOptions, rolloutHandle } from '../../../test/support/kube-options.ts';
import { runBundle, type BundleRun } from '../../../test/support/run-bundle.ts';

/** A git repository at `dir` with one commit and the given tags. */
export function gitRepo(dir: string, tags: string[]): void {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    });
  git('init', '-q');
  git('commit', '-q', '--allow-empty', '-m', 'init');
  for (const t of tags) git('tag', t);
}

export function kubeFor(sim: KubeSim): KubeClient {
  return new KubeClient({ config: loadKubeConfig({ kubeconfigPath: sim.kubeconfigPath }) });
}

/** Manifests of a rolling app `app` at `image`, reading ConfigMap `<app>-config` and Secret `<app>-secret`. */
export function appManifests(app: string, image: string, replicas = 2, config = 'v1') {
  const envFrom = { configMap: `${app}-config`, secret: `${app}-secret` };
  return parseManifests(
    `${appYaml(app, replicas, { image, serviceLabels: true, envFrom })}---
apiVersion: v1
kind: ConfigMap
metadata: {name: ${app}-config, labels: {app: ${app}}}
data: {FEATURE: "${config}"}
`,
    `${app}.yaml`,
  );
}

/** Deploys `version` of `app` (image reg/web:<version>) in-process: the state a rollback starts from. */
export async function deploy(
  kube: KubeClient,
  app: string,
  version: string,
  over: Partial<DeployOptions> = {},
): Promise<void> {
  const report = await runDeploy(
    deployOptions(kube, app, {
      version,
      images: [{ ref: `reg/web:${version}` }],
      canaryWeight: 25,
      holder: `test deploy ${app}`,
      ...over,
    }),
  );
  if (report.status !== 'succeeded') throw new Error(`set-up deploy ${app} ${version}: ${report.message}`);
}

/** Writes a Secret `<app>-secret` (created, or its data replaced) straight into the store. */
export async function putSecret(kube: KubeClient, app: string, value: string): Promise<void> {
  const name = `${app}-secret`;
  const body = {
    metadata: { name, labels: { app } },
    data: { TOKEN: Buffer.from(value).toString('base64') },
  };
  const live = await kube.find('s', () => kube.core.readNamespacedSecret({ name, namespace: 'default' }));
  if (live)
    await kube.core.replaceNamespacedSecret({
      name,
      namespace: 'default',
      body: { ...live, data: body.data },
    });
  else await kube.core.createNamespacedSecret({ namespace: 'default', body });
}

export const ledgerOf = (kube: KubeClient, app: string) => readLedger(kube, 'default', app);

export function deploymentOf(sim: KubeSim, name: string) {
  return sim.store.get(sim.store.type('apps', 'deployments')!, 'default', name);
}

export function leaseHolder(sim: KubeSim, app: string): string | undefined {
  return sim.store.get(sim.store.type('coordination.k8s.io', 'leases')!, 'default', `${app}-shipgate-lock`)
    ?.spec?.holderIdentity;
}

export async function writeJob(dir: string, name: string, image: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}.yaml`);
  await writeFile(
    file,
    `apiVersion: batch/v1
kind: Job
metadata: {name: ${name}}
spec:
  backoffLimit: 0
  template:
    spec:
      restartPolicy: Never
      containers: [{name: migrate, image: "${image}"}]
`,
  );
  return file;
}

export interface World {
  dir: string;
  /** The checked-out repository (GITHUB_WORKSPACE) with the version tags. */
  repo: string;
  sim: KubeSim;
  kube: KubeClient;
  /** The runner's environment for the bundle, with `over` on top. */
  env(over?: Record<string, string>): Record<string, string>;
  /** dist/rollback with CONFIRM, `defaults` and `inputs`. */
  rollback(inputs: Record<string, string>, extra?: Parameters<typeof runBundle>[1]): Promise<BundleRun>;
  stop(): Promise<void>;
}

/** kube-sim (image rules `images`) and a git repository tagged `tags`, in a fresh temp dir. */
export async function startWorld(
  name: string,
  tags: string[],
  o: { images?: Record<string, ImageBehaviour>; defaults?: Record<string, string> } = {},
): Promise<World> {
  const dir = await mkdtemp(join(tmpdir(), `rollback-${name}-`));
  const repo = join(dir, 'repo');
  await mkdir(repo);
  gitRepo(repo, tags);
  const sim = await startKubeSim({
    kubeconfigPath: join(dir, 'kubeconfig'),
    controllers: { images: o.images ?? { 'reg/*': { readyAfterMs: 10 } } },
  });
  const env = (over: Record<string, string> = {}) => ({
    KUBECONFIG: sim.kubeconfigPath!,
    GITHUB_WORKSPACE: repo,
    GITHUB_ACTOR: 'alice',
    ...over,
  });
  return {
    dir,
    repo,
    sim,
    kube: kubeFor(sim),
    env,
    rollback: (inputs, extra = {}) =>
      runBundle('rollback', {
        inputs: { confirmation: 'CONFIRM', reason: 'p99 latency doubled', ...o.defaults, ...inputs },
        env: env(),
        ...extra,
      }),
    async stop() {
      await sim.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface NotifiedWorld extends World {
  /** github-sim (token gh-token) with the repository acme/shop. */
  gh: GitHubSim;
  /** The notify-webhook receiver. */
  hook: WebhookServer;
}

/** startWorld plus what a rollback notifies: github-sim (acme/shop tagged `githubTags`) and a webhook receiver. */
export async function startNotifiedWorld(
  name: string,
  tags: string[],
  githubTags: Record<string, string>,
  o: Parameters<typeof startWorld>[2] = {},
): Promise<NotifiedWorld> {
  const world = await startWorld(name, tags, o);
  const gh = await startGitHubSim({
    token: 'gh-token',
    repos: [{ owner: 'acme', name: 'shop', tags: githubTags }],
  });
  const hook = await webhookServer();
  return {
    ...world,
    gh,
    hook,
    async stop() {
      await world.stop();
      await gh.stop();
      await hook.close();
    },
  };
}

export type WebhookServer = Awaited<ReturnType<typeof webhookServer>>;

/** A local server recording the JSON bodies POSTed to it (a notify-webhook). */
export async function webhookServer() {
  const posts: Record<string, unknown>[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      posts.push(JSON.parse(body));
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    posts,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    close: () => new Promise((r) => server.close(r)),
  };
}

/** Resolves once `what()` holds (polled every 20 ms); throws after `ms`. */
export async function until(what: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** An onSpawn that sends SIGTERM the first time `when()` holds (polled every 10 ms). */
export const killWhen = (when: () => boolean) => (child: ChildProcess) => {
  const poll = setInterval(() => {
    if (!when()) return;
    clearInterval(poll);
    child.kill('SIGTERM');
  }, 10);
  child.on('exit', () => clearInterval(poll));
};

/** The handle the kube verbs take, for `app` in the default namespace. */
export const handleFor = rolloutHandle;
