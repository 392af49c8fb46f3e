/**
 * Lexical facts of the text exposition format, and its numbers as expfmt reads them: values and
 * `le`/`quantile` with Go's strconv.ParseFloat minus hex floats and `_` (expfmt refuses any `p`, `P`
 * or `_`), timestamps with strconv.ParseInt(s, 10, 64). JavaScript's Number() is wider (`0x1`,
 * `0b1`, `0o1`, ` 1 `, ``).
 */

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL = /^[+-]?(?:inf|infinity|nan)$/i;

/** A float value, or undefined where expfmt says "expected float". */
export function parseGoFloat(text: string): number | undefined {
  if (SPECIAL.test(text)) {
    if (/nan/i.test(text)) return Number.NaN;
    return text.startsWith('-') ? -Infinity : Infinity;
  }
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text);
  // ParseFloat refuses a finite literal beyond the float64 range (ErrRange).
  return Number.isFinite(value) ? value : undefined;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** A decimal int64 (a timestamp in ms), or undefined. */
export function parseGoInt64(text: string): bigint | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const value = BigInt(text);
  return value < INT64_MIN || value > INT64_MAX ? undefined : value;
}

/** TYPE words expfmt knows (any letter case, upper-cased here) and the family type they give. */
export const TYPES = new Map([
  ['COUNTER', 'counter'],
  ['GAUGE', 'gauge'],
  ['SUMMARY', 'summary'],
  ['UNTYPED', 'untyped'],
  ['HISTOGRAM', 'histogram'],
  ['GAUGE_HISTOGRAM', 'gauge_histogram'],
  ['GAUGEHISTOGRAM', 'gauge_histogram'],
]);

/** The only TYPE words the scrape parser of Prometheus 2.x servers knows (lower case). */
export const LEGACY_TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);

/** Go's %q of one character, for messages that name what was found. */
export const quoteChar = (c: string) => (c === '\n' ? "'\\n'" : `'${c}'`);
export const isBlank = (c: string) => c === ' ' || c === '\t';
export const isLabelNameChar = (c: string, first: boolean) =>
  /[a-zA-Z_"]/.test(c) || (!first && /[0-9]/.test(c));
export const isMetricNameChar = (c: string, first: boolean) => c === ':' || isLabelNameChar(c, first);
