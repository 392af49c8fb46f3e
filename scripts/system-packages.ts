#!/usr/bin/env node
// The one list of programs from outside npm that the tests and the demo start, and the set-up that
// `npm test` (scripts/test.js), `npm run demo` (scripts/demo.ts) and .ci/run share: as root on Debian
// or Ubuntu, install what is missing with apt-get; otherwise stop at once and print the one command
// to run. No dependencies: it runs before anything else.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface SystemPackage {
  /** The Debian package (apt-get install), or null where Debian has no usable one. */
  debian: string | null;
  /** The Homebrew formula, for the message shown on macOS. */
  brew: string;
  /** Programs on PATH whose presence proves the package is installed. */
  commands: string[];
  /** Which README command needs it. */
  neededBy: Purpose[];
  /** Which tests or steps start it (shown when it is installed or missing). */
  why: string;
  /** A daemon Debian starts on install; stopped again (tests start their own on free ports). */
  service?: string;
  /** How to install it where there is no Debian package. */
  manual?: string;
}

export type Purpose = 'test' | 'demo';

export const systemPackages: SystemPackage[] = [
  {
    debian: 'git',
    brew: 'git',
    commands: ['git'],
    neededBy: ['test', 'demo'],
    why: 'notes and size tests make real repositories; the demo tags releases',
  },
  {
    debian: 'nginx',
    brew: 'nginx',
    commands: ['nginx'],
    neededBy: ['test'],
    why: 'probe security-header tests start a real nginx on loopback',
    service: 'nginx',
  },
  {
    // Debian's kubernetes-client is 1.20 (too old for server-side apply tables); our machines ship
    // kubectl from Kubernetes' own apt repository.
    debian: null,
    brew: 'kubernetes-cli',
    commands: ['kubectl'],
    neededBy: ['test'],
    why: 'kube-sim tests run the real kubectl against the simulator',
    manual: 'install kubectl: https://kubernetes.io/docs/tasks/tools/',
  },
  {
    // Debian's 2.42 has no kubernetes_sd_configs; the tests discover kube-sim's pods over http_sd_configs.
    debian: 'prometheus',
    brew: 'prometheus',
    commands: ['prometheus', 'promtool'],
    neededBy: ['test', 'demo'],
    why: "canary-monitor and metrics tests (and the demo's canaries) start a real Prometheus on loopback scraping kube-sim pods; promtool checks the printed alerting rules",
    service: 'prometheus',
  },
];

/** Whether `command` is an executable file in one of PATH's directories (as spawn would find it). */
export function onPath(command: string, path = process.env.PATH ?? ''): boolean {
  return path
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        accessSync(join(dir, command), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

/** The packages `purpose` needs whose commands are not all on PATH. */
export function missingPackages(purpose: Purpose, path?: string): SystemPackage[] {
  return systemPackages.filter(
    (p) => p.neededBy.includes(purpose) && !p.commands.every((c) => onPath(c, path)),
  );
}

/** The one command a person runs to install `missing` on this platform. */
export function installCommand(missing: SystemPackage[], platform = process.platform): string {
  if (platform === 'darwin') return `brew install ${missing.map((p) => p.brew).join(' ')}`;
  const debian = missing.filter((p) => p.debian).map((p) => p.debian);
  const manual = missing.filter((p) => !p.debian).map((p) => p.manual);
  return [debian.length ? `sudo apt-get install -y ${debian.join(' ')}` : '', ...manual]
    .filter(Boolean)
    .join('; ');
}

function run(command: string, args: string[], stderr: 'inherit' | 'ignore' = 'inherit'): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', stderr], env });
  return result.status === 0;
}

export interface SetupOptions {
  /** PATH to look in (default: this process's). */
  path?: string;
  /** Whether apt-get may run (default: root on Linux with apt-get on PATH). */
  canInstall?: boolean;
  log?: (line: string) => void;
}

/**
 * Makes sure what `purpose` needs is installed: installs it with apt-get when this process is root
 * on a machine with apt-get, else throws an Error whose message names the one command to run.
 */
export function ensureSystemPackages(purpose: Purpose, options: SetupOptions = {}): void {
  const { path, log = (line) => console.error(line) } = options;
  const missing = missingPackages(purpose, path);
  if (missing.length === 0) return;
  const names = missing.map((p) => p.debian ?? p.commands[0]).join(', ');
  const why = missing.map((p) => p.why).join('; ');
  const installable = missing.filter((p) => p.debian);
  const canInstall =
    (options.canInstall ?? (process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get'))) &&
    installable.length === missing.length;
  if (!canInstall) {
    const command = purpose === 'test' ? 'npm test' : 'npm run demo';
    throw new Error(`${command} needs ${names} (${why}). Run: ${installCommand(missing)}`);
  }
  log(`installing ${names} with apt-get (${why})`);
  // Another apt-get (a second checkout, unattended upgrades) may hold the lock: wait for it.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  const ok =
    run('apt-get', [...lock, 'update', '-qq']) &&
    run('apt-get', [
      ...lock,
      'install',
      '-y',
      '-qq',
      '--no-install-recommends',
      ...installable.map((p) => p.debian!),
    ]);
  const still = missingPackages(purpose, path);
  if (!ok || still.length > 0) {
    throw new Error(
      `apt-get could not install ${names}; run: ${installCommand(still.length ? still : missing)}`,
    );
  }
  // Debian starts some daemons on install (nginx on port 80); tests start their own on free ports.
  for (const service of installable.flatMap((p) => (p.service ? [p.service] : []))) {
    if (!run('systemctl', ['stop', service], 'ignore')) run('service', [service, 'stop'], 'ignore');
  }
}
