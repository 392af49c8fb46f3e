#!/usr/bin/env node
/**
 * build-verify-size vs size-limit (file mode) on the same generated tree, in the same run.
 *
 *   node_modules/.bin/node bench/size/bench.ts [--files 10000] [--mb 200] [--changed 0.01]
 *
 * Both sides get gzip (level 9) and brotli (quality 11) of every file: shipgate in one pass through
 * the built bundle (dist/build-verify-size/index.js, run as the runner does); size-limit with two
 * checks (`gzip: true` and its default brotli), the only way it reports both. Cold: no baseline.
 * Warm: 1% of the files changed, shipgate given the cold report as its baseline; size-limit has no
 * reuse, so it does the whole work again. Needs `npm run build -- build-verify-size` first.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '10000' },
    mb: { type: 'string', default: '200' },
    changed: { type: 'string', default: '0.01' },
  },
});
const FILES = Number(values.files);
const BYTES = Number(values.mb) * 1_000_000;
const CHANGED = Number(values.changed);
const root = new URL('../..', import.meta.url).pathname;
// Outside the repository: a 200 MB tree of 10,000 files under the repo slows every jest run's crawl.
const work = join(tmpdir(), 'shipgate-bench-size');
const tree = join(work, 'tree');

/** Deterministic JS-like text: compressible the way real bundles are (brotli ~3-4x, gzip ~3x). */
const WORDS = [
  'const',
  'function',
  'return',
  'export',
  'import',
  'default',
  'this.state',
  'props',
  '=>',
  'await',
  'async',
  'if',
  'else',
  '{',
  '}',
  '(',
  ')',
  ';',
  '\n',
  'null',
  'undefined',
  'true',
  'false',
  'useEffect',
  'document',
  'window',
  'Object.keys',
  'Array.from',
  'JSON.stringify',
  'Promise.all',
];
function text(seed: number, n: number): Buffer {
  const parts: string[] = [];
  let len = 0;
  let x = seed >>> 0 || 1;
  while (len < n) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const w = WORDS[x % WORDS.length]! + (x % 5 === 0 ? `_${(x >>> 8) % 4096}` : '') + ' ';
    parts.push(w);
    len += w.length;
  }
  return Buffer.from(parts.join('').slice(0, n));
}

function generate(): void {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  // A size-limit project: its plugins resolve through a node_modules link to this repo's.
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  writeFileSync(
    join(tree, 'package.json'),
    JSON.stringify({
      name: 'bench-tree',
      private: true,
      devDependencies: { 'size-limit': '*', '@size-limit/file': '*' },
    }),
  );
  const checks = [
    { name: 'gzip', path: 'dist/**/*', gzip: true },
    { name: 'brotli', path: 'dist/**/*' },
  ];
  writeFileSync(join(tree, '.size-limit.json'), JSON.stringify(checks));
  writeFileSync(join(tree, 'gzip.size-limit.json'), JSON.stringify([checks[0]]));
  writeFileSync(join(tree, 'brotli.size-limit.json'), JSON.stringify([checks[1]]));
  // Sizes: mostly small modules, a few large chunks (1% of files hold ~25% of the bytes).
  const big = Math.max(1, Math.round(FILES * 0.01));
  const bigSize = Math.round((BYTES * 0.25) / big);
  const smallSize = Math.round((BYTES * 0.75) / (FILES - big));
  for (let i = 0; i < FILES; i++) {
    const dir = join(tree, 'dist', `chunk-${String(i % 100).padStart(2, '0')}`);
    if (i < 100) mkdirSync(dir, { recursive: true });
    const size =
      i % 100 === 0 && i / 100 < big
        ? bigSize
        : Math.max(200, Math.round(smallSize * (0.5 + ((i * 7919) % 1000) / 1000)));
    writeFileSync(
      join(dir, `m${i}.${((i * 2654435761) >>> 0).toString(16).padStart(8, '0')}.js`),
      text(i + 1, size),
    );
  }
}

function change(): number {
  const step = Math.round(1 / CHANGED);
  let n = 0;
  // Spread over the tree (offset 37: not the large chunks, which sit at multiples of 100).
  for (let i = 37; i < FILES; i += step) {
    const file = join(
      tree,
      'dist',
      `chunk-${String(i % 100).padStart(2, '0')}`,
      `m${i}.${((i * 2654435761) >>> 0).toString(16).padStart(8, '0')}.js`,
    );
    appendFileSync(file, `\nexport const changed${i} = ${i};\n`);
    n++;
  }
  return n;
}

function time<T>(label: string, fn: () => T): { ms: number; result: T } {
  const t = performance.now();
  const result = fn();
  const ms = performance.now() - t;
  console.log(`${label}: ${(ms / 1000).toFixed(1)} s`);
  return { ms, result };
}

function shipgate(
  report: string,
  baseline?: string,
): { report: { stats: unknown; totals: unknown; budgets: { sizes: unknown }[] } } {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    GITHUB_WORKSPACE: tree,
    RUNNER_TEMP: work,
    GITHUB_OUTPUT: join(work, 'out.txt'),
    GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
    INPUT_BUDGETS: '- name: dist\n  path: dist\n  compression: [gzip, brotli]',
    INPUT_COMMENT: 'false',
    'INPUT_REPORT-FILE': report,
  };
  if (baseline) env.INPUT_BASELINE = baseline;
  writeFileSync(env.GITHUB_OUTPUT!, '');
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'CPU %U s user %S s sys, max RSS %M kB',
      process.execPath,
      join(root, 'dist/build-verify-size/index.js'),
    ],
    { cwd: tree, env, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (r.status !== 0) throw new Error(`shipgate failed (${r.status}): ${r.stdout}\n${r.stderr}`);
  console.log(`  ${r.stderr.trim().split('\n').at(-1)}`);
  return { report: JSON.parse(readFileSync(join(tree, report), 'utf8')) };
}

/**
 * size-limit's file plugin opens every file at once (a Promise.all of read streams per check, and
 * the checks run together): 10,000 files × 2 checks need ~20,000 descriptors, and under this
 * machine's limit (20,000, not raisable here) it dies with EMFILE. It is first run as configured;
 * on EMFILE it is run once per check (gzip, then brotli), which is what a user would have to do.
 */
let perCheck = false;
function runSizeLimit(config: string): { name: string; size: number }[] {
  const argv = [
    '-f',
    'CPU %U s user %S s sys, max RSS %M kB',
    process.execPath,
    join(root, 'node_modules/size-limit/bin.js'),
    '--json',
    '--config',
    config,
  ];
  const r = spawnSync('/usr/bin/time', argv, { cwd: tree, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.stderr.includes('EMFILE'))
    throw Object.assign(new Error('EMFILE'), { emfile: true });
  if (r.status !== 0) throw new Error(`size-limit failed (${r.status}): ${r.stdout}\n${r.stderr}`);
  console.log(`  ${config}: ${r.stderr.trim().split('\n').at(-1)}`);
  return JSON.parse(r.stdout) as { name: string; size: number }[];
}

function sizeLimit(): { gzip: number; brotli: number } {
  let out: { name: string; size: number }[];
  if (!perCheck) {
    try {
      out = runSizeLimit('.size-limit.json');
    } catch (e) {
      if (!(e as { emfile?: boolean }).emfile) throw e;
      console.log(
        `  size-limit (both checks at once) failed: EMFILE, too many open files (limit ${spawnSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).stdout.trim()}); running one check per invocation`,
      );
      perCheck = true;
      return sizeLimit();
    }
  } else out = [...runSizeLimit('gzip.size-limit.json'), ...runSizeLimit('brotli.size-limit.json')];
  return {
    gzip: out.find((c) => c.name === 'gzip')!.size,
    brotli: out.find((c) => c.name === 'brotli')!.size,
  };
}

console.log(
  `machine: ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const gen = time(`generate ${FILES} files / ${values.mb} MB`, generate);
void gen;
const slCold = time('size-limit cold (gzip + brotli checks)', sizeLimit);
const sgCold = time('shipgate cold', () => shipgate('cold.json'));
const sizes = sgCold.result.report.budgets[0]!.sizes as { gzip: number; brotli: number };
if (sizes.gzip !== slCold.result.gzip || sizes.brotli !== slCold.result.brotli) {
  throw new Error(
    `sizes differ: shipgate ${JSON.stringify(sizes)} vs size-limit ${JSON.stringify(slCold.result)}`,
  );
}
const n = change();
console.log(`changed ${n} files (${(CHANGED * 100).toFixed(1)}%)`);
const sgWarm = time('shipgate warm (baseline = cold report)', () => shipgate('warm.json', 'cold.json'));
const slWarm = time('size-limit warm (no reuse: full work again)', sizeLimit);
const warmSizes = sgWarm.result.report.budgets[0]!.sizes as { gzip: number; brotli: number };
if (warmSizes.gzip !== slWarm.result.gzip || warmSizes.brotli !== slWarm.result.brotli) {
  throw new Error(
    `warm sizes differ: shipgate ${JSON.stringify(warmSizes)} vs size-limit ${JSON.stringify(slWarm.result)}`,
  );
}
console.log(
  JSON.stringify({
    files: FILES,
    mb: Number(values.mb),
    sizes,
    stats: { cold: sgCold.result.report.stats, warm: sgWarm.result.report.stats },
  }),
);
console.log(
  `RESULT cold: shipgate ${(sgCold.ms / 1000).toFixed(1)} s vs size-limit ${(slCold.ms / 1000).toFixed(1)} s → ${(slCold.ms / sgCold.ms).toFixed(2)}x`,
);
console.log(
  `RESULT warm: shipgate ${(sgWarm.ms / 1000).toFixed(1)} s vs size-limit ${(slWarm.ms / 1000).toFixed(1)} s → ${(slWarm.ms / sgWarm.ms).toFixed(2)}x`,
);
