/**
 * Numbers and durations of a condition as gatus (Go) reads and prints them, where that differs from
 * JavaScript:
 * integers in Go's literal syntax (`strconv.ParseInt(s, 0, 64)`: `0x1F`, `0o17`, `0b101`, `1_000`)
 * and durations printed as gatus's formatDuration does (`336h`, `1h30m`, `1h0m15s`).
 */

const PREFIXED = [
  { re: /^([+-]?)0[xX]_?([0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)$/, radix: 16 },
  { re: /^([+-]?)0[oO]_?([0-7]+(?:_[0-7]+)*)$/, radix: 8 },
  { re: /^([+-]?)0[bB]_?([01]+(?:_[01]+)*)$/, radix: 2 },
  { re: /^([+-]?)([0-9]+(?:_[0-9]+)+)$/, radix: 10 },
];

/**
 * An integer written with a Go base prefix or digit separators (`0x1`, `0o2`, `0b0010`, `1_000`),
 * as gatus reads a JSON string such as `"0x1"`; undefined for anything else (plain decimals are
 * JavaScript's business). A leading `0` alone stays decimal: see the README's list of differences.
 */
export function parseGoInteger(text: string): number | undefined {
  for (const { re, radix } of PREFIXED) {
    const m = re.exec(text);
    if (!m) continue;
    const digits = m[2]!.replace(/_/g, '');
    const value = Number.parseInt(digits, radix);
    return m[1] === '-' ? -value : value;
  }
  return undefined;
}

/**
 * Milliseconds as gatus prints a duration: truncated to whole seconds, Go's `time.Duration` text,
 * then a trailing zero seconds (and minutes) dropped: `336h`, `1h30m`, `1h0m15s`, `45s`, `0s`.
 */
export function formatGoDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.trunc(Math.abs(ms) / 1000);
  if (total === 0) return '0s';
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  let text = h > 0 ? `${h}h${m}m${s}s` : m > 0 ? `${m}m${s}s` : `${s}s`;
  if (text.endsWith('m0s')) text = text.slice(0, -2);
  if (text.endsWith('h0m')) text = text.slice(0, -2);
  return sign + text;
}

/** gatus shows a value compared with pat() as its first 25 characters and `...(truncated)`. */
export function truncateForPattern(text: string): string {
  const chars = [...text];
  return chars.length > 25 ? `${chars.slice(0, 25).join('')}...(truncated)` : text;
}

export const DURATION = /^(?:(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h|d))+$/;
const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** A number (also Go integer literals: `0x1F`, `0o17`, `0b101`, `1_000`), or a Go-style duration (`48h`, `1h30m`, `300ms`) in milliseconds; NaN otherwise. */
export function toNumber(text: string): number {
  const t = text.trim();
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
  const goInteger = parseGoInteger(t);
  if (goInteger !== undefined) return goInteger;
  if (!DURATION.test(t)) return Number.NaN;
  let ms = 0;
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h|d)/g)) ms += Number(m[1]) * UNIT_MS[m[2]!]!;
  return ms;
}
