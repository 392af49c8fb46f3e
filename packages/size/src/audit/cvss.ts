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

/** CVSS v3.1 Roundup: the smallest number with one decimal that is ≥ the input, robust to float error. */
export function roundUp(value: number): number {
  const int = Math.round(value * 100_000);
  return int % 10_000 === 0 ? int / 100_000 : (Math.floor(int / 10_000) + 1) / 10;
}

/** The base score of a `CVSS:3.x/AV:…/AC:…/PR:…/UI:…/S:…/C:…/I:…/A:…` vector, or undefined if it is not one. */
export function cvss3BaseScore(vector: string): number | undefined {
  const parts = vector.trim().split('/');
  if (!/^CVSS:3\.[01]$/.test(parts[0] ?? '')) return undefined;
  const m = new Map<string, string>();
  for (const p of parts.slice(1)) {
    const [k, v] = p.split(':');
    if (k && v) m.set(k, v);
  }
  const scope = m.get('S');
  const av = AV[m.get('AV') ?? ''];
  const ac = AC[m.get('AC') ?? ''];
  const ui = UI[m.get('UI') ?? ''];
  const [c, i, a] = ['C', 'I', 'A'].map((k) => CIA[m.get(k) ?? '']);
  const prKey = m.get('PR');
  const pr =
    prKey === 'N'
      ? 0.85
      : prKey === 'L'
        ? scope === 'C'
          ? 0.68
          : 0.62
        : prKey === 'H'
          ? scope === 'C'
            ? 0.5
            : 0.27
          : undefined;
  if (
    (scope !== 'U' && scope !== 'C') ||
    av === undefined ||
    ac === undefined ||
    ui === undefined ||
    pr === undefined ||
    c === undefined ||
    i === undefined ||
    a === undefined
  ) {
    return undefined;
  }
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
