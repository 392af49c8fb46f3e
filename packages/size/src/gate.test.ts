import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMemoryLogger, FakeClock } from '@shipgate/core';
import { parseCommandLine } from './build.ts';
import { runGate } from './gate.ts';
import { budgetsSchema } from './spec.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'audit', 'fixtures');

describe('parseCommandLine', () => {
  test.each([
    ['npm run build', ['npm', 'run', 'build']],
    [
      `cargo build --release --target "x86_64 linux"`,
      ['cargo', 'build', '--release', '--target', 'x86_64 linux'],
    ],
    [`sh -c 'echo $HOME && ls'`, ['sh', '-c', 'echo $HOME && ls']],
    [`a\\ b "c\\"d" ''`, ['a b', 'c"d', '']],
    ['  make   -j2  ', ['make', '-j2']],
    [`node build.js '&&'`, ['node', 'build.js', '&&']],
  ])('%s', (line, argv) => expect(parseCommandLine(line)).toEqual(argv));
  test.each([
    ['npm ci && npm run build', /"&&" is a shell operator, and commands run without a shell/],
    ['make > log', /">" is a shell operator/],
    ['echo $(whoami)', /substitutions need a shell/],
    ['echo "unterminated', /unbalanced " quote/],
    ['   ', /the command is empty/],
  ])('refuses %j', (line, err) => expect(() => parseCommandLine(line)).toThrow(err));
});

describe('runGate', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  const node = process.execPath;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'size-gate-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 'T');
    // The build writes dist/ from src/ (a real process); dist/ is not committed.
    writeFileSync(
      join(repo, 'build.mjs'),
      `import fs from 'node:fs';\nfs.mkdirSync('dist', { recursive: true });\nconst src = fs.readFileSync('src.txt', 'utf8');\nfs.writeFileSync('dist/app.' + (src.length * 7919).toString(16).padStart(6, '0') + '1a.js', src.repeat(50));\nfs.writeFileSync('dist/vendor.js', 'v'.repeat(4000));\n`,
    );
    writeFileSync(join(repo, '.gitignore'), 'dist/\nreport.json\n');
    writeFileSync(join(repo, 'src.txt'), 'console.log("hello world");\n');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'feature');
    writeFileSync(
      join(repo, 'src.txt'),
      'console.log("hello world, now with a much longer message that grows the bundle");\n',
    );
    git('commit', '-q', '-am', 'grow');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  test('baseline-ref: builds main in a worktree, compares, removes the worktree; hashed names matched', async () => {
    const budgets = budgetsSchema.parse([
      { name: 'app', path: 'dist/app.*.js', compression: ['none', 'gzip'], 'max-increase': '+50%' },
      { name: 'vendor', path: 'dist/vendor.js', max: '4kB' },
    ]);
    const log = createMemoryLogger();
    const report = await runGate(
      {
        cwd: repo,
        budgets,
        build: [node, 'build.mjs'],
        baselineRef: 'main',
        reportPath: 'report.json',
        commit: 'abc',
      },
      { clock: new FakeClock(Date.UTC(2026, 0, 5)), log },
    );
    const [app, vendor] = report.budgets;
    expect(app!.status).toBe('fail');
    expect(app!.message).toBe(
      `budget "app": raw grew 2.70 kB over the baseline's 1.40 kB, more than +50%; gzip grew 57 B over the baseline's 61 B, more than +50%`,
    );
    expect(app!.newFiles).toEqual([]); // app.<hash>.js on both sides → app.*.js
    expect(vendor).toMatchObject({ status: 'pass', sizes: { none: 4000 }, baseSizes: { none: 4000 } });
    expect(report.baseline?.commit).toBe(git('rev-parse', 'main'));
    expect(report.createdAt).toBe('2026-01-05T00:00:00.000Z');
    expect(git('worktree', 'list').split('\n')).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(repo, 'report.json'), 'utf8'))).toEqual(report);
  });

  test('baseline file: unchanged content reuses sizes by hash; a missing baseline file only warns', async () => {
    const budgets = budgetsSchema.parse([{ name: 'all', path: 'dist', compression: ['gzip', 'brotli'] }]);
    const clock = new FakeClock(0);
    const log = createMemoryLogger();
    const first = await runGate(
      { cwd: repo, budgets, reportPath: 'base.json', baselinePath: 'missing.json' },
      { clock, log },
    );
    expect(first.stats).toMatchObject({ files: 2, reused: 0, compressed: 2 });
    expect(log.lines.join('\n')).toMatch(/No baseline report at missing.json/);
    const second = await runGate(
      { cwd: repo, budgets, reportPath: 'next.json', baselinePath: 'base.json' },
      { clock, log },
    );
    expect(second.stats).toMatchObject({ files: 2, reused: 2, compressed: 0 });
    expect(second.budgets[0]!.sizes).toEqual(first.budgets[0]!.sizes);
    expect(existsSync(join(repo, 'next.json'))).toBe(true);
  });

  test('a failing build stops the gate with its exit code', async () => {
    await expect(
      runGate(
        { cwd: repo, build: [node, '-e', 'process.exit(3)'], reportPath: 'r.json' },
        { clock: new FakeClock(0), log: createMemoryLogger() },
      ),
    ).rejects.toThrow(/exited with 3/);
  });

  test('audit-command: a report on stdout with a non-zero exit is read; no output and a failure is an error', async () => {
    const audit = {
      reports: [join(fixtures, 'pnpm.json')],
      level: 'high' as const,
      unscoredAs: 'high' as const,
      allowlist: [],
    };
    const cat = [
      node,
      '-e',
      `process.stdout.write(require('fs').readFileSync(${JSON.stringify(join(fixtures, 'npm-v2.json'))}, 'utf8')); process.exit(1)`,
    ];
    const r = await runGate(
      { cwd: repo, reportPath: 'a.json', audit: { ...audit, command: cat } },
      { clock: new FakeClock(0), log: createMemoryLogger() },
    );
    expect(r.audit!.reports.map((p) => p.format)).toEqual([
      'npm advisories (pnpm / npm 6 / Yarn 2-3)',
      'npm audit v2',
    ]);
    expect(r.audit!.counts.fail).toBe(3);
    expect(r.passed).toBe(false);
    const silentFail = [node, '-e', 'console.error("registry unreachable"); process.exit(2)'];
    await expect(
      runGate(
        { cwd: repo, reportPath: 'a.json', audit: { ...audit, command: silentFail } },
        { clock: new FakeClock(0), log: createMemoryLogger() },
      ),
    ).rejects.toThrow(/exited with 2 and printed no report: registry unreachable/);
    const clean = await runGate(
      { cwd: repo, reportPath: 'a.json', audit: { ...audit, reports: [], command: [node, '-e', ''] } },
      { clock: new FakeClock(0), log: createMemoryLogger() },
    );
    expect(clean.audit).toMatchObject({
      passed: true,
      reports: [{ format: 'no output, exit status 0', findings: 0 }],
    });
  });
});
