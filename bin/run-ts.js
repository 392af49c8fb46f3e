// Starts a TypeScript entry point (a simulator's CLI) however its bin was reached. A bin in
// node_modules/.bin runs on the first `node` on PATH: under npm scripts or npx that is the Node 24
// this repo installs, started directly it may be an older system Node that cannot load .ts. An
// older Node re-runs the entry on Node 24, passing arguments, stdio, signals and the exit status.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { node24Binary } from './node24.js';

/** Runs `entry` (a file URL of a .ts module) in this process on Node ≥ 24, else in a Node 24 child. */
export async function runTypeScript(entry) {
  if (Number(process.versions.node.split('.')[0]) >= 24) {
    await import(entry.href);
    return;
  }
  const child = spawn(node24Binary(), [fileURLToPath(entry), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
}
