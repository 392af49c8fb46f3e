#!/usr/bin/env node
// Notes for a 100,000-commit synthetic history (git fast-import): @shipgate/notes vs git-cliff (default
// configuration) vs conventional-changelog (conventionalcommits preset) vs the bare `git log` stream
// that any of them must read, on the same repository in the same run. Wall time and peak RSS come from
// /usr/bin/time -v around each process. Usage: node bench/changelog/bench.ts [commits=100000] [runs=3]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOG_FORMAT } from '@shipgate/notes';
import { fastImport, gitEnv } from '../../packages/notes/src/test-utils.ts';

const root = new URL('../..', import.meta.url).pathname;
const commits = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 3);
const node = join(root, 'node_modules/.bin/node');

function message(i: number): string {
  const scopes = ['api', 'ui', 'db', 'auth', 'cli'];
  const scope = scopes[i % scopes.length];
  const pr = i % 10 === 0 ? ` (#${i})` : '';
  switch (i % 20) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
      return `feat(${scope}): add capability ${i}${pr}\n\nLonger explanation of change ${i}.\nIt spans two lines.\n\nRefs: #${i % 997}`;
    case 6:
    case 7:
    case 8:
    case 9:
    case 10:
      return `fix(${scope}): repair defect ${i}${pr}\n\nCloses #${i % 991}`;
    case 11:
      return `perf: faster path ${i}`;
    case 12:
      return `docs: document ${i}`;
    case 13:
      return `chore(deps): bump lib to ${i}`;
    case 14:
      return `refactor(${scope})!: rework ${i}\n\nBREAKING CHANGE: callers of ${i} must migrate.`;
    case 15:
      return `Widgets ${i}${pr}\n\n* feat(${scope}): squashed feature ${i}\n\n* fix: squashed fix ${i}`;
    case 16:
      return `Update README for ${i}`;
    case 17:
      return `test: cover ${i}`;
    case 18:
      return `ci: pipeline ${i}`;
    default:
      return `style: format ${i}`;
  }
}

interface Measure {
  wall: number;
  cpu: number;
  rssMb: number;
}

function timed(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Measure {
  const res = spawnSync('/usr/bin/time', ['-v', cmd, ...args], {
    cwd,
    env,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  if (res.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${res.status}): ${res.stderr.slice(-2000)}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(res.stderr)!;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr)!;
  const user = /User time \(seconds\): ([\d.]+)/.exec(res.stderr)!;
  const sys = /System time \(seconds\): ([\d.]+)/.exec(res.stderr)!;
  return {
    wall: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]),
    cpu: Number(user[1]) + Number(sys[1]),
    rssMb: Number(rss[1]) / 1024,
  };
}

function median(xs: Measure[]): Measure {
  const by = (k: keyof Measure) => [...xs].sort((a, b) => a[k] - b[k])[Math.floor(xs.length / 2)]![k];
  return { wall: by('wall'), cpu: by('cpu'), rssMb: by('rssMb') };
}

const dir = mkdtempSync(join(tmpdir(), 'bench-changelog-'));
try {
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, env: gitEnv(1_704_110_400) });
  const t = performance.now();
  fastImport(dir, commits, message);
  execFileSync('git', ['tag', 'v1.0.0', 'main~' + (commits - 1)], { cwd: dir });
  execFileSync('git', ['checkout', '-q', 'main'], { cwd: dir });
  console.log(
    `history: ${commits} commits via git fast-import in ${((performance.now() - t) / 1000).toFixed(1)} s (${dir})`,
  );
  writeFileSync(join(dir, 'package.json'), '{"name":"bench","version":"1.0.0"}\n');
  writeFileSync(join(dir, 'gh-output'), '');
  writeFileSync(join(dir, 'gh-summary.md'), '');

  const format = LOG_FORMAT.replaceAll('\x1f', '%x1f'); // exactly what @shipgate/notes asks git for
  const tools: Record<string, () => Measure> = {
    'git log (bare stream)': () =>
      timed('sh', ['-c', `git log -z --boundary '--format=${format}' v1.0.0..HEAD > /dev/null`], dir),
    '@shipgate/notes (library CLI)': () =>
      timed(node, [join(root, 'bench/changelog/notes-cli.ts'), dir, join(dir, 'notes.md')], root),
    'shipgate changelog action (dist bundle, preview)': () =>
      timed(node, [join(root, 'dist/changelog/index.js')], dir, {
        PATH: process.env.PATH,
        GITHUB_WORKSPACE: dir,
        GITHUB_OUTPUT: join(dir, 'gh-output'),
        GITHUB_STEP_SUMMARY: join(dir, 'gh-summary.md'),
        RUNNER_TEMP: dir,
        INPUT_PREVIEW: 'true',
        INPUT_RELEASE: 'none',
      }),
    'git-cliff 2.14.2 (default config)': () =>
      timed(join(root, 'node_modules/.bin/git-cliff'), ['v1.0.0..HEAD', '-o', join(dir, 'cliff.md')], dir),
    'conventional-changelog 8.1.3 (conventionalcommits)': () =>
      timed(
        node,
        [
          join(root, 'node_modules/conventional-changelog/dist/cli/index.js'),
          '-p',
          'conventionalcommits',
          '-o',
          join(dir, 'cc.md'),
        ],
        dir,
      ),
  };
  // Round-robin (every tool once, then again …) so that all of them see the same machine load.
  const samples = new Map<string, Measure[]>(Object.keys(tools).map((name) => [name, []]));
  for (let i = 0; i < runs; i++)
    for (const [name, run] of Object.entries(tools)) samples.get(name)!.push(run());
  const results: Record<string, Measure> = {};
  console.log(
    `${'tool'.padEnd(50)} ${'wall'.padStart(8)} ${'cpu'.padStart(8)} ${'peak RSS'.padStart(9)}   (medians of ${runs})`,
  );
  for (const [name, ms] of samples) {
    const m = (results[name] = median(ms));
    console.log(
      `${name.padEnd(50)} ${m.wall.toFixed(2).padStart(6)} s ${m.cpu.toFixed(2).padStart(6)} s ${m.rssMb.toFixed(0).padStart(6)} MB`,
    );
  }
  const ours = results['@shipgate/notes (library CLI)']!;
  const action = results['shipgate changelog action (dist bundle, preview)']!;
  const bare = results['git log (bare stream)']!;
  const cliff = results['git-cliff 2.14.2 (default config)']!;
  const cc = results['conventional-changelog 8.1.3 (conventionalcommits)']!;
  const x = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
  console.log(
    `\n@shipgate/notes vs git-cliff: ${x(cliff.wall, ours.wall)} faster (wall), ${x(cliff.cpu, ours.cpu)} less CPU, ${x(cliff.rssMb, ours.rssMb)} less memory`,
  );
  console.log(
    `@shipgate/notes vs conventional-changelog: ${x(cc.wall, ours.wall)} faster (wall), ${x(cc.cpu, ours.cpu)} less CPU`,
  );
  console.log(
    `@shipgate/notes / bare git log: ${(ours.wall / bare.wall).toFixed(2)}x wall; peak RSS ${ours.rssMb.toFixed(0)} MB`,
  );
  console.log(
    `action bundle vs git-cliff: ${x(cliff.wall, action.wall)} faster; / bare git log: ${(action.wall / bare.wall).toFixed(2)}x; peak RSS ${action.rssMb.toFixed(0)} MB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
