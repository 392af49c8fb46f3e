/**
 * The documented state of a run: what it acts on (RunScope), what it deploys (DeploySpec) and what
 * it learns on the way (DeployContext); strategies read it and append to `timeline` and `changes`.
 */
import type { Clock, Logger } from '@shipgate/core';
import type { PlainObject } from './backup.ts';
import type { KubeClient } from './client.ts';
import type { ImageSpec } from './images.ts';
import type { PodProblem } from './pods.ts';
import type { RolloutSample } from './rollout-wait.ts';
import type { TrafficRouter } from './routers/index.ts';
import type { RolloutState, RouterName } from './state.ts';

/**
 * Where a run acts and what drives it. DeployOptions (runDeploy's input), DeployContext (the run)
 * and RolloutHandle (a later job's verbs) all extend it instead of repeating it.
 */
export interface RunScope {
  /** Client for the target cluster (retries and error mapping built in). */
  kube: KubeClient;
  /** Namespace of the app; every object shipgate reads or writes lives here. */
  namespace: string;
  /** The app's name: its Deployment (rolling/canary) or Service (blue-green) carries this name. */
  app: string;
  /** Every write is sent with dryRun=All; nothing changes in the cluster. */
  dryRun: boolean;
  /** Aborted on SIGINT/SIGTERM (in a DeployContext also when the Lease is lost): waits stop. */
  signal: AbortSignal;
  clock: Clock;
  log: Logger;
  /** Link to this run, recorded in the rollout state and the ledger. */
  runUrl?: string | undefined;
}

/** What a deploy puts in place and how: the parsed inputs runDeploy is given and the strategies read. */
export interface DeploySpec {
  /** Version being deployed, without a leading v. */
  version: string;
  /** Images to set, as given (resolved against the live containers by each strategy). */
  images: ImageSpec[];
  /** Manifests with the images already substituted; empty when none were given. */
  manifests: PlainObject[];
  /** Canary: the first step's weight in percent. */
  canaryWeight: number;
  /** Canary: also run `<app>-baseline` (stable version, canary's size). */
  baseline: boolean;
  /** Restore the previous version by itself when the rollout fails. */
  autoRollback: boolean;
  /** Blue-green: how long the old colour stays scaled after the switch (ms). */
  scaleDownDelayMs: number;
  /** Blue-green: URL that reaches the preview Service, checked before the switch; undefined skips the gate. */
  previewUrl?: string | undefined;
  /** Server-side apply takes fields other managers own (the force-conflicts input); default false. */
  forceConflicts?: boolean;
}

/** The state of one run, built once by runDeploy (or contextFor) and shared by the strategies. */
export interface DeployContext extends RunScope, DeploySpec {
  /** Canary: the router's name and implementation (from the record for promote/abort). */
  routerName: RouterName;
  router: TrafficRouter;
  /** Absolute clock time by which the rollout must be done (Lease taken + the timeout input). */
  deadlineMs: number;
  /**
   * Re-checks that this run still holds the app's Lease; throws LeaseLostError otherwise. Called
   * before every change to the cluster (switch, scale, delete, write), cleanup after cancellation included.
   */
  guard(step: string): Promise<void>;
  /** The GitHub deployment this run reports to (recorded in the state, so a later job continues it). */
  githubDeployment?: number | undefined;
  /** The rollout state read from the cluster before this run; undefined on a first deploy. */
  previousState: RolloutState | undefined;
  /** Replica counts observed while waiting, in order (the summary's timeline). */
  timeline: RolloutSample[];
  /** Pod problems seen during the run (the summary's "pods' problems"). */
  problems: PodProblem[];
  /** Changes a dry run would make (kind/name: what), for the summary's diff. */
  changes: Change[];
}

/** One change a run made or (dry run) would make. */
export interface Change {
  object: string;
  action: 'create' | 'update' | 'scale' | 'delete' | 'switch';
  detail: string;
}

/** What a strategy verb reports back to runDeploy. */
export interface StrategyResult {
  status: 'succeeded' | 'rolled-back' | 'failed' | 'unchanged';
  /** One sentence for the log and summary. */
  message: string;
  /** Deployment revision live afterwards (rolling/canary stable), if known. */
  revision?: string;
  /** Canary: requested and effective weight after the step. */
  requestedWeight?: number;
  effectiveWeight?: number;
  /** Version that was live before this run. */
  previousVersion?: string;
  /** Images (container → ref) of the version this result is about, for the ledger. */
  images?: Record<string, string>;
  /** Ledger outcome word (defaults to status). */
  outcome?: string;
  /** Blue-green: the old colour to scale down once the window ends (after the Lease is released). */
  scaleDown?: { colour: 'blue' | 'green'; atMs: number };
}
