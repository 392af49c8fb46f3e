#!/usr/bin/env node
// The main job, locally: a release from tag to production and back, on the embedded Kubernetes
// simulator (kube-sim, real processes per pod) and the GitHub fake (github-sim). Every step runs
// the real action bundle through the CLI (`bin/shipgate.js`), exactly as a workflow would:
//   v1.0.0  changelog → deploy (rolling, first deploy from manifests) → validate
//   v1.1.0  changelog → deploy (canary 25%) → validate → promote
//   v1.2.0  deploy of a crash-looping build → detected, rolled back by itself → validate still green
// Usage: npm run demo [-- --quiet]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKubeSim } from '@shipgate/kube-sim';
import { startGitHubSim } from '@shipgate/github-sim';
import { ensureSystemPackages } from './system-packages.ts';

try {
  ensureSystemPackages('demo');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const root = new URL('..', import.meta.url).pathname;
const quiet = process.argv.includes('--quiet');
const work = mkdtempSync(join(tmpdir(), 'shipgate-demo-'));
const repo = join(work, 'repo');
const app = (version: string) => ({
  process: { command: process.execPath, args: [join(root, 'demo/sample-app.js'), version] },
});

const kube = await startKubeSim({
  kubeconfigPath: join(work, 'kubeconfig'),
  controllers: {
    images: {
      'demo.local/web:1.0.0': app('1.0.0'),
      'demo.local/web:1.1.0': app('1.1.0'),
      'demo.local/web:1.2.0': {
        crashLoop: { exitCode: 1, logs: ['panic: config key DATABASE_URL missing'] },
      },
    },
    timeScale: 0.02,
  },
});
const github = await startGitHubSim({
  token: 'demo-token',
  repos: [{ owner: 'acme', name: 'web' }],
  serverUrl: 'https://github.example',
});
const results: { step: string; outcome: string }[] = [];

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Dana Dev',
      GIT_AUTHOR_EMAIL: 'dana@example.com',
      GIT_COMMITTER_NAME: 'Dana Dev',
      GIT_COMMITTER_EMAIL: 'dana@example.com',
    },
  }).trim();
}

function commit(message: string): void {
  writeFileSync(join(repo, 'CHANGES'), `${message}\n`, { flag: 'a' });
  git('add', 'CHANGES');
  git('commit', '-q', '-m', message);
}

/** Runs one action through the CLI; returns its outputs (the JSON it prints on stdout). */
async function shipgate(
  step: string,
  command: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
) {
  console.log(`\n━━ ${step} ━━  shipgate ${command}`);
  const args = [
    join(root, 'bin/shipgate.js'),
    command,
    ...Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v]),
  ];
  const child = spawn(process.execPath, args, {
    cwd: repo,
    env: {
      ...process.env,
      KUBECONFIG: join(work, 'kubeconfig'),
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_REPOSITORY: 'acme/web',
      GITHUB_TOKEN: 'demo-token',
      GITHUB_WORKSPACE: repo,
      GITHUB_RUN_ID: '1',
      GITHUB_ACTOR: 'dana',
      SHIPGATE_GITHUB_WRITE_SPACING_MS: '0',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    if (!quiet) process.stdout.write(d.toString().replace(/^/gm, '  │ '));
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs = JSON.parse(stdout || '{}') as Record<string, string>;
  return { code, outputs };
}

function record(step: string, ok: boolean, outcome: string): void {
  results.push({ step, outcome: `${ok ? '✔' : '✘'} ${outcome}` });
  console.log(`  ${ok ? '✔' : '✘'} ${outcome}`);
  if (!ok) process.exitCode = 1;
}

/** `git push --tags` to the GitHub fake: mirrors new commits (same shas) and the tag. */
const pushed = new Set<string>();
function push(tag: string): void {
  for (const line of git('rev-list', '--reverse', '--parents', 'HEAD').split('\n')) {
    const [sha, ...parents] = line.split(' ');
    if (!sha || pushed.has(sha)) continue;
    github.state.addCommit('acme/web', {
      sha,
      parents,
      message: git('log', '-1', '--format=%B', sha),
      login: 'dana',
      name: 'Dana Dev',
      email: 'dana@example.com',
    });
    pushed.add(sha);
  }
  github.state.addTag('acme/web', tag, git('rev-parse', 'HEAD'));
}

async function release(version: string, commits: string[]): Promise<void> {
  for (const message of commits) commit(message);
  git('tag', `v${version}`);
  push(`v${version}`);
  const notes = await shipgate(
    `v${version}: release notes`,
    'changelog',
    { file: 'CHANGELOG.md' },
    { GITHUB_REF_NAME: `v${version}`, GITHUB_SHA: git('rev-parse', 'HEAD') },
  );
  record(
    `v${version} changelog`,
    notes.code === 0 && notes.outputs.version === version,
    `version ${notes.outputs.version} (${notes.outputs.bump}), release ${notes.outputs['release-url'] ?? 'none'}`,
  );
}

async function validate(label: string): Promise<void> {
  const port = kube.controllers!.servicePort('default', 'web');
  const run = await shipgate(`${label}: validate`, 'validate', {
    'base-url': `http://127.0.0.1:${port}`,
    checks: join(root, 'demo/checks.yml'),
    timeout: '20s',
    requests: '200',
    concurrency: '8',
    thresholds: 'p(99) < 500\nrate < 0.01',
  });
  record(
    `${label} validate`,
    run.code === 0 && run.outputs.passed === 'true',
    `passed=${run.outputs.passed}, p95 ${run.outputs['p95-ms']} ms, ${run.outputs.rps} req/s`,
  );
}

async function servedVersions(samples = 40): Promise<Record<string, number>> {
  const port = kube.controllers!.servicePort('default', 'web');
  const seen: Record<string, number> = {};
  for (let i = 0; i < samples; i++) {
    const body = (await (await fetch(`http://127.0.0.1:${port}/`)).json()) as { version: string };
    seen[body.version] = (seen[body.version] ?? 0) + 1;
  }
  return seen;
}

try {
  execFileSync('git', ['init', '-q', '-b', 'main', repo]);
  const deployEnv = (version: string) => ({ GITHUB_REF_NAME: `v${version}` });

  // v1.0.0: first release, first deploy from manifests.
  await release('1.0.0', ['feat: serve the catalogue', 'fix(api): return 404 for unknown items (#3)']);
  let run = await shipgate(
    'v1.0.0: deploy (rolling)',
    'deploy',
    {
      app: 'web',
      image: 'demo.local/web:1.0.0',
      manifests: join(root, 'demo/k8s/web.yml'),
      environment: 'production',
      timeout: '60s',
    },
    deployEnv('1.0.0'),
  );
  record(
    'v1.0.0 deploy',
    run.code === 0 && run.outputs.status === 'succeeded',
    `status ${run.outputs.status}, revision ${run.outputs.revision}`,
  );
  await validate('v1.0.0');

  // v1.1.0: a canary at 25% by replica ratio, checked on real traffic, then promoted.
  await release('1.1.0', ['feat(search): fuzzy matching', 'perf: cache the index']);
  run = await shipgate(
    'v1.1.0: deploy (canary 25%)',
    'deploy',
    {
      app: 'web',
      image: 'demo.local/web:1.1.0',
      strategy: 'canary',
      'canary-weight': '25',
      environment: 'production',
      timeout: '60s',
    },
    deployEnv('1.1.0'),
  );
  const split = await servedVersions();
  record(
    'v1.1.0 canary',
    run.code === 0 && (split['1.1.0'] ?? 0) > 0 && (split['1.0.0'] ?? 0) > 0,
    `status ${run.outputs.status}; 40 real requests served ${JSON.stringify(split)}`,
  );
  await validate('v1.1.0 canary');
  run = await shipgate(
    'v1.1.0: promote',
    'deploy',
    {
      app: 'web',
      image: 'demo.local/web:1.1.0',
      strategy: 'canary',
      mode: 'promote',
      environment: 'production',
      timeout: '60s',
    },
    deployEnv('1.1.0'),
  );
  const promoted = await servedVersions();
  record(
    'v1.1.0 promote',
    run.code === 0 && Object.keys(promoted).join() === '1.1.0',
    `status ${run.outputs.status}; now serving ${JSON.stringify(promoted)}`,
  );

  // v1.2.0: a build that crash-loops; deploy detects it and restores v1.1.0 by itself.
  await release('1.2.0', ['feat: read the database URL from the environment']);
  run = await shipgate(
    'v1.2.0: deploy (crash-looping build)',
    'deploy',
    { app: 'web', image: 'demo.local/web:1.2.0', environment: 'production', timeout: '30s' },
    deployEnv('1.2.0'),
  );
  record(
    'v1.2.0 deploy',
    run.code !== 0 && run.outputs.status === 'rolled-back',
    `status ${run.outputs.status} (exit ${run.code}): the failed rollout was undone`,
  );
  const after = await servedVersions();
  record('after rollback', Object.keys(after).join() === '1.1.0', `serving ${JSON.stringify(after)}`);
  await validate('after rollback');

  const deployments = github.requests.filter(
    (r) => r.method === 'POST' && /\/deployments$/.test(r.path),
  ).length;
  console.log('\nWhat happened:\n');
  console.log(results.map((r) => `  ${r.step.padEnd(22)} ${r.outcome}`).join('\n'));
  console.log(
    `\n  GitHub fake: ${deployments} deployments recorded; kube-sim: ${kube.audit.entries().length} API requests served.`,
  );
} finally {
  await kube.stop();
  await github.stop();
  rmSync(work, { recursive: true, force: true });
}
