/** Builders shared by the metrics tests: observations, a seeded random source. */
import type { ArmObservation, Observation } from './observation.ts';
import { resolveSpec, analysisSchema, type AnalysisSpecInput } from './spec.ts';

export function spec(input: AnalysisSpecInput) {
  return resolveSpec(analysisSchema.parse(input));
}

export function ratioArm(errors: number, total: number): ArmObservation {
  return {
    queries: ['errors', 'total'],
    status: 'ok',
    errors,
    total,
    value: total > 0 ? errors / total : undefined,
  };
}

export function valueArm(value: number): ArmObservation {
  return { queries: ['q'], status: 'ok', value };
}

export function obs(metric: string, canary: ArmObservation, baseline: ArmObservation, atMs = 0): Observation {
  return { metric, atMs, arms: { canary, baseline } };
}

/** mulberry32: a small seeded PRNG, so the A/A runs are the same on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
