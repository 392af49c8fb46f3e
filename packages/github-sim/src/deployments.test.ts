import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startGitHubSim, type GitHubSim } from './index.ts';
import { httpError, simOctokit, type SimOctokit } from './test-client.ts';

const repo = { owner: 'acme', repo: 'shop' };
let sim: GitHubSim;
let gh: SimOctokit;

beforeAll(async () => {
  sim = await startGitHubSim({
    token: 'write-token',
    repos: [{ owner: 'acme', name: 'shop', tags: { 'v1.0.0': 'main' } }],
  });
  gh = simOctokit(sim, 'write-token');
});
afterAll(() => sim.stop());

async function deploy(ref: string, environment: string) {
  const d = await gh.rest.repos.createDeployment({
    ...repo,
    ref,
    environment,
    auto_merge: false,
    required_contexts: [],
    payload: { strategy: 'canary', version: ref },
    description: `deploy ${ref}`,
  });
  if (d.status !== 201 || !('id' in d.data)) throw new Error(`deployment not created: ${d.status}`);
  return d.data;
}

async function states(id: number): Promise<string[]> {
  const list = await gh.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: id });
  return list.data.map((s) => s.state);
}

describe('deployments and statuses', () => {
  it('creates a deployment with its fields and resolves the ref to a sha', async () => {
    const d = await deploy('v1.0.0', 'staging');
    expect(d).toMatchObject({
      ref: 'v1.0.0',
      environment: 'staging',
      task: 'deploy',
      payload: { strategy: 'canary', version: 'v1.0.0' },
      creator: { login: 'github-actions[bot]' },
      production_environment: false,
    });
    expect(d.sha).toBe(sim.state.repo('acme/shop').refs.get('refs/tags/v1.0.0'));
    expect((await gh.rest.repos.getDeployment({ ...repo, deployment_id: d.id })).data.id).toBe(d.id);
  });

  it('records statuses newest first and marks the previous successful deployment of the environment inactive', async () => {
    const first = await deploy('v1.0.0', 'production');
    await gh.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: first.id,
      state: 'in_progress',
      log_url: 'https://ci/1',
    });
    await gh.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: first.id,
      state: 'success',
      environment_url: 'https://shop.example',
    });
    const staging = await deploy('main', 'staging');
    await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: staging.id, state: 'success' });

    const second = await deploy('main', 'production');
    const status = await gh.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: second.id,
      state: 'success',
      environment_url: 'https://shop.example',
    });
    expect(status.data).toMatchObject({
      state: 'success',
      environment: 'production',
      environment_url: 'https://shop.example',
    });

    expect(await states(first.id)).toEqual(['inactive', 'success', 'in_progress']);
    expect(await states(second.id)).toEqual(['success']);
    expect(await states(staging.id)).toEqual(['success']);

    const third = await deploy('main', 'production');
    await gh.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: third.id,
      state: 'success',
      auto_inactive: false,
    });
    expect(await states(second.id)).toEqual(['success']);
    await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: third.id, state: 'failure' });
    expect(await states(third.id)).toEqual(['failure', 'success']);
  });

  it('lists with environment / ref / sha filters, newest first', async () => {
    const prod = await gh.paginate(gh.rest.repos.listDeployments, {
      ...repo,
      environment: 'production',
      per_page: 2,
    });
    expect(prod.length).toBe(3);
    expect(prod.every((d) => d.environment === 'production')).toBe(true);
    expect(prod[0]!.id).toBeGreaterThan(prod[1]!.id);
    const byRef = await gh.rest.repos.listDeployments({ ...repo, ref: 'v1.0.0' });
    expect(byRef.data.map((d) => d.environment).sort()).toEqual(['production', 'staging']);
    const sha = sim.state.repo('acme/shop').refs.get('refs/heads/main')!;
    expect((await gh.rest.repos.listDeployments({ ...repo, sha })).data.length).toBe(5);
  });

  it('checks required contexts against check runs (409) and refuses unknown refs and states (422)', async () => {
    const sha = sim.state.repo('acme/shop').refs.get('refs/heads/main')!;
    await gh.rest.checks.create({
      ...repo,
      name: 'build',
      head_sha: sha,
      status: 'completed',
      conclusion: 'failure',
    });
    const blocked = await httpError(
      gh.rest.repos.createDeployment({ ...repo, ref: 'main', auto_merge: false }),
    );
    expect(blocked.status).toBe(409);
    expect(blocked.data['errors']).toEqual([
      expect.objectContaining({
        contexts: [{ context: 'build', state: 'failure' }],
        field: 'required_contexts',
      }),
    ]);
    expect(
      (await gh.rest.repos.createDeployment({ ...repo, ref: 'main', required_contexts: [] })).status,
    ).toBe(201);

    const unknown = await httpError(
      gh.rest.repos.createDeployment({ ...repo, ref: 'nope', required_contexts: [] }),
    );
    expect(unknown).toMatchObject({ status: 422, data: { message: 'No ref found for: nope' } });
    const d = await deploy('main', 'qa');
    const bad = await httpError(
      gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...repo,
        deployment_id: d.id,
        state: 'done',
      } as never),
    );
    expect(bad.status).toBe(422);
    expect((await httpError(gh.rest.repos.getDeployment({ ...repo, deployment_id: 1 }))).status).toBe(404);
  });
});
