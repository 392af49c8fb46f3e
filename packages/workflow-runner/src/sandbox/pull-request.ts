// A pull request on the service's repository as GitHub holds one: the feature branch, its merge
// commit (refs/pull/N/merge, what pull_request runs check out), the PR in github-sim, and the two
// events the fork-safe pair runs on — pull_request for pr-checks, workflow_run for pr-report.
import type { EventSpec } from '../types.ts';
import type { Pipeline } from './pipeline.ts';

export interface PullRequestFixture {
  number: number;
  /** The PR's last commit and the base commit it is compared with. */
  head: string;
  base: string;
  /** The test merge commit (refs/pull/N/merge). */
  merge: string;
  /** pull_request (opened or synchronize) for pr-checks.yml. */
  checkEvent(action?: 'opened' | 'synchronize'): EventSpec;
  /** workflow_run (completed) of the pr-checks run `runId` for pr-report.yml. */
  reportEvent(runId: number, conclusion: 'success' | 'failure'): EventSpec;
}

export interface PullRequestSpec {
  branch: string;
  title: string;
  /** The commit message of the PR's one commit, and the files it writes. */
  message: string;
  files: Record<string, string>;
}

const catalogue = `export const catalogue = ${JSON.stringify('x'.repeat(80_000))};\n`;

/** The PR the tests and the demo open: an 80 kB catalogue inlined into the server (over budget). */
export const inlineCatalogue: PullRequestSpec = {
  branch: 'feature/inline-catalogue',
  title: 'Inline the catalogue',
  message: 'feat: inline the catalogue',
  files: { 'src/catalogue.js': catalogue, 'src/server.js': catalogue },
};

/** Branches off main, commits, makes the merge commit and opens the PR; main stays checked out. */
export function openPullRequest({ repo, github }: Pipeline, spec: PullRequestSpec): PullRequestFixture {
  const base = repo.git('rev-parse', 'main');
  repo.git('checkout', '-q', '-b', spec.branch);
  const head = repo.commit(spec.message, spec.files);
  repo.git('checkout', '-q', '--detach', 'main');
  repo.git('merge', '-q', '--no-ff', '-m', `Merge ${spec.branch} into main`, spec.branch);
  const merge = repo.git('rev-parse', 'HEAD');
  repo.git('checkout', '-q', 'main');
  github.state.addCommit(repo.repository, {
    sha: head,
    parents: [base],
    message: spec.message,
    branch: spec.branch,
    login: 'dana',
  });
  const { number } = github.state.addPull(repo.repository, {
    title: spec.title,
    head: { ref: spec.branch, sha: head },
    commits: [head],
  });
  repo.git(
    'push',
    '-q',
    'origin',
    `${head}:refs/heads/${spec.branch}`,
    `${head}:refs/pull/${number}/head`,
    `${merge}:refs/pull/${number}/merge`,
  );
  const pullRequest = { number, head: { ref: spec.branch, sha: head }, base: { ref: 'main', sha: base } };
  return {
    number,
    head,
    base,
    merge,
    checkEvent: (action = 'opened') => ({
      name: 'pull_request',
      ref: `refs/pull/${number}/merge`,
      sha: merge,
      payload: { action, number, pull_request: pullRequest },
    }),
    reportEvent: (runId, conclusion) => ({
      name: 'workflow_run',
      ref: 'refs/heads/main',
      sha: base,
      payload: {
        action: 'completed',
        workflow: { name: 'pr-checks' },
        workflow_run: {
          id: runId,
          event: 'pull_request',
          conclusion,
          head_branch: spec.branch,
          head_sha: head,
          pull_requests: [pullRequest],
        },
      },
    }),
  };
}
