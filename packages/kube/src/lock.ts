/**
 * One deploy or rollback at a time per app: a coordination.k8s.io Lease `<app>-shipgate-lock`
 * held for the whole run, renewed in the background, released on exit, and taken over from
 * another holder only after its lease expired (renewTime + leaseDurationSeconds). A second run
 * waits up to a limit, then fails naming the holder.
 */
import type * as k8s from '@kubernetes/client-node';
import { CancelledError, ExternalError, ShipgateError, errorMessage, type Clock } from '@shipgate/core';
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
  /** Called when the holder changes or the wait starts (not on every poll). */
  onWait?: (holder: string, expiresAt: Date) => void;
  /** A renewal failed and will be retried (the Lease is still valid). */
  onRenewFailure?: (error: unknown) => void;
}

export interface HeldLock {
  name: string;
  /** Aborted (reason: LeaseLostError) when the Lease is lost; combine it with the run's signal. */
  signal: AbortSignal;
  /** Reads the Lease; throws LeaseLostError unless this run still holds it. Call before each destructive step. */
  ensureHeld(step: string): Promise<void>;
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
  let lastHolder: string | undefined;
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
    if (holder !== lastHolder) o.onWait?.(holder, new Date(expiresAt));
    lastHolder = holder;
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

/**
 * Renews every third of the duration; a failed renewal is retried every second until it works or
 * the Lease has expired. A Lease found held by another run, or expired before a renewal got
 * through, is lost: `signal` aborts with a LeaseLostError so the run's work stops.
 */
function startRenewing(runKube: KubeClient, o: LockOptions, name: string, duration: number): HeldLock {
  // Renewal, checks and release outlive the run's cancellation (cleanup runs under the Lease).
  const kube = runKube.withSignal(undefined);
  const stop = new AbortController();
  const lostCtl = new AbortController();
  const every = Math.max(1000, (duration * 1000) / 3);
  const retryEvery = Math.min(every, 1000);
  let renewedAt = o.clock.now();
  const read = () => kube.coordination.readNamespacedLease({ name, namespace: o.namespace });
  const write = (lease: k8s.V1Lease) =>
    kube.coordination.replaceNamespacedLease({
      name,
      namespace: o.namespace,
      body: lease,
      fieldManager: FIELD_MANAGER,
    });
  const lose = (why: string): LeaseLostError => {
    if (!lostCtl.signal.aborted) lostCtl.abort(new LeaseLostError(o.namespace, name, why));
    return lostCtl.signal.reason as LeaseLostError;
  };
  const expired = () => o.clock.now() >= renewedAt + duration * 1000;
  /** One renewal attempt, no retries of its own (the loop retries while the Lease is still valid). */
  const renew = async (): Promise<void> => {
    const lease = await kube.call('renew lock (read)', read, { attempts: 1 });
    const holder = lease.spec?.holderIdentity;
    if (holder !== o.holder) throw lose(`it is held by ${holder ?? 'nobody'} now`);
    lease.spec = { ...lease.spec, renewTime: new Date(o.clock.now()) };
    await kube.call('renew lock', () => write(lease), { attempts: 1 });
    renewedAt = o.clock.now();
  };
  const loop = (async () => {
    let wait = every;
    while (!stop.signal.aborted && !lostCtl.signal.aborted) {
      try {
        await o.clock.sleep(wait, stop.signal);
      } catch {
        return;
      }
      try {
        await renew();
        wait = every;
      } catch (error) {
        if (error instanceof LeaseLostError) return;
        if (expired()) {
          lose(`renewals failed until it expired (${errorMessage(error)})`);
          return;
        }
        o.onRenewFailure?.(error);
        wait = retryEvery;
      }
    }
  })();
  let released = false;
  return {
    name,
    signal: lostCtl.signal,
    async ensureHeld(step) {
      if (lostCtl.signal.aborted) throw lostCtl.signal.reason as LeaseLostError;
      const lease = await kube.call(`check lock before ${step}`, read);
      const holder = lease.spec?.holderIdentity;
      if (holder !== o.holder) throw lose(`it is held by ${holder ?? 'nobody'} now; not done: ${step}`);
      if (leaseExpiry(lease) <= o.clock.now()) throw lose(`it expired before ${step}`);
    },
    async release() {
      if (released) return;
      released = true;
      stop.abort();
      await loop;
      if (lostCtl.signal.aborted) return; // another run's now: never touch it
      await kube
        .update(
          'release lock',
          read,
          (lease) => {
            if (!lease.spec || lease.spec.holderIdentity !== o.holder) return false;
            lease.spec.holderIdentity = undefined;
            lease.spec.renewTime = undefined;
            lease.spec.acquireTime = undefined;
            return true;
          },
          write,
        )
        .catch(() => undefined);
    },
  };
}

/** This run no longer holds the app's Lease: it must stop before touching anything else. */
export class LeaseLostError extends ShipgateError {
  constructor(namespace: string, name: string, why: string) {
    super(
      `lost the deploy lock ${namespace}/${name}: ${why}; this run stopped so it cannot undo another run's work`,
      {
        hint: 'Another deploy or rollback of this app may be running now. Check the app before re-running.',
      },
    );
  }
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
