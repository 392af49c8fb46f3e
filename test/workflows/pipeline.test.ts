// release.yml and rollback.yml executed end to end by the workflow runner (test/workflows/runner): every job in
// needs order, shipgate steps as the real dist bundles, actions/checkout as real git, run: steps
// as real bash — against kube-sim, github-sim and a webhook receiver.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startPipeline, type Pipeline } from './support/pipeline.ts';
import type { WorkflowRun } from './runner/index.ts';

let p: Pipeline;
beforeAll(async () => {
  p = await startPipeline();
});
afterAll(async () => {
  await p?.stop();
});

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
  test('v1.0.0, the first release: built, notes and release, rolled out to staging and production', async () => {
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
  });

  test('a dispatch with a version that is not semver stops in prepare: nothing deployed, the team is told', async () => {
    const since = p.kube.audit.lastSeq();
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
    expect(p.kube.audit.mutations(since)).toEqual([]);
    expect(p.webhooks.slice(hooks)).toEqual([
      {
        text: expect.stringMatching(
          /^release latest of acme\/web failed \(build skipped, notes skipped, staging skipped, production skipped\): https:\/\/github\.example\/acme\/web\/actions\/runs\/\d+$/,
        ),
      },
    ]);
  });
});
