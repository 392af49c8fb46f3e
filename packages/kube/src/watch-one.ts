/**
 * One watch of one object (field-selected by name) from a resourceVersion, for the waits that
 * must not poll: a rollout, a migration Job. The caller loops: GET, judge, watch until something
 * terminal happens, then GET again — so a closed watch (server timeout, dropped connection,
 * 410 Gone) never loses a transition.
 */
import * as k8s from '@kubernetes/client-node';
import { CancelledError, type Clock } from '@shipgate/core';
import type { KubeClient } from './client.ts';

export type WatchEnd = 'terminal' | 'deleted' | 'closed' | 'tick';

export interface WatchOneOptions<T> {
  /** The collection, e.g. `/apis/batch/v1/namespaces/<ns>/jobs`. */
  path: string;
  name: string;
  resourceVersion: string | undefined;
  signal: AbortSignal;
  /** True when the object reached a state the caller waits for (ends the watch with 'terminal'). */
  onObject: (obj: T) => boolean;
  /** Clock time at which the watch ends with 'tick' (a deadline or the next check). */
  untilMs: number;
  clock: Clock;
  /** Named in the CancelledError, e.g. `deployment "web"`. */
  what: string;
}

/**
 * Resolves 'terminal' when `onObject` says so, 'deleted' on a DELETED event, 'closed' when the
 * server ends the watch or it errors (410 included), 'tick' at `untilMs`; rejects with
 * CancelledError when `signal` aborts.
 */
export function watchOne<T>(kube: KubeClient, o: WatchOneOptions<T>): Promise<WatchEnd> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let request: AbortController | undefined;
    const tick = new AbortController();
    const end = () => {
      settled = true;
      tick.abort();
      request?.abort();
      o.signal.removeEventListener('abort', onAbort);
    };
    const finish = (v: WatchEnd) => {
      if (settled) return;
      end();
      resolve(v);
    };
    const onAbort = () => {
      if (settled) return;
      end();
      reject(new CancelledError(`cancelled while waiting for ${o.what}`));
    };
    if (o.signal.aborted) return onAbort();
    o.signal.addEventListener('abort', onAbort, { once: true });
    o.clock.sleep(Math.max(0, o.untilMs - o.clock.now()), tick.signal).then(
      () => finish('tick'),
      () => undefined,
    );
    const query: Record<string, string> = {
      fieldSelector: `metadata.name=${o.name}`,
      allowWatchBookmarks: 'true',
    };
    if (o.resourceVersion) query.resourceVersion = o.resourceVersion;
    new k8s.Watch(kube.config)
      .watch(
        o.path,
        query,
        (type, obj: T) => {
          if (type === 'DELETED') finish('deleted');
          else if ((type === 'ADDED' || type === 'MODIFIED') && o.onObject(obj)) finish('terminal');
          else if (type === 'ERROR') finish('closed');
        },
        () => finish('closed'),
      )
      .then(
        (req) => {
          request = req;
          if (settled) req.abort();
        },
        () => finish('closed'),
      );
  });
}
