// Pure helpers of the CLI, kept apart so they are unit-tested without spawning anything.

/**
 * Turns `--name value` / `--name=value` / a bare `--flag` (meaning true) into INPUT_* variables,
 * refusing names the command does not declare. Legacy environment names (e.g. validate's BASE_URL)
 * fill inputs that no flag gave.
 */
export function parseArgs(args, command, processEnv = {}) {
  const declared = new Map(command.inputs.map((i) => [i.name, i]));
  const values = new Map();
  let verbose = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--verbose') {
      verbose = true;
      if (declared.has('verbose')) values.set('verbose', 'true');
      continue;
    }
    if (!arg.startsWith('--'))
      throw new Error(`Unexpected argument "${arg}": inputs are given as --name value.`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!declared.has(name)) {
      throw new Error(
        `Unknown input "--${name}" for ${command.name}. Inputs: ${[...declared.keys()].join(', ')}`,
      );
    }
    let value;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && !args[i + 1].startsWith('--')) value = args[++i];
    else value = 'true';
    values.set(name, value);
  }
  for (const [variable, target] of Object.entries(command.legacyEnv ?? {})) {
    const spec = typeof target === 'string' ? { input: target } : target;
    const raw = processEnv[variable];
    if (raw === undefined || raw === '' || values.has(spec.input)) continue;
    values.set(spec.input, spec.unit ? `${raw}${spec.unit}` : raw);
  }
  const env = {};
  for (const [name, value] of values) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return { env, verbose };
}

/** Reads a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIM … DELIM` blocks. */
export function parseOutputFile(text) {
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]);
      outputs[name] = body.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

const unescape = (s) =>
  s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');

/** Shows a workflow command as a person would want it in a terminal; undefined hides the line. */
export function humanizeLine(line, verbose) {
  const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) return line;
  const [, command, props = '', message] = match;
  const title = /(?:^|,)title=([^,]*)/.exec(props)?.[1];
  const text = unescape(message);
  switch (command) {
    case 'add-mask':
    case 'endgroup':
    case 'stop-commands':
      return undefined;
    case 'debug':
      return verbose ? `debug: ${text}` : undefined;
    case 'group':
      return `▸ ${text}`;
    case 'error':
    case 'warning':
    case 'notice':
      return `${command}: ${title ? `${unescape(title)}: ` : ''}${text}`;
    default:
      return line;
  }
}
