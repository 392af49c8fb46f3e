import type { KubeObject } from '../store/store.ts';
import type { ControllerContext } from './context.ts';
import { allRSs, hasProgressDeadline, type RolloutState } from './deployment-replicasets.ts';
import { maxUnavailable, replicasOf, specReplicas, statusSum } from './deployment-util.ts';
import {
  getCondition,
  jsonEqual,
  removeCondition,
  setCondition,
  timestamp,
  type Condition,
} from './kinds.ts';

/** calculateStatus: counters from the ReplicaSets, and the Available condition. */
export function calculateStatus(
  ctx: ControllerContext,
  s: RolloutState,
): Record<string, unknown> & { conditions?: Condition[] } {
  const all = allRSs(s);
  const available = statusSum(all, 'availableReplicas');
  const status: Record<string, unknown> & { conditions?: Condition[] } = {
    observedGeneration: s.d.metadata.generation,
    replicas: statusSum(all, 'replicas'),
    updatedReplicas: s.newRS ? statusSum([s.newRS], 'replicas') : 0,
    readyReplicas: statusSum(all, 'readyReplicas'),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, specReplicas(all) - available),
    conditions: structuredClone(s.d.status?.conditions ?? []),
  };
  if (s.d.status?.collisionCount !== undefined) status['collisionCount'] = s.d.status.collisionCount;
  for (const k of [
    'replicas',
    'updatedReplicas',
    'readyReplicas',
    'availableReplicas',
    'unavailableReplicas',
  ])
    if (status[k] === 0) delete status[k];
  const now = timestamp(ctx.now());
  if (available >= replicasOf(s.d) - maxUnavailable(s.d)) {
    setCondition(status, {
      type: 'Available',
      status: 'True',
      reason: 'MinimumReplicasAvailable',
      message: 'Deployment has minimum availability.',
      lastUpdateTime: now,
      lastTransitionTime: now,
    });
  } else {
    setCondition(status, {
      type: 'Available',
      status: 'False',
      reason: 'MinimumReplicasUnavailable',
      message: 'Deployment does not have minimum availability.',
      lastUpdateTime: now,
      lastTransitionTime: now,
    });
  }
  orderConditions(status);
  return status;
}

const CONDITION_ORDER = ['Available', 'Progressing', 'ReplicaFailure'];

/** Conditions in upstream's order (Available, Progressing, ReplicaFailure), so equal states compare equal. */
function orderConditions(st: { conditions?: Condition[] }): void {
  const rank = (c: Condition): number => (CONDITION_ORDER.indexOf(c.type) + 4) % 4;
  st.conditions?.sort((a, b) => rank(a) - rank(b));
}

const num = (v: unknown): number => Number(v ?? 0);

/** DeploymentComplete: every replica updated and available, and the spec observed. */
export function deploymentComplete(d: KubeObject, st: Record<string, unknown>): boolean {
  const r = replicasOf(d);
  return (
    num(st['updatedReplicas']) === r &&
    num(st['replicas']) === r &&
    num(st['availableReplicas']) === r &&
    num(st['observedGeneration']) >= num(d.metadata.generation)
  );
}

/** DeploymentProgressing: more updated, ready or available pods, or fewer old ones, than the last status. */
function deploymentProgressing(d: KubeObject, st: Record<string, unknown>): boolean {
  const old = d.status ?? {};
  const oldOld = num(old.replicas) - num(old.updatedReplicas);
  const newOld = num(st['replicas']) - num(st['updatedReplicas']);
  return (
    num(st['updatedReplicas']) > num(old.updatedReplicas) ||
    newOld < oldOld ||
    num(st['readyReplicas']) > num(old.readyReplicas) ||
    num(st['availableReplicas']) > num(old.availableReplicas)
  );
}

/**
 * syncRolloutStatus: the Progressing condition (NewReplicaSetAvailable, ReplicaSetUpdated, ProgressDeadlineExceeded),
 * written through the status subresource when it changed. Returns ms until the deadline should be checked again.
 */
export function syncRolloutStatus(ctx: ControllerContext, s: RolloutState): number | undefined {
  const st = calculateStatus(ctx, s);
  const d = s.d;
  const uid = d.metadata.uid!;
  if (!hasProgressDeadline(d)) removeCondition(st, 'Progressing');
  const current = getCondition(d.status, 'Progressing');
  const complete =
    num(st['replicas']) === num(st['updatedReplicas']) && current?.reason === 'NewReplicaSetAvailable';
  const now = ctx.now();
  const rsName = s.newRS?.metadata.name ?? '';
  if (hasProgressDeadline(d) && !complete) {
    if (deploymentComplete(d, st)) {
      replaceProgressing(
        st,
        current,
        {
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetAvailable',
          message: `ReplicaSet "${rsName}" has successfully progressed.`,
        },
        now,
      );
      ctx.progressAt.set(uid, now);
    } else if (deploymentProgressing(d, st)) {
      replaceProgressing(
        st,
        current,
        {
          type: 'Progressing',
          status: 'True',
          reason: 'ReplicaSetUpdated',
          message: `ReplicaSet "${rsName}" is progressing.`,
        },
        now,
      );
      ctx.progressAt.set(uid, now);
    } else if (timedOut(ctx, d, current)) {
      replaceProgressing(
        st,
        current,
        {
          type: 'Progressing',
          status: 'False',
          reason: 'ProgressDeadlineExceeded',
          message: `ReplicaSet "${rsName}" has timed out progressing.`,
        },
        now,
      );
    }
  }
  if (!jsonEqual(d.status ?? {}, st)) {
    const next = structuredClone(d);
    next.status = st;
    s.d = ctx.store.update(ctx.kinds.deployments, next, { subresource: 'status' });
  }
  const cond = getCondition(s.d.status, 'Progressing');
  if (
    !hasProgressDeadline(s.d) ||
    !cond ||
    deploymentComplete(s.d, st) ||
    cond.reason === 'ProgressDeadlineExceeded'
  )
    return undefined;
  return Math.max(1, deadlineAt(ctx, s.d, cond) - now + 1);
}

function replaceProgressing(
  st: { conditions?: Condition[] },
  current: Condition | undefined,
  c: Condition,
  nowMs: number,
): void {
  const now = timestamp(nowMs);
  c.lastUpdateTime = now;
  c.lastTransitionTime = current && current.status === c.status ? current.lastTransitionTime : now;
  removeCondition(st, 'Progressing');
  st.conditions = [...(st.conditions ?? []), c];
  orderConditions(st);
}

/** When the Progressing condition's deadline passes: its lastUpdateTime (kept in ms here) + progressDeadlineSeconds. */
function deadlineAt(ctx: ControllerContext, d: KubeObject, cond: Condition): number {
  const from = ctx.progressAt.get(d.metadata.uid!) ?? Date.parse(cond.lastUpdateTime ?? '');
  return from + num(d.spec?.progressDeadlineSeconds) * 1000 * ctx.timeScale;
}

function timedOut(ctx: ControllerContext, d: KubeObject, cond: Condition | undefined): boolean {
  if (!cond || cond.reason === 'NewReplicaSetAvailable') return false;
  if (cond.reason === 'ProgressDeadlineExceeded') return true;
  return deadlineAt(ctx, d, cond) < ctx.now();
}

/** syncDeploymentStatus (paused or scaling): counters and Available only. */
export function syncDeploymentStatus(ctx: ControllerContext, s: RolloutState): void {
  const st = calculateStatus(ctx, s);
  if (jsonEqual(s.d.status ?? {}, st)) return;
  const next = structuredClone(s.d);
  next.status = st;
  s.d = ctx.store.update(ctx.kinds.deployments, next, { subresource: 'status' });
}

/** checkPausedConditions: Progressing Unknown DeploymentPaused / DeploymentResumed; true when written. */
export function checkPausedConditions(ctx: ControllerContext, s: RolloutState): boolean {
  if (!hasProgressDeadline(s.d)) return false;
  const cond = getCondition(s.d.status, 'Progressing');
  if (cond?.reason === 'ProgressDeadlineExceeded') return false;
  const pausedCond = cond?.reason === 'DeploymentPaused';
  const paused = Boolean(s.d.spec?.paused);
  let c: Condition | undefined;
  if (paused && !pausedCond)
    c = {
      type: 'Progressing',
      status: 'Unknown',
      reason: 'DeploymentPaused',
      message: 'Deployment is paused',
    };
  else if (!paused && pausedCond)
    c = {
      type: 'Progressing',
      status: 'Unknown',
      reason: 'DeploymentResumed',
      message: 'Deployment is resumed',
    };
  if (!c) return false;
  const next = structuredClone(s.d);
  next.status ??= {};
  replaceProgressing(next.status, cond, c, ctx.now());
  ctx.progressAt.set(s.d.metadata.uid!, ctx.now());
  s.d = ctx.store.update(ctx.kinds.deployments, next, { subresource: 'status' });
  return true;
}
