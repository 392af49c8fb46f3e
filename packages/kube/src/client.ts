/**
 * The Kubernetes client shipgate uses: the real @kubernetes/client-node typed APIs behind one
 * wrapper that retries transient failures and turns every ApiException into an ExternalError that
 * carries the HTTP code and the API's Status.message — never the exception's own message, which
 * includes every response header (RELIABILITY §4).
 */
import { readFileSync } from 'node:fs';
import * as k8s from '@kubernetes/client-node';
import { CancelledError, ExternalError, retry, systemClock, type Clock } from '@shipgate/core';

export type {
  V1Deployment,
  V1Service,
  V1ConfigMap,
  V1Pod,
  V1Lease,
  V1Ingress,
  V1ObjectMeta,
  V1Container,
} from '@kubernetes/client-node';

/** Field manager name recorded in managedFields for every write. */
export const FIELD_MANAGER = 'shipgate';

export interface KubeClientOptions {
  /** Contents of a kubeconfig (the `kubeconfig` input); wins over the path. */
  kubeconfig?: string;
  /** Path of a kubeconfig file; default the KUBECONFIG variable, then ~/.kube/config. */
  kubeconfigPath?: string;
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  /** The run's cancellation signal: aborts calls in flight and retries' backoff. */
  signal?: AbortSignal;
  /** Time limit of each API request (default 30 s); a request that hangs longer is retried as transient. */
  callTimeoutMs?: number;
  /** Told about every retry, so the log says why a step is slow. */
  onRetry?: (step: string, error: ExternalError, attempt: number, delayMs: number) => void;
}

/** A loaded KubeConfig from the input's contents, a path, KUBECONFIG, or the default location. */
export function loadKubeConfig(
  opts: Pick<KubeClientOptions, 'kubeconfig' | 'kubeconfigPath' | 'env'> = {},
): k8s.KubeConfig {
  const kc = new k8s.KubeConfig();
  const env = opts.env ?? process.env;
  if (opts.kubeconfig && opts.kubeconfig.trim() !== '') kc.loadFromString(opts.kubeconfig);
  else if (opts.kubeconfigPath) kc.loadFromString(readFileSync(opts.kubeconfigPath, 'utf8'));
  else if (env.KUBECONFIG) kc.loadFromString(readFileSync(env.KUBECONFIG.split(':')[0] ?? '', 'utf8'));
  else kc.loadFromDefault();
  if (!kc.getCurrentCluster()) {
    throw new ExternalError('Kubernetes', 'load kubeconfig', {
      detail: 'the kubeconfig names no current cluster',
    });
  }
  return kc;
}

/** Typed APIs plus the retrying, error-mapping call wrapper. */
export class KubeClient {
  readonly config: k8s.KubeConfig;
  readonly apps: k8s.AppsV1Api;
  readonly core: k8s.CoreV1Api;
  readonly coordination: k8s.CoordinationV1Api;
  readonly networking: k8s.NetworkingV1Api;
  readonly autoscaling: k8s.AutoscalingV2Api;
  readonly custom: k8s.CustomObjectsApi;
  /** Any kind the cluster serves, by apiVersion/kind (server-side apply). */
  readonly objects: k8s.KubernetesObjectApi;
  readonly clock: Clock;
  readonly callTimeoutMs: number;
  readonly signal: AbortSignal | undefined;
  private readonly onRetry: KubeClientOptions['onRetry'];

  private readonly opts: KubeClientOptions;

  constructor(opts: KubeClientOptions & { config?: k8s.KubeConfig } = {}) {
    this.opts = opts;
    this.config = opts.config ?? loadKubeConfig(opts);
    this.signal = opts.signal;
    this.callTimeoutMs = opts.callTimeoutMs ?? 30_000;
    this.apps = this.makeApi(k8s.AppsV1Api);
    this.core = this.makeApi(k8s.CoreV1Api);
    this.coordination = this.makeApi(k8s.CoordinationV1Api);
    this.networking = this.makeApi(k8s.NetworkingV1Api);
    this.autoscaling = this.makeApi(k8s.AutoscalingV2Api);
    this.custom = this.makeApi(k8s.CustomObjectsApi);
    // Same time limit and signal as the typed APIs; every object shipgate applies names its namespace.
    this.objects = this.makeApi(k8s.KubernetesObjectApi);
    this.clock = opts.clock ?? systemClock;
    this.onRetry = opts.onRetry;
  }

  /**
   * The same cluster with another signal: cleanup after cancellation (putting the previous version
   * back, releasing the Lease) must still reach the API, within its own bound.
   */
  withSignal(signal: AbortSignal | undefined): KubeClient {
    return new KubeClient({ ...this.opts, config: this.config, signal });
  }

  /**
   * Like KubeConfig.makeApiClient, plus a middleware giving every request a time limit and the
   * run's signal (client-node sends none by default: a hung call would hang the run).
   */
  private makeApi<T>(type: new (config: k8s.Configuration) => T): T {
    const cluster = this.config.getCurrentCluster();
    if (!cluster) throw new ExternalError('Kubernetes', 'load kubeconfig', { detail: 'no current cluster' });
    const limit = this.callTimeoutMs;
    const run = this.signal;
    return new type(
      k8s.createConfiguration({
        baseServer: new k8s.ServerConfiguration(cluster.server, {}),
        authMethods: { default: this.config },
        promiseMiddleware: [
          {
            pre: async (request) => {
              const timeout = AbortSignal.timeout(limit);
              request.setSignal(run ? AbortSignal.any([run, timeout]) : timeout);
              return request;
            },
            post: async (response) => response,
          },
        ],
      }),
    );
  }

  /**
   * Runs one API call: transient failures (429, 5xx, dropped connections) are retried with
   * backoff (honouring Retry-After); anything else fails at once as an ExternalError naming `step`.
   */
  async call<T>(step: string, fn: () => Promise<T>, opts: { attempts?: number } = {}): Promise<T> {
    return retry(
      async () => {
        if (this.signal?.aborted) throw abortReason(this.signal);
        try {
          return await fn();
        } catch (error) {
          if (this.signal?.aborted) throw abortReason(this.signal);
          throw toExternalError(step, error, this.clock.now(), this.callTimeoutMs);
        }
      },
      {
        attempts: opts.attempts ?? 6,
        baseMs: 100,
        maxMs: 5_000,
        clock: this.clock,
        signal: this.signal,
        retryable: isTransient,
        onRetry: (e, attempt, delay) => this.onRetry?.(step, e as ExternalError, attempt, delay),
      },
    );
  }

  /** Like `call`, but a 404 is `undefined` instead of an error. */
  async find<T>(step: string, fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await this.call(step, fn);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /**
   * Read-modify-write with optimistic concurrency, like client-go's RetryOnConflict(DefaultRetry):
   * on 409 the object is read again and `mutate` re-applied (5 tries, ~10 ms apart with jitter), so
   * fields others wrote in between are kept. `mutate` returns false when nothing needs to change.
   */
  async update<T extends { metadata?: k8s.V1ObjectMeta }>(
    step: string,
    get: () => Promise<T>,
    mutate: (obj: T) => boolean,
    put: (obj: T) => Promise<T>,
  ): Promise<T> {
    return retry(
      async () => {
        const obj = await this.call(`${step} (read)`, get);
        if (!mutate(obj)) return obj;
        return this.call(step, () => put(obj));
      },
      {
        attempts: 5,
        baseMs: 10,
        factor: 1,
        jitter: 0.1,
        clock: this.clock,
        signal: this.signal,
        retryable: isConflict,
      },
    );
  }
}

/** Why the run's signal aborted, as the error to throw (a CancelledError unless it carries its own). */
function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new CancelledError('cancelled');
}

/** Options that make a generated patch* method send the right Content-Type (RELIABILITY §4). */
export function patchOptions(strategy: k8s.PatchStrategy): k8s.ConfigurationOptions {
  return k8s.setHeaderOptions('Content-Type', strategy);
}
export const PatchStrategy = k8s.PatchStrategy;

/** The API's Status.message from an ApiException body (parsed object or raw JSON text), if any. */
export function statusMessage(body: unknown): string | undefined {
  let value: unknown = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return body.trim() === '' ? undefined : body.slice(0, 300);
    }
  }
  if (value && typeof value === 'object') {
    const { message, reason } = value as { message?: unknown; reason?: unknown };
    if (typeof message === 'string' && message !== '') return message;
    if (typeof reason === 'string' && reason !== '') return reason;
  }
  return undefined;
}

/** Maps anything a client-node call threw to an ExternalError without headers or tokens. */
export function toExternalError(
  step: string,
  error: unknown,
  nowMs: number,
  timeoutMs?: number,
): ExternalError {
  if (error instanceof ExternalError) return error;
  if (error instanceof Error && error.name === 'TimeoutError')
    return new ExternalError('Kubernetes API', step, {
      detail: `connection failed (no answer within ${Math.round((timeoutMs ?? 0) / 1000)} s)`,
    });
  if (error instanceof k8s.ApiException) {
    const code = error.code;
    const retryAfter = headerValue(error.headers, 'retry-after');
    const retryAfterMs =
      retryAfter && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) * 1000 : undefined;
    return new ExternalError('Kubernetes API', step, {
      status: code,
      detail: statusMessage(error.body) ?? httpReason(code),
      retryAfterMs: code === 429 || code === 503 ? retryAfterMs : undefined,
      hint: hintFor(code),
    });
  }
  const network = networkCode(error);
  const detail = network ?? (error instanceof Error ? error.name : 'unknown error');
  void nowMs;
  return new ExternalError('Kubernetes API', step, {
    detail: `connection failed (${detail})`,
    cause: network ? undefined : error,
  });
}

function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return undefined;
}

function networkCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  if (error instanceof TypeError && /fetch failed|terminated/i.test(error.message)) return 'fetch failed';
  return undefined;
}

function httpReason(code: number): string {
  return (
    {
      401: 'Unauthorized',
      403: 'Forbidden',
      404: 'NotFound',
      409: 'Conflict',
      415: 'UnsupportedMediaType',
      422: 'Invalid',
      429: 'TooManyRequests',
    }[code] ?? `HTTP ${code}`
  );
}

function hintFor(code: number): string | undefined {
  if (code === 401)
    return 'The kubeconfig credentials were refused; refresh the token or check the kubeconfig input.';
  if (code === 403)
    return "The kubeconfig's user lacks RBAC permission for this verb; see the action README for the Role it needs.";
  return undefined;
}

/** 429, 5xx and connection failures: worth another try. 409 has its own re-GET loop (`update`). */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ExternalError)) return false;
  if (error.status === undefined) return /connection failed/.test(error.message);
  return error.status === 429 || error.status >= 500;
}

export function isConflict(error: unknown): boolean {
  return error instanceof ExternalError && error.status === 409;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ExternalError && error.status === 404;
}

export function isAlreadyExists(error: unknown): boolean {
  return error instanceof ExternalError && error.status === 409 && /already exists/i.test(error.message);
}

/** "a=b,c=d" for a label map (label-scoped lists; never list "all pods"). */
export function labelSelector(labels: Record<string, string> | undefined): string {
  return Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/** The `dryRun` query value for writes: 'All' in dry-run mode, undefined otherwise. */
export function dryRunParam(dryRun: boolean): 'All' | undefined {
  return dryRun ? 'All' : undefined;
}
