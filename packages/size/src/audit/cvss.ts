/**
 * CVSS v3.0/v3.1 base score from a vector string (FIRST CVSS v3.1 specification, section 7.1 and
 * Appendix A for Roundup), and the qualitative severity scale. Used where a report carries only a
 * vector (cargo-audit, osv-scanner) so the audit level can still be applied.
 */
import type { Severity } from '../model.ts';

const AV: Record<string, number> = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 };
const AC: Record<string, number> = { L: 0.77, H: 0.44 };
const UI: Record<string, number> = { N: 0.85, R: 0.62 };
const CIA: Record<string, number> = { H: 0.56, L: 0.22, N: 0 };

/** Every metric of a v3.x vector and its allowed values (specification §6, Table 15). */
const METRICS: Record<string, readonly string[]> = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'R'],
  S: ['U', 'C'],
  C: ['H', 'L', 'N'],
  I: ['H', 'L', 'N'],
  A: ['H', 'L', 'N'],
  E: ['X', 'H', 'F', 'P', 'U'],
  RL: ['X', 'U', 'W', 'T', 'O'],
  RC: ['X', 'C', 'R', 'U'],
  CR: ['X', 'H', 'M', 'L'],
  IR: ['X', 'H', 'M', 'L'],
  AR: ['X', 'H', 'M', 'L'],
  MAV: ['X', 'N', 'A', 'L', 'P'],
  MAC: ['X', 'L', 'H'],
  MPR: ['X', 'N', 'L', 'H'],
  MUI: ['X', 'N', 'R'],
  MS: ['X', 'U', 'C'],
  MC: ['X', 'N', 'L', 'H'],
  MI: ['X', 'N', 'L', 'H'],
  MA: ['X', 'N', 'L', 'H'],
};
const BASE = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'];

/** CVSS v3.1 Roundup: the smallest number with one decimal that is ≥ the input, robust to float error. */
export function roundUp(value: number): number {
  const int = Math.round(value * 100_000);
  return int % 10_000 === 0 ? int / 100_000 : (Math.floor(int / 10_000) + 1) / 10;
}

/**
 * The metrics of a `CVSS:3.0/…` or `CVSS:3.1/…` vector, or why the specification refuses it: every
 * part is `Metric:Value` with a known metric and value, no metric twice (`AV:P/AV:L` is not "the
 * last one wins"), all eight base metrics present. Temporal and environmental metrics are allowed
 * (they do not change the base score); the order is free, as FIRST's and Red Hat's parsers read it.
 */
export function parseCvss3(vector: string): { metrics: Map<string, string> } | { error: string } {
  const parts = vector.trim().split('/');
  if (!/^CVSS:3\.[01]$/.test(parts[0] ?? '')) return { error: 'not a CVSS:3.0 or CVSS:3.1 vector' };
  const metrics = new Map<string, string>();
  for (const part of parts.slice(1)) {
    const m = /^([A-Z]+):([A-Z])$/.exec(part);
    if (!m) return { error: `malformed part "${part}" (expected Metric:Value)` };
    const [, key, value] = m as unknown as [string, string, string];
    const allowed = METRICS[key];
    if (!allowed) return { error: `unknown metric "${key}"` };
    if (!allowed.includes(value)) return { error: `${key}:${value} is not a value of ${key}` };
    if (metrics.has(key)) return { error: `metric ${key} given twice` };
    metrics.set(key, value);
  }
  const missing = BASE.filter((k) => !metrics.has(k));
  if (missing.length) return { error: `base metric(s) ${missing.join(', ')} missing` };
  return { metrics };
}

/** The base score of a valid `CVSS:3.x/AV:…/AC:…/PR:…/UI:…/S:…/C:…/I:…/A:…` vector, or undefined. */
export function cvss3BaseScore(vector: string): number | undefined {
  const parsed = parseCvss3(vector);
  if ('error' in parsed) return undefined;
  const m = parsed.metrics;
  const scope = m.get('S')!;
  const av = AV[m.get('AV')!]!;
  const ac = AC[m.get('AC')!]!;
  const ui = UI[m.get('UI')!]!;
  const [c, i, a] = ['C', 'I', 'A'].map((k) => CIA[m.get(k)!]!) as [number, number, number];
  const pr = { N: 0.85, L: scope === 'C' ? 0.68 : 0.62, H: scope === 'C' ? 0.5 : 0.27 }[m.get('PR') as 'N'];
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15;
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impact <= 0) return 0;
  return scope === 'U'
    ? roundUp(Math.min(impact + exploitability, 10))
    : roundUp(Math.min(1.08 * (impact + exploitability), 10));
}

/** The CVSS qualitative rating mapped onto audit levels (None 0.0 counts as low). */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'moderate';
  return 'low';
}

/** Normalises a report's severity word: info→low, medium→moderate; undefined when it is not one. */
export function normalizeSeverity(word: unknown): Severity | undefined {
  if (typeof word !== 'string') return undefined;
  const w = word.trim().toLowerCase();
  if (w === 'info' || w === 'low' || w === 'none') return 'low';
  if (w === 'moderate' || w === 'medium') return 'moderate';
  if (w === 'high') return 'high';
  if (w === 'critical') return 'critical';
  return undefined;
}
