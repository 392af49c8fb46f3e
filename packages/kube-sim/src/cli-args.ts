// kube-sim's command-line flags, apart from cli.ts so that tests import them without starting a server.
import { parseArgs } from 'node:util';

export const USAGE =
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
