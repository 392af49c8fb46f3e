import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startGitHubSim, type GitHubSim } from './index.ts';
import { httpError, simOctokit } from './test-client.ts';

const repo = { owner: 'acme', repo: 'shop' };
let sim: GitHubSim;

beforeAll(async () => {
  sim = await startGitHubSim({
    token: 'write-token',
    repos: [
      { owner: 'acme', name: 'shop', readOnlyTokens: ['fork-token'] },
      { owner: 'acme', name: 'secret', private: true },
    ],
  });
  sim.state.addIssue('acme/shop', { title: 'PR from a fork' });
});
afterAll(() => sim.stop());

describe('authentication, permissions and error shapes', () => {
  it('answers a wrong token with 401 Bad credentials in GitHub JSON', async () => {
    const err = await httpError(simOctokit(sim, 'stolen').rest.repos.get(repo));
    expect(err.status).toBe(401);
    expect(err.data).toEqual({
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/rest',
      status: '401',
    });
    const bearer = await fetch(`${sim.url}/repos/acme/shop`, {
      headers: { authorization: 'Bearer write-token' },
    });
    expect(bearer.status).toBe(200);
  });

  it('lets a read-only token read but answers writes with 403 Resource not accessible by integration', async () => {
    const fork = simOctokit(sim, 'fork-token');
    const got = await fork.rest.repos.get(repo);
    expect(got.data.permissions).toMatchObject({ pull: true, push: false });
    const err = await httpError(
      fork.rest.issues.createComment({ ...repo, issue_number: 1, body: 'size report' }),
    );
    expect(err.status).toBe(403);
    expect(err.data['message']).toBe('Resource not accessible by integration');
    expect((await httpError(fork.rest.repos.createRelease({ ...repo, tag_name: 'v6.6.6' }))).status).toBe(
      403,
    );
    expect(sim.state.repo('acme/shop').comments).toHaveLength(0);
    expect(sim.state.repo('acme/shop').releases).toHaveLength(0);
    expect(sim.writes().map((r) => r.status)).toEqual([403, 403]);
  });

  it('answers unknown repositories and resources with 404 Not Found', async () => {
    const gh = simOctokit(sim, 'write-token');
    for (const call of [
      gh.rest.repos.get({ owner: 'acme', repo: 'missing' }),
      gh.rest.repos.getReleaseByTag({ ...repo, tag: 'v0.0.1' }),
      gh.rest.git.getRef({ ...repo, ref: 'heads/nope' }),
      gh.request('GET /repos/{owner}/{repo}/unknown-thing', repo),
    ]) {
      const err = await httpError(call);
      expect(err.status).toBe(404);
      expect(err.data).toMatchObject({ message: 'Not Found', documentation_url: expect.any(String) });
    }
    const anonymous = await fetch(`${sim.url}/repos/acme/secret`);
    expect(anonymous.status).toBe(404);
    const anonymousWrite = await fetch(`${sim.url}/repos/acme/shop/releases`, {
      method: 'POST',
      body: '{"tag_name":"v1"}',
    });
    expect(anonymousWrite.status).toBe(401);
    expect(await anonymousWrite.json()).toMatchObject({ message: 'Requires authentication' });
  });

  it('answers malformed JSON with 400 and sends rate-limit headers on every answer', async () => {
    const res = await fetch(`${sim.url}/repos/acme/shop/releases`, {
      method: 'POST',
      headers: { authorization: 'token write-token' },
      body: '{"tag_name":',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ message: 'Problems parsing JSON' });
    expect(res.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeLessThan(5000);
    expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  it('records every request with its parsed body but never the authorization header or token', async () => {
    const gh = simOctokit(sim, 'write-token');
    await gh.rest.issues.createComment({ ...repo, issue_number: 1, body: 'recorded' });
    const last = sim.requests.at(-1)!;
    expect(last).toMatchObject({
      method: 'POST',
      path: '/repos/acme/shop/issues/1/comments',
      body: { body: 'recorded' },
      status: 201,
    });
    expect(last.headers['user-agent']).toContain('octokit');
    expect(JSON.stringify(sim.requests)).not.toMatch(/write-token|fork-token|stolen/);
    const log = await (await fetch(`${sim.url}/_sim/requests`)).json();
    expect(log).toHaveLength(sim.requests.length);
  });

  it('enforces the primary rate limit with 403 and x-ratelimit-remaining 0', async () => {
    const limited = await startGitHubSim({
      token: 't',
      rateLimit: 2,
      repos: [{ owner: 'acme', name: 'shop' }],
    });
    try {
      const gh = simOctokit(limited, 't');
      await gh.rest.repos.get(repo);
      const second = await gh.rest.repos.get(repo);
      expect(second.headers['x-ratelimit-remaining']).toBe('0');
      const err = await httpError(gh.rest.repos.get(repo));
      expect(err.status).toBe(403);
      expect(err.data['message']).toMatch(/API rate limit exceeded/);
      expect(err.headers['x-ratelimit-remaining']).toBe('0');
    } finally {
      await limited.stop();
    }
  });
});
