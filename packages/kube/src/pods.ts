/**
 * Why pods are not becoming available, in words a person can act on: image pull errors, crash
 * loops (with the last log lines), failing readiness. Lists are label-scoped (never "all pods").
 */
import type * as k8s from '@kubernetes/client-node';
import type { KubeClient } from './client.ts';

export interface PodProblem {
  pod: string;
  container?: string;
  /** ErrImagePull, ImagePullBackOff, CrashLoopBackOff, NotReady, Failed, … */
  reason: string;
  message?: string;
  restarts?: number;
  /** Last log lines of the crashed container (crash loops only). */
  logs?: string[];
  /** True when waiting will not fix it (a pull error, a crash loop): the wait may stop early. */
  fatal: boolean;
}

const PULL_ERRORS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);
const CONFIG_ERRORS = new Set(['CreateContainerConfigError', 'CreateContainerError']);

/** Pure: the problems visible in one pod's status. */
export function podProblems(pod: k8s.V1Pod): PodProblem[] {
  const name = pod.metadata?.name ?? '?';
  const out: PodProblem[] = [];
  if (pod.status?.phase === 'Failed')
    out.push({ pod: name, reason: 'Failed', message: pod.status.message, fatal: true });
  for (const cs of pod.status?.containerStatuses ?? []) {
    const waiting = cs.state?.waiting;
    const reason = waiting?.reason;
    if (reason && PULL_ERRORS.has(reason)) {
      out.push({ pod: name, container: cs.name, reason, message: waiting?.message, fatal: true });
    } else if (
      reason === 'CrashLoopBackOff' ||
      (cs.restartCount >= 2 && !cs.ready && cs.lastState?.terminated)
    ) {
      const last = cs.lastState?.terminated;
      const exit = last ? ` (exit code ${last.exitCode}${last.reason ? `, ${last.reason}` : ''})` : '';
      out.push({
        pod: name,
        container: cs.name,
        reason: 'CrashLoopBackOff',
        message: `restarted ${cs.restartCount} times${exit}`,
        restarts: cs.restartCount,
        fatal: cs.restartCount >= 2,
      });
    } else if (reason && CONFIG_ERRORS.has(reason)) {
      out.push({ pod: name, container: cs.name, reason, message: waiting?.message, fatal: true });
    } else if (cs.state?.running && !cs.ready) {
      out.push({
        pod: name,
        container: cs.name,
        reason: 'NotReady',
        message: 'running but the readiness probe is not passing',
        fatal: false,
      });
    }
  }
  return out;
}

/** Problems of the pods matching `selector` (with log tails for crash loops, at most 3 pods' worth). */
export async function diagnosePods(
  kube: KubeClient,
  namespace: string,
  selector: string,
): Promise<PodProblem[]> {
  if (selector === '') return [];
  const list = await kube.call('list pods', () =>
    kube.core.listNamespacedPod({ namespace, labelSelector: selector, limit: 200 }),
  );
  const problems = list.items.flatMap(podProblems);
  let logsFetched = 0;
  for (const p of problems) {
    if (p.reason !== 'CrashLoopBackOff' || logsFetched >= 3) continue;
    logsFetched++;
    p.logs = await lastLogLines(kube, namespace, p.pod, p.container);
  }
  return problems;
}

async function lastLogLines(
  kube: KubeClient,
  namespace: string,
  pod: string,
  container: string | undefined,
): Promise<string[]> {
  const read = (previous: boolean) =>
    kube.find('read pod log', () =>
      kube.core.readNamespacedPodLog({ name: pod, namespace, container, tailLines: 10, previous }),
    );
  try {
    const text = (await read(true)) ?? (await read(false)) ?? '';
    return String(text)
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(-10);
  } catch {
    return [];
  }
}

/** One line per problem for the log and summary. */
export function describeProblem(p: PodProblem): string {
  const where = p.container ? `${p.pod}/${p.container}` : p.pod;
  return `${where}: ${p.reason}${p.message ? ` — ${p.message}` : ''}`;
}
