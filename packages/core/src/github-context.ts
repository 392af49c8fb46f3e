import { readFileSync } from 'node:fs';

/** What the runner tells an action about the run, read once from its environment. */
export interface GitHubContext {
  apiUrl: string;
  serverUrl: string;
  /** Empty when GITHUB_REPOSITORY is unset (a local CLI run). */
  owner: string;
  repo: string;
  refName: string | undefined;
  sha: string | undefined;
  eventName: string | undefined;
  /** The event payload from GITHUB_EVENT_PATH; {} when absent or unreadable. */
  event: Record<string, unknown>;
  runId: string | undefined;
  /** Link to this workflow run, when the run is known. */
  runUrl: string | undefined;
  actor: string | undefined;
  workspace: string;
  runnerTemp: string | undefined;
}

export function readGitHubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const runUrl =
    owner && env.GITHUB_RUN_ID
      ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  return {
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    serverUrl,
    owner,
    repo,
    refName: env.GITHUB_REF_NAME || undefined,
    sha: env.GITHUB_SHA || undefined,
    eventName: env.GITHUB_EVENT_NAME || undefined,
    event: readEvent(env.GITHUB_EVENT_PATH),
    runId: env.GITHUB_RUN_ID || undefined,
    runUrl,
    actor: env.GITHUB_ACTOR || undefined,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || undefined,
  };
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
