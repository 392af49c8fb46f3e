/** What a rollback run reports: status, from → to, the six phases with their times, and what it found. */
import type { Change } from '../context.ts';
import type { StrategyName } from '../state.ts';
import type { ConfigPlan } from './config-drift.ts';
import type { ConfigRestart } from './restart.ts';
import type { VerifyOutcome } from './verify.ts';

export type RollbackStatus = 'rolled-back' | 'rollback-failed' | 'verification-failed' | 'refused';

/** The seeds' six phases, in order. */
export const PHASE_NAMES = [
  'validation',
  'backup',
  'database',
  'application',
  'verification',
  'notification',
] as const;
export type PhaseName = (typeof PHASE_NAMES)[number];

export interface PhaseRecord {
  name: PhaseName;
  status: 'ok' | 'failed' | 'skipped' | 'dry-run';
  startMs: number;
  endMs: number;
  detail: string;
}

export interface RollbackReport {
  status: RollbackStatus;
  /** One sentence for the log, the summary and the incident. */
  message: string;
  app: string;
  namespace: string;
  strategy?: StrategyName;
  fromVersion?: string;
  toVersion?: string;
  reason: string;
  actor?: string;
  runUrl?: string;
  /** Refusals: the versions the app can be rolled back to. */
  validTargets: string[];
  backupPath?: string;
  /** The GitHub deployment of a rollout the rollback cut short (a canary in progress): it is closed as failed. */
  interruptedDeployment?: number;
  /** failed-version: traffic was already on the target, so the application phase changed nothing (why). */
  noChange?: string;
  phases: PhaseRecord[];
  config?: ConfigPlan;
  /** Deployments restarted so their pods read the restored config (their pod template was unchanged). */
  restarts?: ConfigRestart[];
  verification?: VerifyOutcome['results'];
  changes: Change[];
  warnings: string[];
  dryRun: boolean;
  startedAtMs: number;
  durationMs: number;
  incidentUrl?: string;
}

/** Records phases as they run: `run` times one, marks it failed when it throws, and rethrows. */
export class PhaseClock {
  readonly phases: PhaseRecord[] = [];
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  async run<T>(
    name: PhaseName,
    fn: () => Promise<{ value: T; status?: PhaseRecord['status']; detail: string }>,
  ): Promise<T> {
    const startMs = this.now();
    try {
      const r = await fn();
      this.phases.push({ name, status: r.status ?? 'ok', startMs, endMs: this.now(), detail: r.detail });
      return r.value;
    } catch (error) {
      this.phases.push({
        name,
        status: 'failed',
        startMs,
        endMs: this.now(),
        detail: (error as Error).message,
      });
      throw error;
    }
  }

  skip(name: PhaseName, detail: string): void {
    const at = this.now();
    this.phases.push({ name, status: 'skipped', startMs: at, endMs: at, detail });
  }

  /** The six phases as recorded so far, the others shown as skipped with `why` (nothing is added). */
  view(why: string): PhaseRecord[] {
    const at = this.now();
    return PHASE_NAMES.map(
      (name) =>
        this.phases.find((p) => p.name === name) ?? {
          name,
          status: 'skipped',
          startMs: at,
          endMs: at,
          detail: why,
        },
    );
  }

  /** Every phase not recorded yet is added as skipped (a refusal or failure stopped the run before it). */
  complete(why: string): PhaseRecord[] {
    for (const name of PHASE_NAMES) if (!this.phases.some((p) => p.name === name)) this.skip(name, why);
    return PHASE_NAMES.map((n) => this.phases.find((p) => p.name === n)!);
  }
}
