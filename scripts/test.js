#!/usr/bin/env node
// Runs the jest suite under the Node 24 this repo installs (first on npm's PATH), after installing
// the system packages the tests start (scripts/system-packages.js), then prints the one summary line
// CI reads: "N passed, N failed". Extra arguments go to jest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
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

const resultsFile = join(mkdtempSync(join(tmpdir(), 'shipgate-jest-')), 'results.json');
const jest = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    '--json',
    // A handle a test forgot (a socket, a watch) must not hang CI after the results are written.
    '--forceExit',
    `--outputFile=${resultsFile}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);

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
const failed = results.numFailedTests + brokenSuites;
console.log(`${results.numPassedTests} passed, ${failed} failed`);
process.exit(failed > 0 || jest.status !== 0 || results.numTotalTests === 0 ? 1 : 0);
