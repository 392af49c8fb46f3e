// Flags of the github-sim command (kept apart from cli.ts so tests import it without starting a server).
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { GitHubSimOptions } from './server.ts';
import type { RepoSeed } from './state.ts';

export const USAGE =
  'usage: github-sim [--port N] [--token T] [--repo OWNER/NAME]... [--read-only-token T]... [--seed FILE.json] [--server-url URL]';

/** Parses the flags into simulator options; a bad value is reported with the flag, the value and what is allowed. */
export async function parseCliArgs(argv: string[]): Promise<GitHubSimOptions> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      token: { type: 'string' },
      repo: { type: 'string', multiple: true, default: [] },
      'read-only-token': { type: 'string', multiple: true, default: [] },
      seed: { type: 'string' },
      'server-url': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) throw new Error(USAGE);
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    throw new Error(`--port "${values.port}" is not a TCP port: use 0-65535 (0 = any free port)\n${USAGE}`);
  }
  const repos: RepoSeed[] = values.seed ? await readSeed(values.seed) : [];
  for (const full of values.repo) {
    const m = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(full);
    if (!m)
      throw new Error(
        `--repo "${full}" is not a repository name: use OWNER/NAME such as acme/shop\n${USAGE}`,
      );
    repos.push({ owner: m[1] as string, name: m[2] as string });
  }
  for (const repo of repos)
    repo.readOnlyTokens = [...(repo.readOnlyTokens ?? []), ...values['read-only-token']];
  if (values['server-url'] !== undefined && !/^https?:\/\/\S+$/.test(values['server-url'])) {
    throw new Error(`--server-url "${values['server-url']}" is not an http(s) URL`);
  }
  return { port, token: values.token, repos, serverUrl: values['server-url'] };
}

async function readSeed(path: string): Promise<RepoSeed[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new Error(`--seed ${path}: cannot read it as JSON (${(err as Error).message})`, { cause: err });
  }
  const repos = Array.isArray(parsed) ? parsed : (parsed as { repos?: unknown } | null)?.repos;
  if (
    !Array.isArray(repos) ||
    !repos.every((r) => r && typeof r.owner === 'string' && typeof r.name === 'string')
  ) {
    throw new Error(
      `--seed ${path}: expected {"repos": [{"owner": "...", "name": "...", ...}]} or an array of such repositories`,
    );
  }
  return repos as RepoSeed[];
}
