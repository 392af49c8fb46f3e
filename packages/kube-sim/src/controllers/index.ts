import type { KubeObject, Store, StoreEvent } from '../store/store.ts';
import type { ControllerContext } from './context.ts';
import { AutoscalerController } from './autoscaler.ts';
import { DeploymentController } from './deployment.ts';
import { EndpointsController } from './endpoints.ts';
import { EventRecorder } from './events.ts';
import { GarbageCollector } from './garbage-collector.ts';
import { validateBehaviour } from './image-behaviour.ts';
import { JobController } from './job.ts';
import { isNotFound, isRetryable, keyOf, resolveKinds } from './kinds.ts';
import { Kubelet } from './kubelet.ts';
import { OwnerIndex } from './owner-index.ts';
import { ReplicaSetController } from './replicaset.ts';
import { ServiceProxies } from './service-proxy.ts';
import type { ControllerOptions, Controllers, ImageBehaviour } from './types.ts';
import { Scheduler } from './work-queue.ts';
import { scrapeTargets } from '../metrics/scrape-targets.ts';

export type { ControllerOptions, Controllers, ImageBehaviour, PodLogOptions } from './types.ts';
export { podTemplateHash } from './deployment-util.ts';
export { toTable, podSummary, humanDuration } from './printers.ts';

/** Starts every controller in-process on the store; they follow its events until stop(). */
export function startControllers(store: Store, opts: ControllerOptions = {}): Controllers {
  const timeScale = opts.timeScale ?? 1;
  if (!(Number.isFinite(timeScale) && timeScale > 0))
    throw new Error(`startControllers: timeScale must be a number > 0 (got ${String(opts.timeScale)})`);
  const images = new Map<string, ImageBehaviour>();
  for (const [image, b] of Object.entries(opts.images ?? {})) {
    validateBehaviour(image, b);
    images.set(image, b);
  }
  const defaultImage = opts.defaultImage ?? {};
  validateBehaviour('(default)', defaultImage);
  const clock = opts.clock ?? { now: () => Date.now() };
  const kinds = resolveKinds(store);
  const scheduler = new Scheduler();
  const index = new OwnerIndex();
  const ctx: ControllerContext = {
    store,
    kinds,
    index,
    scheduler,
    events: new EventRecorder(store, kinds, () => clock.now()),
    now: () => clock.now(),
    timeScale,
    progressAt: new Map(),
  };
  const onError = (queue: string, key: string, err: unknown): boolean => {
    if (isRetryable(err) || isNotFound(err)) return true;
    process.stderr.write(
      `kube-sim ${queue} controller: ${key}: ${err instanceof Error ? err.stack : String(err)}\n`,
    );
    return false;
  };

  const backoffMs = (n: number): number => Math.min(10_000 * 2 ** Math.max(0, n - 1), 300_000) * timeScale;
  const kubeletQ = scheduler.queue('kubelet', (k) => kubelet.sync(k), onError);
  const kubelet = new Kubelet(
    ctx,
    { images, defaultImage, probeIntervalMs: opts.probeIntervalMs ?? 100, backoffMs },
    (k) => kubeletQ.add(k),
  );
  const rsQ = scheduler.queue('replicaset', (k) => rsCtl.sync(k), onError);
  const rsCtl = new ReplicaSetController(ctx, kubelet.readyAt, (k, ms) => void rsQ.addAfter(k, ms));
  const deployQ = scheduler.queue('deployment', (k) => deployCtl.sync(k), onError);
  const deployCtl = new DeploymentController(ctx, (k, ms) =>
    ms === undefined ? (deployQ.add(k), () => {}) : deployQ.addAfter(k, ms),
  );
  const jobQ = scheduler.queue('job', (k) => jobCtl.sync(k), onError);
  const jobCtl = new JobController(ctx, (k, ms) => void jobQ.addAfter(k, ms));
  const epQ = scheduler.queue('endpoints', (k) => epCtl.sync(k), onError);
  const epCtl = new EndpointsController(ctx);
  const proxyQ = scheduler.queue('service-proxy', (k) => proxies.sync(k), onError);
  const proxies = new ServiceProxies(ctx, (ns, pod) => kubelet.processPort(ns, pod));
  const gcQ = scheduler.queue('garbage-collector', (k) => gc.sync(k), onError);
  const gc = new GarbageCollector(ctx);
  const hpaType = store.type('autoscaling', 'horizontalpodautoscalers');
  const hpaCtl = hpaType ? new AutoscalerController(ctx, hpaType) : undefined;
  const hpaQ = scheduler.queue('horizontal-pod-autoscaler', (k) => hpaCtl?.sync(k), onError);

  const servicesSelecting = (pod: KubeObject): void => {
    for (const svc of store.list(kinds.services, pod.metadata.namespace).items) {
      if (svc.spec?.selector) epQ.add(keyOf(svc)); // also those it stopped matching
    }
  };
  const route = (e: StoreEvent): void => {
    index.observe(e);
    const o = e.object;
    const key = keyOf(o);
    if (e.type === 'DELETED') gcQ.add(o.metadata.uid!);
    else for (const ref of o.metadata.ownerReferences ?? []) if (!index.exists(ref.uid)) gcQ.add(ref.uid);
    const g = e.resource.group;
    switch (`${g}/${e.resource.kind}`) {
      case 'apps/Deployment':
        for (const k of e.type === 'DELETED' ? [] : (hpaCtl?.keysTargeting(o) ?? [])) hpaQ.add(k);
        return deployQ.add(key);
      case 'autoscaling/HorizontalPodAutoscaler':
        return e.type === 'DELETED' ? undefined : hpaQ.add(key);
      case 'apps/ReplicaSet': {
        rsQ.add(key);
        const dk = DeploymentController.keyFor(ctx, 'ReplicaSet', o);
        return dk ? deployQ.add(dk) : undefined;
      }
      case '/Pod': {
        kubeletQ.add(key);
        const rk = ReplicaSetController.keyFor(o);
        if (rk) rsQ.add(rk);
        const jk = JobController.keyFor(o);
        if (jk) jobQ.add(jk);
        return servicesSelecting(o);
      }
      case '/Service':
        epQ.add(key);
        return proxyQ.add(`svc:${key}`);
      case 'batch/Job':
        return jobQ.add(key);
      case 'gateway.networking.k8s.io/HTTPRoute':
        return proxyQ.add(`route:${key}`);
    }
  };

  for (const rt of store.types()) index.seed(rt, store.list(rt).items);
  const unsubscribe = store.subscribe(route);
  for (const rt of [
    kinds.deployments,
    kinds.replicasets,
    kinds.pods,
    kinds.services,
    kinds.jobs,
    ...(hpaType ? [hpaType] : []),
    ...(kinds.httproutes ? [kinds.httproutes] : []),
  ]) {
    for (const o of store.list(rt).items)
      route({ type: 'ADDED', resource: rt, object: o, resourceVersion: 0 });
  }

  let stopping: Promise<void> | undefined;
  return {
    stop: () =>
      (stopping ??= (async () => {
        unsubscribe();
        scheduler.stop();
        deployCtl.stop();
        await Promise.all([kubelet.stop(), proxies.close()]);
      })()),
    setImageBehaviour: (image, b) => {
      validateBehaviour(image, b);
      images.set(image, b);
    },
    killPod: (ns, name) => {
      store.delete(kinds.pods, ns, name);
    },
    failPod: (ns, name, reason) => kubelet.failPod(ns, name, reason),
    servicePort: (ns, name) => proxies.servicePort(ns, name),
    routePort: (ns, name) => proxies.routePort(ns, name),
    podLogs: (ns, name, o) => kubelet.logs(ns, name, o),
    scrapeTargets: (ns) =>
      scrapeTargets(store.list(kinds.pods, ns).items, (n, pod) => kubelet.processPort(n, pod)),
    idle: () => scheduler.idle(),
  };
}
