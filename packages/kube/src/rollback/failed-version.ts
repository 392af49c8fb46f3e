/**
 * failed-version: the release pipeline's rollback after a failed production job. Its job is "the
 * failed version serves nothing, the target serves everything, verified". Pure: decides from the
 * live app whether that needs a rollback, only a clean-up of what the failed version left running,
 * or nothing at all (an aborted canary already put all traffic back on stable).
 */
import type { LiveApp } from './live.ts';

export type FailedVersionCheck =
  /** The failed version is the running one: an ordinary rollback to the target. */
  | { kind: 'rollback' }
  /** Traffic is already on the target; `leftovers` are what the failed version still runs. */
  | { kind: 'already-back'; failedVersion: string; why: string; leftovers: string[] }
  | { kind: 'refused'; reason: string };

/** Pure: how a rollback from `failed` to `target` relates to what the cluster runs now. */
export function checkFailedVersion(live: LiveApp, failed: string, target: string): FailedVersionCheck {
  if (live.version === failed) return { kind: 'rollback' };
  if (live.version !== target)
    return {
      kind: 'refused',
      reason: `${live.version ?? 'an unknown version'} is running, neither the target ${target} nor the failed version ${failed}: something else changed production since ${failed} was tried; look, then roll back by hand (rollback.yml) if needed`,
    };
  return {
    kind: 'already-back',
    failedVersion: failed,
    why: `traffic was already back on ${target}: ${whyBack(live, failed)}`,
    leftovers: leftovers(live, failed),
  };
}

/** What of `failed` still runs beside the target: canary arms, a scaled colour, ReplicaSet pods. */
export function leftovers(live: LiveApp, failed: string): string[] {
  const arms = live.arms.map((name) => `Deployment ${name} (${live.strategy} arm)`);
  const pods = live.history
    .filter((r) => r.version === failed && (r.replicas ?? 0) > 0)
    .map((r) => `${r.source} with ${r.replicas} pod(s) of ${failed}`);
  return [...arms, ...pods];
}

function whyBack(live: LiveApp, failed: string): string {
  const s = live.state;
  const what =
    live.strategy === 'canary'
      ? `canary ${failed}`
      : `the ${live.strategy === 'blue-green' ? 'blue-green ' : ''}rollout of ${failed}`;
  if (s?.previousVersion === failed && s.phase === 'aborted') return `${what} was aborted`;
  if (s?.previousVersion === failed && s.phase === 'rolled-back') return `${what} was rolled back`;
  // Blue-green stopped before the switch records the live version on both sides.
  if (live.strategy === 'blue-green' && s && ['aborted', 'failed', 'rolled-back'].includes(s.phase))
    return `${what} stopped before the switch (${s.phase})`;
  return `${failed} serves no traffic`;
}
