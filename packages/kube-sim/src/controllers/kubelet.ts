import type { KubeObject } from '../store/store.ts';
import type { ControllerContext } from './context.ts';
import { ContainerRuntime } from './container-runtime.ts';
import { imageBehaviour } from './image-behaviour.ts';
import { getCondition, jsonEqual, splitKey, timestamp, type Condition } from './kinds.ts';
import { containerEnv } from './pod-env.ts';
import { NODE_NAME } from './pod-util.ts';
import type { ImageBehaviour, PodLogOptions } from './types.ts';

/** A pod this node runs. */
interface PodRuntime {
  uid: string;
  key: string;
  ip: string;
  startTime: string;
  containers: ContainerRuntime[];
  transitions: Map<string, string>;
}

export interface KubeletOptions {
  images: Map<string, ImageBehaviour>;
  defaultImage: ImageBehaviour;
  probeIntervalMs: number;
  backoffMs: (n: number) => number;
}

/**
 * The kubelet of node "kube-sim-node": binds pods to the node, runs their containers per ImageBehaviour (simulated or
 * real processes) and writes pod status (phase, conditions, containerStatuses, podIP).
 */
export class Kubelet {
  private readonly ctx: ControllerContext;
  private readonly opts: KubeletOptions;
  private readonly pods = new Map<string, PodRuntime>();
  private readonly enqueue: (key: string) => void;
  /** Precise ready times by pod uid (the API keeps whole seconds). */
  readonly readyAt = new Map<string, number>();
  private nextIp = 0;

  constructor(ctx: ControllerContext, opts: KubeletOptions, enqueue: (key: string) => void) {
    this.ctx = ctx;
    this.opts = opts;
    this.enqueue = enqueue;
  }

  sync(key: string): void {
    const [ns, name] = splitKey(key);
    let pod = this.ctx.store.get(this.ctx.kinds.pods, ns, name);
    let rt = this.pods.get(key);
    if (rt && (!pod || pod.metadata.uid !== rt.uid || pod.metadata.deletionTimestamp)) {
      this.teardown(key);
      rt = undefined;
    }
    if (!pod || pod.metadata.deletionTimestamp) return;
    if (pod.spec?.nodeName && pod.spec.nodeName !== NODE_NAME) return;
    if (['Succeeded', 'Failed'].includes(pod.status?.phase) && !rt) return;
    if (!pod.spec?.nodeName) {
      const bound = structuredClone(pod);
      bound.spec.nodeName = NODE_NAME;
      pod = this.ctx.store.update(this.ctx.kinds.pods, bound);
    }
    if (!rt) rt = this.admit(pod);
    const status = this.podStatus(rt, pod);
    if (!jsonEqual(pod.status ?? {}, status)) {
      const next = structuredClone(pod);
      next.status = status;
      this.ctx.store.update(this.ctx.kinds.pods, next, { subresource: 'status' });
    }
  }

  private admit(pod: KubeObject): PodRuntime {
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    const n = this.nextIp++;
    const rt: PodRuntime = {
      uid: pod.metadata.uid!,
      key,
      ip: `127.0.${1 + (Math.floor(n / 254) % 254)}.${1 + (n % 254)}`,
      startTime: timestamp(this.ctx.now()),
      containers: [],
      transitions: new Map(),
    };
    this.pods.set(key, rt);
    this.ctx.events.record(
      'default-scheduler',
      pod,
      'Normal',
      'Scheduled',
      `Successfully assigned ${key} to ${NODE_NAME}`,
    );
    for (const c of (pod.spec?.containers ?? []) as {
      name: string;
      image: string;
      env?: [];
      envFrom?: [];
      readinessProbe?: { httpGet?: { path?: string } };
    }[]) {
      const host = {
        now: () => this.ctx.now(),
        after: (ms: number, fn: () => void) => this.ctx.scheduler.after(ms, fn),
        backoffMs: this.opts.backoffMs,
        probeIntervalMs: this.opts.probeIntervalMs,
        probePath: c.readinessProbe?.httpGet?.path,
        event: (type: 'Normal' | 'Warning', reason: string, message: string) => {
          const current = this.ctx.store.get(this.ctx.kinds.pods, pod.metadata.namespace, pod.metadata.name);
          if (current?.metadata.uid === rt.uid)
            this.ctx.events.record('kubelet', current, type, reason, message);
        },
        env: () => {
          const current =
            this.ctx.store.get(this.ctx.kinds.pods, pod.metadata.namespace, pod.metadata.name) ?? pod;
          const base: Record<string, string> = {
            PATH: process.env['PATH'] ?? '/usr/bin:/bin',
            HOSTNAME: pod.metadata.name,
          };
          return { ...base, ...containerEnv(this.ctx.store, this.ctx.kinds, current, c) };
        },
        changed: () => this.enqueue(key),
        onReady: () => this.readyAt.set(rt.uid, this.ctx.now()),
        restartPolicy: String(pod.spec?.restartPolicy ?? 'Always'),
        podLabel: `${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`,
      };
      rt.containers.push(
        new ContainerRuntime(
          c.name,
          c.image,
          imageBehaviour(this.opts.images, this.opts.defaultImage, c.image),
          host,
        ),
      );
    }
    for (const c of rt.containers) c.start();
    return rt;
  }

  private podStatus(rt: PodRuntime, pod: KubeObject): Record<string, unknown> {
    const cs = rt.containers;
    const ready = cs.length > 0 && cs.every((c) => c.ready);
    const terminated = cs.length > 0 && cs.every((c) => c.terminal);
    let phase = 'Pending';
    if (terminated)
      phase = cs.every((c) => 'terminated' in c.state && c.state.terminated.exitCode === 0)
        ? 'Succeeded'
        : 'Failed';
    else if (cs.some((c) => c.started || c.restartCount > 0)) phase = 'Running';
    const unready = cs.filter((c) => !c.ready).map((c) => c.name);
    const notReady = {
      reason: terminated ? 'PodCompleted' : 'ContainersNotReady',
      message: terminated ? undefined : `containers with unready status: [${unready.join(' ')}]`,
    };
    const conds: Condition[] = [
      this.cond(rt, 'PodReadyToStartContainers', !terminated),
      this.cond(rt, 'Initialized', true),
      this.cond(rt, 'Ready', ready, notReady),
      this.cond(rt, 'ContainersReady', ready, notReady),
      this.cond(rt, 'PodScheduled', true),
    ];
    if (!ready) this.readyAt.delete(rt.uid);
    return {
      ...(pod.status?.qosClass ? { qosClass: pod.status.qosClass } : { qosClass: 'BestEffort' }),
      phase,
      conditions: conds,
      hostIP: '127.0.0.1',
      hostIPs: [{ ip: '127.0.0.1' }],
      podIP: rt.ip,
      podIPs: [{ ip: rt.ip }],
      startTime: rt.startTime,
      containerStatuses: cs.map((c) => c.status()),
    };
  }

  private cond(
    rt: PodRuntime,
    type: string,
    ok: boolean,
    why: { reason?: string; message?: string | undefined } = {},
  ): Condition {
    const status = ok ? 'True' : 'False';
    const k = `${type}=${status}`;
    if (!rt.transitions.has(k)) {
      rt.transitions.delete(`${type}=${ok ? 'False' : 'True'}`);
      rt.transitions.set(k, timestamp(this.ctx.now()));
    }
    const c: Condition = { type, status, lastProbeTime: null, lastTransitionTime: rt.transitions.get(k)! };
    if (!ok && why.reason) c.reason = why.reason;
    if (!ok && why.message) c.message = why.message;
    return c;
  }

  private teardown(key: string): void {
    const rt = this.pods.get(key);
    if (!rt) return;
    this.pods.delete(key);
    this.readyAt.delete(rt.uid);
    for (const c of rt.containers) void c.stop();
  }

  /** Terminates the pod's containers with `reason` (restarted with back-off unless restartPolicy says otherwise). */
  failPod(namespace: string, name: string, reason = 'Error'): void {
    const rt = this.pods.get(`${namespace}/${name}`);
    if (!rt) throw new Error(`failPod: pod ${namespace}/${name} is not running on ${NODE_NAME}`);
    for (const c of rt.containers) c.exited(137, reason, `kube-sim failPod: ${reason}`);
  }

  /** The 127.0.0.1 port of the pod's first live process, when it runs one. */
  processPort(namespace: string, name: string): number | undefined {
    return this.pods.get(`${namespace}/${name}`)?.containers.find((c) => c.process && c.ready)?.process?.port;
  }

  logs(namespace: string, name: string, opts: PodLogOptions = {}): string | undefined {
    const rt = this.pods.get(`${namespace}/${name}`);
    const c = opts.container ? rt?.containers.find((x) => x.name === opts.container) : rt?.containers[0];
    if (!c) return undefined;
    let lines = opts.previous ? c.previousLogs : c.logs;
    if (opts.tailLines !== undefined && opts.tailLines >= 0)
      lines = lines.slice(Math.max(0, lines.length - opts.tailLines));
    return lines.map((l) => `${l}\n`).join('');
  }

  isReady(pod: KubeObject): boolean {
    return getCondition(pod.status, 'Ready')?.status === 'True';
  }

  async stop(): Promise<void> {
    const all = [...this.pods.values()].flatMap((rt) => rt.containers);
    this.pods.clear();
    await Promise.all(all.map((c) => c.stop()));
  }
}
