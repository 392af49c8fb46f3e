#!/usr/bin/env -S node --no-warnings
// github-sim: runs the GitHub REST fake on 127.0.0.1 until SIGINT/SIGTERM; prints its URL first.
import { parseCliArgs } from './cli-args.ts';
import { startGitHubSim } from './server.ts';

async function main(): Promise<void> {
  const options = await parseCliArgs(process.argv.slice(2));
  const sim = await startGitHubSim(options);
  process.stdout.write(`${sim.url}\n`);
  const shutdown = (): void => {
    sim.stop().then(
      () => (process.exitCode = 0),
      (err: unknown) => {
        process.stderr.write(`github-sim: stopping failed: ${String(err)}\n`);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  process.stderr.write(`github-sim: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
