// pr-checks.yml then pr-report.yml, as GitHub runs them for a pull request: the check builds the
// PR and its base (baseline-ref, a git worktree) per target, measures, audits and uploads the
// reports with a read-only token; the workflow_run publishes one sticky comment from them.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import {
  inlineCatalogue,
  openPullRequest,
  startPipeline,
  type Pipeline,
  type WorkflowRun,
} from '@shipgate/workflow-runner';

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
  const pr = openPullRequest(p, inlineCatalogue);

  const check = await p.run('pr-checks.yml', pr.checkEvent('synchronize'));
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
  for (const s of legs) expect(s.summary).toContain(`baseline from ${pr.base}`);
  // The check posts nothing itself (comment: false); the reports are uploaded.
  expect(github.state.repo('acme/web').comments).toEqual([]);

  const report = await p.run('pr-report.yml', pr.reportEvent(check.runId, 'failure'));
  expect(report.jobs.publish!.result).toBe('success');
  const comments = github.state.repo('acme/web').comments;
  expect(comments.map((c) => c.issueNumber)).toEqual([pr.number]);
  expect(comments[0]!.body).toMatch(/linux-x64/);
  expect(comments[0]!.body).toMatch(/linux-arm64/);

  // A second publish (a re-run) updates the same sticky comment.
  await p.run('pr-report.yml', pr.reportEvent(check.runId, 'failure'));
  expect(github.state.repo('acme/web').comments).toHaveLength(1);
});
