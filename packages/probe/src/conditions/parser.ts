/**
 * The parser of the condition language: `<operand> <operator> <operand>`, where an operand is a
 * placeholder with an optional path (`[BODY].items[0].id`), a function (`len()`, `has()`, `pat()`,
 * `any()`), a quoted string, or bare text. Errors name the condition and the column.
 */
import { Lexer, type Operator, type PathSegment } from './lexer.ts';

/** Placeholders, what they stand for, and whether they take a path. */
export const PLACEHOLDERS = {
  STATUS: { path: false, description: 'HTTP status code' },
  RESPONSE_TIME: { path: false, description: 'time to the complete response, in ms' },
  BODY: { path: true, description: 'response body; with a path, a value inside the JSON body' },
  HEADERS: {
    path: true,
    description: 'a response header by name, e.g. [HEADERS].content-type (shipgate extension)',
  },
  CERTIFICATE_EXPIRATION: { path: false, description: 'time until the TLS certificate expires, in ms' },
  CONNECTED: { path: false, description: 'true when a connection was made' },
  PROTOCOL: { path: false, description: 'negotiated protocol: h2 or http/1.1 (shipgate extension)' },
  IP: { path: false, description: 'remote IP address of the connection' },
} as const satisfies Record<string, { path: boolean; description: string }>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export type Operand =
  | { type: 'placeholder'; name: PlaceholderName; path: PathSegment[]; text: string; column: number }
  | { type: 'literal'; value: string; quoted: boolean; column: number }
  | { type: 'len' | 'has'; arg: Extract<Operand, { type: 'placeholder' }>; text: string; column: number }
  | { type: 'pat'; pattern: string; text: string; column: number }
  | { type: 'any'; options: Operand[]; text: string; column: number };

/** A parsed condition; `source` is the text as written. */
export interface Condition {
  source: string;
  left: Operand;
  op: Operator;
  right: Operand;
}

const FUNCTIONS = ['len', 'has', 'pat', 'any'] as const;
const OPERATOR_LIST = '==, !=, <, <=, >, >=';

/** Parses one condition; throws ConditionSyntaxError (with the column) when it is malformed. */
export function parseCondition(source: string): Condition {
  const lexer: Lexer = new Lexer(source);
  lexer.skipSpace();
  if (lexer.atEnd()) lexer.fail('empty condition: expected something like "[STATUS] == 200"');
  const left = parseOperand(lexer, 'left');
  lexer.skipSpace();
  const operator = lexer.readOperator();
  if (!operator) {
    const found = lexer.atEnd() ? 'the end' : `"${source.slice(lexer.pos, lexer.pos + 2)}"`;
    lexer.fail(`expected an operator (${OPERATOR_LIST}) but found ${found}`);
  }
  lexer.skipSpace();
  if (lexer.atEnd()) lexer.fail(`expected a value after "${operator.op}"`);
  const right = parseOperand(lexer, 'right');
  lexer.skipSpace();
  if (!lexer.atEnd()) lexer.fail(`unexpected "${source.slice(lexer.pos)}" after the condition`);
  checkOperatorUse(lexer, left, operator.op, right);
  return { source, left, op: operator.op, right };
}

function parseOperand(lexer: Lexer, side: 'left' | 'right'): Operand {
  const placeholder = parsePlaceholder(lexer);
  if (placeholder) return placeholder;
  const quoted = lexer.readQuoted();
  if (quoted) return { type: 'literal', value: quoted.value, quoted: true, column: quoted.start + 1 };
  const fn = lexer.readFunctionStart();
  if (fn) {
    if ((FUNCTIONS as readonly string[]).includes(fn.name))
      return parseFunction(lexer, fn.name as (typeof FUNCTIONS)[number], fn.start);
    if (side === 'left')
      lexer.fail(`unknown function "${fn.name}()": use len(), has(), pat() or any()`, fn.start);
    lexer.pos = fn.start; // on the right, "foo(bar)" is just text, as in gatus
  }
  const text =
    side === 'left' ? lexer.readText((offset) => lexer.operatorAt(offset)) : lexer.readText(() => false);
  if (text.value === '')
    lexer.fail('expected a placeholder such as [STATUS], a function or a value', text.start);
  return { type: 'literal', value: text.value, quoted: false, column: text.start + 1 };
}

function parsePlaceholder(lexer: Lexer): Extract<Operand, { type: 'placeholder' }> | undefined {
  const found = lexer.readPlaceholder();
  if (!found) return undefined;
  if (!(found.name in PLACEHOLDERS)) {
    const upper = found.name.toUpperCase();
    const hint = upper in PLACEHOLDERS ? ` (placeholders are upper-case: [${upper}])` : '';
    lexer.fail(
      `unknown placeholder [${found.name}]${hint}; known: ${Object.keys(PLACEHOLDERS)
        .map((p) => `[${p}]`)
        .join(', ')}`,
      found.start,
    );
  }
  const name = found.name as PlaceholderName;
  const pathStart = lexer.pos;
  const path = lexer.readPath();
  if (path.length > 0 && !PLACEHOLDERS[name].path) lexer.fail(`[${name}] takes no path`, pathStart);
  if (name === 'HEADERS' && (path.length !== 1 || path[0]!.kind !== 'key')) {
    lexer.fail('[HEADERS] needs one header name, e.g. [HEADERS].content-type', pathStart);
  }
  return {
    type: 'placeholder',
    name,
    path,
    text: lexer.source.slice(found.start, lexer.pos),
    column: found.start + 1,
  };
}

function parseFunction(lexer: Lexer, name: (typeof FUNCTIONS)[number], start: number): Operand {
  const openedAt = lexer.pos - 1;
  if (name === 'pat') {
    const raw = lexer.readBalanced(openedAt);
    return { type: 'pat', pattern: raw.value, text: lexer.source.slice(start, lexer.pos), column: start + 1 };
  }
  if (name === 'any') {
    const options: Operand[] = [];
    for (;;) {
      lexer.skipSpace();
      const option =
        parsePlaceholder(lexer) ??
        (() => {
          const q = lexer.readQuoted();
          if (q) return { type: 'literal' as const, value: q.value, quoted: true, column: q.start + 1 };
          const t = lexer.readText((offset) => lexer.source[offset] === ',' || lexer.source[offset] === ')');
          return { type: 'literal' as const, value: t.value, quoted: false, column: t.start + 1 };
        })();
      options.push(option);
      lexer.skipSpace();
      const c = lexer.peekChar();
      lexer.pos++;
      if (c === ')') break;
      if (c !== ',') lexer.fail('expected "," or ")" in any(…)', lexer.pos - 1);
    }
    return { type: 'any', options, text: lexer.source.slice(start, lexer.pos), column: start + 1 };
  }
  lexer.skipSpace();
  const arg = parsePlaceholder(lexer);
  if (!arg || (arg.name !== 'BODY' && arg.name !== 'HEADERS')) {
    lexer.fail(
      `${name}() takes a [BODY] or [HEADERS] placeholder, e.g. ${name}([BODY].items)`,
      arg ? arg.column - 1 : lexer.pos,
    );
  }
  lexer.skipSpace();
  if (lexer.peekChar() !== ')') lexer.fail(`expected ")" to close ${name}(`);
  lexer.pos++;
  return { type: name, arg, text: lexer.source.slice(start, lexer.pos), column: start + 1 };
}

function checkOperatorUse(lexer: Lexer, left: Operand, op: Operator, right: Operand): void {
  for (const side of [left, right]) {
    if ((side.type === 'pat' || side.type === 'any') && op !== '==' && op !== '!=') {
      lexer.fail(`${side.type}() can only be used with == or !=`, side.column - 1);
    }
  }
  const special = (o: Operand) => o.type === 'pat' || o.type === 'any';
  if (special(left) && special(right)) lexer.fail('only one side may be pat() or any()', right.column - 1);
}
