import { Store, type KubeObject, type ResourceType } from '../store/store.ts';
import { startControllers } from './index.ts';
import type { ControllerOptions, Controllers } from './types.ts';

/** A real Store with the controllers running on it, for tests. */
export interface Sim {
  store: Store;
  controllers: Controllers;
  rt: (group: string, resource: string) => ResourceType;
  stop(): Promise<void>;
}

export function startSim(
  opts: ControllerOptions = {},
  storeOpts: ConstructorParameters<typeof Store>[0] = {},
): Sim {
  const store = new Store(storeOpts);
  const controllers = startControllers(store, opts);
  return {
    store,
    controllers,
    rt: (group, resource) => {
      const t = store.type(group, resource);
      if (!t) throw new Error(`no type ${group}/${resource}`);
      return t;
    },
    stop: () => controllers.stop(),
  };
}

/** Resolves when `check` returns a value (checked now and after every store event), or rejects after timeoutMs. */
export function waitFor<T>(
  store: Store,
  check: () => T | undefined | false,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<T> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (fn: () => void): void => {
      if (done) return;
      done = true;
      unsubscribe();
      clearTimeout(timer);
      fn();
    };
    const test = (): void => {
      try {
        const v = check();
        if (v !== undefined && v !== false) finish(() => resolve(v));
      } catch (err) {
        finish(() => reject(err));
      }
    };
    const unsubscribe = store.subscribe(() => queueMicrotask(test));
    const timer = setTimeout(
      () => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`))),
      timeoutMs,
    );
    test();
  });
}

export function deployment(
  name: string,
  image: string,
  extra: {
    replicas?: number;
    strategy?: unknown;
    labels?: Record<string, string>;
    spec?: Record<string, unknown>;
  } = {},
): KubeObject {
  const labels = extra.labels ?? { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', labels },
    spec: {
      replicas: extra.replicas ?? 1,
      selector: { matchLabels: labels },
      ...(extra.strategy ? { strategy: extra.strategy } : {}),
      template: { metadata: { labels }, spec: { containers: [{ name: 'app', image }] } },
      ...(extra.spec ?? {}),
    },
  };
}

/** Sets the first container's image (a template change) with a fresh read. */
export function setImage(sim: Sim, name: string, image: string): KubeObject {
  const deployments = sim.rt('apps', 'deployments');
  const d = sim.store.get(deployments, 'default', name)!;
  d.spec.template.spec.containers[0].image = image;
  return sim.store.update(deployments, d);
}

export function condition(
  o: KubeObject | undefined,
  type: string,
): { status: string; reason?: string } | undefined {
  return (o?.status?.conditions ?? []).find((c: { type: string }) => c.type === type);
}

/** kubectl rollout status's "done" test (RELIABILITY.md §1a). */
export function rolledOut(d: KubeObject | undefined): boolean {
  if (!d || (d.metadata.generation ?? 0) > (d.status?.observedGeneration ?? 0)) return false;
  const want = d.spec.replicas;
  const s = d.status ?? {};
  return (
    (s.updatedReplicas ?? 0) >= want &&
    (s.replicas ?? 0) <= (s.updatedReplicas ?? 0) &&
    (s.availableReplicas ?? 0) >= (s.updatedReplicas ?? 0)
  );
}
