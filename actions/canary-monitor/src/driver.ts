/**
 * The walk's hands in the cluster: weights through @shipgate/kube's setWeight (the recorded router,
 * requested vs effective), and the analysis state kept on the app's Deployment so a re-run continues.
 */
import { ExternalError, type Logger } from '@shipgate/core';
import type * as KubeModule from '@shipgate/kube';
import type { RecordedRollout, RolloutHandle } from '@shipgate/kube';
import type { AnalysisState, CanaryDriver, Step } from '@shipgate/metrics';

type Kube = typeof KubeModule;

/** Where the walk's progress is kept on the app's Deployment (JSON of AnalysisState, steps, version). */
export const ANALYSIS_ANNOTATION = 'shipgate.dev/canary-analysis';

/** Which steps a recorded state belongs to: a re-run with other steps starts afresh. */
export function stepsKey(steps: readonly Step[]): string {
  return steps.map((s) => `${s.weight}:${s.holdMs}`).join(',');
}

export function analysisDriver(
  kube: Kube,
  h: RolloutHandle,
  steps: readonly Step[],
  version: string,
): CanaryDriver {
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
      // Its own annotation beside the rollout state, so that setWeight and promote, which rewrite
      // that state, keep it.
      const record = { ...state, steps: stepsKey(steps), version };
      const body = { metadata: { annotations: { [ANALYSIS_ANNOTATION]: JSON.stringify(record) } } };
      await h.kube.call(`record the canary analysis on ${h.app}`, () =>
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
    },
  };
}

/**
 * The analysis a previous run recorded for this canary and these steps, or undefined to start at
 * the first step. A record from another canary (version) or for other steps is not continued.
 */
export function recordedAnalysis(
  annotations: Record<string, string> | undefined,
  rollout: RecordedRollout,
  steps: readonly Step[],
  log: Logger,
): AnalysisState | undefined {
  const text = annotations?.[ANALYSIS_ANNOTATION];
  if (!text) return undefined;
  let raw: AnalysisState & { steps?: string; version?: string };
  try {
    raw = JSON.parse(text) as typeof raw;
  } catch {
    log.warn(`annotation ${ANALYSIS_ANNOTATION} is not JSON; starting at the first step`);
    return undefined;
  }
  if (typeof raw.step !== 'number' || raw.version !== rollout.version) return undefined;
  if (raw.steps !== stepsKey(steps)) {
    log.warn('the recorded analysis was for other steps; starting at the first step');
    return undefined;
  }
  const { steps: _steps, version: _version, ...state } = raw;
  log.info(`continuing the recorded analysis at step ${state.step + 1} (${state.rounds} rounds so far)`);
  return state;
}
