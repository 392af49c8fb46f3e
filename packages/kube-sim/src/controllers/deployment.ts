import type { KubeObject } from '../store/store.ts';
import type { ControllerContext } from './context.ts';
import {
  allRSs,
  cleanupHistory,
  newRSNewReplicas,
  ownedReplicaSets,
  scaleRS,
  syncRevision,
  type RolloutState,
} from './deployment-replicasets.ts';
import {
  checkPausedConditions,
  deploymentComplete,
  syncDeploymentStatus,
  syncRolloutStatus,
} from './deployment-status.ts';
import {
  DESIRED_REPLICAS,
  MAX_REPLICAS,
  byCreation,
  maxSurge,
  maxUnavailable,
  replicasOf,
  specReplicas,
  statusSum,
} from './deployment-util.ts';
import { controllerOf, splitKey } from './kinds.ts';

/**
 * The Deployment controller, after pkg/controller/deployment: a ReplicaSet per pod template, revisions, RollingUpdate
 * (maxSurge / maxUnavailable) and Recreate, proportional scaling, pause, history cleanup and rollout conditions.
 */
export class DeploymentController {
  private readonly ctx: ControllerContext;
  private readonly deadlines = new Map<string, () => void>();
  private readonly enqueue: (key: string, afterMs?: number) => void;

  constructor(ctx: ControllerContext, enqueue: (key: string, afterMs?: number) => () => void) {
    this.ctx = ctx;
    this.enqueue = (key, afterMs) => {
      if (afterMs === undefined) return void enqueue(key);
      this.deadlines.get(key)?.();
      this.deadlines.set(key, enqueue(key, afterMs));
    };
  }

  /** The Deployment key to resync for a changed object (itself, or the owner of a ReplicaSet). */
  static keyFor(ctx: ControllerContext, kind: string, o: KubeObject): string | undefined {
    if (kind === 'Deployment') return `${o.metadata.namespace}/${o.metadata.name}`;
    const owner = controllerOf(o);
    if (kind === 'ReplicaSet' && owner?.kind === 'Deployment') return `${o.metadata.namespace}/${owner.name}`;
    return undefined;
  }

  sync(key: string): void {
    const [ns, name] = splitKey(key);
    const d = this.ctx.store.get(this.ctx.kinds.deployments, ns, name);
    if (!d) return;
    const rsList = ownedReplicaSets(this.ctx, d);
    if (d.metadata.deletionTimestamp)
      return syncDeploymentStatus(this.ctx, syncRevision(this.ctx, d, rsList, false));
    const probe: RolloutState = { d, newRS: undefined, oldRSs: [] };
    if (checkPausedConditions(this.ctx, probe)) return; // the status write brings us back
    if (d.spec?.paused) return this.syncScale(d, rsList, true);
    if (isScalingEvent(d, rsList)) return this.syncScale(d, rsList, false);
    if (d.spec?.strategy?.type === 'Recreate') return this.rolloutRecreate(d, rsList);
    return this.rolloutRolling(d, rsList);
  }

  private rolloutRolling(d: KubeObject, rsList: KubeObject[]): void {
    const s = syncRevision(this.ctx, d, rsList, true);
    if (this.reconcileNewRS(s) || this.reconcileOldRSs(s)) return this.rolloutStatus(s);
    if (deploymentComplete(s.d, s.d.status ?? {})) cleanupHistory(this.ctx, s);
    this.rolloutStatus(s);
  }

  private rolloutRecreate(d: KubeObject, rsList: KubeObject[]): void {
    let s = syncRevision(this.ctx, d, rsList, false);
    let scaledDown = false;
    for (const rs of s.oldRSs) {
      if (replicasOf(rs) === 0) continue;
      scaleRS(this.ctx, s, rs, 0);
      scaledDown = true;
    }
    if (scaledDown || this.oldPodsRunning(s)) return this.rolloutStatus(s);
    if (!s.newRS) s = syncRevision(this.ctx, s.d, [...s.oldRSs], true);
    if (s.newRS && replicasOf(s.newRS) !== replicasOf(s.d)) scaleRS(this.ctx, s, s.newRS, replicasOf(s.d));
    if (deploymentComplete(s.d, s.d.status ?? {})) cleanupHistory(this.ctx, s);
    this.rolloutStatus(s);
  }

  private oldPodsRunning(s: RolloutState): boolean {
    if (statusSum(s.oldRSs, 'replicas') > 0) return true;
    return s.oldRSs.some((rs) => this.ctx.index.dependents(rs.metadata.uid!, this.ctx.kinds.pods).length > 0);
  }

  /** reconcileNewReplicaSet: grow the new ReplicaSet within maxSurge (or shrink it to the spec). */
  private reconcileNewRS(s: RolloutState): boolean {
    const newRS = s.newRS;
    if (!newRS) return false;
    const want = replicasOf(s.d);
    if (replicasOf(newRS) === want) return false;
    if (replicasOf(newRS) > want) return scaleRS(this.ctx, s, newRS, want) !== newRS;
    const n = newRSNewReplicas(s.d, allRSs(s), newRS);
    return n !== replicasOf(newRS) && scaleRS(this.ctx, s, newRS, n) !== newRS;
  }

  /** reconcileOldReplicaSets: shrink old ReplicaSets, unhealthy pods first, keeping maxUnavailable. */
  private reconcileOldRSs(s: RolloutState): boolean {
    const old = s.oldRSs.filter((rs) => replicasOf(rs) > 0).sort(byCreation);
    if (specReplicas(old) === 0) return false;
    const minAvailable = replicasOf(s.d) - maxUnavailable(s.d);
    const newUnavailable = s.newRS ? replicasOf(s.newRS) - Number(s.newRS.status?.availableReplicas ?? 0) : 0;
    const maxScaledDown = specReplicas(allRSs(s)) - minAvailable - newUnavailable;
    if (maxScaledDown <= 0) return false;
    let cleaned = 0;
    for (const rs of old) {
      if (cleaned >= maxScaledDown) break;
      const healthy = Number(rs.status?.availableReplicas ?? 0);
      if (replicasOf(rs) === healthy) continue;
      const down = Math.min(maxScaledDown - cleaned, replicasOf(rs) - healthy);
      scaleRS(this.ctx, s, rs, replicasOf(rs) - down);
      cleaned += down;
    }
    // scaleDownOldReplicaSetsForRollingUpdate: keep at least minAvailable available pods.
    const available = statusSum(allRSs(s), 'availableReplicas');
    let budget = available - minAvailable;
    let scaled = 0;
    for (const rs of s.oldRSs.filter((r) => replicasOf(r) > 0).sort(byCreation)) {
      if (budget <= 0) break;
      const down = Math.min(replicasOf(rs), budget);
      scaleRS(this.ctx, s, rs, replicasOf(rs) - down);
      budget -= down;
      scaled += down;
    }
    return cleaned + scaled > 0;
  }

  /** sync(): paused or scaling — proportional scaling only, no new ReplicaSet. */
  private syncScale(d: KubeObject, rsList: KubeObject[], paused: boolean): void {
    const s = syncRevision(this.ctx, d, rsList, false);
    this.scale(s);
    if (paused) cleanupHistory(this.ctx, s);
    syncDeploymentStatus(this.ctx, s);
  }

  private scale(s: RolloutState): void {
    const want = replicasOf(s.d);
    const active = allRSs(s).filter((rs) => replicasOf(rs) > 0);
    if (active.length <= 1) {
      const rs = active[0] ?? s.newRS ?? [...s.oldRSs].sort(byCreation).at(-1);
      if (rs && replicasOf(rs) !== want) scaleRS(this.ctx, s, rs, want);
      return;
    }
    if (s.newRS && replicasOf(s.newRS) === want && Number(s.newRS.status?.availableReplicas ?? 0) === want) {
      for (const rs of s.oldRSs) if (replicasOf(rs) > 0) scaleRS(this.ctx, s, rs, 0);
      return;
    }
    if (s.d.spec?.strategy?.type !== 'RollingUpdate') return;
    const allowed = want + maxSurge(s.d);
    const toAdd = allowed - specReplicas(active);
    if (toAdd === 0) {
      for (const rs of active) scaleRS(this.ctx, s, rs, replicasOf(rs)); // refreshes the replicas annotations
      return;
    }
    // Larger ReplicaSets first (newer first on ties when growing, older first when shrinking).
    const sorted = [...active].sort(
      (a, b) => replicasOf(b) - replicasOf(a) || (toAdd > 0 ? byCreation(b, a) : byCreation(a, b)),
    );
    const target = new Map<string, number>();
    let added = 0;
    for (const rs of sorted) {
      const annotated = Number(rs.metadata.annotations?.[MAX_REPLICAS] ?? s.d.status?.replicas ?? 0);
      let share = annotated > 0 ? Math.round((replicasOf(rs) * allowed) / annotated) - replicasOf(rs) : toAdd;
      share = toAdd > 0 ? Math.min(share, toAdd - added) : Math.max(share, toAdd - added);
      target.set(rs.metadata.uid!, replicasOf(rs) + share);
      added += share;
    }
    const first = sorted[0]!;
    target.set(first.metadata.uid!, Math.max(0, target.get(first.metadata.uid!)! + (toAdd - added)));
    for (const rs of sorted) scaleRS(this.ctx, s, rs, Math.max(0, target.get(rs.metadata.uid!)!));
  }

  private rolloutStatus(s: RolloutState): void {
    const key = `${s.d.metadata.namespace}/${s.d.metadata.name}`;
    const after = syncRolloutStatus(this.ctx, s);
    if (after !== undefined) this.enqueue(key, after);
  }

  stop(): void {
    for (const cancel of this.deadlines.values()) cancel();
    this.deadlines.clear();
  }
}

/** isScalingEvent: an active ReplicaSet's desired-replicas annotation differs from spec.replicas. */
function isScalingEvent(d: KubeObject, rsList: KubeObject[]): boolean {
  return rsList.some(
    (rs) =>
      replicasOf(rs) > 0 &&
      rs.metadata.annotations?.[DESIRED_REPLICAS] !== undefined &&
      rs.metadata.annotations[DESIRED_REPLICAS] !== String(replicasOf(d)),
  );
}
