/**
 * The GitHub REST client every action uses: Octokit from @actions/github with plugin-retry (5xx and
 * network errors) and plugin-throttling (primary and secondary rate limits, waited out a bounded
 * number of times). Octokit is imported lazily so that actions refuse bad inputs before loading it.
 */
import type { getOctokit } from '@actions/github';
import { ShipgateError } from './errors.ts';
import type { Logger } from './log.ts';
import { registerSecret } from './secrets.ts';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** A token: GITHUB_TOKEN, a PAT or an app installation token. Registered as a secret. */
  token: string;
  /** REST base URL; default env GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string;
  /** Environment to read GITHUB_API_URL and SHIPGATE_GITHUB_WRITE_SPACING_MS from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Where Octokit's and the plugins' warnings go (debug/info to debug). Silent when absent. */
  log?: Logger;
  /** Retries of 5xx answers and network errors (default 3). */
  retries?: number;
  /** How many times a rate limit (primary or secondary) is waited out before the request fails (default 2). */
  rateLimitRetries?: number;
  /** A rate limit asking for a longer wait than this fails at once instead (default 300 s). */
  maxRateLimitWaitSeconds?: number;
  /**
   * Unit of the plugins' waits in ms (default 1000): plugin-retry waits (attempt+1)² units, the
   * throttling plugin waits Retry-After units. Tests scale it down.
   */
  backoffUnitMs?: number;
  /**
   * Minimum gap between two writes in ms; default env SHIPGATE_GITHUB_WRITE_SPACING_MS, else the
   * throttling plugin's 1000 (3000 for writes that notify), GitHub's advice against secondary limits.
   * Writes are serialised either way. Tests against github-sim set 0.
   */
  writeSpacingMs?: number;
}

function resolveBaseUrl(options: GitHubClientOptions, env: NodeJS.ProcessEnv): string {
  const raw = options.baseUrl ?? (env['GITHUB_API_URL'] || 'https://api.github.com');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const source = options.baseUrl === undefined ? 'GITHUB_API_URL' : 'the GitHub API base URL';
    throw new ShipgateError(
      `Invalid ${source}: got ${JSON.stringify(raw)}; allowed: an http(s) URL such as https://api.github.com`,
    );
  }
  return raw.replace(/\/+$/, '');
}

function resolveSpacing(options: GitHubClientOptions, env: NodeJS.ProcessEnv): number | undefined {
  if (options.writeSpacingMs !== undefined) return options.writeSpacingMs;
  const raw = env['SHIPGATE_GITHUB_WRITE_SPACING_MS'];
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) {
    throw new ShipgateError(
      `Invalid SHIPGATE_GITHUB_WRITE_SPACING_MS: got ${JSON.stringify(raw)}; allowed: milliseconds, e.g. 0 or 1000`,
    );
  }
  return Number(raw);
}

/** An Octokit for `baseUrl` with retry and throttling; see GitHubClientOptions for the knobs. */
export async function createGitHubClient(options: GitHubClientOptions): Promise<GitHubClient> {
  if (!options.token || options.token.trim() === '') {
    throw new ShipgateError('No GitHub token given', {
      hint: 'Pass a token, e.g. github-token: ${{ github.token }}.',
    });
  }
  registerSecret(options.token);
  const env = options.env ?? process.env;
  const baseUrl = resolveBaseUrl(options, env);
  const spacing = resolveSpacing(options, env);
  const unit = options.backoffUnitMs ?? 1000;
  const limitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 300;
  const log = options.log;

  const [{ getOctokit }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
    import('bottleneck/light.js'),
  ]);
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const what = `${request.method ?? ''} ${request.url ?? ''}`.trim();
      const again = retryCount < limitRetries && retryAfter <= maxWait;
      log?.warn(
        again
          ? `GitHub ${kind} rate limit on ${what}: waiting ${retryAfter}s (retry ${retryCount + 1} of ${limitRetries})`
          : `GitHub ${kind} rate limit on ${what}: giving up (asked to wait ${retryAfter}s after ${retryCount} retries)`,
      );
      return again;
    };
  const spaced =
    spacing === undefined
      ? {}
      : {
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing }),
        };
  return getOctokit(
    options.token,
    {
      baseUrl,
      log: {
        debug: (m: string) => log?.debug(m),
        info: (m: string) => log?.debug(m),
        warn: (m: string) => log?.warn(m),
        error: (m: string) => log?.warn(m),
      },
      retry: { retries: options.retries ?? 3, retryAfterBaseValue: unit },
      throttle: {
        id: `shipgate-${baseUrl}`,
        retryAfterBaseValue: unit,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...spaced,
      },
    },
    retry,
    throttling,
  );
}
