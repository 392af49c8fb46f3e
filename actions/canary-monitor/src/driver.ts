/**
 * The walk's hands in the cluster: weights through @shipgate/kube's setWeight (the recorded router,
 * requested vs effective), and the analysis state kept in the rollout's recorded state
 * (RolloutState.analysis, via recordAnalysis) so a re-run continues.
 */
import { ExternalError, type Logger } from '@shipgate/core';
import type * as KubeModule from '@shipgate/kube';
import type { RecordedRollout, RolloutHandle } from '@shipgate/kube';
import type { AnalysisState, CanaryDriver, Step } from '@shipgate/metrics';

type Kube = typeof KubeModule;

/**
 * Where an earlier canary-monitor kept its progress, before it moved into RolloutState.analysis.
 * Never resumed from: it outlived its canary (promote and abort left it), so a record of the same
 * version and steps cannot be told from an aborted earlier canary. Removed on the first save.
 */
export const LEGACY_ANNOTATION = 'shipgate.dev/canary-analysis';

/** Which steps a recorded state belongs to: a re-run with other steps starts afresh. */
export function stepsKey(steps: readonly Step[]): string {
  return steps.map((s) => `${s.weight}:${s.holdMs}`).join(',');
}

export interface DriverOptions {
  steps: readonly Step[];
  /** The canary's version, recorded with the analysis. */
  version: string;
  /** The app's Deployment still carries LEGACY_ANNOTATION: removed with the first save. */
  legacy: boolean;
  /** The canary's GitHub deployment, recorded in the rollout state so promote/abort in a later job continue it. */
  githubDeployment: number | undefined;
}

export function analysisDriver(kube: Kube, h: RolloutHandle, o: DriverOptions): CanaryDriver {
  let legacy = o.legacy;
  return {
    async setWeight(weight) {
      const r = await kube.setWeight(h, weight);
      if (r.status !== 'succeeded')
        throw new ExternalError('Kubernetes API', `set the canary weight to ${weight}%`, {
          detail: r.message,
        });
      return { requested: weight, effective: r.effectiveWeight ?? weight };
    },
    async save(state) {
      // One source of truth: the rollout state, which setWeight and promote keep as it is.
      const record = { ...state, steps: stepsKey(o.steps), version: o.version };
      if (!(await kube.recordAnalysis(h, record, undefined, o.githubDeployment)))
        throw new ExternalError('Kubernetes API', `record the canary analysis of ${h.app}`, {
          detail: 'the canary is no longer recorded (promoted or aborted by another run?)',
        });
      if (legacy) {
        legacy = false;
        await removeLegacyAnnotation(kube, h);
      }
    },
  };
}

async function removeLegacyAnnotation(kube: Kube, h: RolloutHandle): Promise<void> {
  const body = { metadata: { annotations: { [LEGACY_ANNOTATION]: null } } };
  await h.kube.call(`remove the old ${LEGACY_ANNOTATION} annotation from ${h.app}`, () =>
    h.kube.apps.patchNamespacedDeployment(
      {
        name: h.app,
        namespace: h.namespace,
        body,
        fieldManager: kube.FIELD_MANAGER,
        ...(h.dryRun ? { dryRun: 'All' } : {}),
      },
      kube.patchOptions(kube.PatchStrategy.MergePatch),
    ),
  );
}

/**
 * The analysis a previous run recorded in the rollout state for this canary and these steps, or
 * undefined to start at the first step. A record for other steps is not continued.
 */
export function recordedAnalysis(
  rollout: RecordedRollout,
  steps: readonly Step[],
  log: Logger,
): AnalysisState | undefined {
  const raw = rollout.state.analysis as
    (Partial<AnalysisState> & { steps?: string; version?: string; deployment?: number }) | undefined;
  if (!raw) return undefined;
  if (
    typeof raw.step !== 'number' ||
    typeof raw.stepStartedAtMs !== 'number' ||
    raw.version !== rollout.version
  ) {
    log.warn('the recorded analysis is not one this canary-monitor can continue; starting at the first step');
    return undefined;
  }
  if (raw.steps !== stepsKey(steps)) {
    log.warn('the recorded analysis was for other steps; starting at the first step');
    return undefined;
  }
  const { steps: _steps, version: _version, deployment: _deployment, ...state } = raw;
  log.info(`continuing the recorded analysis at step ${raw.step + 1} (${raw.rounds ?? 0} rounds so far)`);
  return state as AnalysisState;
}

/**
 * The GitHub deployment this canary reports to, as recorded in the rollout state (by its deploy or
 * an earlier canary-monitor); records written before it moved there kept it in the analysis.
 */
export function recordedDeploymentId(rollout: RecordedRollout, resumed: boolean): number | undefined {
  const fromAnalysis = rollout.state.analysis?.deployment;
  return (
    rollout.state.githubDeployment ?? (resumed && typeof fromAnalysis === 'number' ? fromAnalysis : undefined)
  );
}
