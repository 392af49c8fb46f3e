/** One round of measurements: every metric's queries for both arms, sent to Prometheus at one time. */
import type { Observation, Arm } from './observation.ts';
import { ARMS, fromReading, ratioObservation } from './observation.ts';
import type { Prometheus } from './prometheus.ts';
import type { Metric } from './spec.ts';
import { renderQuery, type QueryVars } from './templates.ts';

/** Placeholder values per arm ({{track}} and {{version}} differ). */
export type ArmVars = Record<Arm, QueryVars>;

/** The resolved queries of a metric for one arm. */
export function resolvedQueries(metric: Metric, vars: QueryVars): string[] {
  const texts = metric.kind === 'value' ? [metric.query!] : [metric.errors!, metric.total!];
  return texts.map((t) => renderQuery(t, vars));
}

export async function measureRound(
  prometheus: Prometheus,
  metrics: readonly Metric[],
  vars: ArmVars,
  atMs: number,
): Promise<Observation[]> {
  return Promise.all(
    metrics.map(async (metric) => {
      const arms = await Promise.all(
        ARMS.map(async (arm) => {
          const queries = resolvedQueries(metric, vars[arm]);
          const readings = await Promise.all(queries.map((q) => prometheus.instant(q, atMs)));
          if (metric.kind === 'value') return { queries, ...fromReading(readings[0]!) };
          return ratioObservation(queries, readings[0]!, readings[1]!);
        }),
      );
      return { metric: metric.name, atMs, arms: { canary: arms[0]!, baseline: arms[1]! } };
    }),
  );
}

/** Every distinct resolved query, for the check before the first weight change. */
export function allQueries(metrics: readonly Metric[], vars: ArmVars): { metric: string; query: string }[] {
  const seen = new Set<string>();
  const out: { metric: string; query: string }[] = [];
  for (const metric of metrics)
    for (const arm of ARMS)
      for (const query of resolvedQueries(metric, vars[arm]))
        if (!seen.has(query)) {
          seen.add(query);
          out.push({ metric: metric.name, query });
        }
  return out;
}
