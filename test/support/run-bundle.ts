import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOutputFile } from '../../bin/cli-support.js';

export const repoRoot = new URL('../..', import.meta.url).pathname;

export interface BundleRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface BundleOptions {
  /** Inputs by name as in action.yml; set as INPUT_<NAME> exactly as the runner does. */
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  cwd?: string;
  timeoutMs?: number;
  /** Called with the child once spawned (e.g. to send SIGTERM at the right moment). */
  onSpawn?: (child: ChildProcess) => void;
  /** Called for every stdout chunk as it arrives. */
  onStdout?: (chunk: string) => void;
}

/**
 * Runs dist/<action>/index.js under this process's Node (24, through npm test) as a child process,
 * the way the runner does: INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
export function runBundle(action: string, options: BundleOptions = {}): Promise<BundleRun> {
  const work = mkdtempSync(join(tmpdir(), `shipgate-${action}-`));
  const outputFile = join(work, 'output');
  const summaryFile = join(work, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? work,
    RUNNER_TEMP: work,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [join(repoRoot, 'dist', action, 'index.js')], {
    cwd: options.cwd ?? work,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    options.onStdout?.(chunk.toString());
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      const result: BundleRun = {
        exitCode,
        signal,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')) as Record<string, string>,
        summary: readFileSync(summaryFile, 'utf8'),
      };
      rmSync(work, { recursive: true, force: true });
      resolve(result);
    });
  });
}
