#!/usr/bin/env -S node --no-warnings
// kube-sim: runs the Kubernetes API server simulator until SIGINT/SIGTERM; prints its URL first.
// An entry point only (it starts at once, however it is reached: node_modules/.bin/kube-sim is a
// symlink, so comparing import.meta.url with argv[1] would miss it); the flags are in cli-args.ts.
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { parseCliArgs } from './cli-args.ts';
import { startKubeSim } from './index.ts';

async function main(): Promise<void> {
  const args = parseCliArgs(process.argv.slice(2));
  let images: Record<string, unknown> | undefined;
  if (args.images) {
    const parsed = parseYaml(await readFile(args.images, 'utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error(`--images ${args.images}: expected a map of image reference (or glob) to behaviour`);
    images = parsed as Record<string, unknown>;
  }
  const sim = await startKubeSim({
    port: args.port,
    kubeconfigPath: args.kubeconfig,
    statePath: args.state,
    controllers: args.controllers ? { images: images as never } : false,
  });
  process.stdout.write(`${sim.url}\n`);
  const shutdown = (): void => {
    sim.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        process.stderr.write(`kube-sim: stop failed: ${(e as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((e: unknown) => {
  process.stderr.write(`kube-sim: ${(e as Error).message}\n`);
  process.exit(2);
});
