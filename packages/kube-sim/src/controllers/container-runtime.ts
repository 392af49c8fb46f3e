import { randomBytes } from 'node:crypto';
import type { EventType } from './events.ts';
import { timestamp } from './kinds.ts';
import { PodProcess, freePort, httpProbe } from './pod-process.ts';
import type { ImageBehaviour } from './types.ts';

const LOG_LIMIT = 5000;

/** What the kubelet gives a container: time, timers, events and the env of its pod. */
export interface ContainerHost {
  now(): number;
  after(ms: number, fn: () => void): () => void;
  /** Back-off before restart number n (1-based): 10 s doubling, capped at 300 s, scaled. */
  backoffMs(n: number): number;
  probeIntervalMs: number;
  /** The container's own readinessProbe.httpGet.path, when it declares one. */
  probePath?: string;
  event(type: EventType, reason: string, message: string): void;
  env(): Record<string, string>;
  /** Something visible in the pod status changed. */
  changed(): void;
  /** The pod's restartPolicy: Always, OnFailure or Never. */
  restartPolicy: string;
  podLabel: string;
  onReady(): void;
}

type State =
  | { waiting: { reason: string; message?: string } }
  | { running: { startedAt: string } }
  | { terminated: Terminated };
interface Terminated {
  exitCode: number;
  reason: string;
  message?: string;
  startedAt?: string;
  finishedAt: string;
  containerID?: string;
}

/** One container of a pod: its state machine per ImageBehaviour, restarts with back-off, logs and real process. */
export class ContainerRuntime {
  readonly name: string;
  readonly image: string;
  private readonly behaviour: ImageBehaviour;
  private readonly host: ContainerHost;
  state: State = { waiting: { reason: 'ContainerCreating' } };
  lastState: { terminated?: Terminated } = {};
  ready = false;
  started = false;
  restartCount = 0;
  containerID = '';
  imageID = '';
  logs: string[] = [];
  previousLogs: string[] = [];
  process: PodProcess | undefined;
  private cancel: (() => void) | undefined;
  private pullFailures = 0;
  private stopped = false;

  constructor(name: string, image: string, behaviour: ImageBehaviour, host: ContainerHost) {
    this.name = name;
    this.image = image;
    this.behaviour = behaviour;
    this.host = host;
  }

  get terminal(): boolean {
    return 'terminated' in this.state && !this.cancel;
  }

  start(): void {
    if (this.stopped) return;
    const b = this.behaviour;
    if (b.pullError) return this.pullFailed();
    if (this.restartCount === 0) {
      this.host.event('Normal', 'Pulling', `Pulling image "${this.image}"`);
      this.host.event(
        'Normal',
        'Pulled',
        `Successfully pulled image "${this.image}" in 0s (0s including waiting). Image size: 0 bytes.`,
      );
    }
    this.imageID = `${this.image.includes('/') ? '' : 'docker.io/library/'}${this.image.split(':')[0]}@sha256:${hashOf(this.image)}`;
    this.containerID = `containerd://${randomBytes(32).toString('hex')}`;
    this.previousLogs = this.restartCount > 0 ? this.logs : this.previousLogs;
    this.logs = [];
    this.host.event('Normal', 'Created', `Created container ${this.name}`);
    this.host.event('Normal', 'Started', `Started container ${this.name}`);
    this.state = { running: { startedAt: timestamp(this.host.now()) } };
    this.started = true;
    this.ready = false;
    if (b.process) return this.startProcess(b.process);
    if (b.crashLoop) {
      for (const l of b.crashLoop.logs ?? []) this.log(l);
      this.cancel = this.host.after(5, () => this.exited(b.crashLoop?.exitCode ?? 1, 'Error'));
      return;
    }
    if (b.neverReady) {
      this.host.event(
        'Warning',
        'Unhealthy',
        'Readiness probe failed: HTTP probe failed with statuscode: 503',
      );
      return;
    }
    const delay = Math.max(0, b.readyAfterMs ?? 0);
    // A run-to-completion pod (Job) exits 0 after the delay; a service pod becomes ready.
    const done = (): void =>
      this.host.restartPolicy === 'Always' ? this.becomeReady() : this.exited(0, 'Completed');
    if (delay === 0 && this.host.restartPolicy === 'Always') this.becomeReady(false);
    else this.cancel = this.host.after(delay, done);
  }

  private becomeReady(notify = true): void {
    this.cancel = undefined;
    if (this.ready || !('running' in this.state)) return;
    this.ready = true;
    this.host.onReady();
    if (notify) this.host.changed();
  }

  private pullFailed(): void {
    this.pullFailures++;
    const first =
      this.behaviour.pullError === 'ErrImagePull' ? this.pullFailures % 2 === 1 : this.pullFailures % 2 === 0;
    if (first) {
      this.host.event('Normal', 'Pulling', `Pulling image "${this.image}"`);
      const msg = `failed to pull and unpack image "${this.image}": failed to resolve reference "${this.image}": not found`;
      this.host.event('Warning', 'Failed', `Failed to pull image "${this.image}": ${msg}`);
      this.host.event('Warning', 'Failed', 'Error: ErrImagePull');
      this.state = { waiting: { reason: 'ErrImagePull', message: msg } };
    } else {
      this.host.event('Normal', 'BackOff', `Back-off pulling image "${this.image}"`);
      this.host.event('Warning', 'Failed', 'Error: ImagePullBackOff');
      this.state = {
        waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${this.image}"` },
      };
    }
    this.host.changed();
    this.cancel = this.host.after(this.host.backoffMs(Math.ceil(this.pullFailures / 2)), () => this.start());
  }

  private startProcess(spec: NonNullable<ImageBehaviour['process']>): void {
    void freePort().then((port) => {
      if (this.stopped) return;
      const proc = new PodProcess(
        spec,
        this.host.env(),
        port,
        (l) => this.log(l),
        (code) => {
          if (this.process === proc && !this.stopped) this.exited(code, code === 0 ? 'Completed' : 'Error');
        },
      );
      this.process = proc;
      this.probeLoop(proc, spec.readinessPath ?? this.host.probePath ?? '/');
    });
  }

  private probeLoop(proc: PodProcess, path: string): void {
    const tick = (): void => {
      if (this.stopped || this.process !== proc || !('running' in this.state)) return;
      void httpProbe(proc.port, path).then((ok) => {
        if (this.stopped || this.process !== proc || !('running' in this.state)) return;
        if (ok !== this.ready) {
          this.ready = ok;
          if (ok) this.host.onReady();
          this.host.changed();
        }
        this.cancel = this.host.after(this.host.probeIntervalMs, tick);
      });
    };
    tick();
  }

  /** The container's process ended (or the simulated one did): terminal, or CrashLoopBackOff and a restart. */
  exited(exitCode: number, reason: string, message?: string): void {
    this.cancel?.();
    this.cancel = undefined;
    const startedAt = 'running' in this.state ? this.state.running.startedAt : undefined;
    const term: Terminated = {
      exitCode,
      reason,
      ...(message ? { message } : {}),
      ...(startedAt ? { startedAt } : {}),
      finishedAt: timestamp(this.host.now()),
      containerID: this.containerID,
    };
    this.ready = false;
    const proc = this.process;
    this.process = undefined;
    void proc?.kill(200);
    const restart =
      this.host.restartPolicy === 'Always' || (this.host.restartPolicy === 'OnFailure' && exitCode !== 0);
    if (!restart || this.stopped) {
      this.state = { terminated: term };
      this.host.changed();
      return;
    }
    this.lastState = { terminated: term };
    this.restartCount++;
    const wait = this.host.backoffMs(this.restartCount);
    this.state = {
      waiting: {
        reason: 'CrashLoopBackOff',
        message: `back-off ${Math.round(wait / 1000)}s restarting failed container=${this.name} pod=${this.host.podLabel}`,
      },
    };
    this.host.event(
      'Warning',
      'BackOff',
      `Back-off restarting failed container ${this.name} in pod ${this.host.podLabel}`,
    );
    this.host.changed();
    this.cancel = this.host.after(wait, () => {
      this.cancel = undefined;
      this.start();
      this.host.changed();
    });
  }

  /** Stops timers and the process (pod deleted or simulator stopping). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancel?.();
    this.cancel = undefined;
    const proc = this.process;
    this.process = undefined;
    await proc?.kill();
  }

  log(line: string): void {
    this.logs.push(line);
    if (this.logs.length > LOG_LIMIT) this.logs.splice(0, this.logs.length - LOG_LIMIT);
  }

  status(): Record<string, unknown> {
    const s: Record<string, unknown> = {
      name: this.name,
      image: this.image,
      imageID: this.imageID,
      ready: this.ready,
      restartCount: this.restartCount,
      started: 'running' in this.state,
      state: this.state,
      lastState: this.lastState,
    };
    if (this.containerID) s['containerID'] = this.containerID;
    return s;
  }
}

function hashOf(s: string): string {
  let h = 0;
  for (const ch of s) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return h.toString(16).padStart(8, '0').repeat(8);
}
