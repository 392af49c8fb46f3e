import type { Store } from '../store/store.ts';
import type { EventRecorder } from './events.ts';
import type { Kinds } from './kinds.ts';
import type { OwnerIndex } from './owner-index.ts';
import type { Scheduler } from './work-queue.ts';

/** What every controller shares: the store, its types, the owner index, the event recorder and time. */
export interface ControllerContext {
  store: Store;
  kinds: Kinds;
  index: OwnerIndex;
  events: EventRecorder;
  scheduler: Scheduler;
  now(): number;
  /** Factor for durations Kubernetes counts in seconds (see ControllerOptions.timeScale). */
  timeScale: number;
  /** When each Deployment's Progressing condition was last updated, in ms (the API keeps whole seconds). */
  progressAt: Map<string, number>;
}
