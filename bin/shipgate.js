#!/usr/bin/env node
// shipgate's command line: runs an action's bundle (the very code GitHub runs) outside GitHub.
// Flags become INPUT_* variables exactly as the runner sets them; workflow commands in the log are
// shown as plain lines; the job summary is printed as text and the outputs as JSON on stdout.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs, parseOutputFile, humanizeLine } from './cli-support.js';
import { node24Binary } from './node24.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const commands = JSON.parse(readFileSync(join(root, 'dist/commands.json'), 'utf8'));
const [commandName, ...rest] = process.argv.slice(2);

function usage() {
  const lines = [
    'Usage: shipgate <command> [--input value]…   (shipgate <command> --help lists its inputs)',
    '',
    'Commands:',
  ];
  for (const c of commands) lines.push(`  ${c.name.padEnd(18)} ${c.description.split('\n')[0]}`);
  return lines.join('\n');
}

function help(command) {
  const lines = [`Usage: shipgate ${command.name} [--input value]…`, '', command.description, '', 'Inputs:'];
  for (const i of command.inputs) {
    const extra = [
      i.required ? 'required' : undefined,
      i.default !== undefined ? `default ${JSON.stringify(i.default)}` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(
      `  --${i.name.padEnd(22)} ${i.description}${extra ? ` [${extra}]` : ''}`,
      `  ${''.padEnd(24)} allowed: ${i.allowed}`,
    );
  }
  lines.push('', 'Outputs (printed as JSON):');
  for (const [name, description] of Object.entries(command.outputs))
    lines.push(`  ${name.padEnd(24)} ${description}`);
  if (command.legacyEnv)
    lines.push('', `Also read from the environment: ${Object.keys(command.legacyEnv).join(', ')}`);
  return lines.join('\n');
}

if (!commandName || commandName === '--help' || commandName === '-h') {
  console.log(usage());
  process.exit(commandName ? 0 : 2);
}
const command = commands.find((c) => c.name === commandName);
if (!command) {
  console.error(`Unknown command "${commandName}".\n\n${usage()}`);
  process.exit(2);
}
if (rest.includes('--help') || rest.includes('-h')) {
  console.log(help(command));
  process.exit(0);
}

let parsed;
try {
  parsed = parseArgs(rest, command, process.env);
} catch (error) {
  console.error(`${error.message}\n\nRun "shipgate ${command.name} --help" for its inputs.`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'shipgate-cli-'));
const outputFile = join(work, 'output');
const summaryFile = join(work, 'summary.md');
writeFileSync(outputFile, '');
writeFileSync(summaryFile, '');
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_')));
Object.assign(env, parsed.env, { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile });
const bundle = join(root, 'dist', command.name, 'index.js');
if (!existsSync(bundle)) {
  console.error(`dist/${command.name}/index.js is missing: run "npm run build" first.`);
  process.exit(2);
}
// The bundle runs under Node 24 as on GitHub (client-node 2 needs Node >= 22.19), whatever node runs this.
const child = spawn(node24Binary(), [bundle], { env, stdio: ['inherit', 'pipe', 'inherit'] });
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
createInterface({ input: child.stdout }).on('line', (line) => {
  const shown = humanizeLine(line, parsed.verbose);
  if (shown !== undefined) process.stderr.write(`${shown}\n`);
});
child.on('close', (code, signal) => {
  const summary = readFileSync(summaryFile, 'utf8').trim();
  if (summary) process.stderr.write(`\n${summary}\n\n`);
  process.stdout.write(`${JSON.stringify(parseOutputFile(readFileSync(outputFile, 'utf8')), null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });
  process.exit(code ?? (signal === 'SIGINT' ? 130 : 143));
});
