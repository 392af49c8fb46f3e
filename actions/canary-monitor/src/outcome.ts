/**
 * What the run does with the walk's verdict: promote or abort through @shipgate/kube's verbs on
 * the recorded state (or only report, per on-success / on-failure), and the release ledger.
 * A dry run goes through the same verbs with dryRun: the cluster answers, nothing changes.
 */
import { errorMessage } from '@shipgate/core';
import type * as KubeModule from '@shipgate/kube';
import type { RecordedRollout, RolloutHandle } from '@shipgate/kube';
import type { WalkResult } from '@shipgate/metrics';
import type { CanaryInputs } from './definition.ts';

type Kube = typeof KubeModule;

export interface FinalState {
  verdict: 'promoted' | 'aborted' | 'passed' | 'failed' | 'inconclusive' | 'in-progress';
  weight: number;
  message: string;
}

const DRY = 'dry run, nothing was changed: would';

export async function act(
  kube: Kube,
  h: RolloutHandle,
  inputs: CanaryInputs,
  rollout: RecordedRollout,
  walk: WalkResult,
): Promise<FinalState> {
  const weight = walk.weights.at(-1)?.requested ?? rollout.state.requestedWeight ?? 0;
  if (walk.verdict === 'in-progress') return { verdict: 'in-progress', weight, message: walk.reason };
  if (walk.verdict === 'passed') {
    if (inputs['on-success'] !== 'promote')
      return { verdict: 'passed', weight, message: `canary ${rollout.version} passed: ${walk.reason}` };
    const r = await kube.promoteRollout(h);
    if (r.status !== 'succeeded')
      return {
        verdict: 'failed',
        weight,
        message: `canary ${rollout.version} passed, but promoting it failed: ${r.message}`,
      };
    await ledger(kube, h, inputs, rollout.version, 'promoted', r.images);
    if (h.dryRun)
      return { verdict: 'passed', weight, message: `${DRY} promote — ${r.message} (${walk.reason})` };
    return { verdict: 'promoted', weight: 100, message: `${r.message} (${walk.reason})` };
  }
  const why = `${walk.verdict}: ${walk.reason}`;
  if (inputs['on-failure'] !== 'abort')
    return {
      verdict: walk.verdict,
      weight,
      message: `canary ${rollout.version} ${why}; left in place at ${weight}% (on-failure: none)`,
    };
  const done = await abortCanary(kube, h, inputs, why);
  if (h.dryRun)
    return {
      verdict: walk.verdict,
      weight,
      message: `canary ${rollout.version} ${why}; ${DRY} abort — ${done}`,
    };
  return { verdict: 'aborted', weight: 0, message: `canary ${rollout.version} ${why}; ${done}` };
}

export async function abortCanary(
  kube: Kube,
  h: RolloutHandle,
  inputs: CanaryInputs,
  why: string,
): Promise<string> {
  // The ledger line names the canary that was aborted: read it before the abort, which swaps the
  // record back to stable's version.
  const before = await kube.readRollout(h.kube, h.namespace, h.app).catch(() => undefined);
  const r = await kube.abortRollout(h);
  await ledger(kube, h, inputs, before?.version ?? '', 'aborted', undefined, why);
  return r.message;
}

async function ledger(
  kube: Kube,
  h: RolloutHandle,
  inputs: CanaryInputs,
  version: string,
  outcome: string,
  images: Record<string, string> | undefined,
  reason?: string,
): Promise<void> {
  try {
    await kube.recordRelease(
      h.kube,
      h.namespace,
      h.app,
      {
        version,
        images: images ?? {},
        strategy: 'canary',
        time: new Date(h.clock.now()).toISOString(),
        runUrl: h.runUrl,
        outcome,
        environment: inputs.environment,
        ...(reason ? { reason } : {}),
      },
      h.dryRun,
    );
  } catch (error) {
    h.log.warn(`release ledger not written: ${errorMessage(error)}`);
  }
}
