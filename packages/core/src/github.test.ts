import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubSim, type GitHubSim } from '@shipgate/github-sim';
import { createGitHubClient, type GitHubClientOptions } from './github.ts';
import { readGitHubContext } from './github-context.ts';
import { createMemoryLogger } from './log.ts';
import { redact } from './secrets.ts';

const TOKEN = 'ghs_core-client-test-token';
const repo = { owner: 'acme', repo: 'shop' };
let sim: GitHubSim;

beforeAll(async () => {
  sim = await startGitHubSim({ token: TOKEN, repos: [{ owner: 'acme', name: 'shop' }] });
});
afterEach(() => sim.faults.clear());
afterAll(() => sim.stop());

const fast = (extra: Partial<GitHubClientOptions> = {}) =>
  createGitHubClient({ token: TOKEN, baseUrl: sim.url, backoffUnitMs: 5, writeSpacingMs: 0, ...extra });

function calls(path: string): number {
  return sim.requests.filter((r) => r.path === path).length;
}

describe('createGitHubClient', () => {
  it('talks to GITHUB_API_URL with the token, and registers the token as a secret', async () => {
    const gh = await createGitHubClient({ token: TOKEN, env: { GITHUB_API_URL: `${sim.url}/` } });
    const res = await gh.rest.repos.get(repo);
    expect(res.data.full_name).toBe('acme/shop');
    expect(redact(`token ${TOKEN}`)).toBe('token ***');
    const wrong = await createGitHubClient({ token: 'not-the-token', baseUrl: sim.url });
    await expect(wrong.rest.repos.get(repo)).rejects.toMatchObject({ status: 401 });
  });

  it('retries a 502 and succeeds; gives up after `retries` on persistent 5xx', async () => {
    sim.faults.add({ path: '/repos/acme/shop', kind: 'status', status: 502 });
    const before = calls('/repos/acme/shop');
    expect((await (await fast()).rest.repos.get(repo)).status).toBe(200);
    expect(calls('/repos/acme/shop') - before).toBe(2);

    sim.faults.add({ path: '/repos/acme/shop', kind: 'status', status: 503, times: Infinity });
    const again = calls('/repos/acme/shop');
    await expect((await fast({ retries: 2 })).rest.repos.get(repo)).rejects.toMatchObject({ status: 503 });
    expect(calls('/repos/acme/shop') - again).toBe(3);
  });

  it('waits out a secondary rate limit a bounded number of times, logging each wait', async () => {
    const log = createMemoryLogger();
    sim.faults.add({ path: '/repos/acme/shop/tags', kind: 'secondary-rate-limit', retryAfterSeconds: 2 });
    expect((await (await fast({ log })).rest.repos.listTags(repo)).status).toBe(200);
    expect(log.lines).toEqual([
      expect.stringMatching(
        /^warning: GitHub secondary rate limit on GET .*tags: waiting 2s \(retry 1 of 2\)$/,
      ),
    ]);

    sim.faults.add({
      path: '/repos/acme/shop/tags',
      kind: 'secondary-rate-limit',
      retryAfterSeconds: 1,
      times: Infinity,
    });
    const before = calls('/repos/acme/shop/tags');
    await expect((await fast({ rateLimitRetries: 1 })).rest.repos.listTags(repo)).rejects.toMatchObject({
      status: 403,
    });
    expect(calls('/repos/acme/shop/tags') - before).toBe(2);
  });

  it('fails at once when a rate limit asks for a longer wait than allowed', async () => {
    const log = createMemoryLogger();
    sim.faults.add({ path: '/repos/acme/shop', kind: 'rate-limit', resetInSeconds: 3600 });
    const before = calls('/repos/acme/shop');
    await expect(
      (await fast({ log, maxRateLimitWaitSeconds: 60 })).rest.repos.get(repo),
    ).rejects.toMatchObject({ status: 403 });
    expect(calls('/repos/acme/shop') - before).toBe(1);
    expect(log.lines[0]).toMatch(/primary rate limit .* giving up/);
  });

  it('serialises writes without the 1 s spacing when writeSpacingMs is 0 (SHIPGATE_GITHUB_WRITE_SPACING_MS)', async () => {
    const gh = await createGitHubClient({
      token: TOKEN,
      baseUrl: sim.url,
      env: { SHIPGATE_GITHUB_WRITE_SPACING_MS: '0' },
    });
    const started = performance.now();
    await gh.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.0' });
    await gh.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.1' });
    await gh.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.2' });
    expect(performance.now() - started).toBeLessThan(1500);
    expect(sim.state.repo('acme/shop').releases).toHaveLength(3);
  });

  it('refuses a missing token and a base URL that is not http(s) before any request', async () => {
    await expect(createGitHubClient({ token: '' })).rejects.toThrow('No GitHub token given');
    await expect(
      createGitHubClient({ token: TOKEN, env: { GITHUB_API_URL: 'api.github.com' } }),
    ).rejects.toThrow('Invalid GITHUB_API_URL: got "api.github.com"; allowed: an http(s) URL');
    await expect(
      createGitHubClient({ token: TOKEN, env: { SHIPGATE_GITHUB_WRITE_SPACING_MS: 'fast' } }),
    ).rejects.toThrow('SHIPGATE_GITHUB_WRITE_SPACING_MS');
  });
});

describe('readGitHubContext', () => {
  it('reads the runner environment and the event payload', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gh-context-'));
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7 } }));
    const ctx = readGitHubContext({
      GITHUB_API_URL: 'http://127.0.0.1:9/',
      GITHUB_SERVER_URL: 'https://github.example/',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_REF_NAME: 'v1.2.3',
      GITHUB_SHA: 'abc123',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_RUN_ID: '42',
      GITHUB_ACTOR: 'alice',
      GITHUB_WORKSPACE: '/work/space',
      RUNNER_TEMP: '/tmp/runner',
    });
    expect(ctx).toMatchObject({
      apiUrl: 'http://127.0.0.1:9',
      serverUrl: 'https://github.example',
      owner: 'acme',
      repo: 'shop',
      refName: 'v1.2.3',
      sha: 'abc123',
      eventName: 'pull_request',
      event: { pull_request: { number: 7 } },
      runUrl: 'https://github.example/acme/shop/actions/runs/42',
      actor: 'alice',
      workspace: '/work/space',
      runnerTemp: '/tmp/runner',
    });
    expect(readGitHubContext({ GITHUB_EVENT_PATH: join(dir, 'missing.json') })).toMatchObject({
      event: {},
      owner: '',
      runUrl: undefined,
    });
  });
});
