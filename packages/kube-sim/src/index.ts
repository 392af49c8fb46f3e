import type { AddressInfo } from 'node:net';
import { readFile, writeFile } from 'node:fs/promises';
import { Store, type KubeObject } from './store/store.ts';
import { createApiServer } from './server/http-server.ts';
import { Faults } from './server/faults.ts';
import { AuditLog } from './server/audit.ts';
import { writeKubeconfig } from './kubeconfig.ts';
import { startControllers, type ControllerOptions, type Controllers } from './controllers/index.ts';

export { Store, ApiError } from './store/store.ts';
export type {
  KubeObject,
  ObjectMeta,
  OwnerReference,
  ResourceType,
  StoreEvent,
  WatchEventType,
  Json,
  StoreOptions,
  PropagationPolicy,
} from './store/store.ts';
export { parseLabelSelector, parseFieldSelector, labelSelectorFromObject } from './store/selectors.ts';
export { Faults, type Fault, type FaultSpec, type FaultMatch } from './server/faults.ts';
export { AuditLog, type AuditEntry } from './server/audit.ts';
export { createApiServer, type ApiServerOptions } from './server/http-server.ts';
export { kubeconfigYaml, writeKubeconfig } from './kubeconfig.ts';
export { startControllers } from './controllers/index.ts';
export type { ControllerOptions, Controllers, ImageBehaviour } from './controllers/index.ts';
export { scrapeTargets, type ScrapeTargetGroup } from './metrics/scrape-targets.ts';
export {
  startPrometheus,
  sampleAppBehaviour,
  type PrometheusServer,
  type PrometheusServerOptions,
} from './metrics/prometheus-server.ts';
export { startTraffic, type Traffic } from './metrics/traffic.ts';

export interface KubeSimOptions {
  /** 0 or absent: any free port on 127.0.0.1. */
  port?: number;
  /** Where to write a kubeconfig pointing at the simulator. */
  kubeconfigPath?: string;
  /** Load objects from this JSON file at start (if it exists) and save them there on stop. */
  statePath?: string;
  /** Controller options (image behaviours); `false` runs the API server alone. */
  controllers?: ControllerOptions | false;
  /** Interval between watch bookmarks (default 5 s). */
  bookmarkIntervalMs?: number;
  /** Watch history window in events (default 10,000). */
  historyLimit?: number;
}

export interface KubeSim {
  url: string;
  port: number;
  kubeconfigPath?: string;
  store: Store;
  controllers?: Controllers;
  faults: Faults;
  audit: AuditLog;
  stop(): Promise<void>;
}

/** Starts the simulator on 127.0.0.1: Store, HTTP API server and (when present) the controllers. */
export async function startKubeSim(opts: KubeSimOptions = {}): Promise<KubeSim> {
  const port = opts.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`kube-sim: port ${String(opts.port)} is not a TCP port (0-65535; 0 = any free port)`);
  const store = new Store({ historyLimit: opts.historyLimit });
  if (opts.statePath) await loadState(store, opts.statePath);
  const controllers =
    opts.controllers === false ? undefined : startControllers(store, opts.controllers ?? {});
  const faults = new Faults();
  const audit = new AuditLog();
  const { server } = createApiServer({
    store,
    faults,
    audit,
    bookmarkIntervalMs: opts.bookmarkIntervalMs,
    logs: (ns, pod, container, previous) => controllers?.podLogs(ns, pod, { container, previous }),
    hooks: () =>
      controllers
        ? {
            killPod: (ns, n) => controllers.killPod(ns, n),
            failPod: (ns, n, r) => controllers.failPod(ns, n, r),
            setImageBehaviour: (i, b) => controllers.setImageBehaviour(i, b as never),
            scrapeTargets: (ns) => controllers.scrapeTargets(ns),
          }
        : {},
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${actual}`;
  if (opts.kubeconfigPath) await writeKubeconfig(opts.kubeconfigPath, url);
  let stopped = false;
  return {
    url,
    port: actual,
    kubeconfigPath: opts.kubeconfigPath,
    store,
    controllers,
    faults,
    audit,
    async stop() {
      if (stopped) return;
      stopped = true;
      await controllers?.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (opts.statePath) await saveState(store, opts.statePath);
    },
  };
}

async function loadState(store: Store, path: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  let parsed: { items?: KubeObject[] };
  try {
    parsed = JSON.parse(text) as { items?: KubeObject[] };
  } catch (e) {
    throw new Error(
      `kube-sim: state file ${path} is not JSON (${(e as Error).message}); expected {"items": [objects]}`,
      { cause: e },
    );
  }
  if (!Array.isArray(parsed.items))
    throw new Error(`kube-sim: state file ${path} has no "items" array; expected {"items": [objects]}`);
  store.load(parsed.items);
}

async function saveState(store: Store, path: string): Promise<void> {
  const items = store.dump().flatMap((d) => d.objects);
  await writeFile(path, JSON.stringify({ apiVersion: 'v1', kind: 'List', items }, null, 1));
}
