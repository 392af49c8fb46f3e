#!/usr/bin/env node
// Runs the jest suite under the Node 24 this repo installs (first on npm's PATH), after installing
// the system packages the tests start (scripts/system-packages.js), then prints the one summary line
// CI reads: "N passed, N failed". Extra arguments go to jest.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, existsSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  const pkg = `node-${process.platform}-${process.arch}`;
  console.error(
    `shipgate tests need Node >= 24 (this is ${process.version}). Run them through "npm test", which puts ` +
      `node_modules/.bin/node (package ${pkg}, installed by npm ci) first on PATH; if npm ci could not ` +
      `install ${pkg} for this machine, install Node 24 yourself.`,
  );
  process.exit(2);
}
const { ensureSystemPackages } = await import('./system-packages.ts'); // .ts: needs the Node 24 above
try {
  ensureSystemPackages('test');
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const resultsDir = mkdtempSync(join(tmpdir(), 'shipgate-jest-'));
const resultsFile = join(resultsDir, 'results.json');
const jest = spawn(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    '--json',
    `--outputFile=${resultsFile}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
// No --forceExit: jest exits by itself once the tests have closed everything they opened. A handle
// left open (a server, a timer, a child process, a socket) would keep it running after it wrote the
// results; that is a failure, found with `node_modules/.bin/jest --detectOpenHandles <path>`, not
// something to hide. Stop it after GRACE_MS instead of hanging CI (SHIPGATE_JEST_EXIT_GRACE_MS: for
// the runner's own test).
const GRACE_MS = Number(process.env.SHIPGATE_JEST_EXIT_GRACE_MS ?? 10_000);
let lingered = false;
let grace;
const startGrace = () => {
  grace ??= setTimeout(() => {
    lingered = true;
    jest.kill('SIGKILL');
  }, GRACE_MS);
};
const watcher = watch(resultsDir, (_event, name) => name === 'results.json' && startGrace());
if (existsSync(resultsFile)) startGrace();
const [status] = await once(jest, 'exit');
clearTimeout(grace);
watcher.close();

if (!existsSync(resultsFile)) {
  console.log('0 passed, 1 failed');
  console.error('jest wrote no results file; see its output above.');
  process.exit(1);
}
const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
// Suites that fail to load (syntax errors, import failures) have no test results: count each as one failure.
const brokenSuites = results.testResults.filter(
  (s) => s.status === 'failed' && s.assertionResults.length === 0,
).length;
if (lingered) {
  console.error(
    `jest was still running ${GRACE_MS / 1000} s after it wrote its results: a test left a handle open ` +
      '(a server, a timer, a child process, a socket). Find it with ' +
      '`node_modules/.bin/jest --detectOpenHandles <path>` and close it in the test or the code.',
  );
}
const failed = results.numFailedTests + brokenSuites + (lingered ? 1 : 0);
console.log(`${results.numPassedTests} passed, ${failed} failed`);
process.exit(failed > 0 || status !== 0 || results.numTotalTests === 0 ? 1 : 0);
