import type { KubeObject } from '../store/store.ts';
import type { ControllerContext } from './context.ts';
import {
  HASH_LABEL,
  REVISION,
  REVISION_HISTORY,
  byCreation,
  copyAnnotations,
  equalIgnoreHash,
  maxRevision,
  maxSurge,
  podTemplateHash,
  replicasOf,
  revisionOf,
  setReplicasAnnotations,
  specReplicas,
} from './deployment-util.ts';
import { controllerOf, getCondition, ownerRefTo, selectorMatches, setCondition, timestamp } from './kinds.ts';

const COMPONENT = 'deployment-controller';

/**
 * The ReplicaSets a Deployment controls (by controller ownerReference), oldest first. Orphans its selector matches
 * (left by a delete with propagationPolicy Orphan) are adopted, as upstream's ControllerRefManager does.
 */
export function ownedReplicaSets(ctx: ControllerContext, d: KubeObject): KubeObject[] {
  const out: KubeObject[] = [];
  for (const dep of ctx.index.dependents(d.metadata.uid!, ctx.kinds.replicasets)) {
    const rs = ctx.store.get(ctx.kinds.replicasets, dep.namespace, dep.name);
    if (rs && controllerOf(rs)?.uid === d.metadata.uid) out.push(rs);
  }
  if (!d.metadata.deletionTimestamp) {
    for (const ref of ctx.index.uncontrolledIn(ctx.kinds.replicasets, d.metadata.namespace)) {
      const rs = ctx.store.get(ctx.kinds.replicasets, ref.namespace, ref.name);
      if (
        !rs ||
        controllerOf(rs) ||
        rs.metadata.deletionTimestamp ||
        !selectorMatches(d.spec?.selector, rs.metadata.labels)
      )
        continue;
      rs.metadata.ownerReferences = [...(rs.metadata.ownerReferences ?? []), ownerRefTo(d)];
      out.push(ctx.store.update(ctx.kinds.replicasets, rs));
    }
  }
  return out.sort(byCreation);
}

/** The working state of one sync: the Deployment as last written, and its ReplicaSets. */
export interface RolloutState {
  d: KubeObject;
  newRS: KubeObject | undefined;
  oldRSs: KubeObject[];
}

export function allRSs(s: RolloutState): KubeObject[] {
  return s.newRS ? [...s.oldRSs, s.newRS] : [...s.oldRSs];
}

/** getAllReplicaSetsAndSyncRevision: splits new/old, syncs revisions, and creates the new ReplicaSet when asked. */
export function syncRevision(
  ctx: ControllerContext,
  d: KubeObject,
  rsList: KubeObject[],
  create: boolean,
): RolloutState {
  const oldRSs = rsList.filter((rs) => !equalIgnoreHash(rs.spec?.template, d.spec?.template));
  const existing = rsList.find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
  const newRevision = maxRevision(oldRSs) + 1;
  const s: RolloutState = { d, newRS: existing, oldRSs };
  if (existing) {
    const rs = structuredClone(existing);
    const changed = setNewRSAnnotations(d, rs, newRevision, true);
    const minReady = Number(d.spec?.minReadySeconds ?? 0);
    if (changed || Number(rs.spec.minReadySeconds ?? 0) !== minReady) {
      rs.spec.minReadySeconds = minReady;
      s.newRS = ctx.store.update(ctx.kinds.replicasets, rs);
    }
    setDeploymentRevision(ctx, s, revisionOf(s.newRS!));
    if (!getCondition(s.d.status, 'Progressing') && hasProgressDeadline(s.d)) {
      writeProgressing(
        ctx,
        s,
        'True',
        'FoundNewReplicaSet',
        `Found new replica set "${s.newRS!.metadata.name}"`,
      );
    }
    return s;
  }
  if (!create) return s;
  s.newRS = createNewRS(ctx, s, newRevision);
  setDeploymentRevision(ctx, s, revisionOf(s.newRS));
  if (hasProgressDeadline(s.d))
    writeProgressing(
      ctx,
      s,
      'True',
      'NewReplicaSetCreated',
      `Created new replica set "${s.newRS.metadata.name}"`,
    );
  return s;
}

function createNewRS(ctx: ControllerContext, s: RolloutState, revision: number): KubeObject {
  const d = s.d;
  for (let collisions = Number(d.status?.collisionCount ?? 0); ; collisions++) {
    const hash = podTemplateHash(d.spec.template, collisions);
    const template = structuredClone(d.spec.template);
    template.metadata ??= {};
    template.metadata.labels = { ...(template.metadata.labels ?? {}), [HASH_LABEL]: hash };
    const selector = structuredClone(d.spec.selector ?? {});
    selector.matchLabels = { ...(selector.matchLabels ?? {}), [HASH_LABEL]: hash };
    const rs: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${d.metadata.name}-${hash}`,
        namespace: d.metadata.namespace,
        labels: { ...(template.metadata.labels ?? {}) },
        annotations: {},
        ownerReferences: [ownerRefTo(d)],
      },
      spec: { replicas: 0, minReadySeconds: Number(d.spec.minReadySeconds ?? 0), selector, template },
    };
    rs.spec.replicas = newRSNewReplicas(d, [...s.oldRSs], rs);
    setNewRSAnnotations(d, rs, revision, false);
    const clash = ctx.store.get(ctx.kinds.replicasets, d.metadata.namespace, rs.metadata.name);
    if (clash) {
      // Same name: ours with an equal template is the new RS; anything else is a hash collision (collisionCount++).
      if (
        controllerOf(clash)?.uid === d.metadata.uid &&
        equalIgnoreHash(clash.spec?.template, d.spec.template)
      )
        return clash;
      continue;
    }
    if (collisions !== Number(d.status?.collisionCount ?? 0)) {
      const next = structuredClone(s.d);
      next.status = { ...(next.status ?? {}), collisionCount: collisions };
      s.d = ctx.store.update(ctx.kinds.deployments, next, { subresource: 'status' });
    }
    const created = ctx.store.create(ctx.kinds.replicasets, rs);
    if (replicasOf(created) > 0) {
      ctx.events.record(
        COMPONENT,
        s.d,
        'Normal',
        'ScalingReplicaSet',
        `Scaled up replica set ${created.metadata.name} from 0 to ${replicasOf(created)}`,
      );
    }
    return created;
  }
}

/** NewRSNewReplicas: how far the new ReplicaSet may grow now. */
export function newRSNewReplicas(d: KubeObject, all: KubeObject[], newRS: KubeObject): number {
  if (d.spec?.strategy?.type !== 'RollingUpdate') return replicasOf(d);
  const current =
    specReplicas(all.filter((rs) => rs.metadata.uid !== newRS.metadata.uid)) + replicasOf(newRS);
  const maxTotal = replicasOf(d) + maxSurge(d);
  if (current >= maxTotal) return replicasOf(newRS);
  const up = Math.min(maxTotal - current, replicasOf(d) - replicasOf(newRS));
  return replicasOf(newRS) + Math.max(0, up);
}

function setNewRSAnnotations(d: KubeObject, rs: KubeObject, newRevision: number, exists: boolean): boolean {
  let changed = copyAnnotations(d, rs);
  const ann = (rs.metadata.annotations ??= {});
  const old = revisionOf(rs);
  if (old < newRevision) {
    ann[REVISION] = String(newRevision);
    changed = true;
    if (exists && old > 0)
      ann[REVISION_HISTORY] = ann[REVISION_HISTORY] ? `${ann[REVISION_HISTORY]},${old}` : String(old);
  }
  // Only a ReplicaSet about to be created gets the replicas annotations here; scaling keeps them afterwards.
  if (!exists && setReplicasAnnotations(rs, replicasOf(d), replicasOf(d) + maxSurge(d))) changed = true;
  return changed;
}

function setDeploymentRevision(ctx: ControllerContext, s: RolloutState, revision: number): void {
  if (s.d.metadata.annotations?.[REVISION] === String(revision)) return;
  const next = structuredClone(s.d);
  next.metadata.annotations = { ...(next.metadata.annotations ?? {}), [REVISION]: String(revision) };
  s.d = ctx.store.update(ctx.kinds.deployments, next);
}

export function hasProgressDeadline(d: KubeObject): boolean {
  const p = d.spec?.progressDeadlineSeconds;
  return p !== undefined && p !== null && p !== 2147483647;
}

/** Writes the Progressing condition through the status subresource. */
export function writeProgressing(
  ctx: ControllerContext,
  s: RolloutState,
  status: 'True' | 'False' | 'Unknown',
  reason: string,
  message: string,
): void {
  const next = structuredClone(s.d);
  next.status ??= {};
  const now = timestamp(ctx.now());
  setCondition(next.status, {
    type: 'Progressing',
    status,
    reason,
    message,
    lastUpdateTime: now,
    lastTransitionTime: now,
  });
  s.d = ctx.store.update(ctx.kinds.deployments, next, { subresource: 'status' });
  ctx.progressAt.set(s.d.metadata.uid!, ctx.now());
}

/** Scales a ReplicaSet, with the replicas annotations and a ScalingReplicaSet event, as scaleReplicaSet does. */
export function scaleRS(
  ctx: ControllerContext,
  s: RolloutState,
  rs: KubeObject,
  replicas: number,
): KubeObject {
  const from = replicasOf(rs);
  const next = structuredClone(rs);
  next.spec.replicas = replicas;
  const annotated = setReplicasAnnotations(next, replicasOf(s.d), replicasOf(s.d) + maxSurge(s.d));
  if (from === replicas && !annotated) return rs;
  const written = ctx.store.update(ctx.kinds.replicasets, next);
  if (from !== replicas) {
    const verb = replicas > from ? 'up' : 'down';
    ctx.events.record(
      COMPONENT,
      s.d,
      'Normal',
      'ScalingReplicaSet',
      `Scaled ${verb} replica set ${rs.metadata.name} from ${from} to ${replicas}`,
    );
  }
  if (s.newRS?.metadata.uid === written.metadata.uid) s.newRS = written;
  else s.oldRSs = s.oldRSs.map((o) => (o.metadata.uid === written.metadata.uid ? written : o));
  return written;
}

/** cleanupDeployment: deletes the oldest fully scaled-down ReplicaSets beyond revisionHistoryLimit. */
export function cleanupHistory(ctx: ControllerContext, s: RolloutState): void {
  const limit = Number(s.d.spec?.revisionHistoryLimit ?? 10);
  const cleanable = s.oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
  const diff = cleanable.length - limit;
  if (diff <= 0) return;
  cleanable.sort((a, b) => revisionOf(a) - revisionOf(b) || byCreation(a, b));
  for (const rs of cleanable.slice(0, diff)) {
    const observed = Number(rs.status?.observedGeneration ?? 0) >= Number(rs.metadata.generation ?? 0);
    if (Number(rs.status?.replicas ?? 0) !== 0 || replicasOf(rs) !== 0 || !observed) continue;
    ctx.store.delete(ctx.kinds.replicasets, rs.metadata.namespace, rs.metadata.name);
    s.oldRSs = s.oldRSs.filter((o) => o.metadata.uid !== rs.metadata.uid);
  }
}
