// scripts/test.js runs jest without --forceExit: a test that leaves a handle open fails the run
// (counted as one failure, named in the log) instead of hanging CI or being hidden.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** `node scripts/test.js` on one fixture of test/fixtures/jest; a 1 s grace keeps the test short. */
async function runTests(fixture: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['scripts/test.js', '--roots', '<rootDir>/test/fixtures/jest', '--testMatch', `**/${fixture}`],
    { cwd: repoRoot, env: { ...process.env, SHIPGATE_JEST_EXIT_GRACE_MS: '1000' } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

test('a suite that closes what it opens exits by itself: 1 passed, 0 failed', async () => {
  const r = await runTests('closes-what-it-opens.ts');
  expect(r.stdout.trim().split('\n').at(-1)).toBe('1 passed, 0 failed');
  expect(r.code).toBe(0);
  expect(r.stderr).not.toMatch(/left a handle open|Force exiting/);
});

test('a test that leaves a timer running: jest is stopped, the run fails and says why', async () => {
  const r = await runTests('leaves-a-timer.ts');
  expect(r.stdout.trim().split('\n').at(-1)).toBe('1 passed, 1 failed');
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(
    'jest was still running 1 s after it wrote its results: a test left a handle open',
  );
  expect(r.stderr).toContain('--detectOpenHandles');
});
