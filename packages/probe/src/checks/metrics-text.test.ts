import { parseExposition } from './metrics-text.ts';

describe('issue #13: the text format as expfmt reads it', () => {
  test.each([
    ['a space between the name and "{"', 'up {job="a"} 1\n'],
    ['no space after "}"', 'up{job="a"}1\n'],
    ['gauge_histogram in any letter case', '# TYPE h GAUGE_Histogram\nh_bucket{le="+Inf"} 1\nh_count 1\n'],
    ['the OpenMetrics spelling gaugehistogram', '# TYPE h gaugehistogram\nh_bucket{le="1"} 0\n'],
    ['a trailing comma and blanks in the label set', 'up{ job = "a" , } 1 1700000000000\n'],
    ['NaN, +Inf, -Inf and Go float spellings', 'a NaN\nb +Inf\nc -inf\nd 1e3\ne .5\n'],
    ['# EOF and other comments', '# a comment\nup 1\n# EOF\n'],
  ])('valid: %s', (_name, text) => {
    expect(parseExposition(text).errors).toEqual([]);
  });

  test.each([
    ['0x1', 'x 0x1\n', 'line 1: expected float as value, got "0x1"'],
    ['0b1', 'x 0b1\n', 'line 1: expected float as value, got "0b1"'],
    ['0o1', 'x 0o1\n', 'line 1: expected float as value, got "0o1"'],
    ['1e400 (beyond float64)', 'x 1e400\n', 'line 1: expected float as value, got "1e400"'],
    ['a repeated HELP', '# HELP x a\n# HELP x b\n', 'line 2: second HELP line for metric name "x"'],
    ['a repeated TYPE', '# TYPE x gauge\n# TYPE x gauge\n', 'line 2: second TYPE line'],
    [
      'a TYPE after its samples',
      'x 1\n# TYPE x gauge\n',
      'line 2: second TYPE line for metric name "x", or TYPE reported after samples',
    ],
    ['__name__', 'x{__name__="y"} 1\n', 'line 1: label name "__name__" is reserved'],
    ['a duplicate label', 'x{a="1",a="2"} 1\n', 'line 1: duplicate label names for metric "x"'],
    [
      'a non-numeric le',
      '# TYPE h histogram\nh_bucket{le="x"} 1\n',
      `line 2: expected float as value for 'le' label, got "x"`,
    ],
    [
      'a non-numeric quantile',
      '# TYPE s summary\ns{quantile="x"} 1\n',
      `line 2: expected float as value for 'quantile' label, got "x"`,
    ],
    [
      'a negative bucket',
      '# TYPE h histogram\nh_bucket{le="1"} -1\n',
      'line 2: negative bucket population for histogram "h"',
    ],
    ['an invalid escape', 'x{a="\\q"} 1\n', "line 1: invalid escape sequence '\\q'"],
    ['no newline at the end', 'x 1', 'line 1: unexpected end of input stream'],
    ['CRLF line ends', 'x 1\r\n', 'line 1: expected float as value, got "1\\r"'],
    ['a blank after the value', 'x 1 \n', 'line 1: expected integer as timestamp, got ""'],
  ])('invalid: %s', (_name, text, error) => {
    const { errors } = parseExposition(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.startsWith(error)).toBe(true);
  });

  test('histogram and summary samples are grouped under their family; HELP-only families are dropped', () => {
    const { families, errors } = parseExposition(
      '# HELP only_help nothing\n# TYPE h histogram\nh_bucket{le="1"} 1\nh_sum 2\nh_count 1\n# TYPE s summary\ns{quantile="0.5"} 1\ns_count 3\n',
    );
    expect(errors).toEqual([]);
    expect([...families.keys()]).toEqual(['h', 's']);
    expect(families.get('h')!.samples.map((x) => x.name)).toEqual(['h_bucket', 'h_sum', 'h_count']);
    expect(families.get('s')).toMatchObject({ type: 'summary' });
  });

  test.each([
    ['a quoted UTF-8 name', '{"my.metric"} 1\n', 'line 1: a quoted (UTF-8) label name'],
    ['gauge_histogram', '# TYPE h gauge_histogram\nh_count 1\n', 'line 1: TYPE "gauge_histogram"'],
    ['an upper-case TYPE', '# TYPE x COUNTER\nx 1\n', 'line 1: TYPE "COUNTER"'],
    ['a sample line starting with a blank', '  x 1\n', 'line 1: a sample line starting with a blank'],
    ['a negative timestamp', 'x 1 -2\n', 'line 1: a negative timestamp -2'],
  ])('valid to expfmt, refused by a Prometheus 2.42 scrape: %s', (_name, text, refusal) => {
    const parsed = parseExposition(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.scrapeRefusals).toHaveLength(1);
    expect(parsed.scrapeRefusals[0]!.startsWith(refusal)).toBe(true);
  });

  test('an ordinary exposition has no scrape refusals', () => {
    const text = '# HELP up Up.\n# TYPE up gauge\nup{job="a"} 1 1700000000000\n # a comment\n';
    expect(parseExposition(text)).toMatchObject({ errors: [], scrapeRefusals: [] });
  });
});
