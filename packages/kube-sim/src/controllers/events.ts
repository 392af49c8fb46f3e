import type { KubeObject, Store } from '../store/store.ts';
import { isNotFound, timestamp, type Kinds } from './kinds.ts';

export type EventType = 'Normal' | 'Warning';

/**
 * Records core v1 Events the way client-go's recorder does: one Event per (object, reason, message), its count and
 * lastTimestamp bumped on repeats.
 */
export class EventRecorder {
  private readonly store: Store;
  private readonly kinds: Kinds;
  private readonly now: () => number;
  private readonly seen = new Map<string, string>();
  private seq = 0;

  constructor(store: Store, kinds: Kinds, now: () => number) {
    this.store = store;
    this.kinds = kinds;
    this.now = now;
  }

  record(component: string, obj: KubeObject, type: EventType, reason: string, message: string): void {
    const ns = obj.metadata.namespace ?? 'default';
    const dedupe = `${ns}/${obj.metadata.uid}/${reason}/${message}`;
    const when = timestamp(this.now());
    const existing = this.seen.get(dedupe);
    if (existing) {
      const ev = this.store.get(this.kinds.events, ns, existing);
      if (ev) {
        ev['count'] = Number(ev['count'] ?? 1) + 1;
        ev['lastTimestamp'] = when;
        delete ev.metadata.resourceVersion;
        this.store.update(this.kinds.events, ev);
        return;
      }
    }
    const name = `${obj.metadata.name}.${(this.now() * 1000 + this.seq++).toString(16)}`;
    const event: KubeObject = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace: ns },
      involvedObject: {
        apiVersion: obj.apiVersion,
        kind: obj.kind,
        name: obj.metadata.name,
        namespace: ns,
        uid: obj.metadata.uid,
        resourceVersion: obj.metadata.resourceVersion,
      },
      reason,
      message,
      type,
      source: { component, ...(component === 'kubelet' ? { host: 'kube-sim-node' } : {}) },
      firstTimestamp: when,
      lastTimestamp: when,
      count: 1,
      reportingComponent: component,
      reportingInstance: component === 'kubelet' ? 'kube-sim-node' : '',
    };
    try {
      this.store.create(this.kinds.events, event);
      this.seen.set(dedupe, name);
    } catch (err) {
      // The namespace may be going away with its objects; events are best effort, as in client-go.
      if (!isNotFound(err)) throw err;
    }
  }
}
