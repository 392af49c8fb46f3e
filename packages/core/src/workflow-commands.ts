import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * The runner's workflow-command protocol, written directly (the format of @actions/core's
 * command.ts and file-command.ts). @actions/core 3 imports its OIDC client and with it undici at
 * load time — 60% of an action's entry bundle — before a single input is read; this is all the
 * protocol an action needs, so a bad input is refused without loading any HTTP client. Measured
 * again when @actions/core left package.json: a node that only imports @actions/core 3.0.1 starts
 * in 305 ms (median of 21) against 60 ms for an empty one, on a loaded 2-core machine.
 */
export interface CommandProperties {
  title?: string;
  file?: string;
  line?: number;
  name?: string;
}

/** Escaping of a command's message: the runner decodes %25, %0D, %0A. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value: also `:` and `,`, which delimit properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Prints `::command key=value,…::message`. */
export function issueCommand(command: string, properties: CommandProperties, message: string): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** Sets a step output through GITHUB_OUTPUT (a heredoc with a random delimiter), as the runner expects. */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error('output collides with its delimiter');
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}
