import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOutputFile } from '../../../bin/cli-support.js';

const fixture = new URL('./fixtures/echo-action.ts', import.meta.url).pathname;

/** Runs the fixture action as the runner does: INPUT_* variables and the two command files. */
function runEcho(
  inputs: Record<string, string>,
  onStdout?: (text: string, kill: (s: NodeJS.Signals) => void) => void,
) {
  const dir = mkdtempSync(join(tmpdir(), 'echo-'));
  const output = join(dir, 'output');
  const summary = join(dir, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH!,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(process.execPath, [fixture], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    onStdout?.(stdout, (s) => child.kill(s));
  });
  return new Promise<{
    code: number | null;
    stdout: string;
    outputs: Record<string, string>;
    summary: string;
  }>((resolve) =>
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        outputs: parseOutputFile(readFileSync(output, 'utf8')),
        summary: readFileSync(summary, 'utf8'),
      }),
    ),
  );
}

test('outputs and summary are written, exit code 0', async () => {
  const run = await runEcho({ message: 'hello' });
  expect(run.code).toBe(0);
  expect(run.outputs).toEqual({ echoed: 'hello', length: '5', data: '{"a":[1,2]}' });
  expect(run.summary).toContain('## Echo');
});

test('a token never appears in the log or the summary, including a multi-line one', async () => {
  const token = 'ghp_S3cr3tT0kenValue\nsecond-line-of-secret';
  const run = await runEcho({ message: `prefix ghp_S3cr3tT0kenValue suffix`, token });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('::add-mask::ghp_S3cr3tT0kenValue');
  const shown = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect(shown).not.toContain('S3cr3t');
  expect(shown).not.toContain('second-line-of-secret');
  expect(shown).toContain('message: prefix *** suffix');
  expect(run.summary).not.toContain('S3cr3t');
  expect(run.summary).not.toContain('second-line-of-secret');
});

test('text that looks like a workflow command is printed inert', async () => {
  const run = await runEcho({ message: '::error::pwned\n  ::add-mask::x\n##[set-output name=a]b' });
  expect(run.code).toBe(0);
  expect(run.stdout).not.toMatch(/^\s*::error::pwned/m);
  expect(run.stdout).not.toMatch(/^\s*::add-mask::x$/m);
  expect(run.stdout).not.toContain('##[set-output');
});

test('a bad input fails with one ::error:: line and runs nothing', async () => {
  const run = await runEcho({ message: 'x', mode: 'maybe' });
  expect(run.code).toBe(1);
  expect(run.stdout.trim()).toBe(
    '::error title=Invalid input::Invalid input "mode": got "maybe"; allowed: one of ok, gate, throw, crash, wait',
  );
  expect(run.outputs).toEqual({});
});

test('a tripped gate keeps outputs and fails the step', async () => {
  const run = await runEcho({ message: 'x', mode: 'gate' });
  expect(run.code).toBe(1);
  expect(run.outputs.echoed).toBe('x');
  expect(run.stdout).toContain('::error::2 of 3 budgets exceeded');
});

test('our errors are one clear line with the hint; no stack trace', async () => {
  const run = await runEcho({ message: 'x', mode: 'throw' });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    '::error title=echo failed::patch deployment web failed: Kubernetes API (422)%0AHint: check the manifest',
  );
  expect(run.stdout).not.toMatch(/ at .*\.ts:\d+/);
});

test('an unexpected error says so, stack only in debug', async () => {
  const run = await runEcho({ message: 'x', mode: 'crash' });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('::error::echo failed unexpectedly: undefined is not a function');
  expect(run.stdout).toMatch(/::debug::TypeError/);
});

test('SIGTERM aborts ctx.signal; the body cleans up and the step fails as cancelled', async () => {
  let sent = false;
  const run = await runEcho({ message: 'x', mode: 'wait' }, (text, kill) => {
    if (!sent && text.includes('waiting')) {
      sent = true;
      kill('SIGTERM');
    }
  });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('cleaned up after cancel');
  expect(run.stdout).toContain('::error title=Cancelled::Cancelled by SIGTERM');
});
