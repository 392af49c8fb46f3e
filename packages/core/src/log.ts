import { redact } from './secrets.ts';
import { issueCommand, type CommandProperties } from './workflow-commands.ts';

/**
 * Logging for actions. Everything printed goes through two filters: `redact` (registered secrets
 * become ***, also outside GitHub where the runner's masking does not exist) and `neutralizeCommands`
 * (text from servers, commits or pods can never start a `::` workflow command).
 */
export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
}

export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, props?: AnnotationProps): void;
  warn(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/**
 * What .NET's Char.IsWhiteSpace accepts: the runner reads our stdout line by line (a line ends at
 * \r, \n or \r\n) and `TrimStart()`s each line before looking for `::` (ActionCommand.TryParseV2).
 * That is Unicode White_Space — U+0085 (NEL) included, which JavaScript's `\s` lacks. U+FEFF is
 * added although .NET keeps it: breaking a harmless line costs nothing.
 */
export const RUNNER_WHITESPACE =
  '\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

const COMMAND_START = new RegExp(`(^|[\\r\\n])([${RUNNER_WHITESPACE}]*):(?=:)`, 'g');

/**
 * Makes untrusted text unable to act as a workflow command, by the runner's own rules: a line
 * (split at \r or \n) that starts with `::` after .NET whitespace is a command, and `##[` anywhere
 * starts the legacy form. A zero-width space (not whitespace to .NET) breaks both.
 */
export function neutralizeCommands(text: string): string {
  return text.replace(COMMAND_START, '$1$2:\u200b').replace(/##\[/g, '#\u200b#[');
}

const clean = (text: string) => neutralizeCommands(redact(text));

function annotation(props: AnnotationProps | undefined): CommandProperties {
  if (!props) return {};
  return { title: props.title && redact(props.title), file: props.file, line: props.startLine };
}

async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, name);
  try {
    return await fn();
  } finally {
    issueCommand('endgroup', {}, '');
  }
}

/** The logger actions use: workflow commands, so annotations and groups work on the runner. */
export function createLogger(): Logger {
  return {
    info: (message) => void process.stdout.write(`${clean(message)}\n`),
    debug: (message) => issueCommand('debug', {}, redact(message)),
    // Command messages are escaped (%, CR, LF), so they cannot break out of the command.
    notice: (message, props) => issueCommand('notice', annotation(props), redact(message)),
    warn: (message, props) => issueCommand('warning', annotation(props), redact(message)),
    error: (message, props) => issueCommand('error', annotation(props), redact(message)),
    group: (name, fn) => group(clean(name).replace(/\r?\n/g, ' '), fn),
  };
}

/** A logger that records lines instead of printing them (tests, and libraries used outside actions). */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (message: string) => void lines.push(`${level}: ${clean(message)}`);
  return {
    lines,
    info: push('info'),
    debug: push('debug'),
    notice: push('notice'),
    warn: push('warning'),
    error: push('error'),
    group: async (name, fn) => {
      lines.push(`group: ${clean(name)}`);
      return fn();
    },
  };
}
