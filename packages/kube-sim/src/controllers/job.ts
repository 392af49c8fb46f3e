import type { KubeObject } from '../store/store.ts';
import type { ControllerContext } from './context.ts';
import { controllerOf, getCondition, jsonEqual, splitKey, timestamp, type Condition } from './kinds.ts';
import { isPodActive, isPodReady, podFromTemplate, restartCount } from './pod-util.ts';

const COMPONENT = 'job-controller';

/** The Job controller: pods to completion (completions, parallelism) or failure (backoffLimit). */
export class JobController {
  private readonly ctx: ControllerContext;

  constructor(ctx: ControllerContext) {
    this.ctx = ctx;
  }

  static keyFor(o: KubeObject): string | undefined {
    const owner = controllerOf(o);
    return owner?.kind === 'Job' ? `${o.metadata.namespace}/${owner.name}` : undefined;
  }

  sync(key: string): void {
    const [ns, name] = splitKey(key);
    const { store, kinds } = this.ctx;
    const job = store.get(kinds.jobs, ns, name);
    if (!job || job.metadata.deletionTimestamp) return;
    const pods = this.ownedPods(job);
    const finished =
      getCondition(job.status, 'Complete')?.status === 'True' ||
      getCondition(job.status, 'Failed')?.status === 'True';
    const active = pods.filter(isPodActive);
    const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
    // restartPolicy OnFailure: container restarts count as failures toward backoffLimit, as upstream does.
    const failed =
      pods.filter((p) => p.status?.phase === 'Failed').length +
      active.reduce((n, p) => n + restartCount(p), 0);
    const spec = job.spec ?? {};
    const completions = Number(spec.completions ?? 1);
    const now = timestamp(this.ctx.now());
    const status = structuredClone(job.status ?? {});
    status.startTime ??= now;
    let conditionAdded: Condition | undefined;
    if (!finished) {
      if (failed > Number(spec.backoffLimit ?? 6)) {
        for (const p of active) store.delete(kinds.pods, ns, p.metadata.name);
        conditionAdded = {
          type: 'Failed',
          status: 'True',
          reason: 'BackoffLimitExceeded',
          message: 'Job has reached the specified backoff limit',
        };
        this.ctx.events.record(
          COMPONENT,
          job,
          'Warning',
          'BackoffLimitExceeded',
          'Job has reached the specified backoff limit',
        );
      } else if (succeeded >= completions) {
        conditionAdded = { type: 'Complete', status: 'True' };
        status.completionTime = now;
        this.ctx.events.record(COMPONENT, job, 'Normal', 'Completed', 'Job completed');
      } else if (!spec.suspend) {
        const want = Math.min(Number(spec.parallelism ?? 1), completions - succeeded) - active.length;
        for (let i = 0; i < want; i++) {
          const pod = store.create(kinds.pods, podFromTemplate(job, spec.template, job.metadata.name));
          this.ctx.events.record(
            COMPONENT,
            job,
            'Normal',
            'SuccessfulCreate',
            `Created pod: ${pod.metadata.name}`,
          );
        }
      } else for (const p of active) store.delete(kinds.pods, ns, p.metadata.name);
    }
    const after = conditionAdded ? [] : this.ownedPods(job).filter(isPodActive);
    status.active = after.length;
    status.ready = after.filter(isPodReady).length;
    status.succeeded = succeeded;
    status.failed = failed;
    status.terminating = 0;
    status.uncountedTerminatedPods = {};
    for (const k of ['active', 'succeeded', 'failed']) if (status[k] === 0) delete status[k];
    if (conditionAdded) {
      const interim: Condition =
        conditionAdded.type === 'Complete'
          ? {
              type: 'SuccessCriteriaMet',
              status: 'True',
              reason: 'CompletionsReached',
              message: 'Reached expected number of succeeded pods',
            }
          : {
              type: 'FailureTarget',
              status: 'True',
              reason: 'BackoffLimitExceeded',
              message: 'Job has reached the specified backoff limit',
            };
      if (conditionAdded.type === 'Complete')
        Object.assign(conditionAdded, {
          reason: 'CompletionsReached',
          message: 'Reached expected number of succeeded pods',
        });
      status.conditions = [
        ...(status.conditions ?? []),
        ...[interim, conditionAdded].map((c) => ({ ...c, lastProbeTime: now, lastTransitionTime: now })),
      ];
    }
    if (!jsonEqual(job.status ?? {}, status)) {
      const next = structuredClone(job);
      next.status = status;
      store.update(kinds.jobs, next, { subresource: 'status' });
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
