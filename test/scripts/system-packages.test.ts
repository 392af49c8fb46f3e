// The one list of system packages: what counts as present, and what a person without root is told.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureSystemPackages,
  installCommand,
  missingPackages,
  onPath,
  systemPackages,
} from '../../scripts/system-packages.ts';

/** A PATH of one directory holding executables (and plain files) with these names. */
function fakePath(executables: string[], plain: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'system-packages-'));
  for (const name of executables) {
    writeFileSync(join(dir, name), '#!/bin/sh\n');
    chmodSync(join(dir, name), 0o755);
  }
  for (const name of plain) writeFileSync(join(dir, name), '');
  return dir;
}

test('a command counts as present only as an executable file on PATH', () => {
  const path = fakePath(['git'], ['nginx']);
  expect(onPath('git', path)).toBe(true);
  expect(onPath('nginx', path)).toBe(false); // not executable
  expect(onPath('kubectl', path)).toBe(false);
});

test('each README command needs its own subset', () => {
  const path = fakePath(['git']);
  expect(missingPackages('demo', path).flatMap((p) => p.commands)).toEqual(['prometheus', 'promtool']);
  expect(missingPackages('test', path).flatMap((p) => p.commands)).toEqual([
    'nginx',
    'kubectl',
    'prometheus',
    'promtool',
  ]);
  for (const p of systemPackages) expect(p.commands.length).toBeGreaterThan(0);
});

test('without root the set-up stops at once with the one command to run', () => {
  const path = fakePath([]);
  expect(() => ensureSystemPackages('demo', { path, canInstall: false })).toThrow(
    /^npm run demo needs git, prometheus \(.*\)\. Run: sudo apt-get install -y git prometheus$/,
  );
  expect(() =>
    ensureSystemPackages('test', { path: fakePath(['git', 'kubectl']), canInstall: false }),
  ).toThrow(/^npm test needs nginx, prometheus \(.*\)\. Run: sudo apt-get install -y nginx prometheus$/);
});

test('packages with no Debian build are never handed to apt-get', () => {
  const kubectlOnly = systemPackages.filter((p) => p.commands.includes('kubectl'));
  expect(installCommand(kubectlOnly, 'linux')).toMatch(/^install kubectl: https:/);
  expect(installCommand(kubectlOnly, 'darwin')).toBe('brew install kubernetes-cli');
  expect(() =>
    ensureSystemPackages('test', {
      path: fakePath(['git', 'nginx', 'prometheus', 'promtool']),
      canInstall: true,
    }),
  ).toThrow(/Run: install kubectl/);
});

test('nothing missing: nothing runs, nothing is logged', () => {
  const lines: string[] = [];
  ensureSystemPackages('test', {
    path: fakePath(['git', 'nginx', 'kubectl', 'prometheus', 'promtool']),
    canInstall: false,
    log: (l) => lines.push(l),
  });
  expect(lines).toEqual([]);
});
