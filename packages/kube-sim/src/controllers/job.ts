import type { KubeObject } from '../store/store.ts';
import type { ControllerContext } from './context.ts';
import { controllerOf, getCondition, jsonEqual, splitKey, timestamp, type Condition } from './kinds.ts';
import { isPodActive, isPodReady, podFromTemplate, restartCount } from './pod-util.ts';

const COMPONENT = 'job-controller';

interface Outcome {
  /** The terminal condition, with the interim one upstream (1.31+) sets first. */
  conditions: [Condition, Condition];
  event: ['Normal' | 'Warning', string, string];
}

const COMPLETE: Outcome = {
  conditions: [
    {
      type: 'SuccessCriteriaMet',
      status: 'True',
      reason: 'CompletionsReached',
      message: 'Reached expected number of succeeded pods',
    },
    {
      type: 'Complete',
      status: 'True',
      reason: 'CompletionsReached',
      message: 'Reached expected number of succeeded pods',
    },
  ],
  event: ['Normal', 'Completed', 'Job completed'],
};
const failedWith = (reason: string, message: string): Outcome => ({
  conditions: [
    { type: 'FailureTarget', status: 'True', reason, message },
    { type: 'Failed', status: 'True', reason, message },
  ],
  event: ['Warning', reason, message],
});

/** The Job controller: pods to completion (completions, parallelism) or failure (backoffLimit, activeDeadlineSeconds). */
export class JobController {
  private readonly ctx: ControllerContext;
  private readonly enqueueAfter: (key: string, ms: number) => void;
  /** Precise start times by job uid (the API keeps whole seconds; deadlines may be scaled). */
  private readonly startedAt = new Map<string, number>();

  constructor(ctx: ControllerContext, enqueueAfter: (key: string, ms: number) => void) {
    this.ctx = ctx;
    this.enqueueAfter = enqueueAfter;
  }

  static keyFor(o: KubeObject): string | undefined {
    const owner = controllerOf(o);
    return owner?.kind === 'Job' ? `${o.metadata.namespace}/${owner.name}` : undefined;
  }

  sync(key: string): void {
    const [ns, name] = splitKey(key);
    const job = this.ctx.store.get(this.ctx.kinds.jobs, ns, name);
    if (!job || job.metadata.deletionTimestamp) return;
    const pods = this.ownedPods(job);
    const finished = ['Complete', 'Failed'].some((t) => getCondition(job.status, t)?.status === 'True');
    const active = pods.filter(isPodActive);
    const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
    // restartPolicy OnFailure: container restarts count as failures toward backoffLimit, as upstream does.
    const failed =
      pods.filter((p) => p.status?.phase === 'Failed').length +
      active.reduce((n, p) => n + restartCount(p), 0);
    const status = structuredClone(job.status ?? {});
    status.startTime ??= timestamp(this.ctx.now());
    const outcome = finished ? undefined : this.decide(key, job, active, succeeded, failed);
    if (!finished && !outcome && !job.spec?.suspend) this.startPods(job, active.length, succeeded);
    if (!finished && (outcome || job.spec?.suspend))
      for (const p of active) this.ctx.store.delete(this.ctx.kinds.pods, ns, p.metadata.name);
    const after = outcome ? [] : this.ownedPods(job).filter(isPodActive);
    Object.assign(status, {
      active: after.length,
      ready: after.filter(isPodReady).length,
      succeeded,
      failed,
      terminating: 0,
      uncountedTerminatedPods: {},
    });
    for (const k of ['active', 'succeeded', 'failed']) if (status[k] === 0) delete status[k];
    if (outcome) {
      const now = timestamp(this.ctx.now());
      if (outcome === COMPLETE) status.completionTime = now;
      status.conditions = [
        ...(status.conditions ?? []),
        ...outcome.conditions.map((c) => ({ ...c, lastProbeTime: now, lastTransitionTime: now })),
      ];
      this.ctx.events.record(COMPONENT, job, ...outcome.event);
    }
    if (!jsonEqual(job.status ?? {}, status)) {
      const next = structuredClone(job);
      next.status = status;
      this.ctx.store.update(this.ctx.kinds.jobs, next, { subresource: 'status' });
    }
  }

  /** Whether the Job has just failed or completed. */
  private decide(
    key: string,
    job: KubeObject,
    active: KubeObject[],
    succeeded: number,
    failed: number,
  ): Outcome | undefined {
    const spec = job.spec ?? {};
    if (failed > Number(spec.backoffLimit ?? 6))
      return failedWith('BackoffLimitExceeded', 'Job has reached the specified backoff limit');
    if (succeeded >= Number(spec.completions ?? 1)) return COMPLETE;
    const deadline = spec.activeDeadlineSeconds;
    if (deadline !== undefined && deadline !== null) {
      const uid = job.metadata.uid!;
      if (!this.startedAt.has(uid))
        this.startedAt.set(
          uid,
          Number.isFinite(Date.parse(job.status?.startTime ?? ''))
            ? Date.parse(job.status.startTime)
            : this.ctx.now(),
        );
      const left = this.startedAt.get(uid)! + Number(deadline) * 1000 * this.ctx.timeScale - this.ctx.now();
      if (left <= 0) return failedWith('DeadlineExceeded', 'Job was active longer than specified deadline');
      if (active.length > 0 || succeeded < Number(spec.completions ?? 1)) this.enqueueAfter(key, left + 1);
    }
    return undefined;
  }

  private startPods(job: KubeObject, active: number, succeeded: number): void {
    const spec = job.spec ?? {};
    const want = Math.min(Number(spec.parallelism ?? 1), Number(spec.completions ?? 1) - succeeded) - active;
    for (let i = 0; i < want; i++) {
      const pod = this.ctx.store.create(
        this.ctx.kinds.pods,
        podFromTemplate(job, spec.template, job.metadata.name),
      );
      this.ctx.events.record(
        COMPONENT,
        job,
        'Normal',
        'SuccessfulCreate',
        `Created pod: ${pod.metadata.name}`,
      );
    }
  }

  private ownedPods(job: KubeObject): KubeObject[] {
    const out: KubeObject[] = [];
    for (const dep of this.ctx.index.dependents(job.metadata.uid!, this.ctx.kinds.pods)) {
      const pod = this.ctx.store.get(this.ctx.kinds.pods, dep.namespace, dep.name);
      if (pod && controllerOf(pod)?.uid === job.metadata.uid) out.push(pod);
    }
    return out;
  }
}
