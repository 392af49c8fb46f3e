#!/usr/bin/env node
// The npm registry reachable from our machines serves only some platform builds of packages with
// native binaries (@swc/core-*, @unrs/resolver-binding-*: the darwin/win32/arm ones answer 404), so
// `npm install` leaves them out of package-lock.json and `npm ci` then refuses the lock as out of
// sync. This adds, for every optional dependency missing from the lock, an entry marked optional
// with its version, so `npm ci` accepts the lock and simply skips it (an optional dependency that
// cannot be fetched is not an error). Run after any `npm install` that changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    // npm resolves from the nearest node_modules upward; hoisted installs put these at the top.
    const nested = `${location ? `${location}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    packages[`node_modules/${name}`] = { version, ...(entry.dev ? { dev: true } : {}), optional: true };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} missing optional platform package(s) recorded`);
