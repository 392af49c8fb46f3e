// `${{ }}` evaluation with GitHub's own expression engine (@actions/expressions): the contexts
// are plain JSON, the status functions (success(), failure(), …) are supplied by the caller
// because they depend on where the expression stands (job `if:` or step `if:`).
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { parse } from 'yaml';
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Contexts = Record<string, Json>;

/** What success()/failure()/cancelled() mean at this point of the run. */
export interface Status {
  success: boolean;
  failure: boolean;
  cancelled: boolean;
}

const NO_FAILURE: Status = { success: true, failure: false, cancelled: false };

function statusFunctions(status: Status) {
  const fn = (name: string, value: () => boolean) => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(value()),
  });
  return [
    fn('success', () => status.success),
    fn('failure', () => status.failure),
    fn('cancelled', () => status.cancelled),
    fn('always', () => true),
  ];
}

/** Evaluates one expression (without `${{ }}`) to plain JSON. */
export function evaluate(expression: string, contexts: Contexts, status: Status = NO_FAILURE): Json {
  const functions = statusFunctions(status);
  const tokens = new Lexer(expression).lex().tokens;
  const ast = new Parser(tokens, Object.keys(contexts), functions).parse();
  const dictionary = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  const result = new Evaluator(ast, dictionary, new Map(functions.map((f) => [f.name, f]))).evaluate();
  return JSON.parse(JSON.stringify(result, data.replacer) ?? 'null') as Json;
}

/** GitHub's truthiness: false, 0, '', null are false; everything else (objects too) is true. */
export function truthy(value: Json): boolean {
  return !(value === false || value === 0 || value === '' || value === null || Number.isNaN(value));
}

/** A value as the runner hands it to an action input or an environment variable. */
export function asString(value: Json): string {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * `text ${{ expr }} text` evaluated piece by piece, as the runner does with a string value.
 * (A `}}` inside a quoted string literal does not end the expression.)
 */
function interpolate(text: string, contexts: Contexts, status?: Status): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('${{', i);
    if (start < 0) return out + text.slice(i);
    out += text.slice(i, start);
    let inString = false;
    let end = -1;
    for (let j = start + 3; j < text.length; j++) {
      if (text[j] === "'") inString = !inString;
      else if (!inString && text[j] === '}' && text[j + 1] === '}') {
        end = j;
        break;
      }
    }
    if (end < 0) throw new Error(`unclosed \${{ in ${JSON.stringify(text)}`);
    out += asString(evaluate(text.slice(start + 3, end).trim(), contexts, status));
    i = end + 2;
  }
  return out;
}

/** Evaluates a parsed workflow token (scalar, expression, sequence or mapping) to JSON. */
export function evaluateToken(token: TemplateToken, contexts: Contexts, status?: Status): Json {
  // For a block scalar (`>-`, `|`) the parser builds the expression from the raw source lines
  // (to keep editor positions); the runner folds the YAML first, so fold it again, then evaluate.
  if (isBasicExpression(token) && token.blockScalarHeader && token.source) {
    const folded = parse(`value: ${token.blockScalarHeader}\n${token.source}`) as { value: string };
    return interpolate(folded.value, contexts, status);
  }
  if (isBasicExpression(token)) return evaluate(token.expression, contexts, status);
  if (isString(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isSequence(token)) return [...token].map((t) => evaluateToken(t, contexts, status));
  if (isMapping(token)) {
    const out: Record<string, Json> = {};
    for (const pair of token)
      out[asString(evaluateToken(pair.key, contexts, status))] = evaluateToken(pair.value, contexts, status);
    return out;
  }
  return null;
}

/** A mapping token (env:, with:, outputs:) as strings; absent → {}. */
export function evaluateStrings(
  token: TemplateToken | undefined,
  contexts: Contexts,
  status?: Status,
): Record<string, string> {
  if (!token) return {};
  const value = evaluateToken(token, contexts, status);
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`expected a mapping, got ${JSON.stringify(value)}`);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asString(v)]));
}
