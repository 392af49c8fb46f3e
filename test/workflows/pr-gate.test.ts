// pr-checks.yml then pr-report.yml, as GitHub runs them for a pull request: the check builds the
// PR and its base (baseline-ref, a git worktree) per target, measures, audits and uploads the
// reports with a read-only token; the workflow_run publishes one sticky comment from them.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startPipeline, type Pipeline } from './support/pipeline.ts';
import type { WorkflowRun } from './runner/index.ts';

let p: Pipeline;
beforeAll(async () => {
  p = await startPipeline();
});
afterAll(async () => {
  await p?.stop();
});

const legSteps = (run: WorkflowRun, job: string) =>
  run.jobs[job]!.legs.map((l) => l.steps.find((s) => s.id === 'size')!);

test('a pull request that doubles the server is over budget; the fork-safe pair posts one sticky comment', async () => {
  const { repo, github } = p;
  repo.commit('feat: serve the catalogue');
  repo.push();
  const base = repo.git('rev-parse', 'main');
  repo.git('checkout', '-q', '-b', 'feature/inline-catalogue');
  const catalogue = `export const catalogue = ${JSON.stringify('x'.repeat(80_000))};\n`;
  const head = repo.commit('feat: inline the catalogue', {
    'src/catalogue.js': catalogue,
    'src/server.js': `${catalogue}`,
  });
  repo.git('checkout', '-q', '--detach', 'main');
  repo.git(
    'merge',
    '-q',
    '--no-ff',
    '-m',
    'Merge feature/inline-catalogue into main',
    'feature/inline-catalogue',
  );
  const merge = repo.git('rev-parse', 'HEAD');
  repo.git('checkout', '-q', 'main');
  github.state.addCommit('acme/web', {
    sha: head,
    parents: [base],
    message: 'feat: inline the catalogue',
    branch: 'feature/inline-catalogue',
    login: 'dana',
  });
  const pr = github.state.addPull('acme/web', {
    title: 'Inline the catalogue',
    head: { ref: 'feature/inline-catalogue', sha: head },
    commits: [head],
  });
  repo.git(
    'push',
    '-q',
    'origin',
    `${head}:refs/heads/feature/inline-catalogue`,
    `${head}:refs/pull/${pr.number}/head`,
    `${merge}:refs/pull/${pr.number}/merge`,
  );
  const pullRequest = {
    number: pr.number,
    head: { ref: 'feature/inline-catalogue', sha: head },
    base: { ref: 'main', sha: base },
  };

  const check = await p.run('pr-checks.yml', {
    name: 'pull_request',
    ref: `refs/pull/${pr.number}/merge`,
    sha: merge,
    payload: { action: 'synchronize', number: pr.number, pull_request: pullRequest },
  });
  expect(check.jobs.size!.result).toBe('failure');
  const legs = legSteps(check, 'size');
  expect(legs.map((s) => [s.outcome, s.outputs['over-budget'], s.outputs.vulnerabilities])).toEqual([
    ['failure', 'true', '0'],
    ['failure', 'true', '0'],
  ]);
  // Both legs built the base in a worktree: the relative limit (+10%) is judged against it.
  expect(legs.map((s) => /Size and audit gate failed — (\S+)/.exec(s.summary)?.[1])).toEqual([
    'linux-x64',
    'linux-arm64',
  ]);
  for (const s of legs) expect(s.summary).toContain(`baseline from ${base}`);
  // The check posts nothing itself (comment: false); the reports are uploaded.
  expect(github.state.repo('acme/web').comments).toEqual([]);

  const report = await p.run('pr-report.yml', {
    name: 'workflow_run',
    ref: 'refs/heads/main',
    sha: base,
    payload: {
      action: 'completed',
      workflow: { name: 'pr-checks' },
      workflow_run: {
        id: check.runId,
        event: 'pull_request',
        conclusion: 'failure',
        head_branch: pullRequest.head.ref,
        head_sha: head,
        pull_requests: [pullRequest],
      },
    },
  });
  expect(report.jobs.publish!.result).toBe('success');
  const comments = github.state.repo('acme/web').comments;
  expect(comments.map((c) => c.issueNumber)).toEqual([pr.number]);
  expect(comments[0]!.body).toMatch(/linux-x64/);
  expect(comments[0]!.body).toMatch(/linux-arm64/);

  // A second publish (a re-run) updates the same sticky comment.
  await p.run('pr-report.yml', {
    name: 'workflow_run',
    ref: 'refs/heads/main',
    sha: base,
    payload: {
      action: 'completed',
      workflow: { name: 'pr-checks' },
      workflow_run: {
        id: check.runId,
        event: 'pull_request',
        conclusion: 'failure',
        head_branch: pullRequest.head.ref,
        head_sha: head,
        pull_requests: [pullRequest],
      },
    },
  });
  expect(github.state.repo('acme/web').comments).toHaveLength(1);
});
