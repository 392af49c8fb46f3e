#!/usr/bin/env node
// Bundles every action (or those named) with @vercel/ncc into dist/<name>/: ESM, minified, with a
// source map whose embedded sources are dropped (stack traces still map to files and lines, and the
// committed map shrinks from ~25 MB to ~2 MB), and the licenses of what was bundled.
// Also writes dist/shipgate/index.js, the root action's dispatcher, and dist/commands.json for the CLI.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const all = readdirSync(join(root, 'actions')).filter((name) => existsSync(join(root, 'actions', name, 'src/main.ts')));
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !all.includes(name));
if (unknown.length) {
  console.error(`Unknown action(s): ${unknown.join(', ')}. Actions: ${all.join(', ')}`);
  process.exit(2);
}
const names = wanted.length ? wanted : all;

async function bundle(name) {
  const out = join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  const started = Date.now();
  await run(
    process.execPath,
    [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', `actions/${name}/src/main.ts`, '-o', `dist/${name}`, '--minify', '--source-map', '--license', 'licenses.txt', '--quiet'],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  for (const file of readdirSync(out).filter((f) => f.endsWith('.map'))) {
    const map = JSON.parse(readFileSync(join(out, file), 'utf8'));
    delete map.sourcesContent;
    writeFileSync(join(out, file), JSON.stringify(map));
  }
  console.log(`built dist/${name} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

// Two at a time: ncc is mostly single-threaded and CI has two cores.
const queue = [...names];
await Promise.all(
  [0, 1].map(async () => {
    for (let name = queue.shift(); name; name = queue.shift()) await bundle(name);
  }),
);

if (!wanted.length) {
  mkdirSync(join(root, 'dist/shipgate'), { recursive: true });
  writeFileSync(join(root, 'dist/shipgate/package.json'), '{\n  "type": "module"\n}\n');
  writeFileSync(join(root, 'dist/shipgate/index.js'), readFileSync(join(root, 'scripts/root-entry.js'), 'utf8').replace('__COMMANDS__', JSON.stringify(all)));
}
