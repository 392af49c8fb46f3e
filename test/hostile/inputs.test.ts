// Hostile inputs through the built bundles, run as the runner runs them (child process, INPUT_*,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files). Each must end in one `Invalid input "<name>"` error
// line, exit 1, and never in "failed unexpectedly … a bug in shipgate".
// Build first: npm run build -- validate build-verify-size changelog deploy.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBundle, type BundleRun } from '../support/run-bundle.ts';
import { runnerCommands } from '../support/runner-commands.ts';

const ws = mkdtempSync(join(tmpdir(), 'hostile-inputs-'));
mkdirSync(join(ws, 'dist'));
writeFileSync(join(ws, 'dist/app.js'), 'x');
writeFileSync(join(ws, 'a-file'), 'not a folder');
mkdirSync(join(ws, 'escape'));
symlinkSync('/etc', join(ws, 'escape/link'));

const BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
].join('\n');

/** The one error line of the run (the runner's view of stdout). */
function errorLines(run: BundleRun): string[] {
  return runnerCommands(run.stdout)
    .filter((c) => c.command === 'error')
    .map((c) => c.line);
}

function expectInputError(run: BundleRun, name: string, detail?: RegExp): void {
  const errors = errorLines(run);
  expect(run.exitCode).toBe(1);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^::error title=Invalid input::/);
  expect(errors[0]).toContain(`Invalid input "${name}"`);
  if (detail) expect(errors[0]).toMatch(detail);
  expect(run.stdout).not.toMatch(/unexpectedly|bug in shipgate/);
  expect(run.stderr).toBe('');
}

const env = { GITHUB_WORKSPACE: ws };

test.each([
  ['validate', 'checks', { 'base-url': 'http://127.0.0.1:9' }],
  ['build-verify-size', 'budgets', {}],
  ['build-verify-size', 'audit-allowlist', { 'audit-report': 'x.json' }],
  ['changelog', 'sections', {}],
])('%s: a YAML alias bomb in %s is one input error', async (action, name, inputs) => {
  const started = Date.now();
  const run = await runBundle(action, { inputs: { ...inputs, [name]: BOMB }, env, cwd: ws });
  expectInputError(run, name, /cannot be read: .*alias/i);
  expect(Date.now() - started).toBeLessThan(20_000);
});

test.each([
  ['validate', 'timeout', '   ', { 'base-url': 'http://127.0.0.1:9' }],
  ['validate', 'checks', ' \n ', { 'base-url': 'http://127.0.0.1:9' }],
  ['deploy', 'strategy', ' ', { app: 'web', image: 'ghcr.io/acme/web:1.0.0', version: '1.0.0' }],
  ['build-verify-size', 'report-file', '\t', { budgets: '- path: dist' }],
])('%s: a whitespace-only %s is an error, not the default', async (action, name, value, inputs) => {
  const run = await runBundle(action, { inputs: { ...inputs, [name]: value }, env, cwd: ws });
  expectInputError(run, name, /not only whitespace.*leave the input out to get its default/);
});

test('validate: a check timeout of 99999999999 (seconds) is refused before any request', async () => {
  const run = await runBundle('validate', {
    inputs: { 'base-url': 'http://127.0.0.1:9', checks: '- name: a\n  timeout: 99999999999' },
    env,
    cwd: ws,
  });
  expectInputError(
    run,
    'checks',
    /checks\[0\]\.timeout: got "99999999999"; allowed: a duration .*at most 1h/,
  );
});

test.each([
  ['interval', '0s', /between 100ms and 10m/],
  ['timeout', '99999999999', /between 0s and 6h/],
])('validate: %s %s is refused', async (name, value, detail) => {
  const run = await runBundle('validate', { inputs: { 'base-url': 'http://127.0.0.1:9', [name]: value } });
  expectInputError(run, name, detail);
});

test('build-verify-size: a missing audit-report file is an input error naming it', async () => {
  const run = await runBundle('build-verify-size', {
    inputs: { 'audit-report': 'reports/npm-audit.json', comment: 'false' },
    env,
    cwd: ws,
  });
  expectInputError(run, 'audit-report', /npm-audit\.json.*ENOENT/);
});

test.each([
  ['build-verify-size', 'report-file', 'a-file/report.json', { budgets: '- path: dist', comment: 'false' }],
  ['build-verify-size', 'report-file', 'dist', { budgets: '- path: dist', comment: 'false' }],
  ['changelog', 'context-out', 'a-file/context.json', {}],
  ['validate', 'report-path', 'a-file/report.json', { 'base-url': 'http://127.0.0.1:9' }],
])(
  '%s: an unwritable %s (%s) is an input error before anything runs',
  async (action, name, value, inputs) => {
    const run = await runBundle(action, { inputs: { ...inputs, [name]: value }, env, cwd: ws });
    expectInputError(run, name, /a file path that can be written/);
  },
);

test.each(['../../../../etc/hostname', '/etc/hostname', 'dist/../../x'])(
  'build-verify-size: a budget path outside the workspace (%s) is refused',
  async (path) => {
    const run = await runBundle('build-verify-size', {
      inputs: { budgets: `- path: ${path}\n  max: 1kB`, comment: 'false' },
      env,
      cwd: ws,
    });
    expectInputError(run, 'budgets', /budgets\[0\]\.path.*inside the workspace/);
  },
);

test.each(['escape/link/hostname', 'escape/link', 'escape/**/hostname'])(
  'build-verify-size: a budget path leading out through a symlink (%s) is refused, nothing measured',
  async (path) => {
    const run = await runBundle('build-verify-size', {
      inputs: { budgets: `- path: ${path}\n  max: 1kB`, comment: 'false', 'report-file': 'symlink.json' },
      env,
      cwd: ws,
    });
    expectInputError(
      run,
      'budgets',
      /paths inside the workspace \(.* leads to \/etc\/.* through a symlink\)/,
    );
    expect(run.outputs['total-bytes']).toBeUndefined();
  },
);

test('deploy: a kubeconfig is masked whole and by its credentials, never by generic lines', async () => {
  const token = 'eyJhbGciOiJSUzI1NiJ9.c2hpcGdhdGU.c2lnbmF0dXJl';
  const keyData = 'LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t';
  const kubeconfig = [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    '    server: https://127.0.0.1:6443',
    '  name: prod',
    'contexts:',
    '- context: {cluster: prod, user: deployer}',
    '  name: prod',
    'current-context: prod',
    'users:',
    '- name: deployer',
    '  user:',
    `    token: ${token}`,
    `    client-key-data: ${keyData}`,
    '    exec:',
    '      command: aws',
    '      args:',
    '      - eks',
    '      - get-token',
  ].join('\n');
  const run = await runBundle('deploy', {
    inputs: { app: 'web', image: 'ghcr.io/acme/web:1.0.0', version: '1.0.0', kubeconfig, strategy: 'bogus' },
    env,
    cwd: ws,
  });
  expectInputError(run, 'strategy');
  const masks = runnerCommands(run.stdout)
    .filter((c) => c.command === 'add-mask')
    .map((c) => c.line.slice('::add-mask::'.length));
  expect(masks).toEqual(expect.arrayContaining([token, keyData]));
  expect(masks.some((m) => m.includes('%0A') && m.includes(token))).toBe(true); // the whole, escaped
  for (const generic of [
    'kind: Config',
    'apiVersion: v1',
    'users:',
    'user:',
    '- name: deployer',
    'name: prod',
  ])
    expect(masks).not.toContain(generic);
  expect(masks.every((m) => m === token || m === keyData || m.includes('%0A'))).toBe(true);
});
