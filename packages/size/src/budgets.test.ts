import { evaluateBudgets } from './budgets.ts';
import type { MeasuredBudget, MeasuredFile, SizeReport } from './model.ts';
import { REPORT_SCHEMA } from './model.ts';
import { budgetsSchema } from './spec.ts';
import { parseDelta, parseSize, formatBytes } from './units.ts';

function file(path: string, raw: number, gzip?: number, key = path): MeasuredFile {
  return { path, key, sha256: `h-${path}-${raw}`, raw, gzip };
}

function measured(spec: Record<string, unknown>, files: MeasuredFile[], error?: string): MeasuredBudget {
  const [e] = budgetsSchema.parse([spec]);
  return {
    name: e!.name ?? e!.path.join(', '),
    paths: e!.path,
    type: e!.type,
    compression: e!.compression,
    max: e!.max,
    maxIncrease: e!['max-increase'],
    when: e!.when,
    files,
    error,
  };
}

function baselineOf(budgets: MeasuredBudget[], target?: string): SizeReport {
  const ev = evaluateBudgets(budgets, undefined, target);
  return {
    schema: REPORT_SCHEMA,
    createdAt: '2026-01-01T00:00:00Z',
    targets: target ? [target] : [],
    settings: { gzipLevel: 9, brotliQuality: 11, units: '' },
    passed: true,
    totals: { bytes: 0, files: 0 },
    budgets: ev.budgets,
    files: budgets.flatMap((b) => b.files.map((f) => ({ ...f, target }))),
    movers: [],
    skipped: [],
    stats: { files: 0, reused: 0, compressed: 0, ms: 0 },
  };
}

describe('units', () => {
  test.each([
    ['40MB', 40_000_000],
    ['512KiB', 524_288],
    ['1.5 GB', 1_500_000_000],
    ['123456', 123_456],
    ['100 B', 100],
    ['10kB', 10_000],
    ['2 MiB', 2_097_152],
    [4096, 4096],
  ])('%s → %d bytes', (text, bytes) => expect(parseSize(text as string)).toEqual({ bytes }));
  test('unknown unit and junk are errors that say what is allowed', () => {
    expect(parseSize('40 potatoes')).toEqual({
      error: expect.stringMatching(/^"40 potatoes": unknown unit "potatoes"; expected a size such as 40MB/),
    });
    expect(parseSize('MB')).toEqual({ error: expect.stringMatching(/^"MB" is not a size/) });
    expect(parseSize('-5MB')).toHaveProperty('error');
  });
  test('deltas', () => {
    expect(parseDelta('+5%')).toEqual({ delta: { kind: 'percent', percent: 5, text: '+5%' } });
    expect(parseDelta('+100KB')).toEqual({ delta: { kind: 'bytes', bytes: 100_000, text: '+100KB' } });
    expect(parseDelta('-5%')).toHaveProperty('error');
    expect(parseDelta('+lots')).toHaveProperty('error');
  });
  test('formatBytes uses decimal units', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(40_000_000)).toBe('40.00 MB');
    expect(formatBytes(1_234_567)).toBe('1.23 MB');
  });
});

describe('budget spec errors name the entry', () => {
  const issues = (doc: unknown) =>
    budgetsSchema.safeParse(doc).error!.issues.map((i) => [i.path.join('.'), i.message]);
  test('max: 40 potatoes, unknown compression, bad max-increase, bad when, unknown key', () => {
    expect(issues([{ path: 'a' }, { path: 'b' }, { path: 'c', max: '40 potatoes' }])).toEqual([
      ['2.max', expect.stringMatching(/^"40 potatoes": unknown unit "potatoes"/)],
    ]);
    expect(issues([{ path: 'a', compression: 'zip' }])).toEqual([
      ['0.compression', expect.stringMatching(/unknown compression "zip"; allowed: none, gzip, brotli/)],
    ]);
    expect(issues([{ path: 'a', compression: ['gzip', 'lzma'] }])[0]).toEqual([
      '0.compression.1',
      expect.stringMatching(/unknown compression "lzma"/),
    ]);
    expect(issues([{ path: 'a', 'max-increase': 'a bit' }])).toEqual([
      ['0.max-increase', expect.stringMatching(/"a bit" is not an increase such as \+5%/)],
    ]);
    expect(issues([{ path: 'a', colour: 'red' }])[0]![1]).toMatch(/Unrecognized key: "colour"/);
    expect(issues([{ path: 'img.tar', type: 'image', compression: 'gzip' }])).toEqual([
      ['0.compression', 'an image budget measures layers as stored; compression must be none'],
    ]);
    expect(issues([])[0]![1]).toBe('budgets must list at least one entry');
  });
});

describe('evaluateBudgets', () => {
  test('absolute: pass at the limit, fail one byte over, message names the entry', () => {
    const at = evaluateBudgets([
      measured({ name: 'bin', path: 'bin/app', max: '1kB' }, [file('bin/app', 1000)]),
    ]);
    expect(at.passed).toBe(true);
    const over = evaluateBudgets([
      measured({ name: 'bin', path: 'bin/app', max: '1kB' }, [file('bin/app', 1001)]),
    ]);
    expect(over.passed).toBe(false);
    expect(over.budgets[0]).toMatchObject({
      status: 'fail',
      message: 'budget "bin": raw 1.00 kB exceeds max 1kB (1.00 kB)',
    });
  });

  test('a budget that matched nothing is an error, never a pass', () => {
    const ev = evaluateBudgets([
      measured({ name: 'wasm', path: 'build/*.wasm', max: '1MB' }, [], '"build/*.wasm" matched no files'),
    ]);
    expect(ev.passed).toBe(false);
    expect(ev.budgets[0]).toMatchObject({
      status: 'error',
      message: 'budget "wasm": "build/*.wasm" matched no files',
    });
  });

  test('relative against the baseline: +5% and +100KB; deltas, new and removed files', () => {
    const base = baselineOf([
      measured({ name: 'js', path: 'dist/*.js', compression: 'gzip' }, [
        file('dist/app.aaaaaa1.js', 5000, 1000, 'dist/app.*.js'),
        file('dist/old.js', 10, 10),
      ]),
    ]);
    const now = [file('dist/app.bbbbbb2.js', 5400, 1040, 'dist/app.*.js'), file('dist/new.js', 20, 20)];
    const ok = evaluateBudgets(
      [measured({ name: 'js', path: 'dist/*.js', compression: 'gzip', 'max-increase': '+10%' }, now)],
      base,
    );
    expect(ok.budgets[0]).toMatchObject({
      status: 'pass',
      sizes: { gzip: 1060 },
      baseSizes: { gzip: 1010 },
      newFiles: ['dist/new.js'],
      removedFiles: ['dist/old.js'],
    });
    expect(ok.budgets[0]!.checks[0]).toMatchObject({ delta: 50, allowed: 1111, relative: 'ok' });
    const tight = evaluateBudgets(
      [measured({ name: 'js', path: 'dist/*.js', compression: 'gzip', 'max-increase': '+4%' }, now)],
      base,
    );
    expect(tight.budgets[0]!.message).toBe(
      'budget "js": gzip grew 50 B over the baseline\'s 1.01 kB, more than +4%',
    );
    const bytes = evaluateBudgets(
      [measured({ name: 'js', path: 'dist/*.js', compression: 'gzip', 'max-increase': '+49B' }, now)],
      base,
    );
    expect(bytes.passed).toBe(false);
    expect(ok.movers.map((m) => [m.key, m.delta])).toEqual([
      ['dist/app.*.js', 40],
      ['dist/new.js', 20],
      ['dist/old.js', -10],
    ]);
  });

  test('combined rules: any vs all; a relative limit without baseline is left out', () => {
    const base = baselineOf([measured({ name: 'b', path: 'b' }, [file('b', 10_000_000)])]);
    const grown = [file('b', 21_000_000)]; // +110%, over 20MB
    const spec = { name: 'b', path: 'b', max: '20MB', 'max-increase': '+100%' };
    expect(evaluateBudgets([measured({ ...spec, when: 'all' }, grown)], base).passed).toBe(false);
    expect(evaluateBudgets([measured({ ...spec, when: 'all', max: '30MB' }, grown)], base).passed).toBe(true);
    expect(evaluateBudgets([measured({ ...spec, when: 'any', max: '30MB' }, grown)], base).passed).toBe(
      false,
    );
    expect(evaluateBudgets([measured({ ...spec, when: 'all' }, [file('b', 15_000_000)])], base).passed).toBe(
      true,
    );
    const noBase = evaluateBudgets([measured({ ...spec, when: 'all' }, grown)]);
    expect(noBase.budgets[0]!.checks[0]).toMatchObject({
      absolute: 'over',
      relative: 'no-baseline',
      breached: true,
    });
  });

  test('every listed compression is checked', () => {
    const ev = evaluateBudgets([
      measured({ name: 'x', path: 'x', compression: ['none', 'gzip'], max: '500B' }, [file('x', 600, 300)]),
    ]);
    expect(ev.budgets[0]!.checks.map((c) => [c.compression, c.breached])).toEqual([
      ['none', true],
      ['gzip', false],
    ]);
  });

  test('baseline budgets are matched per target', () => {
    const base = baselineOf([measured({ name: 'app', path: 'app' }, [file('app', 100)])], 'linux');
    const spec = { name: 'app', path: 'app', 'max-increase': '+10%' };
    expect(evaluateBudgets([measured(spec, [file('app', 200)])], base, 'linux').passed).toBe(false);
    expect(
      evaluateBudgets([measured(spec, [file('app', 200)])], base, 'darwin').budgets[0]!.checks[0]!.relative,
    ).toBe('no-baseline');
  });
});
