// actions/checkout, done with real git against the test's origin repository: the inputs that
// change what lands in the workspace (ref, fetch-depth, fetch-tags, path, sparse-checkout) do
// the same here; a shallow fetch stays shallow, so a step needing history fails as it would.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StepHandler } from './step-handler.ts';

const KNOWN = new Set([
  'repository',
  'ref',
  'token',
  'fetch-depth',
  'fetch-tags',
  'path',
  'sparse-checkout',
  'sparse-checkout-cone-mode',
  'persist-credentials',
  'clean',
  'show-progress',
  'lfs',
  'submodules',
  'set-safe-directory',
  'filter',
]);

export const checkout: StepHandler = async ({ leg, with: given, onLine }) => {
  const unknown = Object.keys(given).filter((k) => !KNOWN.has(k));
  if (unknown.length) throw new Error(`actions/checkout: inputs not emulated here: ${unknown.join(', ')}`);
  const { origin, repository, event } = leg.run.options;
  if (given.repository && given.repository !== repository)
    throw new Error(`actions/checkout: only ${repository} can be checked out here`);
  const dir = given.path ? join(leg.workspace, given.path) : leg.workspace;
  mkdirSync(dir, { recursive: true });
  const git = (...args: string[]) => {
    onLine(`[command]git ${args.join(' ')}`);
    return execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  };
  const depth = Number(given['fetch-depth'] ?? '1');
  const ref = given.ref || event.ref;
  git('init', '-q');
  git('remote', 'add', 'origin', `file://${origin}`);
  const shallow = depth > 0 ? [`--depth=${depth}`] : [];
  const tags = depth === 0 || given['fetch-tags'] === 'true' ? ['--tags'] : ['--no-tags'];
  if (depth === 0) git('fetch', '-q', ...tags, 'origin', '+refs/heads/*:refs/remotes/origin/*');
  const target = /^[0-9a-f]{40}$/.test(ref) ? ref : ref.startsWith('refs/') ? ref : `refs/heads/${ref}`;
  const local = target.startsWith('refs/tags/') ? target : 'refs/remotes/origin/checkout';
  git(
    'fetch',
    '-q',
    ...shallow,
    ...tags,
    'origin',
    /^[0-9a-f]{40}$/.test(target) ? target : `+${target}:${local}`,
  );
  if (given['sparse-checkout'])
    git('sparse-checkout', 'set', ...given['sparse-checkout'].split('\n').filter(Boolean));
  git('checkout', '-q', '--force', /^[0-9a-f]{40}$/.test(target) ? target : local);
  onLine(`checked out ${ref} at ${git('rev-parse', 'HEAD')}${depth > 0 ? ` (depth ${depth})` : ''}`);
  return { ok: true };
};
