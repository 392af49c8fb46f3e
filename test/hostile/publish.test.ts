// Publish mode reads a report a fork's job made (workflow_run): its text is data. Links go only to
// known advisory databases, and a lone \r cannot end a table row. Through the bundle, against
// github-sim. Build first: npm run build -- build-verify-size.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubSim, type GitHubSim } from '@shipgate/github-sim';
import { repoRoot, runBundle } from '../support/run-bundle.ts';

const fixtures = join(repoRoot, 'packages/size/src/audit/fixtures');
let sim: GitHubSim;
let ws: string;
let headSha: string;

beforeAll(async () => {
  sim = await startGitHubSim({ token: 'write-token', repos: [{ owner: 'acme', name: 'shop' }] });
  const c = sim.state.addCommit('acme/shop', { message: 'feat: x', login: 'mallory', branch: 'evil' });
  headSha = c.sha;
  sim.state.addPull('acme/shop', { title: 'x', login: 'mallory', head: { ref: 'evil' }, commits: [c.sha] });
  ws = mkdtempSync(join(tmpdir(), 'hostile-publish-'));
});
afterAll(async () => {
  await sim.stop();
  rmSync(ws, { recursive: true, force: true });
});

function env(event: Record<string, unknown>, eventName: string): Record<string, string> {
  const eventPath = join(ws, `event-${eventName}.json`);
  writeFileSync(eventPath, JSON.stringify(event));
  return {
    GITHUB_WORKSPACE: ws,
    GITHUB_API_URL: sim.url,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: headSha,
    SHIPGATE_GITHUB_WRITE_SPACING_MS: '0',
  };
}

test('a forked report cannot link elsewhere or break the table', async () => {
  // The check job (in the fork's PR): a real report from a real audit fixture …
  const check = await runBundle('build-verify-size', {
    inputs: { 'audit-report': join(fixtures, 'npm-v2.json'), comment: 'false', 'report-file': 'fork.json' },
    env: env({ pull_request: { number: 1 } }, 'pull_request'),
    cwd: ws,
  });
  expect(check.exitCode).toBe(1);
  // … which the fork then edits before uploading it as an artifact.
  const report = JSON.parse(readFileSync(join(ws, 'fork.json'), 'utf8'));
  const [first, second, third] = report.audit.findings;
  first.url = 'https://evil.example/GHSA-xvch-5gv4-984h';
  first.package = 'minimist\r| ✅ | [click me](https://evil.example) | low |';
  second.url = 'https://github.com.evil.example/advisories/GHSA-35jh-r3h4-6jhm';
  third.url = 'javascript:alert(1)';
  third.id = 'npm:1234)](https://evil.example';
  writeFileSync(join(ws, 'fork.json'), JSON.stringify(report));

  const run = await runBundle('build-verify-size', {
    inputs: { mode: 'publish', 'publish-reports': 'fork.json', token: 'write-token' },
    env: env({ workflow_run: { head_sha: headSha, head_branch: 'evil', pull_requests: [] } }, 'workflow_run'),
    cwd: ws,
  });
  expect(run.exitCode).toBe(0);
  const body = sim.state.repo('acme/shop').comments.at(-1)!.body;
  for (const text of [body, run.summary]) {
    const links = [...text.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links)
      expect(link).toMatch(/^https:\/\/(github\.com\/advisories|osv\.dev|rustsec\.org|nvd\.nist\.gov)\//);
    expect(text).not.toContain('javascript:');
    // The \r became a space inside its cell: every table row of the advisories still has 6 cells.
    expect(text).not.toContain('\r');
    const rows = text.split('\n').filter((l) => l.includes('minimist'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.split(/(?<!\\)\|/).length - 2).toBe(6);
  }
  // A link the fork pointed elsewhere is rebuilt from the advisory id.
  expect(body).toContain('(https://github.com/advisories/GHSA-xvch-5gv4-984h)');
});
