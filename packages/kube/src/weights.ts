/**
 * Honest canary weights. Pure: no I/O, table-tested in weights.test.ts.
 *
 * Without a traffic router a Service spreads requests over its ready endpoints, so the only lever
 * is the number of pods. Azure/k8s-deploy keeps stable at N and adds canary and baseline beside it
 * (25% of N=4 gives 1/(4+2) = 16.7%); shipgate instead scales stable down as the canary scales up,
 * searching every split that keeps at least N pods (capacity) with stable at most N, and takes the
 * one whose canary share is closest to the requested weight (then the one with fewest pods). It is
 * never further from the request than k8s-deploy's split, and says when it is far from what was asked.
 */

/** How a canary step's traffic share is produced. */
export type WeightMode = 'replicas' | 'router';

/** One canary step's pod counts and the traffic share they give. */
export interface ReplicaSplit {
  /** The app's replica count N; stable + canary + baseline is at least N and stable at most N. */
  total: number;
  /** Pods of the stable version in the app's own Deployment. */
  stable: number;
  /** Pods of `<app>-canary`. */
  canary: number;
  /** Pods of `<app>-baseline` (0 without baseline). */
  baseline: number;
  /** Weight asked for, in percent. */
  requestedPercent: number;
  /** Canary share of traffic these counts give, in percent (replica ratio or router weight). */
  effectivePercent: number;
  /** Weights to program into a router (percent, sum 100); undefined when traffic follows replicas. */
  routerWeights?: { stable: number; canary: number; baseline: number };
  /** Why the weight cannot be reached at all; the step must fail. Undefined when reachable. */
  unreachable?: string;
}

/** Points of difference between requested and effective weight above which a step warns. */
export const WEIGHT_WARN_POINTS = 5;

/**
 * Relative error above which a replica-ratio weight counts as unreachable: the effective share
 * may be at most (1 + this) × the requested one. 1.0 means "more than double is not a canary step
 * any more" (5% of 3 pods would be 33%).
 */
export const MAX_RELATIVE_ERROR = 1.0;

/**
 * Pod counts for a canary step at `percent` of an app with `total` replicas.
 * `mode: 'router'` keeps stable at `total` and sizes the canary for its share of load (at least 1
 * pod); the router's weights are exact. `mode: 'replicas'` splits `total` pods as described above.
 */
export function splitReplicas(
  total: number,
  percent: number,
  opts: { baseline?: boolean; mode?: WeightMode } = {},
): ReplicaSplit {
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError(`total replicas must be a whole number ≥ 0, got ${total}`);
  if (!(percent >= 0 && percent <= 100)) throw new RangeError(`weight must be within 0..100, got ${percent}`);
  const baseline = opts.baseline === true;
  const arms = baseline ? 2 : 1;
  if (opts.mode === 'router') return routerSplit(total, percent, baseline);
  if (percent === 0) return done(total, percent, total, 0, 0);
  if (percent === 100) return done(total, percent, 0, total, 0);
  let best: { stable: number; canary: number; share: number } | undefined;
  // Search every split that keeps at least `total` pods (capacity) and never grows stable beyond
  // `total`; stable keeps ≥ 1 pod below 100%, canary (and baseline) get ≥ 1. Closest share wins,
  // then the fewest pods.
  for (let canary = 1; canary <= total; canary++) {
    for (let stable = Math.max(1, total - canary * arms); stable <= total; stable++) {
      const share = (canary / (stable + canary * arms)) * 100;
      const err = Math.abs(share - percent);
      const bestErr = best ? Math.abs(best.share - percent) : Infinity;
      const pods = stable + canary * arms;
      if (
        err < bestErr - 1e-9 ||
        (best && Math.abs(err - bestErr) <= 1e-9 && pods < best.stable + best.canary * arms)
      ) {
        best = { stable, canary, share };
      }
    }
  }
  if (!best) {
    const need = arms + 1;
    return {
      ...done(total, percent, total, 0, 0),
      unreachable:
        `${percent}% cannot be reached with ${total} replica(s) by replica ratio: a canary step needs at least ` +
        `${need} pods (stable${baseline ? ', baseline' : ''} and canary); use a traffic router or more replicas`,
    };
  }
  const split = done(total, percent, best.stable, best.canary, baseline ? best.canary : 0);
  if (split.effectivePercent > percent * (1 + MAX_RELATIVE_ERROR)) {
    const smallest = round1((1 / (total + arms)) * 100);
    split.unreachable =
      `${percent}% cannot be reached with ${total} replica(s) by replica ratio: the nearest whole-pod split gives ` +
      `${split.effectivePercent}% (the smallest canary share is ${smallest}%); use a traffic router or more replicas`;
  }
  return split;
}

function routerSplit(total: number, percent: number, baseline: boolean): ReplicaSplit {
  const canaryWeight = percent;
  const baselineWeight = baseline ? percent : 0;
  const stableWeight = 100 - canaryWeight - baselineWeight;
  const canary = percent === 0 ? 0 : Math.max(1, Math.ceil((total * percent) / 100));
  const split: ReplicaSplit = {
    total,
    stable: total,
    canary,
    baseline: baseline ? canary : 0,
    requestedPercent: percent,
    effectivePercent: percent,
    routerWeights: { stable: Math.max(0, stableWeight), canary: canaryWeight, baseline: baselineWeight },
  };
  if (stableWeight < 0)
    split.unreachable = `${percent}% with a baseline of the same weight leaves stable below 0%`;
  return split;
}

function done(
  total: number,
  percent: number,
  stable: number,
  canary: number,
  baseline: number,
): ReplicaSplit {
  return {
    total,
    stable,
    canary,
    baseline,
    requestedPercent: percent,
    effectivePercent: effectiveWeight({ stable, canary, baseline }),
  };
}

/** Canary share in percent (one decimal) of ready pods or router weights; 0 when nothing is ready. */
export function effectiveWeight(counts: { stable: number; canary: number; baseline?: number }): number {
  const sum = counts.stable + counts.canary + (counts.baseline ?? 0);
  return sum === 0 ? 0 : round1((counts.canary / sum) * 100);
}

/** True when requested and effective differ by more than WEIGHT_WARN_POINTS. */
export function weightDiffers(requested: number, effective: number): boolean {
  return Math.abs(requested - effective) > WEIGHT_WARN_POINTS;
}

/**
 * What Azure/k8s-deploy's pod split gives for the same request (podCanaryHelper.ts): canary =
 * baseline = max(1, round(N × pct / 100)) beside an unchanged stable. For comparison tables only.
 */
export function k8sDeploySplit(total: number, percent: number, baseline: boolean): number {
  const c = Math.max(1, Math.round((total * percent) / 100));
  return round1((c / (total + c * (baseline ? 2 : 1))) * 100);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
