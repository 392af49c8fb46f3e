/**
 * What one round measured, per metric and arm: the resolved queries, what Prometheus answered and
 * the value read from it. Kept whole in the report, so a verdict can be re-judged offline.
 */
import type { Reading } from './prometheus.ts';

export type Arm = 'canary' | 'baseline';
export const ARMS: readonly Arm[] = ['canary', 'baseline'];

export type ArmStatus = 'ok' | 'no-data' | 'nan' | 'ambiguous' | 'partial' | 'error' | 'bad-query';

export interface ArmObservation {
  /** The queries as sent (placeholders resolved). */
  queries: string[];
  status: ArmStatus;
  /** Value metric: the value; ratio metric: errors / total. */
  value?: number;
  /** Ratio metric: the raw counts in the window. */
  errors?: number;
  total?: number;
  /** Why the status is not ok, in Prometheus's words where it gave some. */
  message?: string;
  warnings?: string[];
}

export interface Observation {
  metric: string;
  atMs: number;
  arms: Record<Arm, ArmObservation>;
}

/** The status of one reading, and its value when there is one. */
export function fromReading(reading: Reading): {
  status: ArmStatus;
  value?: number;
  message?: string;
  warnings?: string[];
} {
  switch (reading.kind) {
    case 'value': {
      const warnings = reading.warnings.length ? reading.warnings : undefined;
      if (Number.isNaN(reading.value)) return { status: 'nan', message: 'the query returned NaN', warnings };
      if (warnings)
        return {
          status: 'partial',
          value: reading.value,
          message: `Prometheus warned: ${warnings.join('; ')}`,
          warnings,
        };
      return { status: 'ok', value: reading.value };
    }
    case 'no-data':
      return {
        status: 'no-data',
        message: 'no data (empty result)',
        warnings: reading.warnings.length ? reading.warnings : undefined,
      };
    case 'ambiguous':
      return {
        status: 'ambiguous',
        message: `${reading.series.length} series where one was expected (aggregate with sum/max): ${reading.series
          .slice(0, 3)
          .map((s) => JSON.stringify(s))
          .join(', ')}`,
      };
    case 'error':
      return { status: 'error', message: reading.message };
    case 'bad-query':
      return { status: 'bad-query', message: reading.message };
  }
}

/** Combines the two readings of a ratio metric; a missing total means no traffic, 0 errors are fine. */
export function ratioObservation(queries: string[], errors: Reading, total: Reading): ArmObservation {
  const t = fromReading(total);
  const e = errors.kind === 'no-data' ? { status: 'ok' as const, value: 0 } : fromReading(errors);
  for (const part of [t, e])
    if (part.status !== 'ok' && part.status !== 'partial') return { queries, ...part };
  const totalValue = t.value!;
  const errorsValue = e.value!;
  const warnings = [...(t.warnings ?? []), ...(e.warnings ?? [])];
  return {
    queries,
    status: warnings.length ? 'partial' : 'ok',
    errors: errorsValue,
    total: totalValue,
    value: totalValue > 0 ? errorsValue / totalValue : undefined,
    ...(warnings.length ? { warnings, message: `Prometheus warned: ${warnings.join('; ')}` } : {}),
  };
}
