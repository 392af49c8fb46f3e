#!/usr/bin/env node
// Startup cost of each action bundle: its size on disk, and the wall time from spawning the process
// to its exit when an input is bad (the refusal path: inputs are parsed before anything heavy is
// loaded), against a bare `node -e ''` in the same run. Median of N runs each, interleaved so that
// machine noise hits every subject alike.  Usage: node bench/startup/run.ts [runs=21]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const runs = Number(process.argv[2] ?? 21);
interface Command {
  name: string;
  inputs: { name: string; allowed: string }[];
}
const commands = JSON.parse(readFileSync(join(root, 'dist/commands.json'), 'utf8')) as Command[];

function badInputEnv(command: Command): Record<string, string> {
  const target = command.inputs.find((i) => /^(true or false|one of )/.test(i.allowed));
  if (!target) throw new Error(`${command.name}: no boolean or choice input to make bad`);
  return { [`INPUT_${target.name.toUpperCase()}`]: 'not-a-valid-value' };
}

function timeRun(
  args: string[],
  env: Record<string, string>,
): { ms: number; parsedAt?: number; stdout: string } {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const parsed = /inputs parsed ([\d.]+)ms after process start/.exec(child.stdout)?.[1];
  return { ms, parsedAt: parsed === undefined ? undefined : Number(parsed), stdout: child.stdout };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bundleBytes = (name: string) =>
  readdirSync(join(root, 'dist', name))
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + statSync(join(root, 'dist', name, f)).size, 0);

const subjects = [
  { name: 'node -e ""', args: ['-e', ''], env: {} as Record<string, string> },
  ...commands.map((c) => ({
    name: c.name,
    args: [join(root, 'dist', c.name, 'index.js')],
    env: badInputEnv(c),
  })),
];
const times = new Map(subjects.map((s) => [s.name, [] as number[]]));
for (let i = 0; i < runs; i++) {
  for (const s of subjects) {
    const result = timeRun(s.args, s.env);
    if (s.name !== 'node -e ""' && !result.stdout.includes('::error title=Invalid input::')) {
      throw new Error(`${s.name} did not refuse the bad input:\n${result.stdout}`);
    }
    times.get(s.name)!.push(result.ms);
  }
}
const bare = median(times.get('node -e ""')!);
console.log(
  `Node ${process.version}, ${runs} runs each, median wall time from spawn to exit on a bad input\n`,
);
console.log('| bundle | size (all .js) | refused after | vs bare node |');
console.log('| --- | --- | --- | --- |');
for (const s of subjects) {
  const ms = median(times.get(s.name)!);
  const size = s.name === 'node -e ""' ? '-' : `${(bundleBytes(s.name) / 1e6).toFixed(2)} MB`;
  console.log(`| ${s.name} | ${size} | ${ms.toFixed(0)} ms | ${(ms / bare).toFixed(1)}x |`);
}
