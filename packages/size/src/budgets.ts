/**
 * Judges measured budgets against their limits and a baseline report. Pure: no I/O, no clock.
 *
 * Per budget and per listed compression: the absolute limit (`max`) and the relative one
 * (`max-increase` over the baseline's size of the same budget) are checked. With both, `when: any`
 * breaches when either is exceeded, `when: all` only when both are; a limit that cannot be
 * evaluated (no baseline for a relative one) is left out of the rule. A budget whose paths matched
 * nothing is an error, never a pass.
 */
import type { Compression } from './spec.ts';
import type { BudgetCheck, BudgetResult, MeasuredBudget, MeasuredFile, Mover, SizeReport } from './model.ts';
import { allowedBy, formatBytes } from './units.ts';

export interface Evaluation {
  budgets: BudgetResult[];
  movers: Mover[];
  passed: boolean;
}

/** How many movers the report keeps. */
export const MOVERS_KEPT = 10;

/** Evaluates budgets measured for `target` against `baseline` (a previous report), if any. */
export function evaluateBudgets(
  measured: MeasuredBudget[],
  baseline?: SizeReport,
  target?: string,
): Evaluation {
  const baseFiles = new Map(
    (baseline?.files ?? []).filter((f) => f.target === target).map((f) => [f.path, f]),
  );
  const budgets = measured.map((m) => evaluateOne(m, baseline, baseFiles, target));
  const movers = topMovers(measured, baseline, target);
  return { budgets, movers, passed: budgets.every((b) => b.status === 'pass') };
}

function sizesOf(files: MeasuredFile[], compression: Compression[]): Partial<Record<Compression, number>> {
  const out: Partial<Record<Compression, number>> = {};
  for (const c of compression) out[c] = files.reduce((s, f) => s + sizeOf(f, c), 0);
  return out;
}

function sizeOf(f: { raw: number; gzip?: number; brotli?: number }, c: Compression): number {
  return c === 'none' ? f.raw : (f[c] ?? 0);
}

function evaluateOne(
  m: MeasuredBudget,
  baseline: SizeReport | undefined,
  baseFiles: Map<string, MeasuredFile>,
  target?: string,
): BudgetResult {
  const base = baseline?.budgets.find((b) => b.name === m.name && b.target === target);
  const sizes = sizesOf(m.files, m.compression);
  const keys = new Set(m.files.map((f) => f.key));
  const baseKeys = new Set((base?.files ?? []).map((p) => baseFiles.get(p)?.key ?? p));
  const result: BudgetResult = {
    name: m.name,
    target,
    paths: m.paths,
    type: m.type,
    compression: m.compression,
    when: m.when,
    status: 'pass',
    sizes,
    baseSizes: base?.sizes,
    checks: [],
    files: m.files.map((f) => f.path),
    newFiles: base ? [...keys].filter((k) => !baseKeys.has(k)).sort() : [],
    removedFiles: base ? [...baseKeys].filter((k) => !keys.has(k)).sort() : [],
  };
  if (m.error) return { ...result, status: 'error', message: `budget "${m.name}": ${m.error}` };
  result.checks = m.compression.map((c) => checkOne(m, c, sizes[c]!, base?.sizes[c]));
  const breached = result.checks.filter((c) => c.breached);
  if (breached.length > 0) {
    result.status = 'fail';
    result.message = `budget "${m.name}": ${breached.map(describeBreach).join('; ')}`;
  }
  return result;
}

function checkOne(
  m: MeasuredBudget,
  compression: Compression,
  size: number,
  base: number | undefined,
): BudgetCheck {
  const check: BudgetCheck = { compression, size, absolute: 'n/a', relative: 'n/a', breached: false };
  if (base !== undefined) {
    check.base = base;
    check.delta = size - base;
  }
  if (m.max) {
    check.max = m.max.bytes;
    check.maxText = m.max.text;
    check.absolute = size > m.max.bytes ? 'over' : 'ok';
  }
  if (m.maxIncrease) {
    check.increaseText = m.maxIncrease.text;
    if (base === undefined) check.relative = 'no-baseline';
    else {
      check.allowed = Math.floor(allowedBy(m.maxIncrease, base));
      check.relative = size > allowedBy(m.maxIncrease, base) ? 'over' : 'ok';
    }
  }
  const evaluated = [check.absolute, check.relative].filter((s) => s === 'ok' || s === 'over');
  check.breached =
    evaluated.length > 0 &&
    (m.when === 'all' ? evaluated.every((s) => s === 'over') : evaluated.some((s) => s === 'over'));
  return check;
}

function describeBreach(c: BudgetCheck): string {
  const label = c.compression === 'none' ? 'raw' : c.compression;
  const parts: string[] = [];
  if (c.absolute === 'over')
    parts.push(`${label} ${formatBytes(c.size)} exceeds max ${c.maxText} (${formatBytes(c.max!)})`);
  if (c.relative === 'over')
    parts.push(
      `${label} grew ${formatBytes(c.delta!)} over the baseline's ${formatBytes(c.base!)}, more than ${c.increaseText}`,
    );
  return parts.join(' and ');
}

/** The files whose size moved most, by the first compression of the budget that measured them. */
function topMovers(measured: MeasuredBudget[], baseline: SizeReport | undefined, target?: string): Mover[] {
  if (!baseline) return [];
  // Each distinct file counts once, under the first compression of the first budget that measured it.
  const byPath = new Map<string, { file: MeasuredFile; compression: Compression }>();
  for (const m of measured) {
    if (m.error) continue;
    for (const f of m.files)
      if (!byPath.has(f.path)) byPath.set(f.path, { file: f, compression: m.compression[0]! });
  }
  const now = new Map<string, { size: number; compression: Compression }>();
  for (const { file, compression } of byPath.values()) {
    const entry = now.get(file.key) ?? { size: 0, compression };
    entry.size += sizeOf(file, entry.compression);
    now.set(file.key, entry);
  }
  const before = new Map<string, MeasuredFile[]>();
  for (const f of baseline.files)
    if (f.target === target) before.set(f.key, [...(before.get(f.key) ?? []), f]);
  const movers: Mover[] = [];
  for (const [key, { size, compression }] of now) {
    const was = (before.get(key) ?? []).reduce((s, f) => s + sizeOf(f, compression), 0);
    if (size !== was) movers.push({ target, key, compression, before: was, after: size, delta: size - was });
  }
  for (const [key, files] of before) {
    if (now.has(key)) continue;
    const was = files.reduce((s, f) => s + f.raw, 0);
    if (was > 0) movers.push({ target, key, compression: 'none', before: was, after: 0, delta: -was });
  }
  return movers
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.key.localeCompare(b.key))
    .slice(0, MOVERS_KEPT);
}
