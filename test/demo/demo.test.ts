import { spawn } from 'node:child_process';
import { repoRoot } from '../support/run-bundle.ts';

// The README's main command: the whole release story on kube-sim and github-sim, through the CLI
// and the built bundles. Every step prints ✔ or ✘; the script exits non-zero on any ✘.
test('npm run demo releases v1.0.0 and v1.1.0 (canary, promote) and rolls back a crash-looping v1.2.0', async () => {
  const child = spawn(process.execPath, ['scripts/demo.ts', '--quiet'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const steps = out.split('What happened:')[1] ?? out;
  expect(steps).not.toContain('✘');
  expect(steps).toMatch(
    /v1\.1\.0 canary\s+✔ status succeeded; 40 real requests served \{"1\.0\.0":30,"1\.1\.0":10\}/,
  );
  expect(steps).toMatch(/v1\.2\.0 deploy\s+✔ status rolled-back/);
  expect(code).toBe(0);
}, 240_000);
