import { tmpdir } from 'node:os';
import { InputError, errorMessage } from './errors.ts';
import { registerSecret } from './secrets.ts';
import { formatPath } from './spec.ts';
import type { InputDef } from './inputs.ts';

/** One action: its inputs and outputs are declared here once; action.yml and docs are generated. */
export interface ActionDefinition<I extends Record<string, InputDef> = Record<string, InputDef>> {
  /** Folder name under actions/, and the CLI command. */
  name: string;
  title: string;
  description: string;
  inputs: I;
  outputs: Record<string, string>;
  /**
   * Rules across inputs, checked as soon as every input parsed (before the action's body runs):
   * throw an InputError for a combination that is refused; return a warning for each input the
   * other inputs make ignored.
   */
  rules?(inputs: ParsedInputs<I>): string[] | void;
}

export function defineAction<const I extends Record<string, InputDef>>(definition: ActionDefinition<I>) {
  for (const name of Object.keys(definition.inputs)) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`input names are kebab-case: "${name}"`);
  }
  return definition;
}

/** The parsed inputs of an action: present when required or defaulted, else possibly undefined. */
export type InputsOf<D extends ActionDefinition> = ParsedInputs<D['inputs']>;

/** Parsed values of a set of input definitions. */
export type ParsedInputs<I extends Record<string, InputDef>> = {
  -readonly [K in keyof I]: I[K] extends InputDef<infer T, infer P>
    ? P extends true
      ? T
      : T | undefined
    : never;
};

/** The environment variable the runner sets for an input (toolkit's rule: spaces → _, upper case). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Reads and parses every input of an action from the runner's INPUT_* variables. Secrets are
 * registered for masking first. The first bad input throws an InputError; nothing else has run yet.
 */
export function readInputs<D extends ActionDefinition>(
  definition: D,
  env: NodeJS.ProcessEnv = process.env,
): InputsOf<D> {
  const entries = Object.entries(definition.inputs);
  for (const [name, def] of entries) if (def.secret) registerSecret(env[inputEnvName(name)]);
  const out: Record<string, unknown> = {};
  for (const [name, def] of entries) {
    const value = env[inputEnvName(name)] ?? '';
    const given = def.meta.exact ? value : value.trim();
    // Only the runner leaves an input empty (not given, no default); blanks were typed by someone.
    if (value !== '' && value.trim() === '')
      throw new InputError(name, def.secret ? undefined : value, `${def.allowed} (not only whitespace)`, {
        hint: 'leave the input out to get its default',
      });
    const raw = given === '' ? resolveDefault(def.meta.default, env) : given;
    if (raw === undefined || raw === '') {
      if (def.meta.required) throw new InputError(name, undefined, `${def.allowed} (this input is required)`);
      out[name] = undefined;
      continue;
    }
    const parsed = safeParse(name, def, raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issue.path.length ? formatPath([name, ...issue.path]) : undefined;
      const at = path === undefined ? raw : issue.input === undefined ? undefined : stringify(issue.input);
      // A path means an issue inside a YAML spec or list item, whose message says what is allowed there.
      const allowed =
        path !== undefined || issue.message === def.allowed
          ? issue.message
          : `${def.allowed} (${issue.message})`;
      throw new InputError(name, at, allowed, { secret: def.secret, path });
    }
    out[name] = parsed.data;
  }
  return out as InputsOf<D>;
}

/**
 * On a runner, action.yml defaults arrive already resolved in INPUT_*. Outside GitHub (the CLI,
 * tests) we apply them ourselves, and the `${{ … }}` expressions they may hold get the local
 * meaning: runner.temp → RUNNER_TEMP or the OS temp dir, github.token → GITHUB_TOKEN; any other
 * expression makes the default absent rather than a literal `${{ … }}` string.
 */
function resolveDefault(raw: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (raw === undefined || !raw.includes('${{')) return raw;
  const known: Record<string, string | undefined> = {
    'runner.temp': env.RUNNER_TEMP || tmpdir(),
    'github.token': env.GITHUB_TOKEN,
    'github.workspace': env.GITHUB_WORKSPACE || process.cwd(),
  };
  let missing = false;
  const resolved = raw.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    const value = known[name];
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing || resolved.includes('${{') ? undefined : resolved;
}

/** Parses one input; anything a parser throws (a bug, a resource limit) is still this input's error. */
function safeParse(name: string, def: InputDef, raw: string) {
  try {
    return def.schema.safeParse(raw, { reportInput: true });
  } catch (error) {
    throw new InputError(name, def.secret ? undefined : raw, `${def.allowed} (${errorMessage(error)})`, {
      secret: def.secret,
    });
  }
}

function stringify(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
