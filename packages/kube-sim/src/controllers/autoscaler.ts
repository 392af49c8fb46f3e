/**
 * The HorizontalPodAutoscaler controller (autoscaling/v2), as far as field ownership goes: while an
 * HPA exists it sets its target's replicas through the scale subresource as the real controller
 * does (manager "kube-controller-manager", operation Update, subresource "scale"), so it owns
 * `.spec.replicas` and takes it back from anyone who changes it. There are no metrics here: the
 * desired count is the annotation below (a test's stand-in for load), else minReplicas (idle).
 */
import type { KubeObject, ResourceType } from '../store/store.ts';
import { apiVersionOf } from '../store/resources.ts';
import { recordUpdate } from '../fieldmanager/operations.ts';
import type { ControllerContext } from './context.ts';
import { jsonEqual, keyOf, splitKey } from './kinds.ts';

/** Simulated metric: the replica count the HPA would compute from load (clamped to min/max). */
export const DESIRED_REPLICAS_ANNOTATION = 'kube-sim.shipgate.dev/desired-replicas';
export const HPA_MANAGER = 'kube-controller-manager';

export class AutoscalerController {
  private readonly ctx: ControllerContext;
  private readonly hpas: ResourceType;

  constructor(ctx: ControllerContext, hpas: ResourceType) {
    this.ctx = ctx;
    this.hpas = hpas;
  }

  /** The HPAs in `target`'s namespace that scale it (to requeue when it changes). */
  keysTargeting(target: KubeObject): string[] {
    return this.ctx.store
      .list(this.hpas, target.metadata.namespace)
      .items.filter(
        (h) =>
          h.spec?.scaleTargetRef?.kind === target.kind &&
          h.spec?.scaleTargetRef?.name === target.metadata.name,
      )
      .map(keyOf);
  }

  sync(key: string): void {
    const [ns, name] = splitKey(key);
    const { store } = this.ctx;
    const hpa = store.get(this.hpas, ns, name);
    if (!hpa) return;
    const ref = hpa.spec.scaleTargetRef as { apiVersion?: string; kind: string; name: string };
    const group = ref.apiVersion?.includes('/') ? ref.apiVersion.split('/')[0]! : '';
    const rt = store.typeForKind(group, ref.kind);
    const target = rt?.subresources?.includes('scale') ? store.get(rt, ns, ref.name) : undefined;
    if (!rt || !target) return this.writeStatus(hpa, { currentReplicas: 0, desiredReplicas: 0 }, false);
    const min: number = hpa.spec.minReplicas ?? 1;
    const max: number = hpa.spec.maxReplicas;
    const wanted = Number(hpa.metadata.annotations?.[DESIRED_REPLICAS_ANNOTATION] ?? min);
    const desired = Math.min(max, Math.max(min, Number.isInteger(wanted) ? wanted : min));
    const current: number = target.spec?.replicas ?? 1;
    let scaledAt: string | undefined;
    if (current !== desired) {
      const next = structuredClone(target);
      next.spec = { ...next.spec, replicas: desired };
      recordUpdate(next, target, {
        manager: HPA_MANAGER,
        operation: 'Update',
        apiVersion: apiVersionOf(rt),
        subresource: 'scale',
      });
      store.update(rt, next);
      scaledAt = new Date(this.ctx.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    this.writeStatus(
      hpa,
      { currentReplicas: current, desiredReplicas: desired, lastScaleTime: scaledAt },
      true,
    );
  }

  private writeStatus(
    hpa: KubeObject,
    s: { currentReplicas: number; desiredReplicas: number; lastScaleTime?: string },
    able: boolean,
  ): void {
    const status = {
      ...hpa.status,
      currentReplicas: s.currentReplicas,
      desiredReplicas: s.desiredReplicas,
      ...(s.lastScaleTime ? { lastScaleTime: s.lastScaleTime } : {}),
      conditions: [
        {
          type: 'AbleToScale',
          status: able ? 'True' : 'False',
          reason: able ? 'SucceededRescale' : 'FailedGetScale',
          message: able
            ? 'the HPA controller was able to update the target scale'
            : `the HPA controller was unable to get the target's current scale`,
        },
      ],
    };
    const withoutTimes = (v: unknown) => ({ ...(v as object), lastScaleTime: undefined });
    if (jsonEqual(withoutTimes(hpa.status), withoutTimes(status)) && !s.lastScaleTime) return;
    this.ctx.store.update(this.hpas, { ...hpa, status }, { subresource: 'status' });
  }
}
