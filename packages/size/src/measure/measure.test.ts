import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { budgetsSchema } from '../spec.ts';
import { measureBudgets } from './index.ts';
import { normalizeHashedName } from './normalize.ts';
import { measureOnPool } from './pool.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'size-measure-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Text-like content: compressible but not trivial. */
function text(seed: number, bytes: number): Buffer {
  const words = [
    'const',
    'function',
    'return',
    'export',
    'import',
    'value',
    'size',
    'budget',
    `v${seed}`,
    '{',
    '}',
    ';',
    '\n',
  ];
  let s = '';
  let x = seed * 7919 + 1;
  while (s.length < bytes) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += words[x % words.length] + ' ';
  }
  return Buffer.from(s.slice(0, bytes));
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

test('gzip level 9 and brotli quality 11 sizes match node:zlib computed here, sha256 and raw too', async () => {
  const files = [0, 1, 2, 3, 4, 5].map((i) => {
    const p = join(root, `t${i}.js`);
    const b = i === 5 ? Buffer.alloc(0) : text(i, 3000 * (i + 1));
    writeFileSync(p, b);
    return { p, b };
  });
  const sizes = await measureOnPool(
    files.map(({ p }) => ({ path: p, gzip: true, brotli: true })),
    { threads: 2 },
  );
  sizes.forEach((s, i) => {
    const b = files[i]!.b;
    expect(s).toMatchObject({ raw: b.length, gzip: gz(b), brotli: br(b), reused: false });
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

test('a 50 MB binary-like file: raw and gzip (streamed above the threshold and one-shot agree with zlib)', async () => {
  // Machine code-like: incompressible stretches, zero padding, some text (symbol tables).
  const big = Buffer.concat(
    Array.from({ length: 50 }, (_, i) =>
      Buffer.concat([randomBytes(700 * 1024), Buffer.alloc(300 * 1024, 0), text(i, 24 * 1024)]),
    ),
  );
  const p = join(root, 'big.bin');
  writeFileSync(p, big);
  const expected = gz(big);
  const [oneShot] = await measureOnPool([{ path: p, gzip: true, brotli: false }], { threads: 1 });
  expect(oneShot).toMatchObject({ raw: 50 * 1024 * 1024, gzip: expected });
  expect(oneShot!.brotli).toBeUndefined();
  const [streamed] = await measureOnPool([{ path: p, gzip: true, brotli: false }], {
    threads: 1,
    streamAbove: 1024 * 1024,
  });
  expect(streamed).toMatchObject({ raw: big.length, gzip: expected, sha256: oneShot!.sha256 });
});

test('sizes are reused from the cache when the content hash matches, and only then', async () => {
  const a = join(root, 'reuse-a.js');
  const b = join(root, 'reuse-b.js');
  writeFileSync(a, text(11, 5000));
  writeFileSync(b, text(12, 5000));
  const [first] = await measureOnPool([{ path: a, gzip: true, brotli: true }]);
  // A planted (wrong) size proves it was reused rather than recomputed.
  const cache = new Map([[first!.sha256, { gzip: 1, brotli: 2 }]]);
  const [again, other] = await measureOnPool(
    [
      { path: a, gzip: true, brotli: true },
      { path: b, gzip: true, brotli: true },
    ],
    { cache },
  );
  expect(again).toMatchObject({ gzip: 1, brotli: 2, reused: true });
  expect(other).toMatchObject({ gzip: gz(text(12, 5000)), reused: false });
  // A cache holding only gzip still computes brotli.
  const [partial] = await measureOnPool([{ path: a, gzip: true, brotli: true }], {
    cache: new Map([[first!.sha256, { gzip: 1 }]]),
  });
  expect(partial).toMatchObject({ gzip: 1, brotli: first!.brotli, reused: false });
});

test('a folder of 10,000 small files, measured raw + gzip, summed', async () => {
  const dir = join(root, 'many');
  let raw = 0;
  let gzip = 0;
  for (let d = 0; d < 100; d++) {
    mkdirSync(join(dir, `d${d}`), { recursive: true });
    for (let f = 0; f < 100; f++) {
      const b = Buffer.from(
        `export const v${d}_${f} = ${JSON.stringify('x'.repeat((d * 100 + f) % 300))};\n`,
      );
      writeFileSync(join(dir, `d${d}`, `f${f}.js`), b);
      raw += b.length;
      gzip += gz(b);
    }
  }
  const entries = budgetsSchema.parse([{ name: 'many', path: 'many', compression: 'gzip', max: '10MB' }]);
  const out = await measureBudgets(entries, { cwd: root });
  expect(out.budgets[0]!.files).toHaveLength(10_000);
  expect(out.budgets[0]!.files.reduce((s, f) => s + f.raw, 0)).toBe(raw);
  expect(out.budgets[0]!.files.reduce((s, f) => s + (f.gzip ?? 0), 0)).toBe(gzip);
  expect(out.stats).toMatchObject({ files: 10_000, reused: 0, compressed: 10_000 });
});

describe('paths, folders and globs', () => {
  beforeAll(() => {
    mkdirSync(join(root, 'dist/assets'), { recursive: true });
    writeFileSync(join(root, 'dist/app.3f9a1c.js'), 'a'.repeat(100));
    writeFileSync(join(root, 'dist/app.3f9a1c.js.map'), 'm'.repeat(1000));
    writeFileSync(join(root, 'dist/assets/index-BxK3f9aZ.css'), 'c'.repeat(50));
    writeFileSync(join(root, 'dist/.hidden.js'), 'h'.repeat(7));
    writeFileSync(join(root, 'dist/[weird].js'), 'w'.repeat(3));
  });

  test('glob, folder, exclude, dot files, literal brackets', async () => {
    const entries = budgetsSchema.parse([
      { name: 'js', path: 'dist/**/*.js' },
      { name: 'folder', path: 'dist', exclude: '**/*.map' },
      { name: 'literal', path: 'dist/[weird].js' },
      { name: 'two', path: ['dist/app.3f9a1c.js', 'dist/assets/*.css'] },
    ]);
    const out = await measureBudgets(entries, { cwd: root });
    const paths = (i: number) => out.budgets[i]!.files.map((f) => f.path);
    expect(paths(0)).toEqual(['dist/.hidden.js', 'dist/[weird].js', 'dist/app.3f9a1c.js']);
    expect(paths(1)).toEqual([
      'dist/.hidden.js',
      'dist/[weird].js',
      'dist/app.3f9a1c.js',
      'dist/assets/index-BxK3f9aZ.css',
    ]);
    expect(paths(2)).toEqual(['dist/[weird].js']);
    expect(paths(3)).toEqual(['dist/app.3f9a1c.js', 'dist/assets/index-BxK3f9aZ.css']);
    expect(out.budgets[3]!.files.map((f) => f.key)).toEqual(['dist/app.*.js', 'dist/assets/index-*.css']);
    expect(out.budgets.every((b) => b.error === undefined)).toBe(true);
  });

  test('a path or glob that matches nothing is an error naming it', async () => {
    const entries = budgetsSchema.parse([
      { name: 'missing', path: ['dist/app.3f9a1c.js', 'build/*.wasm', 'nope.bin'] },
      { name: 'excluded away', path: 'dist/*.map', exclude: '**/*.map' },
    ]);
    const out = await measureBudgets(entries, { cwd: root });
    expect(out.budgets[0]!.error).toBe('"build/*.wasm", "nope.bin" matched no files');
    expect(out.budgets[1]!.error).toBe('"dist/*.map" matched no files');
  });

  test('entries for another target are skipped and counted', async () => {
    const entries = budgetsSchema.parse([
      { name: 'linux', path: 'dist/app.3f9a1c.js', target: 'linux-x64' },
      { name: 'mac', path: 'dist/app.3f9a1c.js', target: 'darwin-arm64' },
      { name: 'all', path: 'dist/app.3f9a1c.js' },
    ]);
    const out = await measureBudgets(entries, { cwd: root, target: 'linux-x64' });
    expect(out.budgets.map((b) => b.name)).toEqual(['linux', 'all']);
    expect(out.skipped).toEqual([{ name: 'mac', reason: 'for target darwin-arm64 (this run: linux-x64)' }]);
  });
});

test.each([
  ['dist/app.3f9a1c.js', 'dist/app.*.js'],
  ['static/js/main.8f2e1b7c.chunk.js', 'static/js/main.*.chunk.js'],
  ['assets/index-BxK3f9aZ.js', 'assets/index-*.js'],
  ['assets/vendor-DWnL_0aZ.js', 'assets/vendor-*.js'],
  ['app.js', 'app.js'],
  ['jquery-3.7.1.min.js', 'jquery-3.7.1.min.js'],
  ['react-dom.production.min.js', 'react-dom.production.min.js'],
  ['font-awesome.woff2', 'font-awesome.woff2'],
  ['chunk.d3adbeef.js', 'chunk.*.js'],
  ['bin/myapp-linux-amd64', 'bin/myapp-linux-amd64'],
  ['a3f9c1d2e4b5/app.js', 'a3f9c1d2e4b5/app.js'],
])('normalise %s → %s', (input, output) => expect(normalizeHashedName(input)).toBe(output));
