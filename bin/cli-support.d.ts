export function parseArgs(
  args: string[],
  command: {
    name: string;
    inputs: { name: string }[];
    legacyEnv?: Record<string, string | { input: string; unit?: string }>;
  },
  processEnv?: Record<string, string | undefined>,
): { env: Record<string, string>; verbose: boolean };
export function parseOutputFile(text: string): Record<string, string>;
export function humanizeLine(line: string, verbose: boolean): string | undefined;
