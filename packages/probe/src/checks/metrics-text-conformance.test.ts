// prometheus/common's own text-parser tests, ported as data (metrics-text-cases.json: the inputs of
// testTextParse with the families, types, HELP texts, metric counts and values they must give, and
// the inputs of testTextParseError with the error each must give, at the commit named in `source`).
// A case we differ on is listed in DIFFERS with the reason (also in packages/probe/README.md).
import { readFileSync } from 'node:fs';
import { parseExposition, type Family } from './metrics-text.ts';

interface ExpectedFamily {
  name: string;
  type: string;
  help?: string;
  metrics: number;
  values?: (number | 'NaN' | '+Inf' | '-Inf')[];
}
interface Suite {
  source: string;
  valid: { n: number; title: string; in: string; families: ExpectedFamily[] }[];
  invalid: { n: number; title: string; in: string; error: string }[];
}

const suite = JSON.parse(
  readFileSync(new URL('./metrics-text-cases.json', import.meta.url), 'utf8'),
) as Suite;

/** Error cases we differ on, by number: the reason, and our error ('' for none). */
const DIFFERS: Record<number, { reason: string; ours: string }> = {
  20: {
    reason:
      'the input holds the byte 0xbd, which is not UTF-8; the probe reads the body as text, so it sees U+FFFD, a valid character. A literal U+FFFD is valid to expfmt too, so we do not refuse it.',
    ours: '',
  },
};

const shown = (v: number) =>
  Number.isNaN(v) ? 'NaN' : v === Infinity ? '+Inf' : v === -Infinity ? '-Inf' : v;

/** Our parse in the terms the reference's expectations use. */
function summary(f: Family): ExpectedFamily {
  const grouped = f.type === 'summary' || f.type.endsWith('histogram');
  const out: ExpectedFamily = { name: f.name, type: f.type, metrics: 0 };
  if (f.help !== undefined) out.help = f.help;
  if (grouped) {
    const keys = new Set(
      f.samples.map((s) => {
        const { le: _le, quantile: _q, ...rest } = s.labels;
        return JSON.stringify(Object.entries(rest).sort());
      }),
    );
    out.metrics = keys.size;
  } else {
    out.metrics = f.samples.length;
    out.values = f.samples.map((s) => shown(s.value));
  }
  return out;
}

describe(suite.source, () => {
  test.each(suite.valid.map((c) => [`${c.n}: ${c.title}`, c] as const))('valid %s', (_name, c) => {
    const parsed = parseExposition(c.in);
    expect(parsed.errors).toEqual([]);
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect([...parsed.families.values()].map(summary).sort(byName)).toEqual([...c.families].sort(byName));
  });

  test.each(suite.invalid.map((c) => [`${c.n}: ${c.title || c.error}`, c] as const))(
    'error %s',
    (_name, c) => {
      const parsed = parseExposition(c.in);
      const differs = DIFFERS[c.n];
      const expected = differs ? differs.ours : c.error.replace(/^text format parsing error in /, '');
      if (expected === '') expect(parsed.errors).toEqual([]);
      else {
        expect(parsed.errors).toHaveLength(1);
        expect(parsed.errors[0]!.startsWith(expected)).toBe(true);
      }
    },
  );
});
