/**
 * A parser of the Prometheus text exposition format (0.0.4, and the OpenMetrics text it shares):
 * HELP/TYPE comments and samples `name{labels} value [timestamp]`. Lines that do not parse are
 * errors with their line number; samples of histograms and summaries (`_bucket`, `_sum`, `_count`,
 * `_created`) are grouped under their family.
 */

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Family {
  name: string;
  type: string;
  help?: string;
  samples: Sample[];
}

export interface Exposition {
  families: Map<string, Family>;
  errors: string[];
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const SAMPLE = new RegExp(`^(${NAME})(?:\\{(.*)\\})?\\s+(\\S+)(?:\\s+(-?\\d+))?\\s*$`);
const LABEL_PAIR = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*,?/y;
const SUFFIXES = ['_bucket', '_sum', '_count', '_created', '_total', '_info'];

/** Parses a text exposition; never throws: problems are in `errors` (at most 20 kept). */
export function parseExposition(text: string): Exposition {
  const families = new Map<string, Family>();
  const errors: string[] = [];
  const family = (name: string) => {
    let f = families.get(name);
    if (!f) families.set(name, (f = { name, type: 'untyped', samples: [] }));
    return f;
  };
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line === '# EOF') return;
    const error = (what: string) =>
      errors.length < 20 && errors.push(`line ${index + 1}: ${what}: ${line.slice(0, 120)}`);
    if (line.startsWith('#')) {
      const meta = new RegExp(`^#\\s+(HELP|TYPE)\\s+(${NAME})(?:\\s+(.*))?$`).exec(line);
      if (!meta) return; // other comments are allowed
      const f = family(meta[2]!);
      if (meta[1] === 'TYPE') {
        const type = (meta[3] ?? '').trim();
        if (
          ![
            'counter',
            'gauge',
            'histogram',
            'summary',
            'untyped',
            'unknown',
            'info',
            'stateset',
            'gaugehistogram',
          ].includes(type)
        )
          error(`unknown metric type "${type}"`);
        f.type = type;
      } else f.help = meta[3] ?? '';
      return;
    }
    const match = SAMPLE.exec(line);
    if (!match) return void error('not a sample line');
    const labels = parseLabels(match[2] ?? '');
    if (labels === undefined) return void error('malformed labels');
    const value = parseValue(match[3]!);
    if (value === undefined) return void error(`"${match[3]}" is not a sample value`);
    family(familyOf(match[1]!, families)).samples.push({ name: match[1]!, labels, value });
  });
  return { families, errors };
}

function familyOf(sample: string, families: Map<string, Family>): string {
  if (families.has(sample)) return sample;
  for (const suffix of SUFFIXES) {
    if (sample.endsWith(suffix) && families.has(sample.slice(0, -suffix.length)))
      return sample.slice(0, -suffix.length);
  }
  return sample;
}

function parseLabels(text: string): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  LABEL_PAIR.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    if (text.slice(pos).trim() === '') break;
    LABEL_PAIR.lastIndex = pos;
    const m = LABEL_PAIR.exec(text);
    if (!m) return undefined;
    labels[m[1]!] = m[2]!.replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
    pos = LABEL_PAIR.lastIndex;
  }
  return labels;
}

function parseValue(text: string): number | undefined {
  if (text === 'NaN') return Number.NaN;
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  const value = Number(text);
  return Number.isNaN(value) || text.trim() === '' ? undefined : value;
}
