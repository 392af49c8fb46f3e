// Text our actions relay (a build's output, a pod's log, an API's error) must not reach the runner
// as a workflow command, by the runner's own rules: a line starts after \r or \n, and leading .NET
// whitespace (U+0085 NEL included) is trimmed before `::`. build-verify-size relays its
// build-command's output line by line through the logger, so that is the bundle under test here.
// Build first: npm run build -- build-verify-size.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBundle } from '../support/run-bundle.ts';
import { DOTNET_WHITESPACE, runnerCommands } from '../support/runner-commands.ts';

test('relayed output cannot start a workflow command, after any .NET whitespace', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'hostile-injection-'));
  mkdirSync(join(ws, 'dist'));
  writeFileSync(join(ws, 'dist/app.js'), 'x');
  const payloads = DOTNET_WHITESPACE.flatMap((c) => {
    const hex = c.charCodeAt(0).toString(16);
    return [
      `panic\r${c}::warning::pwned-cr-${hex}`,
      `retry\n${c}${c}::error title=x::pwned-lf-${hex}`,
      `${c}::add-mask::pwned-start-${hex}`,
      `a ${c}##[warning]pwned-legacy-${hex}`,
    ];
  });
  writeFileSync(join(ws, 'payloads.json'), JSON.stringify(payloads));
  writeFileSync(
    join(ws, 'noisy-build.cjs'),
    `for (const p of require('./payloads.json')) process.stdout.write(p + '\\n');\n`,
  );
  // The payloads are commands to the runner as written …
  expect(runnerCommands(payloads.join('\n')).length).toBe(payloads.length);
  const run = await runBundle('build-verify-size', {
    inputs: { 'build-command': 'node noisy-build.cjs', budgets: '- path: dist', comment: 'false' },
    env: { GITHUB_WORKSPACE: ws },
    cwd: ws,
  });
  expect(run.exitCode).toBe(0);
  expect(run.stdout).toContain('pwned-cr-85'); // … relayed, as data:
  expect(runnerCommands(run.stdout).filter((c) => c.line.includes('pwned'))).toEqual([]);
});
