/**
 * Byte sizes and size deltas as people write them in budgets.
 *
 * Units are said exactly: `kB`/`KB`, `MB`, `GB`, `TB` are decimal (powers of 1000, as size-limit,
 * bundlewatch and disk vendors use them); `KiB`, `MiB`, `GiB`, `TiB` are binary (powers of 1024).
 * A bare number, or a number followed by `B`, is bytes. Fractions are allowed and rounded to the byte.
 */

const DECIMAL: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12 };
const BINARY: Record<string, number> = { kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4 };

/** What parseSize accepts, for error messages. */
export const SIZE_ALLOWED =
  'a size such as 40MB, 512KiB, 1.5 GB or 123456 (bytes); kB/MB/GB/TB are powers of 1000, KiB/MiB/GiB/TiB powers of 1024';

/** What parseDelta accepts, for error messages. */
export const DELTA_ALLOWED = 'an increase such as +5% or +100KB (a percentage, or a size as in max)';

const SIZE_RE = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-zA-Z]*)$/;

/**
 * Parses a size into bytes.
 * @returns bytes, or an error message (never throws: callers attach the entry's path to it).
 */
export function parseSize(text: string | number): { bytes: number } | { error: string } {
  if (typeof text === 'number') {
    return Number.isFinite(text) && text >= 0
      ? { bytes: Math.round(text) }
      : { error: `"${text}" is not ${SIZE_ALLOWED}` };
  }
  const m = SIZE_RE.exec(text.trim());
  if (!m) return { error: `"${text}" is not ${SIZE_ALLOWED}` };
  const value = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  const factor = unit === '' ? 1 : (DECIMAL[unit] ?? BINARY[unit]);
  if (factor === undefined) return { error: `"${text}": unknown unit "${m[2]}"; expected ${SIZE_ALLOWED}` };
  return { bytes: Math.round(value * factor) };
}

/** A permitted increase against the baseline. */
export type Delta =
  { kind: 'percent'; percent: number; text: string } | { kind: 'bytes'; bytes: number; text: string };

/** Parses `+5%`, `5%`, `+100KB`, `100KB` (the plus is optional; a decrease is never a limit). */
export function parseDelta(text: string): { delta: Delta } | { error: string } {
  const t = text.trim();
  const body = t.startsWith('+') ? t.slice(1).trim() : t;
  if (t.startsWith('-')) return { error: `"${text}" is a decrease; expected ${DELTA_ALLOWED}` };
  if (body.endsWith('%')) {
    const n = body.slice(0, -1).trim();
    if (!/^(\d+(?:\.\d+)?|\.\d+)$/.test(n)) return { error: `"${text}" is not ${DELTA_ALLOWED}` };
    return { delta: { kind: 'percent', percent: Number(n), text: t } };
  }
  const size = parseSize(body);
  if ('error' in size) return { error: `"${text}" is not ${DELTA_ALLOWED}` };
  return { delta: { kind: 'bytes', bytes: size.bytes, text: t } };
}

/** The largest size a delta allows on top of a baseline size. */
export function allowedBy(delta: Delta, baseline: number): number {
  return delta.kind === 'bytes' ? baseline + delta.bytes : baseline + (baseline * delta.percent) / 100;
}

/** Formats bytes with decimal units (kB = 1000 B), the same units budgets are usually written in. */
export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = bytes / 1000;
  let i = 0;
  while (Math.abs(v) >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v.toFixed(Math.abs(v) >= 100 ? 1 : 2)} ${units[i]}`;
}

/** Formats a signed byte delta, e.g. `+1.20 kB` or `-512 B`; zero is `0 B`. */
export function formatDelta(bytes: number): string {
  if (bytes === 0) return '0 B';
  return (bytes > 0 ? '+' : '-') + formatBytes(Math.abs(bytes));
}

/** Formats a signed percentage with one decimal, or `new` when there is no base to divide by. */
export function formatPercent(delta: number, base: number): string {
  if (base === 0) return delta === 0 ? '0%' : 'new';
  const p = (delta / base) * 100;
  return `${p > 0 ? '+' : ''}${p.toFixed(Math.abs(p) < 10 ? 2 : 1)}%`;
}
