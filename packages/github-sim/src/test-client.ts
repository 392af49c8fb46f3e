// Test helper: the real Octokit from @actions/github (plus plugin-retry, with short back-off)
// pointed at a running simulator over HTTP.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import type { GitHubSim } from './server.ts';

export type SimOctokit = ReturnType<typeof getOctokit>;

export function simOctokit(
  sim: GitHubSim,
  token = 'sim-token',
  extra: Record<string, unknown> = {},
): SimOctokit {
  return getOctokit(
    token,
    { baseUrl: sim.url, retry: { retryAfterBaseValue: 5 }, log: quietLog, ...extra },
    retry,
  );
}

/** Octokit logs 4xx/5xx at warn/error; tests assert on the errors instead. */
export const quietLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** The HTTP error Octokit throws for a non-2xx answer, narrowed for assertions. */
export async function httpError(
  promise: Promise<unknown>,
): Promise<{ status: number; data: Record<string, unknown>; headers: Record<string, string> }> {
  try {
    await promise;
  } catch (err) {
    const e = err as {
      status?: number;
      response?: { data: Record<string, unknown>; headers: Record<string, string> };
    };
    if (typeof e.status === 'number' && e.response)
      return { status: e.status, data: e.response.data, headers: e.response.headers };
    throw err;
  }
  throw new Error('expected the request to fail, but it succeeded');
}
