// Static checks of workflows-examples/*.yml and every action.yml: actionlint, GitHub's own
// parser and action schema, the shipgate steps' inputs, and the security rules the examples
// promise (pinned third-party actions, least privilege, nothing interpolated into a shell).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { isMapping, isString } from '@actions/workflow-parser';
import {
  evaluateToken,
  loadActionMetadata,
  loadWorkflow,
  repoRoot,
  shipgateActionName,
  type ActionMetadata,
} from '@shipgate/workflow-runner';
import { actionlint, checkShipgateInputs } from './support/lint.ts';

const examples = join(repoRoot, 'workflows-examples');
const workflows = readdirSync(examples).filter((f) => f.endsWith('.yml'));
const actionNames = readdirSync(join(repoRoot, 'actions')).filter((a) =>
  existsSync(join(repoRoot, 'actions', a, 'action.yml')),
);
const metadataOf = (name: string): ActionMetadata | undefined =>
  actionNames.includes(name) ? loadActionMetadata(join(repoRoot, 'actions', name, 'action.yml')) : undefined;

test('the examples are the five workflows the README describes', () => {
  expect(workflows.sort()).toEqual([
    'canary-continue.yml',
    'pr-checks.yml',
    'pr-report.yml',
    'release.yml',
    'rollback.yml',
  ]);
});

describe.each(workflows)('%s', (file) => {
  const text = readFileSync(join(examples, file), 'utf8');

  test('passes actionlint', async () => {
    expect(await actionlint(text, `.github/workflows/${file}`)).toEqual([]);
  });

  test('parses with @actions/workflow-parser, and every shipgate step gives declared inputs only, required ones included', async () => {
    const workflow = await loadWorkflow(join(examples, file));
    const problems = checkShipgateInputs(workflow, shipgateActionName, metadataOf);
    expect(problems).toEqual([]);
  });

  test('pins third-party actions by commit sha (with the version in a comment), shipgate by @v1', () => {
    const uses = [...text.matchAll(/uses:\s*(\S+)(.*)$/gm)].map((m) => [m[1]!, m[2]!.trim()] as const);
    expect(uses.length).toBeGreaterThan(0);
    for (const [ref, comment] of uses) {
      if (shipgateActionName(ref)) expect(ref).toMatch(/^shipgate\/shipgate\/actions\/[a-z-]+@v1$/);
      else expect(`${ref} ${comment}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  test('least privilege: nothing at the top, each job names its permissions', async () => {
    const workflow = await loadWorkflow(join(examples, file));
    expect(workflow.permissions && isMapping(workflow.permissions) && workflow.permissions.count).toBe(0);
    for (const job of workflow.jobs) expect([job.id, job.permissions !== undefined]).toEqual([job.id, true]);
  });

  test('no run: script holds ${{ }} (values go through env:)', async () => {
    const workflow = await loadWorkflow(join(examples, file));
    for (const job of workflow.jobs)
      for (const step of job.steps.filter((s) => s.run))
        expect([job.id, step.id, isString(step.run!)]).toEqual([job.id, step.id, true]);
  });

  test('every job that deploys to an environment queues per environment (never cancels one in flight)', async () => {
    const workflow = await loadWorkflow(join(examples, file));
    for (const environment of ['staging', 'production']) {
      const contexts = {
        github: { repository: 'acme/web' },
        inputs: { environment },
        needs: { prepare: { outputs: { environment } } },
        vars: {},
      };
      for (const job of workflow.jobs.filter((j) => j.environment)) {
        const concurrency = job.concurrency
          ? (evaluateToken(job.concurrency, contexts) as Record<string, unknown>)
          : {};
        const deploysTo = evaluateToken(job.environment!, contexts) as { name: string };
        expect([job.id, concurrency]).toEqual([
          job.id,
          { group: `shipgate-deploy-acme/web-${deploysTo.name}`, 'cancel-in-progress': false },
        ]);
      }
    }
  });
});

test('the fork-safe pair: pr-checks runs PR code with a read-only token and no secrets; pr-report runs none of it', async () => {
  const checks = await loadWorkflow(join(examples, 'pr-checks.yml'));
  expect(Object.keys(checks.template.events)).toEqual(['pull_request']);
  for (const job of checks.jobs) expect(evaluateToken(job.permissions!, {})).toEqual({ contents: 'read' });
  expect(readFileSync(join(examples, 'pr-checks.yml'), 'utf8')).not.toMatch(/secrets\./);
  const report = await loadWorkflow(join(examples, 'pr-report.yml'));
  expect(Object.keys(report.template.events)).toEqual(['workflow_run']);
  const uses = report.jobs.flatMap((j) => j.steps.map((s) => s.uses ?? 'run:'));
  expect(uses.some((u) => u.startsWith('actions/checkout@') || u === 'run:')).toBe(false);
  const publish = report.jobs.flatMap((j) => j.steps).find((s) => s.uses?.includes('build-verify-size'))!;
  expect(evaluateToken(publish.with!, {})).toMatchObject({ mode: 'publish' });
});

describe.each([...actionNames.map((a) => `actions/${a}/action.yml`), 'action.yml'])('%s', (path) => {
  test("is valid under GitHub's action schema and runs on node24", () => {
    const metadata = loadActionMetadata(join(repoRoot, path));
    expect(metadata.template.runs).toMatchObject({ using: 'node24' });
    expect(metadata.inputs.size).toBeGreaterThan(0);
  });
});

describe('the checks can fail', () => {
  test('actionlint reports a job needing an unknown job and an untrusted value in a script', async () => {
    const broken = `on: push\npermissions: {}\njobs:\n  a:\n    needs: nope\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "\${{ github.event.head_commit.message }}"\n`;
    const messages = (await actionlint(broken, '.github/workflows/broken.yml'))
      .map((f) => f.message)
      .join('\n');
    expect(messages).toMatch(/job "a" needs job "nope" which does not exist/);
    expect(messages).toMatch(/"github.event.head_commit.message" is potentially untrusted/);
  });

  test('an unknown with: key and a missing required input are both named', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'shipgate-lint-')), 'wf.yml');
    writeFileSync(
      path,
      `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - id: v\n        uses: shipgate/shipgate/actions/validate@v1\n        with:\n          base-uri: http://x\n`,
    );
    const problems = checkShipgateInputs(await loadWorkflow(path), shipgateActionName, metadataOf);
    expect(problems.map((p) => p.problem)).toEqual([
      expect.stringMatching(/^with: base-uri is not an input of validate \(inputs: base-url, /),
      'required input base-url of validate is not given',
    ]);
  });

  test("the parser refuses a workflow outside GitHub's schema", async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'shipgate-lint-')), 'bad.yml');
    writeFileSync(path, 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n');
    await expect(loadWorkflow(path)).rejects.toThrow(/bad\.yml does not parse:[\s\S]*stepz/);
  });
});
