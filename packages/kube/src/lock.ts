/**
 * One deploy or rollback at a time per app: a coordination.k8s.io Lease `<app>-shipgate-lock`
 * held for the whole run, renewed in the background, released on exit, and taken over from
 * another holder only after its lease expired (renewTime + leaseDurationSeconds). A second run
 * waits up to a limit, then fails naming the holder.
 */
import type * as k8s from '@kubernetes/client-node';
import { CancelledError, ExternalError, type Clock } from '@shipgate/core';
import { FIELD_MANAGER, isConflict, type KubeClient } from './client.ts';
import { LABELS } from './state.ts';

export interface LockOptions {
  namespace: string;
  app: string;
  /** Who holds it: shown to the run that waits (e.g. "owner/repo run 123 (deploy)"). */
  holder: string;
  /** Lease duration; renewed every third of it. Default 60 s. */
  durationSeconds?: number;
  /** How long to wait for another holder before failing. */
  waitMs: number;
  clock: Clock;
  signal?: AbortSignal;
  /** Poll interval while waiting (default 1 s). */
  pollMs?: number;
  onWait?: (holder: string, expiresAt: Date) => void;
}

export interface HeldLock {
  name: string;
  /** Stops renewing and clears the holder (only if it is still ours). Safe to call twice. */
  release(): Promise<void>;
}

export function lockName(app: string): string {
  return `${app}-shipgate-lock`;
}

/** Pure: when the lease expires (ms since epoch); 0 when it has no holder or was never renewed. */
export function leaseExpiry(lease: k8s.V1Lease): number {
  const spec = lease.spec;
  if (!spec?.holderIdentity) return 0;
  const renewed = spec.renewTime ?? spec.acquireTime;
  if (!renewed) return 0;
  return new Date(renewed).getTime() + (spec.leaseDurationSeconds ?? 0) * 1000;
}

/** Acquires the app's Lease, waiting for another holder up to `waitMs`. */
export async function acquireLock(kube: KubeClient, o: LockOptions): Promise<HeldLock> {
  const name = lockName(o.app);
  const duration = o.durationSeconds ?? 60;
  const giveUpAt = o.clock.now() + o.waitMs;
  for (;;) {
    if (o.signal?.aborted) throw new CancelledError('cancelled while waiting for the deploy lock');
    const taken = await tryAcquire(kube, o, name, duration);
    if (taken === true) return startRenewing(kube, o, name, duration);
    const { holder, expiresAt } = taken;
    if (o.clock.now() >= giveUpAt) {
      throw new ExternalError('Kubernetes API', `acquire lock ${o.namespace}/${name}`, {
        detail: `held by ${holder} until ${new Date(expiresAt).toISOString()}; waited ${Math.round(o.waitMs / 1000)}s`,
        hint: 'Another deploy or rollback of this app is running. Wait for it, raise lock-timeout, or delete the Lease if its run is gone.',
      });
    }
    o.onWait?.(holder, new Date(expiresAt));
    await o.clock
      .sleep(Math.min(o.pollMs ?? 1000, Math.max(1, giveUpAt - o.clock.now())), o.signal)
      .catch(() => undefined);
  }
}

async function tryAcquire(
  kube: KubeClient,
  o: LockOptions,
  name: string,
  duration: number,
): Promise<true | { holder: string; expiresAt: number }> {
  const ns = o.namespace;
  const now = new Date(o.clock.now());
  const spec: k8s.V1LeaseSpec = {
    holderIdentity: o.holder,
    leaseDurationSeconds: duration,
    acquireTime: now,
    renewTime: now,
  };
  const existing = await kube.find('read lock', () =>
    kube.coordination.readNamespacedLease({ name, namespace: ns }),
  );
  try {
    if (!existing) {
      const body: k8s.V1Lease = {
        metadata: { name, namespace: ns, labels: { [LABELS.app]: o.app, [LABELS.managedBy]: 'shipgate' } },
        spec,
      };
      await kube.call('create lock', () =>
        kube.coordination.createNamespacedLease({ namespace: ns, body, fieldManager: FIELD_MANAGER }),
      );
      return true;
    }
    const expiresAt = leaseExpiry(existing);
    const holder = existing.spec?.holderIdentity;
    if (holder && holder !== o.holder && expiresAt > o.clock.now()) return { holder, expiresAt };
    // Free, expired, or already ours (a re-run with the same identity): take it with the
    // resourceVersion we read, so two runs racing for an expired lease cannot both win.
    existing.spec = {
      ...existing.spec,
      ...spec,
      leaseTransitions: (existing.spec?.leaseTransitions ?? 0) + (holder && holder !== o.holder ? 1 : 0),
    };
    await kube.call('take lock', () =>
      kube.coordination.replaceNamespacedLease({
        name,
        namespace: ns,
        body: existing,
        fieldManager: FIELD_MANAGER,
      }),
    );
    return true;
  } catch (error) {
    // 409: someone else created or took it between our read and write; read again next round.
    if (isConflict(error))
      return { holder: 'another run (it won a race for the lock)', expiresAt: o.clock.now() };
    throw error;
  }
}

function startRenewing(kube: KubeClient, o: LockOptions, name: string, duration: number): HeldLock {
  const stop = new AbortController();
  const every = Math.max(1000, (duration * 1000) / 3);
  /** Changes the lease only while we still hold it (never another run's). */
  const updateIfOurs = (step: string, change: (spec: k8s.V1LeaseSpec) => void) =>
    kube.update(
      step,
      () => kube.coordination.readNamespacedLease({ name, namespace: o.namespace }),
      (lease) => {
        if (!lease.spec || lease.spec.holderIdentity !== o.holder) return false;
        change(lease.spec);
        return true;
      },
      (lease) =>
        kube.coordination.replaceNamespacedLease({
          name,
          namespace: o.namespace,
          body: lease,
          fieldManager: FIELD_MANAGER,
        }),
    );
  const loop = (async () => {
    while (!stop.signal.aborted) {
      try {
        await o.clock.sleep(every, stop.signal);
      } catch {
        return;
      }
      // A missed renewal is retried next tick; expiry is a whole duration away.
      await updateIfOurs('renew lock', (spec) => (spec.renewTime = new Date(o.clock.now()))).catch(
        () => undefined,
      );
    }
  })();
  let released = false;
  return {
    name,
    async release() {
      if (released) return;
      released = true;
      stop.abort();
      await loop;
      await updateIfOurs('release lock', (spec) => {
        spec.holderIdentity = undefined;
        spec.renewTime = undefined;
        spec.acquireTime = undefined;
      }).catch(() => undefined);
    },
  };
}

/** Runs `fn` holding the app's Lease; released on every path (cancellation included). */
export async function withLease<T>(
  kube: KubeClient,
  o: LockOptions,
  fn: (lease: HeldLock) => Promise<T>,
): Promise<T> {
  const lease = await acquireLock(kube, o);
  try {
    return await fn(lease);
  } finally {
    await lease.release();
  }
}
