#!/usr/bin/env node
// Writes everything derived from the actions' definition.ts files (run under Node 24, which strips
// the types): actions/<name>/action.yml, the inputs/outputs tables in actions/<name>/README.md, the
// root action.yml (command + the union of all inputs), schema/<id>.schema.json for YAML specs, and
// dist/commands.json for the CLI. With --check, writes nothing and fails when any of them is stale.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { z } from 'zod';
import type { ActionDefinition, InputDef } from '@shipgate/core';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const stale: string[] = [];

function emit(path: string, content: string): void {
  const full = join(root, path);
  const current = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  if (current === content) return;
  if (check) return void stale.push(path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
  console.log(`wrote ${path}`);
}

const HEADER = '# Generated from src/definition.ts by `npm run generate`; edit that file, not this one.\n';
const names = readdirSync(join(root, 'actions')).filter((n) =>
  existsSync(join(root, 'actions', n, 'src/definition.ts')),
);
const definitions: ActionDefinition[] = [];
for (const name of names) {
  const module = (await import(join(root, 'actions', name, 'src/definition.ts'))) as {
    definition: ActionDefinition;
  };
  if (module.definition.name !== name)
    throw new Error(`actions/${name}: definition.name is "${module.definition.name}"`);
  definitions.push(module.definition);
}

function inputYaml(def: InputDef, withDefault: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { description: `${def.meta.description} (${def.allowed})` };
  if (def.meta.required) out.required = true;
  if (withDefault && def.meta.default !== undefined) out.default = def.meta.default;
  return out;
}

for (const d of definitions) {
  const action = {
    name: d.title,
    description: d.description,
    author: 'shipgate',
    branding: { icon: 'send', color: 'blue' },
    inputs: Object.fromEntries(Object.entries(d.inputs).map(([n, def]) => [n, inputYaml(def, true)])),
    outputs: Object.fromEntries(Object.entries(d.outputs).map(([n, description]) => [n, { description }])),
    runs: { using: 'node24', main: `../../dist/${d.name}/index.js` },
  };
  emit(`actions/${d.name}/action.yml`, HEADER + stringify(action, { lineWidth: 0 }));
  emit(`actions/${d.name}/README.md`, withTables(d));
  for (const def of Object.values(d.inputs)) {
    if (def.spec)
      emit(
        `schema/${def.spec.schemaId}.schema.json`,
        `${JSON.stringify(z.toJSONSchema(def.spec.schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`,
      );
  }
}

// The root action: one entry point; its inputs are the union. A default is kept only where every
// action declaring the input has the same one (e.g. token: ${{ github.token }}, which only the runner
// can resolve); otherwise each action applies its own.
const union = new Map<string, { descriptions: string[]; defaults: (string | undefined)[] }>();
for (const d of definitions) {
  for (const [n, def] of Object.entries(d.inputs)) {
    const entry = union.get(n) ?? { descriptions: [], defaults: [] };
    entry.descriptions.push(`${d.name}: ${def.meta.description}`);
    entry.defaults.push(def.meta.default);
    union.set(n, entry);
  }
}
function rootInput(e: { descriptions: string[]; defaults: (string | undefined)[] }): Record<string, string> {
  const shared = e.defaults.every((value) => value === e.defaults[0]) ? e.defaults[0] : undefined;
  return shared === undefined
    ? { description: e.descriptions.join(' | ') }
    : { description: e.descriptions.join(' | '), default: shared };
}
const rootAction = {
  name: 'shipgate',
  description:
    'From a v* tag to production on Kubernetes, safely, and back again: one entry point for every shipgate action.',
  author: 'shipgate',
  branding: { icon: 'send', color: 'blue' },
  inputs: {
    command: { description: `The action to run: ${names.join(', ')}`, required: true },
    ...Object.fromEntries(
      [...union.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([n, e]) => [n, rootInput(e)]),
    ),
  },
  outputs: Object.fromEntries(
    [...new Set(definitions.flatMap((d) => Object.keys(d.outputs)))]
      .sort()
      .map((n) => [n, { description: `See the chosen action's README.` }]),
  ),
  runs: { using: 'node24', main: 'dist/shipgate/index.js' },
};
emit(
  'action.yml',
  HEADER.replace('src/definition.ts', 'actions/*/src/definition.ts') +
    stringify(rootAction, { lineWidth: 0 }),
);

const commands = definitions.map((d) => ({
  name: d.name,
  description: d.description,
  inputs: Object.entries(d.inputs).map(([n, def]) => ({
    name: n,
    description: def.meta.description,
    allowed: def.allowed,
    default: def.meta.default,
    required: def.meta.required ?? false,
    secret: def.secret,
  })),
  outputs: d.outputs,
  legacyEnv: (d as { legacyEnv?: unknown }).legacyEnv,
}));
emit('dist/commands.json', `${JSON.stringify(commands, null, 2)}\n`);

function withTables(d: ActionDefinition): string {
  const path = join(root, 'actions', d.name, 'README.md');
  let text = existsSync(path)
    ? readFileSync(path, 'utf8')
    : `# ${d.title}\n\n${d.description}\n\n## Inputs\n\n<!-- shipgate:inputs --><!-- /shipgate:inputs -->\n\n## Outputs\n\n<!-- shipgate:outputs --><!-- /shipgate:outputs -->\n`;
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const inputs = ['| input | description | allowed | default |', '| --- | --- | --- | --- |'].concat(
    Object.entries(d.inputs).map(
      ([n, def]) =>
        `| \`${n}\`${def.meta.required ? ' (required)' : ''} | ${cell(def.meta.description)} | ${cell(def.allowed)} | ${def.meta.default === undefined ? '' : `\`${cell(def.meta.default)}\``} |`,
    ),
  );
  const outputs = ['| output | description |', '| --- | --- |'].concat(
    Object.entries(d.outputs).map(([n, s]) => `| \`${n}\` | ${cell(s)} |`),
  );
  for (const [marker, table] of [
    ['inputs', inputs],
    ['outputs', outputs],
  ] as const) {
    const pattern = new RegExp(`<!-- shipgate:${marker} -->[\\s\\S]*?<!-- /shipgate:${marker} -->`);
    if (!pattern.test(text))
      throw new Error(`actions/${d.name}/README.md lacks the <!-- shipgate:${marker} --> markers`);
    text = text.replace(
      pattern,
      `<!-- shipgate:${marker} -->\n${table.join('\n')}\n<!-- /shipgate:${marker} -->`,
    );
  }
  return text;
}

if (stale.length) {
  console.error(`Generated files are stale (run \`npm run generate\` and commit):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
