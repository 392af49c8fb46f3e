/**
 * The runner's reading of a step's stdout, for tests: the commands it would execute. Ported from
 * actions/runner (src/Runner.Worker/ActionCommandManager.cs and ActionCommand.cs, TryParseV2 and
 * TryParse, read at commit 02523b9a60a24fe13364739abefe2255c5a6b758): stdout is read line by line
 * (StreamReader.ReadLine: a line ends at \r, \n or \r\n); a line is a command when, after
 * `TrimStart()` (Char.IsWhiteSpace), it starts with `::`, has a second `::`, and names a registered
 * command; the legacy form is `##[command …]` anywhere in the line.
 */

/** Every char for which .NET's Char.IsWhiteSpace is true (Unicode White_Space). */
export const DOTNET_WHITESPACE = [
  ...'\t\n\u000b\f\r \u0085\u00a0\u1680',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
];

const REGISTERED = new Set([
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
]);

export interface RunnerCommand {
  command: string;
  line: string;
}

function trimStart(line: string): string {
  let i = 0;
  while (i < line.length && DOTNET_WHITESPACE.includes(line[i]!)) i++;
  return line.slice(i);
}

/** The commands the runner would execute for this stdout. */
export function runnerCommands(stdout: string): RunnerCommand[] {
  const out: RunnerCommand[] = [];
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const trimmed = trimStart(line);
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2);
      const name = end < 0 ? '' : trimmed.slice(2, end).split(' ')[0]!;
      if (REGISTERED.has(name.toLowerCase())) {
        out.push({ command: name, line });
        continue;
      }
    }
    const legacy = line.indexOf('##[');
    const close = legacy < 0 ? -1 : line.indexOf(']', legacy);
    if (close > 0) {
      const name = line.slice(legacy + 3, close).split(' ')[0]!;
      if (REGISTERED.has(name.toLowerCase())) out.push({ command: name, line });
    }
  }
  return out;
}
