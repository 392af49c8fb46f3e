/**
 * A release strategy: the four verbs a run or a later job needs (k8s-deploy's deploy/promote/
 * reject, Argo's promote/abort/undo). Each verb reads the app's recorded rollout state itself, so
 * it works in a fresh job after the one that started the rollout.
 */
import type { DeployContext, StrategyResult } from '../context.ts';

export interface Strategy {
  /** Puts ctx.version in place (canary: at the first weight) and waits for it. */
  deploy(ctx: DeployContext): Promise<StrategyResult>;
  /** Makes a rollout in progress the new stable (canary → 100%); a no-op result when none is. */
  promote(ctx: DeployContext): Promise<StrategyResult>;
  /** Drops a rollout in progress, stable keeps (or gets back) all traffic; a no-op result when none is. */
  abort(ctx: DeployContext): Promise<StrategyResult>;
  /** Restores the version that was live before the last rollout. */
  rollback(ctx: DeployContext): Promise<StrategyResult>;
}
