/**
 * The lexer of the condition language (gatus's, see conditions/README in the action's docs).
 *
 * The language is context-sensitive in the same places gatus is: after the operator the rest of the
 * condition is one literal (`[BODY].html == <b>hi</b>` compares with the text `<b>hi</b>`), and the
 * argument of `pat()` is raw text. So the parser pulls tokens and says what it expects next; the
 * lexer only knows how to read each kind of token and where (1-based column) it started.
 */

export type Operator = '==' | '!=' | '<=' | '>=' | '<' | '>';

export const OPERATORS: readonly Operator[] = ['==', '!=', '<=', '>=', '<', '>'];

/** A path step after a placeholder: `.name`, `["a.b"]` or `[0]`. */
export type PathSegment = { kind: 'key'; key: string } | { kind: 'index'; index: number };

/** A syntax error: the message, and the 1-based column where it was found. */
export class ConditionSyntaxError extends Error {
  readonly condition: string;
  readonly column: number;
  readonly reason: string;
  constructor(condition: string, column: number, reason: string) {
    super(
      `${reason} at column ${column} of condition "${condition}"\n  ${condition}\n  ${' '.repeat(Math.max(0, column - 1))}^`,
    );
    this.name = 'ConditionSyntaxError';
    this.condition = condition;
    this.column = column;
    this.reason = reason;
  }
}

// Characters that end a bare key in a path (`[HEADERS].content-type` keeps its dash).
const KEY_END = /[\s.[\]()<>=!,]/;

export class Lexer {
  readonly source: string;
  /** 0-based offset of the next unread character. */
  pos = 0;

  constructor(source: string) {
    this.source = source;
  }

  /** Throws a syntax error at `offset` (0-based), reported as a 1-based column. */
  fail(reason: string, offset = this.pos): never {
    throw new ConditionSyntaxError(this.source, offset + 1, reason);
  }

  skipSpace(): void {
    while (this.pos < this.source.length && /\s/.test(this.source[this.pos]!)) this.pos++;
  }

  atEnd(): boolean {
    return this.pos >= this.source.length;
  }

  peekChar(): string | undefined {
    return this.source[this.pos];
  }

  /** `[NAME]` where NAME is upper-case letters and underscores; undefined when not at one. */
  readPlaceholder(): { name: string; start: number } | undefined {
    const match = /^\[([A-Za-z_]+)\]/.exec(this.source.slice(this.pos));
    if (!match) return undefined;
    const start = this.pos;
    this.pos += match[0].length;
    return { name: match[1]!, start };
  }

  /** Path steps right after a placeholder: `.a.b[0]["x.y"]`, also gatus's `.[0]`. */
  readPath(): PathSegment[] {
    const path: PathSegment[] = [];
    for (;;) {
      const c = this.peekChar();
      if (c === '.') {
        this.pos++;
        if (this.peekChar() === '[') continue;
        const start = this.pos;
        while (!this.atEnd() && !KEY_END.test(this.source[this.pos]!)) this.pos++;
        if (this.pos === start) this.fail('expected a key name after "."');
        path.push({ kind: 'key', key: this.source.slice(start, this.pos) });
      } else if (c === '[') {
        const rest = this.source.slice(this.pos);
        const index = /^\[\s*(\d+)\s*\]/.exec(rest);
        const quoted = /^\["((?:[^"\\]|\\.)*)"\]/.exec(rest);
        if (index) {
          path.push({ kind: 'index', index: Number(index[1]) });
          this.pos += index[0].length;
        } else if (quoted) {
          path.push({ kind: 'key', key: quoted[1]!.replace(/\\(.)/g, '$1') });
          this.pos += quoted[0].length;
        } else {
          this.fail('expected an array index like [0] or a quoted key like ["a.b"]');
        }
      } else {
        return path;
      }
    }
  }

  /** `name(` for a lower-case identifier directly followed by "("; consumes it when it is one. */
  readFunctionStart(): { name: string; start: number } | undefined {
    const match = /^([a-z][a-zA-Z_]*)\(/.exec(this.source.slice(this.pos));
    if (!match) return undefined;
    const start = this.pos;
    this.pos += match[0].length;
    return { name: match[1]!, start };
  }

  /** An operator, or undefined (position unchanged) when none starts here. */
  readOperator(): { op: Operator; start: number } | undefined {
    const start = this.pos;
    for (const op of OPERATORS) {
      if (this.source.startsWith(op, this.pos)) {
        this.pos += op.length;
        return { op, start };
      }
    }
    return undefined;
  }

  /** A double-quoted string with backslash escapes (an extension: lets a literal hold "," or ")"). */
  readQuoted(): { value: string; start: number } | undefined {
    if (this.peekChar() !== '"') return undefined;
    const start = this.pos;
    const match = /^"((?:[^"\\]|\\.)*)"/.exec(this.source.slice(this.pos));
    if (!match) this.fail('unterminated string: add the closing "');
    this.pos += match[0].length;
    return { value: match[1]!.replace(/\\(.)/g, '$1'), start };
  }

  /**
   * Bare text up to (not including) the first character for which `stop` is true, trimmed.
   * `stop` sees the offset so it can look at two-character operators.
   */
  readText(stop: (offset: number) => boolean): { value: string; start: number } {
    const start = this.pos;
    while (!this.atEnd() && !stop(this.pos)) this.pos++;
    return { value: this.source.slice(start, this.pos).trim(), start };
  }

  /** Raw text up to the ")" that balances the "(" already read; the ")" is consumed too. */
  readBalanced(openedAt: number): { value: string; start: number } {
    const start = this.pos;
    let depth = 1;
    for (; this.pos < this.source.length; this.pos++) {
      const c = this.source[this.pos];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        const value = this.source.slice(start, this.pos);
        this.pos++;
        return { value, start };
      }
    }
    this.fail('missing ")" to close the "(" opened here', openedAt);
  }

  /** Is an operator starting at `offset`? */
  operatorAt(offset: number): boolean {
    return OPERATORS.some((op) => this.source.startsWith(op, offset));
  }
}
