import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot, runBundle } from '../support/run-bundle.ts';

// The root action.yml runs dist/shipgate/index.js, which hands over to the chosen action's bundle.

/** Every action folder: the commands the root action must offer (a new action joins by itself). */
const actions = readdirSync(join(repoRoot, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

test('an unknown command is refused, naming what is allowed', async () => {
  const run = await runBundle('shipgate', { inputs: { command: 'deploy-all' } });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain(
    `::error title=Invalid input::Invalid input "command": got "deploy-all"; allowed: one of ${actions.join(', ')}`,
  );
});

test('the chosen action runs with the same INPUT_* variables', async () => {
  const run = await runBundle('shipgate', {
    inputs: { command: 'validate', 'base-url': 'example.com/health' },
  });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain(
    '::error title=Invalid input::Invalid input "base-url": got "example.com/health"',
  );
});

test('root inputs are the union of the actions, with a default only where every action agrees', () => {
  const root = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { using: string };
  };
  expect(root.runs.using).toBe('node24');
  expect(root.inputs.token?.default).toBe('${{ github.token }}');
  // deploy says 10m, validate 2m: the root must not pass either to the other.
  expect(root.inputs.timeout?.default).toBeUndefined();
  for (const name of actions) {
    const action = parse(readFileSync(join(repoRoot, 'actions', name, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    for (const input of Object.keys(action.inputs)) expect(root.inputs).toHaveProperty(input);
  }
});
