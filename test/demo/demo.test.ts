import { spawn } from 'node:child_process';
import { repoRoot } from '../support/run-bundle.ts';

// The README's main command: the example workflows run end to end (demo/story.ts). Every check
// prints ✔ or ✘ in the closing table; the script exits non-zero on any ✘.
test('npm run demo tells the whole pipeline: release, canary promoted, bad canary aborted and the rollback job run, rollbacks, PR gate', async () => {
  const child = spawn(process.execPath, ['scripts/demo.ts'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const table = out.split('What happened')[1] ?? '';
  expect(table).not.toContain('✘');
  expect(table).toMatch(/v1\.1\.0 — .*✔ canary verdict promoted, final weight 100%/);
  expect(table).toMatch(/v1\.2\.0 — .*✔ canary verdict aborted/);
  expect(table).toMatch(
    /v1\.2\.0 — .*✔ rollback job success: 1\.2\.0 → 1\.1\.0 \(rolled-back\), no change needed/,
  );
  expect(table).toMatch(/v1\.2\.0 — .*✔ incident issue https:\/\/\S+\/issues\/\d+, webhook posted/);
  expect(table).toMatch(/v1\.2\.0 — .*✔ production still runs \{"1\.1\.0":4\}/);
  expect(table).toMatch(
    /v1\.1\.0 — .*✔ one GitHub deployment from the canary's deploy to its promotion: in_progress ×\d+ → success/,
  );
  expect(table).toMatch(
    /v1\.2\.0 — .*✔ the canary's GitHub deployment never said success: in_progress ×\d+ → failure/,
  );
  expect(table).toMatch(/✔ without CONFIRM: refused, the job red, not one request to the cluster/);
  expect(table).toMatch(/✔ with CONFIRM: 1\.1\.0 → 1\.0\.0 \(rolled-back\), backup written/);
  expect(table).toMatch(/✔ pr-report: one sticky comment on PR #\d+/);
  // The summaries are rendered for a terminal: aligned tables, the canary chart drawn in text.
  expect(out).toMatch(/┤.*●/);
  expect(out).not.toContain('```');
  expect(code).toBe(0);
}, 240_000);
