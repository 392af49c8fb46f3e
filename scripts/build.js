#!/usr/bin/env node
// Bundles every action (or those named) with @vercel/ncc into dist/<name>/: ESM, minified, with a
// source map whose embedded sources are dropped (stack traces still map to files and lines, and the
// committed map shrinks from ~25 MB to ~2 MB), and the licenses of what was bundled. ncc minifies
// only the entry file; the chunks of dynamic imports (where the heavy clients live, loaded after
// the inputs are parsed) are minified here with terser, their maps chained.
// Also writes dist/shipgate/index.js, the root action's dispatcher, and dist/commands.json for the CLI.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { minify } from 'terser';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const all = readdirSync(join(root, 'actions')).filter((name) =>
  existsSync(join(root, 'actions', name, 'src/main.ts')),
);
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
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      `actions/${name}/src/main.ts`,
      '-o',
      `dist/${name}`,
      '--minify',
      '--source-map',
      '--no-source-map-register',
      '--license',
      'licenses.txt',
      '--quiet',
    ],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  for (const chunk of readdirSync(out).filter((f) => /^\d+\.index\.js$/.test(f))) {
    const code = readFileSync(join(out, chunk), 'utf8');
    const map = existsSync(join(out, `${chunk}.map`))
      ? readFileSync(join(out, `${chunk}.map`), 'utf8')
      : undefined;
    const result = await minify(code, {
      module: true,
      compress: { passes: 1 },
      mangle: true,
      sourceMap: map ? { content: map, filename: chunk, url: `${chunk}.map` } : false,
    });
    writeFileSync(join(out, chunk), result.code);
    if (result.map)
      writeFileSync(
        join(out, `${chunk}.map`),
        typeof result.map === 'string' ? result.map : JSON.stringify(result.map),
      );
  }
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
  writeFileSync(
    join(root, 'dist/shipgate/index.js'),
    readFileSync(join(root, 'scripts/root-entry.js'), 'utf8').replace(
      'const commands = __COMMANDS__;',
      `const commands = ${JSON.stringify(all)};`,
    ),
  );
}
