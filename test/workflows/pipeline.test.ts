// release.yml, rollback.yml and canary-continue.yml executed end to end by the workflow runner
// (@shipgate/workflow-runner): every job in needs order, shipgate steps as the real dist bundles,
// actions/checkout as real git, run: steps as real bash — against kube-sim, a real Prometheus,
// github-sim and a webhook receiver.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { sampleAppBehaviour } from '@shipgate/kube-sim';
import {
  NAMESPACES,
  image,
  repoRoot,
  startPipeline,
  type Pipeline,
  type WorkflowRun,
} from '@shipgate/workflow-runner';
import { grantedPermissions, usedPermissions } from './support/rbac.ts';

/**
 * A scenario runs whole workflows (several jobs, real processes, Prometheus rounds): 40–60 s alone on
 * 2 cores, so jest's 60 s default is too tight once the machine is shared. Waits are on events.
 */
const SCENARIO_MS = 240_000;

let p: Pipeline;
/** Pipelines of other scenarios (blue-green): stopped at the end, their audit logs read by the RBAC test. */
const others: Pipeline[] = [];
beforeAll(async () => {
  p = await startPipeline({
    prometheus: true,
    images: {
      [image('1.3.0')]: { crashLoop: { exitCode: 1, logs: ['panic: config key DATABASE_URL missing'] } },
    },
    // v1.2.0's bug needs production's traffic: staging's checks and load pass, the canary does not.
    productionImages: {
      [image('1.2.0')]: sampleAppBehaviour({ errorRate: 0.05, latencyMs: 20, jitterMs: 4 }),
    },
  });
}, 60_000);
afterAll(async () => {
  await p?.stop();
  for (const o of others) await o.stop();
});

/** rollback.yml dispatched by a person, for production. */
const rollbackTo = (q: Pipeline, target: string, reason: string, confirmation: string) =>
  q.run(
    'rollback.yml',
    q.dispatch({ target_version: target, environment: 'production', reason, confirmation }),
  );
const results = (run: WorkflowRun) => Object.fromEntries(run.order.map((id) => [id, run.jobs[id]!.result]));
const step = (run: WorkflowRun, job: string, id: string) =>
  run.jobs[job]!.legs[0]!.steps.find((s) => s.id === id);
const failures = (run: WorkflowRun) =>
  Object.values(run.jobs).flatMap((j) =>
    j.legs.flatMap((l) =>
      l.steps
        .filter((s) => s.outcome === 'failure')
        .map((s) => `${j.id}/${s.id}: ${s.log.slice(-15).join('\n')}`),
    ),
  );

describe('release.yml', () => {
  test(
    'v1.0.0, the first release: built, notes and release, rolled out to staging and production',
    async () => {
      p.repo.commit('feat: serve the catalogue');
      p.repo.commit('fix(api): return 404 for unknown items (#3)');
      p.repo.release('v1.0.0');
      const run = await p.run('release.yml', p.tagPush('v1.0.0'));
      expect(failures(run)).toEqual([]);
      expect(results(run)).toEqual({
        prepare: 'success',
        build: 'success',
        changelog: 'success',
        staging: 'success',
        production: 'success',
        rollback: 'skipped',
        notify: 'skipped',
      });
      expect(run.jobs.prepare!.outputs).toEqual({
        version: '1.0.0',
        tag: 'v1.0.0',
        environment: 'production',
        strategy: 'canary',
      });
      expect(run.jobs.build!.legs.map((l) => l.matrix.target)).toEqual(['linux-x64', 'linux-arm64']);
      expect(run.jobs.changelog!.outputs['release-url']).toContain('/releases/');
      expect(p.github.state.repo('acme/web').releases.map((r) => r.tag_name)).toEqual(['v1.0.0']);
      // A first deploy has nothing to compare a canary with: deployed directly, no analysis.
      expect(step(run, 'production', 'deploy')!.outputs).toMatchObject({
        status: 'succeeded',
        'previous-version': '',
      });
      expect(step(run, 'production', 'canary')!.outcome).toBe('skipped');
      expect(run.jobs.staging!.environment).toBe('staging');
      expect(run.jobs.production!.concurrencyGroup).toBe('shipgate-deploy-acme/web-production');
      expect(p.running('staging')).toEqual({ '1.0.0': 4 });
      expect(p.running('production')).toEqual({ '1.0.0': 4 });
    },
    SCENARIO_MS,
  );

  test(
    'a dispatch with a version that is not semver stops in prepare: nothing deployed, the team is told',
    async () => {
      const since = { staging: p.clusters.staging.audit.lastSeq(), production: p.kube.audit.lastSeq() };
      const hooks = p.webhooks.length;
      const run = await p.run(
        'release.yml',
        p.dispatch({ version: 'latest', environment: 'production', deployment_strategy: 'rolling' }),
      );
      expect(results(run)).toEqual({
        prepare: 'failure',
        build: 'skipped',
        changelog: 'skipped',
        staging: 'skipped',
        production: 'skipped',
        rollback: 'skipped',
        notify: 'success',
      });
      expect(step(run, 'prepare', 'resolve')!.annotations).toEqual([
        { level: 'error', title: 'version', message: expect.stringContaining('must be semver') },
      ]);
      expect(p.clusters.staging.audit.entries(since.staging)).toEqual([]);
      expect(p.kube.audit.entries(since.production)).toEqual([]);
      expect(p.webhooks.slice(hooks)).toEqual([
        {
          text: expect.stringMatching(
            /^release latest of acme\/web failed \(build skipped, notes skipped, staging skipped, production skipped\): https:\/\/github\.example\/acme\/web\/actions\/runs\/\d+$/,
          ),
        },
      ]);
    },
    SCENARIO_MS,
  );

  test(
    'v1.1.0, a healthy canary: walked 25 → 50 → 100 by canary-monitor on real Prometheus data and promoted',
    async () => {
      p.repo.commit('feat(search): fuzzy matching');
      p.repo.commit('perf: cache the index');
      p.repo.release('v1.1.0');
      const run = await p.run('release.yml', p.tagPush('v1.1.0'));
      expect(failures(run)).toEqual([]);
      expect(results(run)).toMatchObject({
        staging: 'success',
        production: 'success',
        rollback: 'skipped',
        notify: 'skipped',
      });
      expect(step(run, 'production', 'deploy')!.outputs).toMatchObject({
        'previous-version': '1.0.0',
        strategy: 'canary',
      });
      const canary = step(run, 'production', 'canary')!;
      expect(canary.outputs).toMatchObject({ verdict: 'promoted', 'final-weight': '100' });
      expect(canary.inputs).toMatchObject({
        steps: '25:8s, 50:6s, 100',
        interval: '1s',
        'on-failure': 'abort',
      });
      expect(canary.log.join('\n')).toMatch(/step 2\/3: weight 50%/);
      expect(canary.summary).toContain('xychart-beta');
      expect(run.jobs.production!.outputs).toMatchObject({
        verdict: 'promoted',
        'previous-version': '1.0.0',
      });
      expect(p.running('production')).toEqual({ '1.1.0': 4 });
      // One GitHub deployment from the canary's deploy to its promotion: in progress at 25% (not a
      // success while 1.0.0 carries most traffic), success once promoted; 1.0.0's retired then.
      const v110 = p.deploymentsOf('production', '1.1.0');
      expect(v110).toHaveLength(1);
      expect(v110[0]!.states.filter((x) => x === 'success')).toEqual(['success']);
      expect(v110[0]!.states.at(-1)).toBe('success');
      expect(p.deploymentsOf('production', '1.0.0').at(-1)!.states.at(-1)).toBe('inactive');
    },
    SCENARIO_MS,
  );

  test(
    'v1.2.0, 5% errors: canary-monitor aborts it; the rollback job runs (nothing left to change: v1.1.0 verified, ledger, deployment status, incident issue, webhook)',
    async () => {
      const hooks = p.webhooks.length;
      const issuesBefore = p.github.state.repo('acme/web').issues.size;
      p.repo.commit('feat(cart): new checkout flow');
      p.repo.release('v1.2.0');
      const run = await p.run('release.yml', p.tagPush('v1.2.0'));
      expect(results(run)).toMatchObject({
        staging: 'success',
        production: 'failure',
        rollback: 'success',
        notify: 'skipped', // the rollback told the team
      });
      const canary = step(run, 'production', 'canary')!;
      expect(canary.outputs).toMatchObject({ verdict: 'aborted', 'final-weight': '0' });
      expect(canary.log.join('\n')).toContain('http-error-rate');
      expect(run.jobs.production!.outputs).toMatchObject({ verdict: 'aborted', 'previous-version': '1.1.0' });

      const rollback = step(run, 'rollback', 'rollback')!;
      expect(rollback.inputs).toMatchObject({ 'failed-version': '1.2.0', 'target-version': '1.1.0' });
      expect(rollback.outputs).toMatchObject({
        status: 'rolled-back',
        'from-version': '1.2.0',
        'to-version': '1.1.0',
        strategy: 'canary',
      });
      expect(rollback.log.join('\n')).toMatch(/no change needed: traffic was already back on 1\.1\.0/);
      expect(rollback.summary).toMatch(/No change was needed/);
      // The incident issue, the webhook and the GitHub deployment's status all say what happened.
      const issues = [...p.github.state.repo('acme/web').issues.values()];
      expect(issues).toHaveLength(issuesBefore + 1);
      expect(issues.at(-1)!.title).toMatch(/1\.2\.0.*1\.1\.0/);
      expect(issues.at(-1)!.body).toContain('release v1.2.0 failed in production');
      expect(rollback.outputs['incident-url']).toMatch(new RegExp(`/issues/${issues.at(-1)!.number}$`));
      const posted = JSON.stringify(p.webhooks.slice(hooks));
      expect(posted).toContain('1.2.0');
      expect(posted).toContain('canary aborted');
      const statuses = p.github.state
        .repo('acme/web')
        .deployments.filter((d) => d.environment === 'production')
        .at(-1)!.statuses;
      expect(statuses.at(-1)!.state).toBe('success');
      expect(statuses.at(-1)!.description).toMatch(/1\.1\.0/);
      // The aborted canary's own deployment never said success: it ends failed, 1.1.0 still live.
      const v120 = p.deploymentsOf('production', '1.2.0');
      expect(v120).toHaveLength(1);
      expect(v120[0]!.states).not.toContain('success');
      expect(v120[0]!.states.at(-1)).toBe('failure');
      expect(p.running('production')).toEqual({ '1.1.0': 4 });
    },
    SCENARIO_MS,
  );
});

describe('rollback.yml', () => {
  test(
    'without CONFIRM: refused by the action, the job red, nothing changed, nobody paged',
    async () => {
      const since = p.kube.audit.lastSeq();
      const issues = p.github.state.repo('acme/web').issues.size;
      const hooks = p.webhooks.length;
      const run = await rollbackTo(p, '1.0.0', 'carts lose items', 'confirm');
      expect(run.jobs.rollback!.result).toBe('failure');
      const rollback = step(run, 'rollback', 'rollback')!;
      expect(rollback.outcome).toBe('failure');
      expect(rollback.annotations.map((a) => a.message).join('\n')).toMatch(
        /Invalid input "confirmation".*exactly CONFIRM/,
      );
      expect(p.kube.audit.entries(since)).toEqual([]);
      expect(p.github.state.repo('acme/web').issues.size).toBe(issues);
      expect(p.webhooks.length).toBe(hooks);
      expect(p.running('production')).toEqual({ '1.1.0': 4 });
    },
    SCENARIO_MS,
  );

  test(
    'to v1.0.0 with CONFIRM: backup, rolled back and verified, incident issue and webhook',
    async () => {
      const hooks = p.webhooks.length;
      const run = await rollbackTo(p, '1.0.0', 'carts lose items', 'CONFIRM');
      expect(failures(run)).toEqual([]);
      const rollback = step(run, 'rollback', 'rollback')!;
      expect(rollback.outputs).toMatchObject({
        status: 'rolled-back',
        'from-version': '1.1.0',
        'to-version': '1.0.0',
        strategy: 'canary',
      });
      expect(existsSync(rollback.outputs['backup-path']!)).toBe(true);
      expect(rollback.outputs['incident-url']).toMatch(/\/issues\/\d+$/);
      expect(run.jobs.rollback!.outputs).toMatchObject({ status: 'rolled-back', 'to-version': '1.0.0' });
      expect(p.running('production')).toEqual({ '1.0.0': 4 });
      expect(p.running('staging')).toEqual({ '1.2.0': 4 }); // untouched: a rollback is per environment
      const issue = [...p.github.state.repo('acme/web').issues.values()].at(-1)!;
      expect(issue.title).toMatch(/1\.1\.0.*1\.0\.0/);
      expect(issue.body).toContain('carts lose items');
      expect(JSON.stringify(p.webhooks.slice(hooks))).toContain('carts lose items');
    },
    SCENARIO_MS,
  );
});

describe('release.yml with a broken build', () => {
  test(
    'v1.3.0 crash-loops in staging: deploy names the pod and rolls staging back, production untouched, the team told',
    async () => {
      const before = p.running('production');
      const hooks = p.webhooks.length;
      p.repo.commit('feat: read the database URL from the environment');
      p.repo.release('v1.3.0');
      const run = await p.run('release.yml', p.tagPush('v1.3.0'));
      expect(results(run)).toMatchObject({
        staging: 'failure',
        production: 'skipped',
        rollback: 'skipped',
        notify: 'success',
      });
      const deploy = step(run, 'staging', 'deploy')!;
      expect(deploy.outputs).toMatchObject({ status: 'rolled-back' });
      expect(deploy.log.join('\n')).toMatch(/CrashLoopBackOff|panic: config key DATABASE_URL missing/);
      expect(p.running('staging')).not.toHaveProperty('1.3.0');
      expect(p.running('production')).toEqual(before);
      expect(p.webhooks.slice(hooks)).toEqual([
        {
          text: expect.stringMatching(
            /^release v1\.3\.0 of acme\/web failed \(build success, notes success, staging failure, production skipped\)/,
          ),
        },
      ]);
    },
    SCENARIO_MS,
  );
});

describe('canary-continue.yml', () => {
  // A job may run for 6 hours, a canary hold for 48: CANARY_MAX_RUN_TIME stands for the job's
  // limit (5 s against holds of 8 s and 6 s), so each run walks what it can and checkpoints.
  const jobLimit = { vars: { CANARY_MAX_RUN_TIME: '5s' } };

  test(
    'v1.4.0: the canary outlives the release job (in-progress); the scheduled canary-continue runs resume it where it stood and promote it',
    async () => {
      p.repo.commit('fix: a default for the database URL');
      p.repo.release('v1.4.0');
      const release = await p.run('release.yml', p.tagPush('v1.4.0'), jobLimit);
      expect(failures(release)).toEqual([]);
      expect(results(release)).toMatchObject({
        production: 'success',
        rollback: 'skipped',
        notify: 'skipped',
      });
      const started = step(release, 'production', 'canary')!;
      expect(started.outputs.verdict).toBe('in-progress');
      expect(started.log.join('\n')).toMatch(/max-run-time reached at step 1 \(weight 25%/);
      expect(release.jobs.production!.outputs.verdict).toBe('in-progress');
      expect(Object.keys(p.running('production')).sort()).toEqual(['1.0.0', '1.4.0']);

      const runs: WorkflowRun[] = [];
      while (runs.length < 5 && runs.at(-1)?.jobs.continue!.outputs.verdict !== 'promoted')
        runs.push(await p.run('canary-continue.yml', p.schedule('*/30 * * * *'), jobLimit));
      for (const run of runs) expect(failures(run)).toEqual([]);
      const verdicts = runs.map((r) => r.jobs.continue!.outputs.verdict);
      expect(verdicts.at(-1)).toBe('promoted');
      expect(new Set(verdicts.slice(0, -1))).toEqual(new Set(verdicts.length > 1 ? ['in-progress'] : []));
      // The first scheduled run continued step 1 from the recorded state, it did not start over.
      expect(step(runs[0]!, 'continue', 'canary')!.log.join('\n')).toMatch(
        /step 1\/3: weight 25% \(effective 25%\), continued from the recorded state/,
      );
      expect(runs[0]!.jobs.continue!.concurrencyGroup).toBe('shipgate-deploy-acme/web-production');
      expect(p.running('production')).toEqual({ '1.4.0': 4 });

      // With nothing in progress, the next scheduled run is green and changes nothing.
      const since = p.kube.audit.lastSeq();
      const idle = await p.run('canary-continue.yml', p.schedule('*/30 * * * *'), jobLimit);
      expect(failures(idle)).toEqual([]);
      expect(idle.jobs.continue!.outputs.verdict).toBe('none');
      expect(p.kube.audit.entries(since).filter((e) => !['get', 'list', 'watch'].includes(e.verb))).toEqual(
        [],
      );
    },
    SCENARIO_MS,
  );
});

describe('release.yml dispatched with deployment_strategy blue-green', () => {
  // A second service repository and pair of clusters: blue-green from its first release on.
  let bg: Pipeline;
  beforeAll(async () => {
    bg = await startPipeline();
    others.push(bg);
  }, 60_000);
  const dispatch = (version: string) =>
    bg.dispatch({ version, environment: 'production', deployment_strategy: 'blue-green' });
  const selectedColour = () => {
    const store = bg.kube.store;
    const svc = store.get(store.type('', 'services')!, NAMESPACES.production, 'web');
    return (svc?.spec as { selector?: Record<string, string> } | undefined)?.selector;
  };

  test(
    'v1.0.0 then v1.1.0: staging rolling, production blue then green, the Service switched, the old colour scaled down',
    async () => {
      bg.repo.commit('feat: serve the catalogue');
      bg.repo.release('v1.0.0');
      const first = await bg.run('release.yml', dispatch('v1.0.0'));
      expect(failures(first)).toEqual([]);
      expect(first.jobs.prepare!.outputs).toMatchObject({
        strategy: 'blue-green',
        environment: 'production',
      });
      expect(step(first, 'staging', 'deploy')!.outputs).toMatchObject({ strategy: 'rolling' });
      expect(step(first, 'production', 'deploy')!.outputs).toMatchObject({
        strategy: 'blue-green',
        status: 'succeeded',
        'previous-version': '',
      });
      expect(step(first, 'production', 'canary')!.outcome).toBe('skipped');
      expect(selectedColour()).toMatchObject({ 'shipgate.dev/track': 'blue' });

      bg.repo.commit('feat(search): fuzzy matching');
      bg.repo.release('v1.1.0');
      const second = await bg.run('release.yml', dispatch('1.1.0'));
      expect(failures(second)).toEqual([]);
      const deploy = step(second, 'production', 'deploy')!;
      expect(deploy.outputs).toMatchObject({
        strategy: 'blue-green',
        status: 'succeeded',
        'previous-version': '1.0.0',
      });
      // canary-weight is given only to canaries, scale-down-delay only to blue-green: no "ignored" warnings.
      expect(deploy.annotations.filter((a) => a.level === 'warning')).toEqual([]);
      expect(selectedColour()).toMatchObject({ 'shipgate.dev/track': 'green' });
      expect(bg.running('production')).toEqual({ '1.1.0': 4 });
      expect(bg.running('staging')).toEqual({ '1.1.0': 4 });
    },
    SCENARIO_MS,
  );

  test(
    'rollback.yml with CONFIRM switches production back to blue (v1.0.0), incident issue and webhook',
    async () => {
      const hooks = bg.webhooks.length;
      const run = await rollbackTo(bg, '1.0.0', 'search results out of order', 'CONFIRM');
      expect(failures(run)).toEqual([]);
      expect(step(run, 'rollback', 'rollback')!.outputs).toMatchObject({
        status: 'rolled-back',
        'from-version': '1.1.0',
        'to-version': '1.0.0',
        strategy: 'blue-green',
      });
      expect(selectedColour()).toMatchObject({ 'shipgate.dev/track': 'blue' });
      expect(bg.running('production')).toEqual({ '1.0.0': 4 });
      expect(JSON.stringify(bg.webhooks.slice(hooks))).toContain('search results out of order');
    },
    SCENARIO_MS,
  );
});

describe('workflows-examples/kubernetes/rbac.yml', () => {
  test(
    'the Role grants exactly what the actions used in the scenarios above (kube-sim audit log)',
    () => {
      const { granted } = grantedPermissions(
        readFileSync(join(repoRoot, 'workflows-examples/kubernetes/rbac.yml'), 'utf8'),
      );
      const used = usedPermissions(
        [p, ...others].flatMap((q) => [...q.clusters.staging.audit.entries(), ...q.kube.audit.entries()]),
        Object.values(NAMESPACES),
      );
      // Every strategy the workflows offer was exercised, so the Role covers each of them.
      expect(others).toHaveLength(1);
      expect(used.size).toBeGreaterThan(10);
      const missing = [...used].filter((x) => !granted.has(x)).sort();
      const unused = [...granted].filter((x) => !used.has(x)).sort();
      expect({ missing, unused }).toEqual({ missing: [], unused: [] });
    },
    SCENARIO_MS,
  );
});
