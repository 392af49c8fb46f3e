import type { KubeObject } from '../store/store.ts';
import type { ControllerContext } from './context.ts';
import { controllerOf, jsonEqual, ownerRefTo, selectorMatches, splitKey } from './kinds.ts';
import { deletionOrder, isPodActive, isPodReady, msUntilAvailable, podFromTemplate } from './pod-util.ts';

const COMPONENT = 'replicaset-controller';

/** The ReplicaSet controller: pods to match spec.replicas, and status counters. */
export class ReplicaSetController {
  private readonly ctx: ControllerContext;
  private readonly readyAt: Map<string, number>;
  private readonly enqueueAfter: (key: string, ms: number) => void;

  constructor(
    ctx: ControllerContext,
    readyAt: Map<string, number>,
    enqueueAfter: (key: string, ms: number) => void,
  ) {
    this.ctx = ctx;
    this.readyAt = readyAt;
    this.enqueueAfter = enqueueAfter;
  }

  /** The ReplicaSet key to resync for a changed pod (its controller owner). */
  static keyFor(o: KubeObject): string | undefined {
    const owner = controllerOf(o);
    return owner?.kind === 'ReplicaSet' ? `${o.metadata.namespace}/${owner.name}` : undefined;
  }

  sync(key: string): void {
    const [ns, name] = splitKey(key);
    const rs = this.ctx.store.get(this.ctx.kinds.replicasets, ns, name);
    if (!rs) return;
    let pods = this.ownedPods(rs);
    if (!rs.metadata.deletionTimestamp) {
      const active = pods.filter(isPodActive);
      const diff = active.length - Number(rs.spec?.replicas ?? 1);
      if (diff < 0) for (let i = 0; i < -diff; i++) this.createPod(rs);
      if (diff > 0) {
        for (const pod of [...active].sort(deletionOrder).slice(0, diff)) {
          this.ctx.store.delete(this.ctx.kinds.pods, ns, pod.metadata.name);
          this.ctx.events.record(
            COMPONENT,
            rs,
            'Normal',
            'SuccessfulDelete',
            `Deleted pod: ${pod.metadata.name}`,
          );
        }
      }
      if (diff !== 0) pods = this.ownedPods(rs);
    }
    this.writeStatus(rs, pods);
  }

  private createPod(rs: KubeObject): void {
    const pod = podFromTemplate(rs, rs.spec?.template, rs.metadata.name);
    const created = this.ctx.store.create(this.ctx.kinds.pods, pod);
    this.ctx.events.record(
      COMPONENT,
      rs,
      'Normal',
      'SuccessfulCreate',
      `Created pod: ${created.metadata.name}`,
    );
  }

  /** Pods the ReplicaSet controls; orphans its selector matches are adopted (ControllerRefManager). */
  private ownedPods(rs: KubeObject): KubeObject[] {
    const out: KubeObject[] = [];
    for (const dep of this.ctx.index.dependents(rs.metadata.uid!, this.ctx.kinds.pods)) {
      const pod = this.ctx.store.get(this.ctx.kinds.pods, dep.namespace, dep.name);
      if (pod && controllerOf(pod)?.uid === rs.metadata.uid) out.push(pod);
    }
    if (rs.metadata.deletionTimestamp) return out;
    for (const ref of this.ctx.index.uncontrolledIn(this.ctx.kinds.pods, rs.metadata.namespace)) {
      const pod = this.ctx.store.get(this.ctx.kinds.pods, ref.namespace, ref.name);
      if (
        !pod ||
        controllerOf(pod) ||
        pod.metadata.deletionTimestamp ||
        !isPodActive(pod) ||
        !selectorMatches(rs.spec?.selector, pod.metadata.labels)
      )
        continue;
      pod.metadata.ownerReferences = [...(pod.metadata.ownerReferences ?? []), ownerRefTo(rs)];
      out.push(this.ctx.store.update(this.ctx.kinds.pods, pod));
    }
    return out;
  }

  private writeStatus(rs: KubeObject, pods: KubeObject[]): void {
    const active = pods.filter(isPodActive);
    const templateLabels: Record<string, string> = rs.spec?.template?.metadata?.labels ?? {};
    const minReadyMs = Number(rs.spec?.minReadySeconds ?? 0) * 1000 * this.ctx.timeScale;
    const now = this.ctx.now();
    let available = 0;
    let nextCheck = Infinity;
    for (const pod of active) {
      const wait = msUntilAvailable(pod, minReadyMs, now, this.readyAt);
      if (wait === 0) available++;
      else if (wait !== undefined) nextCheck = Math.min(nextCheck, wait);
    }
    const status: Record<string, unknown> = {
      replicas: active.length,
      fullyLabeledReplicas: active.filter((p) =>
        Object.entries(templateLabels).every(([k, v]) => p.metadata.labels?.[k] === v),
      ).length,
      readyReplicas: active.filter(isPodReady).length,
      availableReplicas: available,
      observedGeneration: rs.metadata.generation,
    };
    for (const k of ['fullyLabeledReplicas', 'readyReplicas', 'availableReplicas'])
      if (status[k] === 0) delete status[k];
    if (rs.status?.conditions) status['conditions'] = rs.status.conditions;
    if (!jsonEqual(rs.status ?? {}, status)) {
      const next = structuredClone(rs);
      next.status = status;
      this.ctx.store.update(this.ctx.kinds.replicasets, next, { subresource: 'status' });
    }
    if (nextCheck !== Infinity)
      this.enqueueAfter(`${rs.metadata.namespace}/${rs.metadata.name}`, nextCheck + 1);
  }
}
