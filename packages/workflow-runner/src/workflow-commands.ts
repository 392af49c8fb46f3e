// Workflow commands in a step's output (`::error::`, `::add-mask::`, …), handled as the runner
// does: masks apply to every later line of the run, annotations are kept for the assertions,
// `::stop-commands::TOKEN` turns processing off until `::TOKEN::`.
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
}

const COMMAND = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/;

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

export class CommandReader {
  readonly annotations: Annotation[] = [];
  private stopToken: string | undefined;
  private readonly masks: Set<string>;

  constructor(masks: Set<string>) {
    this.masks = masks;
  }

  /** Reads one output line; returns it as the log shows it (masked). */
  read(line: string): string {
    const match = COMMAND.exec(line);
    if (match) this.apply(match[1]!, match[2] ?? '', match[3] ?? '');
    return mask(line, this.masks);
  }

  private apply(command: string, props: string, data: string): void {
    if (this.stopToken !== undefined) {
      if (command === this.stopToken) this.stopToken = undefined;
      return;
    }
    if (command === 'stop-commands') this.stopToken = data;
    else if (command === 'add-mask') {
      const value = unescapeData(data);
      if (value.trim()) this.masks.add(value);
    } else if (command === 'error' || command === 'warning' || command === 'notice') {
      const title = /(?:^|,)title=([^,]*)/.exec(props)?.[1];
      this.annotations.push({
        level: command,
        message: unescapeData(data),
        ...(title !== undefined ? { title: unescapeProperty(title) } : {}),
      });
    }
  }
}

/** Replaces every mask (secrets, ::add-mask:: values) with ***. Longest first, as the runner does. */
export function mask(text: string, masks: Set<string>): string {
  let out = text;
  for (const m of [...masks].sort((a, b) => b.length - a.length)) out = out.split(m).join('***');
  return out;
}

/** A secret is masked whole and, when it spans lines, line by line (as the runner registers it). */
export function addSecretMasks(masks: Set<string>, secrets: string[]): void {
  for (const secret of secrets) {
    if (!secret) continue;
    masks.add(secret);
    for (const line of secret.split(/\r?\n/)) if (line.trim().length > 0) masks.add(line);
  }
}
