/**
 * The rollout as recorded in the cluster: what a later job that knows only `app` and `namespace`
 * (canary-monitor, rollback, `mode: promote | abort`) acts on. The record is the source of truth for
 * strategy, router, the arms' names and the versions; inputs that contradict it are refused with
 * both values named, before anything is changed.
 */
import { InputError } from '@shipgate/core';
import type { KubeClient } from './client.ts';
import { decodeState, type RolloutState, type RouterName, type StrategyName } from './state.ts';

/** The names of everything one app's rollouts use (derived from the app's name alone). */
export interface ArmNames {
  /** The app's own Deployment (rolling, canary stable) and Service. */
  app: string;
  canary: string;
  baseline: string;
  preview: string;
  blue: string;
  green: string;
  lease: string;
}

export function armNames(app: string): ArmNames {
  return {
    app,
    canary: `${app}-canary`,
    baseline: `${app}-baseline`,
    preview: `${app}-preview`,
    blue: `${app}-blue`,
    green: `${app}-green`,
    lease: `${app}-shipgate-lock`,
  };
}

export interface RecordedRollout {
  namespace: string;
  app: string;
  /** The object whose annotations hold the state: Deployment `<app>` or (blue-green) Service `<app>`. */
  anchor: { kind: 'Deployment' | 'Service'; name: string };
  state: RolloutState;
  strategy: StrategyName;
  /** The traffic router of a canary (`replicas` when none was recorded). */
  router: RouterName;
  phase: RolloutState['phase'];
  version: string;
  previousVersion: string | undefined;
  names: ArmNames;
  /** A canary or an unswitched blue-green/rolling rollout that promote or abort can act on. */
  inProgress: boolean;
  /**
   * Set when the record says a canary is in progress but `<app>-canary` does not exist (a run was
   * killed between writing the state and creating it): the message says what happened and the way out.
   */
  orphaned: string | undefined;
}

/** The recorded rollout of `app`, or undefined when shipgate never deployed it. */
export async function readRollout(
  kube: KubeClient,
  namespace: string,
  app: string,
): Promise<RecordedRollout | undefined> {
  const names = armNames(app);
  const dep = await kube.find(`read deployment ${app}`, () =>
    kube.apps.readNamespacedDeployment({ name: app, namespace }),
  );
  let state = decodeState(dep?.metadata?.annotations);
  let anchor: RecordedRollout['anchor'] = { kind: 'Deployment', name: app };
  if (!state) {
    const svc = await kube.find(`read service ${app}`, () =>
      kube.core.readNamespacedService({ name: app, namespace }),
    );
    state = decodeState(svc?.metadata?.annotations);
    anchor = { kind: 'Service', name: app };
  }
  if (!state) return undefined;
  const canaryRecorded = state.strategy === 'canary' && !!state.canary;
  const active = state.phase === 'progressing' || state.phase === 'paused';
  let orphaned: string | undefined;
  if (canaryRecorded && active) {
    const canary = await kube.find(`read deployment ${names.canary}`, () =>
      kube.apps.readNamespacedDeployment({ name: names.canary, namespace }),
    );
    if (!canary)
      orphaned = `the rollout state on ${anchor.kind}/${app} says canary ${state.version} is ${state.phase}, but deployment ${names.canary} does not exist (a run was stopped before it created it, or it was deleted); run mode: abort to clear the record and give stable all traffic`;
  }
  return {
    namespace,
    app,
    anchor,
    state,
    strategy: state.strategy,
    router: state.router ?? 'replicas',
    phase: state.phase,
    version: state.version,
    previousVersion: state.previousVersion,
    names,
    inProgress: active && (state.strategy !== 'canary' || canaryRecorded),
    orphaned,
  };
}

/** The inputs a verb on a recorded rollout may be given; each must agree with the record. */
export interface VerbInputs {
  strategy?: StrategyName | undefined;
  router?: RouterName | undefined;
  version?: string | undefined;
}

/**
 * Refuses inputs that contradict the recorded rollout (InputError naming the input, its value and
 * the recorded one). Absent inputs are filled from the record.
 */
export function checkAgainstRecord(rollout: RecordedRollout, given: VerbInputs, verb: string): void {
  const where = `${rollout.anchor.kind}/${rollout.app}`;
  const refuse = (input: string, value: string, recorded: string) => {
    throw new InputError(
      input,
      value,
      `${recorded}, the value recorded on ${where} for the ${rollout.strategy} rollout of ${rollout.version} (${rollout.phase}); ${verb} acts on the recorded rollout — leave ${input} out or set it to ${recorded}`,
    );
  };
  if (given.strategy !== undefined && given.strategy !== rollout.strategy)
    refuse('strategy', given.strategy, rollout.strategy);
  if (rollout.strategy === 'canary' && given.router !== undefined && given.router !== rollout.router)
    refuse('traffic-router', given.router, rollout.router);
  if (given.version !== undefined && given.version !== '' && given.version !== rollout.version)
    refuse('version', given.version, rollout.version);
}
