import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { startGitHubSim, type GitHubSim } from './index.ts';
import { httpError, quietLog, simOctokit } from './test-client.ts';

const repo = { owner: 'acme', repo: 'shop' };
let sim: GitHubSim;

beforeAll(async () => {
  sim = await startGitHubSim({ token: 't', repos: [{ owner: 'acme', name: 'shop' }] });
});
afterEach(() => sim.faults.clear());
afterAll(() => sim.stop());

function requestsTo(path: string): number {
  return sim.requests.filter((r) => r.path === path).length;
}

/** Octokit with both plugins, waits scaled down 100x so a retry-after of 1 s costs 10 ms. */
function throttled(events: string[]) {
  return getOctokit(
    't',
    {
      baseUrl: sim.url,
      log: quietLog,
      retry: { retryAfterBaseValue: 5 },
      throttle: {
        id: `faults-${Math.random()}`,
        retryAfterBaseValue: 10,
        onSecondaryRateLimit: (after: number, _o: unknown, _k: unknown, count: number) => {
          events.push(`secondary:${after}:${count}`);
          return count < 2;
        },
        onRateLimit: (after: number, _o: unknown, _k: unknown, count: number) => {
          events.push(`primary:${count}`);
          return count < 1;
        },
      },
    },
    retry,
    throttling,
  );
}

describe('fault injection through the real retry and throttling plugins', () => {
  it('a 502 then success is retried by plugin-retry and succeeds', async () => {
    const fault = sim.faults.add({
      method: 'GET',
      path: '/repos/{owner}/{repo}',
      kind: 'status',
      status: 502,
    });
    const before = requestsTo('/repos/acme/shop');
    const res = await simOctokit(sim, 't').rest.repos.get(repo);
    expect(res.status).toBe(200);
    expect(requestsTo('/repos/acme/shop') - before).toBe(2);
    expect(fault.hits).toBe(1);
    expect(sim.requests.at(-2)).toMatchObject({ status: 502, fault: 'status' });
  });

  it('gives up after the configured retries when the 500s keep coming', async () => {
    sim.faults.add({ path: '/repos/acme/shop', kind: 'status', status: 500, times: 10 });
    const before = requestsTo('/repos/acme/shop');
    const err = await httpError(simOctokit(sim, 't').rest.repos.get(repo));
    expect(err.status).toBe(500);
    expect(requestsTo('/repos/acme/shop') - before).toBe(4);
  });

  it('a dropped connection is retried as a network error', async () => {
    const fault = sim.faults.add({ path: '/repos/acme/shop/tags', kind: 'drop' });
    const res = await simOctokit(sim, 't').rest.repos.listTags(repo);
    expect(res.status).toBe(200);
    expect(fault.hits).toBe(1);
    expect(sim.requests.filter((r) => r.path === '/repos/acme/shop/tags').map((r) => r.status)).toEqual([
      undefined,
      200,
    ]);
  });

  it('a 429 with retry-after is retried; a skip lets the first request through', async () => {
    const fault = sim.faults.add({
      path: '/repos/acme/shop',
      kind: 'too-many-requests',
      retryAfterSeconds: 1,
      skip: 1,
    });
    const gh = simOctokit(sim, 't');
    await gh.rest.repos.get(repo);
    expect(fault.hits).toBe(0);
    const before = requestsTo('/repos/acme/shop');
    expect((await gh.rest.repos.get(repo)).status).toBe(200);
    expect(requestsTo('/repos/acme/shop') - before).toBe(2);
    expect(fault.hits).toBe(1);
  });

  it('a secondary rate limit (403 + retry-after) is retried by the throttling plugin, within its bound', async () => {
    const events: string[] = [];
    sim.faults.add({
      path: '/repos/acme/shop',
      kind: 'secondary-rate-limit',
      retryAfterSeconds: 1,
      times: 2,
    });
    expect((await throttled(events).rest.repos.get(repo)).status).toBe(200);
    expect(events).toEqual(['secondary:1:0', 'secondary:1:1']);

    sim.faults.add({
      path: '/repos/acme/shop',
      kind: 'secondary-rate-limit',
      retryAfterSeconds: 1,
      times: 5,
    });
    const err = await httpError(throttled(((events.length = 0), events)).rest.repos.get(repo));
    expect(err.status).toBe(403);
    expect(err.data['message']).toMatch(/secondary rate limit/);
    expect(events).toHaveLength(3);
  });

  it('a primary rate limit (403, remaining 0) goes through onRateLimit', async () => {
    const events: string[] = [];
    sim.faults.add({ path: '/repos/acme/shop', kind: 'rate-limit', resetInSeconds: 0 });
    expect((await throttled(events).rest.repos.get(repo)).status).toBe(200);
    expect(events).toEqual(['primary:0']);
  });

  it('adds latency, then answers normally', async () => {
    sim.faults.add({ path: '/repos/acme/shop', kind: 'latency', ms: 150 });
    const started = performance.now();
    expect((await simOctokit(sim, 't').rest.repos.get(repo)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });
});
