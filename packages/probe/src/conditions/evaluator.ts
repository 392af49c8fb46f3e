/**
 * Evaluates parsed conditions against one response, the way gatus does: placeholders resolve to
 * text, `==`/`!=` compare text (numerically when both sides are numbers), `<`/`>` compare numbers,
 * and durations such as `48h` or `300ms` count as milliseconds. The result shows the condition with
 * the actual values filled in, e.g. `[STATUS] (500) == 200`, so a failure says exactly what was seen.
 */
import { clip } from '@shipgate/core';
import type { Operator, PathSegment } from './lexer.ts';
import { DURATION, formatGoDuration, toNumber, truncateForPattern } from './go-values.ts';
import type { Condition, Operand } from './parser.ts';

/** What a condition can see of one response. Absent fields resolve to "n/a" and fail the condition. */
export interface ConditionContext {
  status?: number;
  responseTimeMs?: number;
  body?: string;
  headers?: Record<string, string | string[] | undefined>;
  /** Milliseconds until the TLS certificate's notAfter (negative when expired). */
  certificateExpirationMs?: number;
  connected?: boolean;
  /** "h2" or "http/1.1". */
  protocol?: string;
  ip?: string;
}

/** The outcome of one condition. `resolved` is the condition with the actual values in parentheses. */
export interface ConditionResult {
  condition: string;
  passed: boolean;
  resolved: string;
  /** Why it could not be evaluated (missing value, not a number …), when that is the cause. */
  reason?: string;
}

type Resolved = { ok: true; value: string } | { ok: false; reason: string };

const MISSING = Symbol('missing');

/** Evaluates conditions against one response; the JSON body is parsed at most once. */
export function evaluateConditions(
  conditions: readonly Condition[],
  context: ConditionContext,
): ConditionResult[] {
  const body = memoBody(context.body);
  return conditions.map((c) => evaluateCondition(c, context, body));
}

function evaluateCondition(
  condition: Condition,
  context: ConditionContext,
  body: () => unknown,
): ConditionResult {
  const left = resolveOperand(condition.left, context, body);
  const right = resolveOperand(condition.right, context, body);
  const failed = [left, right].find((r): r is { ok: false; reason: string } => !r.ok);
  const outcome = failed
    ? { passed: false, reason: failed.reason }
    : compare(condition, (left as { value: string }).value, (right as { value: string }).value, (o) => {
        const r = resolveOperand(o, context, body);
        return r.ok ? r.value : '';
      });
  const resolved = `${show(condition.left, left, condition.right, outcome.numbers?.[0])} ${condition.op} ${show(condition.right, right, condition.left, outcome.numbers?.[1])}`;
  return {
    condition: condition.source,
    passed: outcome.passed,
    resolved,
    ...(outcome.reason ? { reason: outcome.reason } : {}),
  };
}

interface Outcome {
  passed: boolean;
  reason?: string;
  /** Both sides as numbers, for `<`, `<=`, `>`, `>=` (shown so, as gatus does). */
  numbers?: [number, number];
}

function compare(
  condition: Condition,
  leftText: string,
  rightText: string,
  optionText: (o: Operand) => string,
): Outcome {
  const { left, op, right } = condition;
  if (op === '==' || op === '!=') {
    let equal: boolean;
    if (right.type === 'pat' || left.type === 'pat') {
      const [pattern, value] =
        right.type === 'pat' ? [right.pattern, leftText] : [(left as { pattern: string }).pattern, rightText];
      equal = matchPattern(pattern, value);
    } else if (right.type === 'any' || left.type === 'any') {
      const [list, value] =
        right.type === 'any' ? [right, leftText] : [left as Extract<Operand, { type: 'any' }>, rightText];
      equal = list.options.some((o) => equalValues(value, optionText(o)));
    } else {
      equal = equalValues(leftText, rightText);
    }
    return { passed: op === '==' ? equal : !equal };
  }
  const a = toNumber(leftText);
  const b = toNumber(rightText);
  if (Number.isNaN(a) || Number.isNaN(b)) {
    const which = Number.isNaN(a) ? leftText : rightText;
    return {
      passed: false,
      reason: `"${clip(which, 80, { flatten: true })}" is not a number or duration, so "${op}" cannot compare it`,
    };
  }
  return { passed: numericCompare(a, op, b), numbers: [a, b] };
}

function numericCompare(a: number, op: Operator, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      return a === b;
  }
}

function equalValues(a: string, b: string): boolean {
  const x = toNumber(a);
  const y = toNumber(b);
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x === y;
  return a === b;
}

function resolveOperand(operand: Operand, context: ConditionContext, body: () => unknown): Resolved {
  switch (operand.type) {
    case 'literal':
      return { ok: true, value: operand.value };
    case 'pat':
      return { ok: true, value: operand.pattern };
    case 'any':
      return {
        ok: true,
        value: operand.options.map((o) => (o.type === 'literal' ? o.value : o.text)).join(', '),
      };
    case 'placeholder':
      return resolvePlaceholder(operand, context, body);
    case 'has': {
      const value = lookup(operand.arg, context, body);
      return { ok: true, value: String(value !== MISSING) };
    }
    case 'len': {
      const value = lookup(operand.arg, context, body);
      if (value === MISSING) return { ok: false, reason: `${operand.arg.text} is missing` };
      // As gatus: items of an array, UTF-8 bytes of a string, characters of a number's or boolean's text.
      if (Array.isArray(value)) return { ok: true, value: String(value.length) };
      if (typeof value === 'string') return { ok: true, value: String(Buffer.byteLength(value)) };
      if (typeof value === 'number' || typeof value === 'boolean')
        return { ok: true, value: String(String(value).length) };
      if (value !== null && typeof value === 'object')
        return { ok: true, value: String(Object.keys(value).length) };
      return { ok: false, reason: `${operand.arg.text} is ${stringify(value)}, which has no length` };
    }
  }
}

function resolvePlaceholder(
  p: Extract<Operand, { type: 'placeholder' }>,
  context: ConditionContext,
  body: () => unknown,
): Resolved {
  const value = lookup(p, context, body);
  if (value === MISSING) {
    if (p.name === 'BODY' && p.path.length > 0 && context.body !== undefined && body() === MISSING) {
      return { ok: false, reason: `${p.text} is missing: the body is not JSON` };
    }
    return { ok: false, reason: `${p.text} is ${p.path.length > 0 ? 'missing' : 'not available'}` };
  }
  return { ok: true, value: stringify(value) };
}

/** The raw value of a placeholder (with its path), or MISSING. */
function lookup(
  p: Extract<Operand, { type: 'placeholder' }>,
  context: ConditionContext,
  body: () => unknown,
): unknown {
  switch (p.name) {
    case 'STATUS':
      return context.status ?? MISSING;
    case 'RESPONSE_TIME':
      return context.responseTimeMs === undefined ? MISSING : Math.round(context.responseTimeMs);
    case 'CERTIFICATE_EXPIRATION':
      return context.certificateExpirationMs ?? MISSING;
    case 'CONNECTED':
      return context.connected ?? MISSING;
    case 'PROTOCOL':
      return context.protocol ?? MISSING;
    case 'IP':
      return context.ip ?? MISSING;
    case 'HEADERS':
      return header(context.headers, (p.path[0] as { key: string }).key);
    case 'BODY':
      if (p.path.length === 0) {
        if (context.body === undefined) return MISSING;
        const parsed = body();
        // len([BODY]) of a JSON array counts its items; otherwise [BODY] is the text.
        return Array.isArray(parsed) ? parsed : context.body;
      }
      return walk(body(), p.path);
  }
}

function header(headers: ConditionContext['headers'], name: string): unknown {
  if (!headers) return MISSING;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted && value !== undefined)
      return Array.isArray(value) ? value.join(', ') : value;
  }
  return MISSING;
}

/** Follows `.a.b[0].c` through parsed JSON. */
export function walk(value: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = value;
  for (const step of path) {
    if (current === MISSING || current === null || typeof current !== 'object') return MISSING;
    if (step.kind === 'index') {
      if (!Array.isArray(current) || step.index >= current.length) return MISSING;
      current = current[step.index];
    } else {
      if (Array.isArray(current) || !Object.hasOwn(current, step.key)) return MISSING;
      current = (current as Record<string, unknown>)[step.key];
    }
  }
  return current;
}

function memoBody(text: string | undefined): () => unknown {
  let parsed: unknown;
  let done = false;
  return () => {
    if (!done) {
      done = true;
      try {
        parsed = text === undefined ? MISSING : JSON.parse(text);
      } catch {
        parsed = MISSING;
      }
    }
    return parsed;
  };
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? 'undefined';
}

/** gatus's pat(): `*` matches any run of characters (also none); everything else is literal. */
export function matchPattern(pattern: string, value: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  return new RegExp(`^${source}$`).test(value);
}

/**
 * One side as gatus shows it: a placeholder or function with its value in parentheses, or
 * `(INVALID)` when it has none; a literal as written, unless a numeric comparison read it as
 * another number (`0x10 (16)`). Numeric comparisons show numbers, and certificate expiry and
 * duration literals as Go durations (`[CERTIFICATE_EXPIRATION] (336h) > 48h`).
 */
function show(operand: Operand, resolved: Resolved, other: Operand, num: number | undefined): string {
  if (operand.type === 'pat' || operand.type === 'any') return operand.text;
  if (operand.type === 'literal') {
    const text = operand.quoted ? JSON.stringify(operand.value) : operand.value;
    if (num === undefined) return text;
    const shown = DURATION.test(operand.value.trim()) ? durationText(num) : String(num);
    return shown === operand.value.trim() ? text : `${text} (${shown})`;
  }
  if (!resolved.ok) return `${operand.text} (INVALID)`;
  let value = resolved.value;
  if (num !== undefined)
    value =
      operand.type === 'placeholder' && operand.name === 'CERTIFICATE_EXPIRATION'
        ? formatGoDuration(num)
        : String(num);
  return `${operand.text} (${other.type === 'pat' ? truncateForPattern(value) : clip(value, 80, { flatten: true })})`;
}

/** Whole seconds as gatus prints them (`336h`); a sub-second remainder in ms, which gatus would drop. */
function durationText(ms: number): string {
  return ms % 1000 === 0 ? formatGoDuration(ms) : `${ms}ms`;
}
