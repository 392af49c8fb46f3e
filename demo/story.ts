// The story `npm run demo` tells: the example workflows of workflows-examples/ run job by job the
// way GitHub runs them (packages/workflow-runner), against kube-sim (pods are real sample-app
// processes), a real Prometheus scraping them, github-sim and a webhook receiver. Each chapter
// says what happens, shows the jobs and the summaries a person would read on GitHub, and checks
// the outcome; the last table lists every check.
import { sampleAppBehaviour } from '@shipgate/kube-sim';
import {
  image,
  inlineCatalogue,
  openPullRequest,
  startPipeline,
  type JobRun,
  type Pipeline,
  type StepRun,
  type WorkflowRun,
} from '@shipgate/workflow-runner';
import { renderSummary } from './terminal-summary.ts';

export interface Outcome {
  chapter: string;
  ok: boolean;
  what: string;
}

export interface StoryOptions {
  /** Only the closing table. */
  quiet: boolean;
}

const bold = (t: string) => `\x1b[1m${t}\x1b[0m`;
const dim = (t: string) => `\x1b[2m${t}\x1b[0m`;
const ICON: Record<string, string> = { success: '✔', failure: '✘', skipped: '○', cancelled: '⊘' };

class Narrator {
  readonly outcomes: Outcome[] = [];
  private current = '';
  private readonly quiet: boolean;
  constructor(quiet: boolean) {
    this.quiet = quiet;
  }
  say(text = ''): void {
    if (!this.quiet) console.log(text);
  }
  chapter(title: string, story: string): void {
    this.current = title;
    this.say(`\n${bold(`━━ ${title} ${'━'.repeat(Math.max(3, 78 - title.length))}`)}`);
    this.say(dim(story));
  }
  jobs(run: WorkflowRun, workflow: string): void {
    this.say(`\n  ${workflow} — run ${run.runId}`);
    for (const id of run.order) {
      const job = run.jobs[id]!;
      const legs =
        job.legs.length > 1 ? ` (${job.legs.map((l) => Object.values(l.matrix).join('/')).join(', ')})` : '';
      const where = job.environment ? dim(` → ${job.environment}`) : '';
      this.say(
        `    ${ICON[job.result] ?? '?'} ${id}${legs}${where}${job.durationMs ? dim(`  ${(job.durationMs / 1000).toFixed(1)} s`) : ''}`,
      );
    }
  }
  summary(title: string, step: StepRun | undefined): void {
    if (!step?.summary.trim()) return;
    this.say(`\n  ┌─ ${title}`);
    this.say(renderSummary(step.summary).replace(/^/gm, '  │ '));
    this.say('  └─');
  }
  check(ok: boolean, what: string): void {
    this.outcomes.push({ chapter: this.current, ok, what });
    this.say(`  ${ok ? '✔' : '✘'} ${what}`);
  }
  /** Checks what production runs: ready replicas by version. */
  checkRunning(p: Pipeline, want: Record<string, number>, label = 'production runs'): void {
    const running = p.running('production');
    this.check(same(running, want), `${label} ${JSON.stringify(running)}`);
  }
}

const step = (job: JobRun | undefined, id: string, leg = 0) => job?.legs[leg]?.steps.find((s) => s.id === id);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Commits, then tags and pushes `tag`: release.yml runs on the push; its jobs are shown. */
async function release(p: Pipeline, n: Narrator, tag: string, commits: string[]): Promise<WorkflowRun> {
  for (const message of commits) p.repo.commit(message);
  p.repo.release(tag);
  const run = await p.run('release.yml', p.tagPush(tag));
  n.jobs(run, 'release.yml');
  return run;
}

async function firstRelease(p: Pipeline, n: Narrator): Promise<void> {
  n.chapter(
    'v1.0.0 — the first release',
    'Two commits, a tag pushed: release.yml builds both targets under their size budgets and the npm audit gate, writes the release notes and the GitHub release, rolls it out to staging and validates it, then to production. A first release has nothing to compare a canary with, so deploy puts it in place directly.',
  );
  const run = await release(p, n, 'v1.0.0', [
    'feat: serve the catalogue',
    'fix(api): return 404 for unknown items (#3)',
  ]);
  n.summary('build (linux-x64): size and audit gate', step(run.jobs.build, 'size'));
  n.summary('changelog: release notes', step(run.jobs.changelog, 'notes'));
  n.summary('production: deploy', step(run.jobs.production, 'deploy'));
  n.check(
    run.jobs.production?.result === 'success',
    `every job green; release ${run.jobs.changelog?.outputs['release-url'] ?? 'missing'}`,
  );
  n.checkRunning(p, { '1.0.0': 4 });
}

async function healthyCanary(p: Pipeline, n: Narrator): Promise<void> {
  n.chapter(
    'v1.1.0 — a canary judged on real Prometheus data, then promoted',
    'The tag goes through staging, then production as a canary at 25% with a baseline beside it. canary-monitor walks 25% → 50% → 100%, asking Prometheus every second for the error rate and p95 latency of canary and baseline (the pods are real processes Prometheus discovers and scrapes), and promotes it.',
  );
  const run = await release(p, n, 'v1.1.0', ['feat(search): fuzzy matching', 'perf: cache the index']);
  const canary = step(run.jobs.production, 'canary');
  n.summary('production: canary-monitor', canary);
  n.check(
    canary?.outputs.verdict === 'promoted',
    `canary verdict ${canary?.outputs.verdict ?? 'none'}, final weight ${canary?.outputs['final-weight'] ?? '?'}%`,
  );
  n.checkRunning(p, { '1.1.0': 4 });
  const promoted = canaryDeployment(p, '1.1.0');
  n.check(
    promoted.one && promoted.states.indexOf('success') === promoted.states.length - 1,
    `one GitHub deployment from the canary's deploy to its promotion: ${promoted.line}`,
  );
}

/** The production GitHub deployment of a canary's version: its states in order, repeats counted (`in_progress ×6 → success`). */
function canaryDeployment(p: Pipeline, version: string): { one: boolean; states: string[]; line: string } {
  const all = p.deploymentsOf('production', version);
  const states = all[0]?.states ?? [];
  const runs: [string, number][] = [];
  for (const s of states) {
    const last = runs.at(-1);
    if (last?.[0] === s) last[1]++;
    else runs.push([s, 1]);
  }
  const line = runs.map(([s, k]) => (k > 1 ? `${s} ×${k}` : s)).join(' → ') || 'none';
  return { one: all.length === 1, states, line };
}

async function badCanary(p: Pipeline, n: Narrator): Promise<void> {
  n.chapter(
    'v1.2.0 — a canary with 5% errors, caught and aborted, the rollback job run',
    "This build answers 5% of requests with a 500. canary-monitor sees the canary's error rate above 1% and significantly above the baseline's, and aborts: all traffic back on v1.1.0 within a couple of intervals. The production job fails, so the rollback job runs with failed-version 1.2.0: the traffic is already back, so it changes nothing, verifies v1.1.0 and records the rollback — ledger, GitHub deployment status, an incident issue and the webhook.",
  );
  const hooks = p.webhooks.length;
  const run = await release(p, n, 'v1.2.0', ['feat(cart): new checkout flow']);
  const canary = step(run.jobs.production, 'canary');
  n.summary('production: canary-monitor', canary);
  const rollback = step(run.jobs.rollback, 'rollback');
  n.summary('rollback', rollback);
  n.check(canary?.outputs.verdict === 'aborted', `canary verdict ${canary?.outputs.verdict ?? 'none'}`);
  n.check(
    run.jobs.rollback?.result === 'success' && rollback?.outputs.status === 'rolled-back',
    `rollback job ${run.jobs.rollback?.result ?? 'missing'}: ${rollback?.outputs['from-version'] ?? '?'} → ${rollback?.outputs['to-version'] ?? '?'} (${rollback?.outputs.status ?? 'no status'}), no change needed`,
  );
  n.check(
    !!rollback?.outputs['incident-url'] && p.webhooks.length > hooks,
    `incident issue ${rollback?.outputs['incident-url'] ?? 'missing'}, webhook ${p.webhooks.length > hooks ? 'posted' : 'missing'}`,
  );
  n.checkRunning(p, { '1.1.0': 4 }, 'production still runs');
  const aborted = canaryDeployment(p, '1.2.0');
  n.check(
    aborted.one && !aborted.states.includes('success') && aborted.states.at(-1) === 'failure',
    `the canary's GitHub deployment never said success: ${aborted.line}`,
  );
}

async function manualRollback(p: Pipeline, n: Narrator): Promise<void> {
  n.chapter(
    'rollback.yml — back to v1.0.0, by hand',
    'Someone on call decides v1.1.0 must go. First without typing CONFIRM: the rollback action refuses before it sends a single request to the cluster. Then with it: backup of the current state, rollback, verification, the ledger, an incident issue and the webhook.',
  );
  const inputs = {
    target_version: '1.0.0',
    environment: 'production',
    reason: 'carts lose items since 1.1.0',
  };
  const since = p.kube.audit.lastSeq();
  const refused = await p.run('rollback.yml', p.dispatch({ ...inputs, confirmation: 'confirm' }));
  const error = step(refused.jobs.rollback, 'rollback')?.annotations.find((a) => a.level === 'error');
  n.say(`\n  without CONFIRM: ${ICON[refused.jobs.rollback!.result]} ${error?.message.split('\n')[0] ?? ''}`);
  n.check(
    refused.jobs.rollback?.result === 'failure' && p.kube.audit.entries(since).length === 0,
    'without CONFIRM: refused, the job red, not one request to the cluster',
  );
  const run = await p.run('rollback.yml', p.dispatch({ ...inputs, confirmation: 'CONFIRM' }));
  n.jobs(run, 'rollback.yml');
  const rollback = step(run.jobs.rollback, 'rollback');
  n.summary('rollback', rollback);
  n.check(
    rollback?.outputs.status === 'rolled-back',
    `with CONFIRM: ${rollback?.outputs['from-version']} → ${rollback?.outputs['to-version']} (${rollback?.outputs.status}), backup ${rollback?.outputs['backup-path'] ? 'written' : 'missing'}`,
  );
  n.check(
    !!rollback?.outputs['incident-url'],
    `incident issue ${rollback?.outputs['incident-url'] ?? 'missing'}`,
  );
  n.checkRunning(p, { '1.0.0': 4 });
}

async function pullRequestGate(p: Pipeline, n: Narrator): Promise<void> {
  n.chapter(
    'a pull request over its size budget',
    'A PR inlines an 80 kB catalogue into the server. pr-checks.yml builds the PR and its base commit for both targets (read-only token, safe for forks), measures them against the budgets and runs the audit gate; pr-report.yml, on workflow_run, posts the one sticky comment.',
  );
  const pr = openPullRequest(p, inlineCatalogue);
  const check = await p.run('pr-checks.yml', pr.checkEvent());
  n.jobs(check, 'pr-checks.yml');
  const report = await p.run('pr-report.yml', pr.reportEvent(check.runId, 'failure'));
  n.jobs(report, 'pr-report.yml');
  const comment = p.github.state.repo('acme/web').comments.at(-1);
  if (comment) n.summary(`the sticky comment on PR #${pr.number}`, { summary: comment.body } as StepRun);
  n.check(check.jobs.size?.result === 'failure', 'pr-checks: both targets over budget, the PR check red');
  n.check(comment?.issueNumber === pr.number, `pr-report: one sticky comment on PR #${pr.number}`);
}

/** Tells the story; returns every check made. Leaves nothing running. */
export async function tellStory(o: StoryOptions): Promise<Outcome[]> {
  const n = new Narrator(o.quiet);
  const started = Date.now();
  const p = await startPipeline({
    prometheus: true,
    // v1.2.0's bug needs production's traffic: staging (its own cluster) passes it, the canary does not.
    productionImages: {
      [image('1.2.0')]: sampleAppBehaviour({ errorRate: 0.05, latencyMs: 20, jitterMs: 4 }),
    },
  });
  try {
    for (const chapter of [firstRelease, healthyCanary, badCanary, manualRollback, pullRequestGate])
      await chapter(p, n);
  } catch (error) {
    n.check(false, `the story stopped: ${(error as Error).message}`);
  } finally {
    await p.stop();
  }
  console.log(
    `\n${bold('What happened')} ${dim(`(${((Date.now() - started) / 1000).toFixed(0)} s, nothing left running)`)}\n`,
  );
  const width = Math.max(...n.outcomes.map((x) => x.chapter.length));
  for (const x of n.outcomes) console.log(`  ${x.chapter.padEnd(width)}  ${x.ok ? '✔' : '✘'} ${x.what}`);
  return n.outcomes;
}
