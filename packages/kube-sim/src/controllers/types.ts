import type { ScrapeTargetGroup } from '../metrics/scrape-targets.ts';
/** What a pod's container does, chosen per image reference (exact match first, then globs like 'registry/app:*'). */
export interface ImageBehaviour {
  /** Delay before the container passes readiness (default 0: ready on the next tick). Job pods complete after it. */
  readyAfterMs?: number;
  /** The container exits with `exitCode` (default 1) after printing `logs`; restarts with a growing back-off (CrashLoopBackOff). */
  crashLoop?: { exitCode?: number; logs?: string[] };
  /** The image cannot be pulled: waiting ErrImagePull, then ImagePullBackOff. */
  pullError?: 'ErrImagePull' | 'ImagePullBackOff';
  /** Running, but readiness never passes. */
  neverReady?: boolean;
  /**
   * A real local process per pod (argument array, never a shell): env PATH, HOSTNAME, PORT=<free port> plus the pod's
   * container env; cwd a fresh temp dir; ready when GET readinessPath (default: the container's
   * readinessProbe.httpGet.path, else '/') on 127.0.0.1:PORT answers < 500, probed every probeIntervalMs.
   */
  process?: { command: string; args?: string[]; readinessPath?: string };
}

export interface ControllerOptions {
  images?: Record<string, ImageBehaviour>;
  /** Behaviour for images not in `images` (default: ready at once). */
  defaultImage?: ImageBehaviour;
  /** Wall clock for timestamps (default Date.now). */
  clock?: { now(): number };
  /**
   * Factor applied to durations that Kubernetes counts in seconds (progressDeadlineSeconds, minReadySeconds) and to the
   * crash-loop / image-pull back-off (10 s doubling to 300 s): 0.01 makes a 600 s deadline 6 s. Default 1.
   */
  timeScale?: number;
  /** Interval of the readiness probe on real-process pods, in ms (default 100). */
  probeIntervalMs?: number;
}

/** Options for reading a pod's log. */
export interface PodLogOptions {
  container?: string;
  tailLines?: number;
  /** The log of the previous (terminated) instance of the container. */
  previous?: boolean;
}

export interface Controllers {
  /** Stops the loops, kills pod processes and closes proxies. */
  stop(): Promise<void>;
  setImageBehaviour(image: string, b: ImageBehaviour): void;
  /** Deletes the pod as if evicted; its ReplicaSet replaces it. */
  killPod(namespace: string, name: string): void;
  /** Terminates the pod's containers (not ready, phase Failed for restartPolicy Never, else restarted with back-off). */
  failPod(namespace: string, name: string, reason?: string): void;
  /**
   * 127.0.0.1 port of the local proxy for a Service. Requests are spread round-robin over the ready endpoints' real
   * processes. Where a traffic router applies to the Service, its weights pick the Service first (smooth weighted
   * round-robin), in this order: a gateway.networking.k8s.io HTTPRoute (a parentRef of kind Service naming it, or the
   * Service is the first backendRef of a rule), an Istio VirtualService (hosts name it, or it is the first destination
   * of an http route), an ingress-nginx canary Ingress (canary-weight, for the host of the Ingress routing to it).
   */
  servicePort(namespace: string, service: string): number | undefined;
  /** 127.0.0.1 port of the local proxy for an HTTPRoute (gateway.networking.k8s.io/v1), split by its backendRef weights. */
  routePort(namespace: string, route: string): number | undefined;
  /** The pod's log text (lines joined by '\n', ending with '\n'), or undefined when the pod or container is unknown. */
  podLogs(namespace: string, name: string, opts?: PodLogOptions): string | undefined;
  /** Prometheus HTTP SD target groups: ready pods running a process, labelled app/track/version/pod/namespace. */
  scrapeTargets(namespace?: string): ScrapeTargetGroup[];
  /** Resolves when the controllers have nothing queued (timers for real delays do not count). */
  idle(): Promise<void>;
}
