/**
 * Evaluates parsed conditions against one response, the way gatus does: placeholders resolve to
 * text, `==`/`!=` compare text (numerically when both sides are numbers), `<`/`>` compare numbers,
 * and durations such as `48h` or `300ms` count as milliseconds. The result shows the condition with
 * the actual values filled in, e.g. `[STATUS] (500) == 200`, so a failure says exactly what was seen.
 */
import type { Operator, PathSegment } from './lexer.ts';
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
  const resolve = (o: Operand) => resolveOperand(o, context, body);
  const left = resolve(condition.left);
  const right = resolve(condition.right);
  const shown = `${show(condition.left, left)} ${condition.op} ${show(condition.right, right)}`;
  const failed = [left, right].find((r): r is { ok: false; reason: string } => !r.ok);
  if (failed) return { condition: condition.source, passed: false, resolved: shown, reason: failed.reason };
  const outcome = compare(condition, context, body);
  return {
    condition: condition.source,
    passed: outcome.passed,
    resolved: shown,
    ...(outcome.reason ? { reason: outcome.reason } : {}),
  };
}

function compare(
  condition: Condition,
  context: ConditionContext,
  body: () => unknown,
): { passed: boolean; reason?: string } {
  const { left, op, right } = condition;
  const text = (o: Operand) => {
    const r = resolveOperand(o, context, body);
    return r.ok ? r.value : '';
  };
  if (op === '==' || op === '!=') {
    let equal: boolean;
    if (right.type === 'pat' || left.type === 'pat') {
      const [pattern, value] =
        right.type === 'pat'
          ? [right.pattern, text(left)]
          : [(left as { pattern: string }).pattern, text(right)];
      equal = matchPattern(pattern, value);
    } else if (right.type === 'any' || left.type === 'any') {
      const [list, value] =
        right.type === 'any' ? [right, text(left)] : [left as Extract<Operand, { type: 'any' }>, text(right)];
      equal = list.options.some((o) => equalValues(value, text(o)));
    } else {
      equal = equalValues(text(left), text(right));
    }
    return { passed: op === '==' ? equal : !equal };
  }
  const a = toNumber(text(left));
  const b = toNumber(text(right));
  if (Number.isNaN(a) || Number.isNaN(b)) {
    const which = Number.isNaN(a) ? text(left) : text(right);
    return {
      passed: false,
      reason: `"${clip(which)}" is not a number or duration, so "${op}" cannot compare it`,
    };
  }
  return { passed: numericCompare(a, op, b) };
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
      if (Array.isArray(value) || typeof value === 'string') return { ok: true, value: String(value.length) };
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

const DURATION = /^(?:(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h|d))+$/;
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

/** A number, or a Go-style duration (`48h`, `1h30m`, `300ms`) in milliseconds; NaN otherwise. */
export function toNumber(text: string): number {
  const t = text.trim();
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
  if (!DURATION.test(t)) return Number.NaN;
  let ms = 0;
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h|d)/g)) ms += Number(m[1]) * UNIT_MS[m[2]!]!;
  return ms;
}

/** gatus's pat(): `*` matches any run of characters (also none); everything else is literal. */
export function matchPattern(pattern: string, value: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  return new RegExp(`^${source}$`).test(value);
}

function show(operand: Operand, resolved: Resolved): string {
  const text =
    operand.type === 'literal'
      ? operand.quoted
        ? JSON.stringify(operand.value)
        : operand.value
      : operand.text;
  if (operand.type === 'literal' || operand.type === 'pat' || operand.type === 'any') return text;
  return `${text} (${resolved.ok ? clip(resolved.value) : 'n/a'})`;
}

function clip(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
