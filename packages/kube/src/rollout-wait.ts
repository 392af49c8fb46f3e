/**
 * Waiting for a Deployment rollout by watching, with `kubectl rollout status` semantics
 * (RELIABILITY §1a) plus what kubectl lacks: the action's own finite deadline, and pod diagnosis
 * (image pull errors, crash loops with their last log lines, failing readiness) so a stuck rollout
 * fails early and says why.
 */
import type * as k8s from '@kubernetes/client-node';
import { CancelledError, type Clock } from '@shipgate/core';
import { labelSelector, type KubeClient } from './client.ts';
import { diagnosePods, type PodProblem } from './pods.ts';
import { watchOne } from './watch-one.ts';

/** What `kubectl rollout status` would say about one Deployment snapshot. */
export interface RolloutStatus {
  done: boolean;
  /** Set when the rollout can no longer succeed by waiting (ProgressDeadlineExceeded). */
  failed?: string;
  message: string;
}

/** Pure: the status rules of kubectl's DeploymentStatusViewer, table-tested. */
export function rolloutStatus(dep: k8s.V1Deployment): RolloutStatus {
  const name = dep.metadata?.name ?? '?';
  const generation = dep.metadata?.generation ?? 0;
  const status = dep.status ?? {};
  if (generation > (status.observedGeneration ?? 0)) {
    return { done: false, message: `Waiting for deployment "${name}" spec update to be observed...` };
  }
  const progressing = status.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return {
      done: false,
      failed: `deployment "${name}" exceeded its progress deadline`,
      message: progressing.message ?? '',
    };
  }
  const want = dep.spec?.replicas ?? 1;
  const updated = status.updatedReplicas ?? 0;
  const replicas = status.replicas ?? 0;
  const available = status.availableReplicas ?? 0;
  if (updated < want) {
    return {
      done: false,
      message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${want} new replicas have been updated...`,
    };
  }
  if (replicas > updated) {
    return {
      done: false,
      message: `Waiting for deployment "${name}" rollout to finish: ${replicas - updated} old replicas are pending termination...`,
    };
  }
  if (available < updated) {
    return {
      done: false,
      message: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...`,
    };
  }
  return { done: true, message: `deployment "${name}" successfully rolled out` };
}

/** One observation of the Deployment while waiting (the summary's timeline). */
export interface RolloutSample {
  atMs: number;
  deployment: string;
  desired: number;
  updated: number;
  ready: number;
  available: number;
}

export type WaitOutcome =
  | { ok: true; deployment: k8s.V1Deployment; message: string }
  | {
      ok: false;
      reason: 'ProgressDeadlineExceeded' | 'Timeout' | 'PodFailure' | 'Deleted';
      message: string;
      problems: PodProblem[];
    };

export interface WaitOptions {
  namespace: string;
  name: string;
  /** Absolute time (clock ms) after which the wait gives up with reason Timeout. */
  deadlineMs: number;
  clock: Clock;
  signal?: AbortSignal;
  /** Stop early when pods show a failure that waiting will not fix (default true). */
  failFast?: boolean;
  /** How often pods are inspected while the rollout is not done (default 2 s). */
  podCheckMs?: number;
  onSample?: (sample: RolloutSample) => void;
  onMessage?: (message: string) => void;
}

/**
 * Resolves when the rollout is done, failed, or the deadline passed. Watches the one Deployment
 * (field-selected) from the resourceVersion of a fresh GET; when the watch closes — server
 * timeout, dropped connection, 410 Gone — it GETs again and re-watches, so no terminal transition
 * is missed. Cancellation (signal) rejects with CancelledError.
 */
export async function waitForRollout(kube: KubeClient, o: WaitOptions): Promise<WaitOutcome> {
  const inner = new AbortController();
  // AbortSignal.any also covers a signal that was aborted before the wait began.
  const signal = o.signal ? AbortSignal.any([o.signal, inner.signal]) : inner.signal;
  try {
    return await watchLoop(kube, o, signal);
  } finally {
    inner.abort();
  }
}

async function watchLoop(kube: KubeClient, o: WaitOptions, signal: AbortSignal): Promise<WaitOutcome> {
  let lastMessage = '';
  let nextPodCheck = o.clock.now() + (o.podCheckMs ?? 2000);
  for (;;) {
    if (signal.aborted) throw new CancelledError(`cancelled while waiting for deployment "${o.name}"`);
    const dep = await kube.find(`read deployment ${o.name}`, () =>
      kube.apps.readNamespacedDeployment({ name: o.name, namespace: o.namespace }),
    );
    if (!dep)
      return {
        ok: false,
        reason: 'Deleted',
        message: `deployment "${o.name}" was deleted during the rollout`,
        problems: [],
      };
    const judged = judge(dep);
    if (judged) return withPods(kube, o, judged, dep);
    // Watch until something terminal happens, the watch closes, or it is time to look at pods.
    const event = await watchOne(kube, {
      path: `/apis/apps/v1/namespaces/${encodeURIComponent(o.namespace)}/deployments`,
      name: o.name,
      resourceVersion: dep.metadata?.resourceVersion,
      signal,
      onObject: (d: k8s.V1Deployment) => {
        const s = rolloutStatus(d);
        if (s.message !== lastMessage) o.onMessage?.((lastMessage = s.message));
        o.onSample?.(sample(o.clock, d));
        return judge(d) !== undefined;
      },
      untilMs: Math.min(o.deadlineMs, nextPodCheck),
      clock: o.clock,
      what: `deployment "${o.name}"`,
    });
    if (event === 'deleted')
      return {
        ok: false,
        reason: 'Deleted',
        message: `deployment "${o.name}" was deleted during the rollout`,
        problems: [],
      };
    // A watch the server closed at once (410 Gone, a proxy cutting streams) must not become a hot loop.
    if (event === 'closed') await o.clock.sleep(100, signal).catch(() => undefined);
    if (o.clock.now() >= o.deadlineMs) {
      const last = await kube.call(`read deployment ${o.name}`, () =>
        kube.apps.readNamespacedDeployment({ name: o.name, namespace: o.namespace }),
      );
      const final = judge(last);
      if (final) return withPods(kube, o, final, last);
      o.onSample?.(sample(o.clock, last));
      const problems = await diagnosePods(kube, o.namespace, labelSelector(last.spec?.selector?.matchLabels));
      return {
        ok: false,
        reason: 'Timeout',
        message: `deployment "${o.name}" did not finish rolling out in time: ${rolloutStatus(last).message}`,
        problems,
      };
    }
    if (o.clock.now() >= nextPodCheck && (o.failFast ?? true)) {
      nextPodCheck = o.clock.now() + (o.podCheckMs ?? 2000);
      const problems = (
        await diagnosePods(kube, o.namespace, labelSelector(dep.spec?.selector?.matchLabels))
      ).filter((p) => p.fatal);
      if (problems.length > 0) {
        return {
          ok: false,
          reason: 'PodFailure',
          message: `deployment "${o.name}" cannot become available: ${problems[0]?.reason}`,
          problems,
        };
      }
    }
  }
}

function judge(dep: k8s.V1Deployment): 'done' | 'deadline' | undefined {
  const s = rolloutStatus(dep);
  if (s.done) return 'done';
  if (s.failed) return 'deadline';
  return undefined;
}

async function withPods(
  kube: KubeClient,
  o: WaitOptions,
  judged: 'done' | 'deadline',
  dep: k8s.V1Deployment,
): Promise<WaitOutcome> {
  o.onSample?.(sample(o.clock, dep));
  const s = rolloutStatus(dep);
  if (judged === 'done') return { ok: true, deployment: dep, message: s.message };
  const problems = await diagnosePods(kube, o.namespace, labelSelector(dep.spec?.selector?.matchLabels));
  return { ok: false, reason: 'ProgressDeadlineExceeded', message: `${s.failed}: ${s.message}`, problems };
}

function sample(clock: Clock, d: k8s.V1Deployment): RolloutSample {
  return {
    atMs: clock.now(),
    deployment: d.metadata?.name ?? '?',
    desired: d.spec?.replicas ?? 1,
    updated: d.status?.updatedReplicas ?? 0,
    ready: d.status?.readyReplicas ?? 0,
    available: d.status?.availableReplicas ?? 0,
  };
}
