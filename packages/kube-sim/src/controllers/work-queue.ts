/**
 * A keyed work queue per controller on one shared scheduler: keys are deduplicated, each controller handles one key at
 * a time, and the scheduler drains all queues on the next macrotask (so store listeners only enqueue).
 */
export class Scheduler {
  private readonly queues: WorkQueue[] = [];
  private scheduled = false;
  private stopped = false;
  private pendingRetries = 0;
  private waiters: (() => void)[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();

  queue(
    name: string,
    handle: (key: string) => void,
    onError: (name: string, key: string, err: unknown) => boolean,
  ): WorkQueue {
    const q = new WorkQueue(name, this, handle, onError);
    this.queues.push(q);
    return q;
  }

  kick(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setImmediate(() => this.drain());
  }

  /** Runs `fn` after `ms` (a real delay: it does not keep idle() waiting unless `busy`). */
  after(ms: number, fn: () => void, busy = false): () => void {
    if (this.stopped) return () => {};
    if (busy) this.pendingRetries++;
    const t = setTimeout(
      () => {
        this.timers.delete(t);
        if (busy) this.pendingRetries--;
        if (!this.stopped) fn();
        this.settle();
      },
      Math.max(0, ms),
    );
    // A pending delay (a 600 s deadline) must not keep the process alive on its own.
    if (!busy) t.unref();
    this.timers.add(t);
    return () => {
      if (!this.timers.delete(t)) return;
      clearTimeout(t);
      if (busy) this.pendingRetries--;
      this.settle();
    };
  }

  /** Counts `p` as pending work until it settles (e.g. a proxy binding its port). */
  track(p: Promise<unknown>): void {
    this.pendingRetries++;
    const done = (): void => {
      this.pendingRetries--;
      this.settle();
    };
    p.then(done, done);
  }

  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.pendingRetries = 0;
    for (const q of this.queues) q.clear();
    this.settle();
  }

  private isIdle(): boolean {
    return (
      this.stopped ||
      (!this.scheduled && this.pendingRetries === 0 && this.queues.every((q) => q.size() === 0))
    );
  }

  private drain(): void {
    this.scheduled = false;
    if (this.stopped) return this.settle();
    // Bounded work per macrotask so HTTP servers and processes stay responsive under load.
    let budget = 2000;
    let progressed = true;
    while (budget > 0 && progressed) {
      progressed = false;
      for (const q of this.queues) {
        if (q.runOne()) {
          progressed = true;
          budget--;
        }
      }
    }
    if (this.queues.some((q) => q.size() > 0)) this.kick();
    this.settle();
  }

  private settle(): void {
    if (!this.isIdle()) return;
    const w = this.waiters;
    this.waiters = [];
    for (const resolve of w) resolve();
  }
}

export class WorkQueue {
  readonly name: string;
  private readonly keys = new Set<string>();
  private readonly scheduler: Scheduler;
  private readonly handle: (key: string) => void;
  private readonly onError: (name: string, key: string, err: unknown) => boolean;
  private readonly retries = new Map<string, number>();

  constructor(
    name: string,
    scheduler: Scheduler,
    handle: (key: string) => void,
    onError: (name: string, key: string, err: unknown) => boolean,
  ) {
    this.name = name;
    this.scheduler = scheduler;
    this.handle = handle;
    this.onError = onError;
  }

  add(key: string): void {
    this.keys.add(key);
    this.scheduler.kick();
  }

  /** Re-adds `key` after a real delay (deadlines, minReadySeconds); not counted as pending work. */
  addAfter(key: string, ms: number): () => void {
    return this.scheduler.after(ms, () => this.add(key));
  }

  size(): number {
    return this.keys.size;
  }

  clear(): void {
    this.keys.clear();
  }

  /** Handles the oldest key; false when empty. Errors the handler calls retryable (409s) come back with a short back-off. */
  runOne(): boolean {
    const first = this.keys.values().next();
    if (first.done) return false;
    const key = first.value;
    this.keys.delete(key);
    try {
      this.handle(key);
      this.retries.delete(key);
    } catch (err) {
      const n = (this.retries.get(key) ?? 0) + 1;
      if (this.onError(this.name, key, err) && n <= 10) {
        this.retries.set(key, n);
        this.scheduler.after(Math.min(2 ** n, 200), () => this.add(key), true);
      } else this.retries.delete(key);
    }
    return true;
  }
}
