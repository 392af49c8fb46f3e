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

const secrets = new Set<string>();

/** Secrets shorter than this are not masked line by line: masking tiny strings garbles every log line. */
const MIN_MASKED_LENGTH = 4;

/** Masks a value from here on: the whole value and each of its lines (a multi-line kubeconfig, a PEM key). */
export function registerSecret(value: string | undefined): void {
  if (!value) return;
  const parts = [value, ...value.split(/\r?\n/).map((line) => line.trim())];
  for (const part of parts) {
    if (part.length < MIN_MASKED_LENGTH || secrets.has(part)) continue;
    secrets.add(part);
    issueCommand('add-mask', {}, part);
  }
}

/** Replaces every registered secret in `text` with ***. */
export function redact(text: string): string {
  let out = text;
  // Longest first, so that a secret containing another is replaced whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join('***');
  return out;
}

/**
 * Makes untrusted text unable to act as a workflow command: a line that starts (after blanks) with
 * `::` is a command to the runner, and `##[` starts the legacy form. A zero-width space breaks both.
 */
export function neutralizeCommands(text: string): string {
  return text.replace(/^(\s*):(?=:)/gm, '$1:\u200b').replace(/##\[/g, '#\u200b#[');
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
