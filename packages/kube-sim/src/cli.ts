#!/usr/bin/env -S node --no-warnings
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { startKubeSim } from './index.ts';

const USAGE =
  'usage: kube-sim [--port N] [--kubeconfig PATH] [--state FILE] [--images FILE] [--no-controllers]';

/** Parses the CLI flags; bad values are reported with the flag, the value and what is allowed. */
export function parseCliArgs(argv: string[]): {
  port: number;
  kubeconfig?: string;
  state?: string;
  images?: string;
  controllers: boolean;
} {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      kubeconfig: { type: 'string' },
      state: { type: 'string' },
      images: { type: 'string' },
      'no-controllers': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) throw new Error(USAGE);
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port!) || port > 65535)
    throw new Error(`--port "${values.port}" is not a TCP port: use 0-65535 (0 = any free port)\n${USAGE}`);
  return {
    port,
    kubeconfig: values.kubeconfig,
    state: values.state,
    images: values.images,
    controllers: !values['no-controllers'],
  };
}

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

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    process.stderr.write(`kube-sim: ${(e as Error).message}\n`);
    process.exit(2);
  });
}
