/**
 * The Prometheus text exposition format 0.0.4, read as prometheus/common's expfmt TextParser reads
 * it (the parser behind client_golang and promtool), with its UTF-8 names (`{"my.metric"}`):
 * HELP/TYPE comments (once per family, TYPE before the samples), samples
 * `name{labels} value [timestamp]`, label values with only `\\`, `\"`, `\n` escapes, Go float
 * values (no `0x1`, `0b1`, `_`), `le`/`quantile` that are floats, no negative histogram counts, and
 * a newline at the end. The first error stops the parse, as there: a probe passes no exposition
 * that a scrape through expfmt would refuse. Ported cases: metrics-text-conformance.test.ts.
 */
import {
  isBlank,
  isLabelNameChar,
  isMetricNameChar,
  LEGACY_TYPES,
  parseGoFloat,
  parseGoInt64,
  quoteChar,
  TYPES,
} from './metrics-values.ts';

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Family {
  name: string;
  /** counter, gauge, summary, histogram, gauge_histogram or untyped. */
  type: string;
  help?: string;
  samples: Sample[];
}

export interface Exposition {
  /** Families with at least one sample (as expfmt returns them). */
  families: Map<string, Family>;
  /** Empty, or the first error as `line N: message` (expfmt's message). */
  errors: string[];
  /**
   * What expfmt accepts but the scrape parser of Prometheus 2.x servers refuses (measured against
   * Debian's Prometheus 2.42): quoted UTF-8 names, a TYPE other than lower-case counter, gauge,
   * histogram, summary or untyped, a sample line starting with a blank, a negative timestamp.
   */
  scrapeRefusals: string[];
}

class ParseError extends Error {}
const END_OF_INPUT = 'unexpected end of input stream';

interface Known extends Family {
  typed: boolean;
}

/** Parses a text exposition; never throws: a problem is in `errors`. */
export function parseExposition(text: string): Exposition {
  const families = new Map<string, Known>();
  const lines = text.split('\n');
  const refusals: string[] = [];
  let lineNo = 0;
  try {
    for (let i = 0; i < lines.length; i++) {
      const terminated = i < lines.length - 1;
      if (!terminated && /^[ \t]*$/.test(lines[i]!)) break; // the end of the input, as expected
      lineNo = i + 1;
      new LineParser(lines[i]!, terminated, families, (what) => {
        if (!refusals.length) refusals.push(`line ${lineNo}: ${what}`);
      }).parse();
    }
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return {
      families: withSamples(families),
      errors: [`line ${lineNo}: ${e.message}`],
      scrapeRefusals: refusals,
    };
  }
  return { families: withSamples(families), errors: [], scrapeRefusals: refusals };
}

function withSamples(all: Map<string, Known>): Map<string, Family> {
  const out = new Map<string, Family>();
  for (const [name, { typed: _typed, ...family }] of all) if (family.samples.length) out.set(name, family);
  return out;
}

/** One line; `c` is the character at `pos` ('\n' past the end, or the end of input on the last line). */
class LineParser {
  private pos = 0;
  private readonly text: string;
  private readonly terminated: boolean;
  private readonly families: Map<string, Known>;
  private readonly refused: (what: string) => void;
  constructor(
    text: string,
    terminated: boolean,
    families: Map<string, Known>,
    refused: (what: string) => void,
  ) {
    this.text = text;
    this.terminated = terminated;
    this.families = families;
    this.refused = refused;
  }

  private ch(): string {
    if (this.pos < this.text.length) return this.text[this.pos]!;
    if (this.terminated) return '\n';
    throw new ParseError(END_OF_INPUT);
  }

  private skipBlank(): void {
    while (isBlank(this.ch())) this.pos++;
  }

  parse(): void {
    this.skipBlank();
    if (this.ch() === '\n') return;
    if (this.ch() === '#') return this.comment();
    if (this.pos > 0) this.refused('a sample line starting with a blank (read as part of the metric name)');
    this.sample();
  }

  private comment(): void {
    this.pos++;
    this.skipBlank();
    if (this.ch() === '\n') return;
    const keyword = this.token();
    if (this.ch() === '\n') return;
    if (keyword !== 'HELP' && keyword !== 'TYPE') {
      while (this.ch() !== '\n') this.pos++;
      return;
    }
    this.skipBlank();
    const name = this.name('metric');
    if (this.ch() === '\n') return;
    if (!isBlank(this.ch())) throw new ParseError('invalid metric name in comment');
    const { family } = this.familyOf(name);
    this.skipBlank();
    if (this.ch() === '\n') return;
    if (keyword === 'HELP') {
      if (family.help !== undefined)
        throw new ParseError(`second HELP line for metric name ${JSON.stringify(family.name)}`);
      family.help = this.rest(true);
      return;
    }
    if (family.typed)
      throw new ParseError(
        `second TYPE line for metric name ${JSON.stringify(family.name)}, or TYPE reported after samples`,
      );
    const written = this.rest(false);
    const type = TYPES.get(written.toUpperCase());
    if (!type) throw new ParseError(`unknown metric type ${JSON.stringify(written)}`);
    if (!LEGACY_TYPES.has(written))
      this.refused(
        `TYPE ${JSON.stringify(written)} (only counter, gauge, histogram, summary, untyped in lower case)`,
      );
    family.type = type;
    family.typed = true;
  }

  private sample(): void {
    const inBraces = this.ch() === '{';
    let found: ReturnType<LineParser['familyOf']> | undefined;
    let name = '';
    if (!inBraces) {
      name = this.name('metric');
      if (name === '') throw new ParseError('invalid metric name');
      found = this.familyOf(name);
      this.skipBlank();
    }
    const labels: Record<string, string> = {};
    if (this.ch() === '{') {
      this.pos++;
      for (;;) {
        this.skipBlank();
        if (this.ch() === '}') break;
        const label = this.name('label');
        if (label === '')
          throw new ParseError(`invalid label name for metric ${JSON.stringify(found?.family.name ?? '')}`);
        this.skipBlank();
        if (this.ch() !== '=') {
          if (!inBraces) throw new ParseError(`expected '=' after label name, found ${quoteChar(this.ch())}`);
          if (found) throw new ParseError(`multiple metric names for metric ${JSON.stringify(name)}`);
          if (this.ch() !== ',' && this.ch() !== '}')
            throw new ParseError(`unexpected end of metric name ${quoteChar(this.ch())}`);
          name = label;
          found = this.familyOf(name);
          if (this.ch() === ',') this.pos++;
          continue;
        }
        this.pos++;
        this.labelValue(label, labels, found?.family);
        this.skipBlank();
        if (this.ch() === ',') this.pos++;
        else if (this.ch() !== '}')
          throw new ParseError(`unexpected end of label value ${JSON.stringify(labels[label])}`);
      }
      if (!found) throw new ParseError('invalid metric name');
      this.pos++;
      this.skipBlank();
    }
    const { family, role } = found!;
    family.typed = true;
    const valueText = this.token();
    const value = parseGoFloat(valueText);
    if (value === undefined)
      throw new ParseError(`expected float as value, got ${JSON.stringify(valueText)}`);
    if (value < 0 && (family.type === 'histogram' || family.type === 'gauge_histogram')) {
      if (role === 'count')
        throw new ParseError(`negative count for histogram ${JSON.stringify(family.name)}`);
      if (role !== 'sum' && 'le' in labels)
        throw new ParseError(`negative bucket population for histogram ${JSON.stringify(family.name)}`);
    }
    family.samples.push({ name, labels, value });
    if (this.ch() === '\n') return;
    this.skipBlank();
    const stamp = this.token();
    const ms = parseGoInt64(stamp);
    if (ms === undefined) throw new ParseError(`expected integer as timestamp, got ${JSON.stringify(stamp)}`);
    if (ms < 0n) this.refused(`a negative timestamp ${stamp}`);
    const spurious = this.rest(false);
    if (spurious) throw new ParseError(`spurious string after timestamp: ${JSON.stringify(spurious)}`);
  }

  /** `="value"` of one label, with expfmt's checks of names, duplicates, `le` and `quantile`. */
  private labelValue(label: string, labels: Record<string, string>, family: Known | undefined): void {
    if (label === '__name__') throw new ParseError('label name "__name__" is reserved');
    if (Object.hasOwn(labels, label) && !this.isBucketOrQuantile(label, family))
      throw new ParseError(`duplicate label names for metric ${JSON.stringify(family?.name ?? '')}`);
    this.skipBlank();
    if (this.ch() !== '"')
      throw new ParseError(`expected '"' at start of label value, found ${quoteChar(this.ch())}`);
    let value = '';
    for (;;) {
      this.pos++;
      const c = this.ch();
      if (c === '"') break;
      if (c === '\n')
        throw new ParseError(`label value ${JSON.stringify(value)} contains unescaped new-line`);
      if (c === '\\') {
        this.pos++;
        value += this.escape({ '"': '"', '\\': '\\', n: '\n' });
      } else value += c;
    }
    this.pos++;
    if (this.isBucketOrQuantile(label, family) && parseGoFloat(value) === undefined)
      throw new ParseError(`expected float as value for '${label}' label, got ${JSON.stringify(value)}`);
    labels[label] = value;
  }

  private isBucketOrQuantile(label: string, family: Known | undefined): boolean {
    const type = family?.typed ? family.type : undefined;
    return (
      (label === 'quantile' && type === 'summary') ||
      (label === 'le' && (type === 'histogram' || type === 'gauge_histogram'))
    );
  }

  /** The character after a backslash, translated; anything else is an invalid escape. */
  private escape(allowed: Record<string, string>): string {
    const c = this.ch();
    const out = allowed[c];
    if (out === undefined) throw new ParseError(`invalid escape sequence '\\${c}'`);
    return out;
  }

  /** A metric or label name: `[a-zA-Z_:][a-zA-Z0-9_:]*`, or quoted with escapes (UTF-8). */
  private name(kind: 'metric' | 'label'): string {
    const allowed = kind === 'metric' ? isMetricNameChar : isLabelNameChar;
    if (!allowed(this.ch(), true)) return '';
    let token = '';
    let quoted = false;
    for (;;) {
      const c = this.ch();
      if (c === '"') {
        if (!quoted) this.refused(`a quoted (UTF-8) ${kind} name`);
        quoted = !quoted;
        if (!quoted) {
          this.pos++;
          return token;
        }
      } else if (c === '\n') {
        throw new ParseError(`${kind} name ${JSON.stringify(token)} contains unescaped new-line`);
      } else if (c === '\\') {
        this.pos++;
        token += this.escape({ '"': '"', '\\': '\\', n: '\n' });
      } else token += c;
      this.pos++;
      const next = this.ch();
      if (!quoted && (!allowed(next, false) || next === ' ')) return token;
    }
  }

  private familyOf(name: string): { family: Known; role?: 'count' | 'sum' | 'bucket' } {
    if (name === '') throw new ParseError('invalid metric name ""');
    const exact = this.families.get(name);
    if (exact) return { family: exact };
    const suffix = /_(count|sum|bucket)$/.exec(name);
    if (suffix) {
      const base = this.families.get(name.slice(0, suffix.index));
      const role = suffix[1] as 'count' | 'sum' | 'bucket';
      if (base?.type === 'summary' && role !== 'bucket') return { family: base, role };
      if (base?.type === 'histogram' || base?.type === 'gauge_histogram') return { family: base, role };
    }
    const family: Known = { name, type: 'untyped', samples: [], typed: false };
    this.families.set(name, family);
    return { family };
  }

  /** Characters up to a blank, a tab or the end of the line. */
  private token(): string {
    const start = this.pos;
    while (!isBlank(this.ch()) && this.ch() !== '\n') this.pos++;
    return this.text.slice(start, this.pos);
  }

  /** The rest of the line; with `escapes`, `\\`, `\n` and `\"` translated (HELP text). */
  private rest(escapes: boolean): string {
    let out = '';
    while (this.ch() !== '\n') {
      if (escapes && this.ch() === '\\') {
        this.pos++;
        out += this.escape({ '\\': '\\', n: '\n', '"': '"' });
      } else out += this.ch();
      this.pos++;
    }
    return out;
  }
}
