// `shipgate` started the way a user starts it: through node_modules/.bin, a symlink npm makes in the
// project that installed shipgate, run by its shebang as a child process; then one verb end to end.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { repoRoot } from '../support/run-bundle.ts';

let project: string;
let bin: string;
let server: Server;
let url: string;

beforeAll(async () => {
  // What `npm install shipgate` leaves in a project: node_modules/shipgate, and the bin's symlink.
  project = mkdtempSync(join(tmpdir(), 'shipgate-bin-'));
  mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
  symlinkSync(repoRoot, join(project, 'node_modules/shipgate'));
  bin = join(project, 'node_modules/.bin/shipgate');
  symlinkSync('../shipgate/bin/shipgate.js', bin);
  server = createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Runs the bin with PATH as given; resolves with its exit code and output. */
function shipgate(path: string, ...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      bin,
      args,
      { cwd: project, env: { ...process.env, PATH: path }, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const npmPath = `${join(repoRoot, 'node_modules/.bin')}${delimiter}${process.env.PATH}`;
// The machine's own PATH, as in a terminal outside npm (its node may be older than 24).
const terminalPath = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((dir) => !dir.endsWith(join('node_modules', '.bin')))
  .join(delimiter);

test.each([
  ['npm', npmPath],
  ['a terminal', terminalPath],
])('through node_modules/.bin with the PATH of %s: lists the commands, runs one', async (_, path) => {
  const help = await shipgate(path, '--help');
  expect(help).toMatchObject({ code: 0, stderr: '' });
  expect(help.stdout).toMatch(/^Usage: shipgate <command>/);
  expect(help.stdout).toContain('\n  validate ');

  const run = await shipgate(path, 'validate', '--base-url', url, '--requests', '0', '--timeout', '5s');
  expect(run.stderr).toContain('shipgate validate: ✅ passed');
  expect(JSON.parse(run.stdout)).toMatchObject({ passed: 'true' });
  expect(run.code).toBe(0);
});

test('a verb with a bad input exits 2 before running, naming the input', async () => {
  const run = await shipgate(npmPath, 'validate', '--base-url', url, '--bogus', 'x');
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('Unknown input "--bogus" for validate');
});
