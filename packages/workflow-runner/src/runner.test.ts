// The runner's own semantics, on small workflows: what GitHub does with if:, failure(),
// always(), continue-on-error, needs outputs, skipped dependencies, matrix legs, GITHUB_ENV,
// masks, dispatch inputs and a script that would splice an expression into the shell.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { ArtifactStore, repoRoot, runWorkflow, type EventSpec, type WorkflowRun } from './index.ts';

let dir: string;
let origin: string;
let sha: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipgate-runner-'));
  origin = join(dir, 'origin.git');
  const work = join(dir, 'work');
  execFileSync('git', ['init', '-q', '-b', 'main', work]);
  writeFileSync(join(work, 'README'), 'hello\n');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: work,
      encoding: 'utf8',
    }).trim();
  git('add', '-A');
  git('commit', '-q', '-m', 'first');
  execFileSync('git', ['clone', '-q', '--bare', work, origin]);
  sha = git('rev-parse', 'HEAD');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function run(
  yaml: string,
  event: Partial<EventSpec> = {},
  secrets: Record<string, string> = {},
): Promise<WorkflowRun> {
  const file = join(dir, `wf${++n}.yml`);
  writeFileSync(file, yaml);
  return runWorkflow({
    workflow: file,
    event: { name: 'push', ref: 'refs/heads/main', sha, payload: {}, ...event },
    repository: 'acme/web',
    origin,
    secrets,
    artifacts: new ArtifactStore(join(dir, 'artifacts')),
    actionsRoot: repoRoot,
    workDir: join(dir, 'runs'),
  });
}

const outcomes = (r: WorkflowRun, job: string) =>
  Object.fromEntries(r.jobs[job]!.legs[0]!.steps.map((s) => [s.id, s.outcome]));

test('a failing step stops its job; failure() and always() steps still run, success() ones do not', async () => {
  const r = await run(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - id: ok
        run: echo fine
      - id: boom
        run: exit 3
      - id: next
        run: echo never
      - id: on-failure
        if: failure()
        run: echo cleaning up
      - id: tolerated
        if: always()
        continue-on-error: true
        run: exit 1
      - id: status
        if: always()
        env:
          BOOM: \${{ steps.boom.outcome }}
          TOLERATED: \${{ steps.tolerated.outcome }}/\${{ steps.tolerated.conclusion }}
        run: echo "boom=$BOOM tolerated=$TOLERATED"
`);
  expect(outcomes(r, 'a')).toEqual({
    ok: 'success',
    boom: 'failure',
    next: 'skipped',
    'on-failure': 'success',
    tolerated: 'failure',
    status: 'success',
  });
  expect(r.jobs.a!.legs[0]!.steps.at(-1)!.log).toContain('boom=failure tolerated=failure/success');
  expect(r.jobs.a!.result).toBe('failure');
});

test('needs: outputs flow to later jobs; a failed job skips its dependants unless their if: has a status function', async () => {
  const r = await run(`on: push
jobs:
  one:
    runs-on: ubuntu-latest
    outputs:
      colour: \${{ steps.pick.outputs.colour }}
    steps:
      - id: pick
        run: |
          echo "colour=blue" >> "$GITHUB_OUTPUT"
          echo "FROM_ENV_FILE=yes" >> "$GITHUB_ENV"
      - id: env-file
        run: test "$FROM_ENV_FILE" = yes
  two:
    needs: one
    runs-on: ubuntu-latest
    steps:
      - env:
          COLOUR: \${{ needs.one.outputs.colour }}
        run: test "$COLOUR" = blue && exit 1
  three:
    needs: two
    runs-on: ubuntu-latest
    steps:
      - run: echo should not run
  cleanup:
    needs: [two, three]
    if: failure() && needs.two.result == 'failure'
    runs-on: ubuntu-latest
    steps:
      - run: echo cleaning
  always:
    needs: three
    if: always()
    runs-on: ubuntu-latest
    steps:
      - env:
          THREE: \${{ needs.three.result }}
        run: test "$THREE" = skipped
`);
  expect(Object.fromEntries(r.order.map((id) => [id, r.jobs[id]!.result]))).toEqual({
    one: 'success',
    two: 'failure',
    three: 'skipped',
    cleanup: 'success',
    always: 'success',
  });
  expect(r.jobs.one!.outputs).toEqual({ colour: 'blue' });
});

test('matrix legs, fail-fast, dispatch inputs with defaults, masks and checkout', async () => {
  const r = await run(
    `on:
  workflow_dispatch:
    inputs:
      who: { type: string, required: true }
      level: { type: choice, options: [low, high], default: low }
jobs:
  m:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        os: [a, b]
        n: [1, 2]
        exclude: [{ os: b, n: 2 }]
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1
      - env:
          OS: \${{ matrix.os }}
          WHO: \${{ inputs.who }}
          LEVEL: \${{ inputs.level }}
          TOKEN: \${{ secrets.API_TOKEN }}
        run: |
          test -f README
          echo "$OS $WHO $LEVEL token=$TOKEN"
          test "$OS" != b
`,
    { name: 'workflow_dispatch', payload: { inputs: { who: 'dana' } } },
    { API_TOKEN: 's3cr3t-value' },
  );
  expect(r.jobs.m!.legs.map((l) => [l.matrix, l.result])).toEqual([
    [{ os: 'a', n: 1 }, 'success'],
    [{ os: 'a', n: 2 }, 'success'],
    [{ os: 'b', n: 1 }, 'failure'],
  ]);
  const log = r.jobs.m!.legs[0]!.steps[1]!.log;
  expect(log).toContain('a dana low token=***');
  expect(log.join('\n')).not.toContain('s3cr3t-value');
});

test('a run: script holding ${{ }} is refused (values must go through env:)', async () => {
  const r = await run(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.head_commit.message }}"
`);
  expect(r.jobs.a!.legs[0]!.steps[0]!.annotations[0]!.message).toMatch(
    /holds \$\{\{ \}\}; pass values through env:/,
  );
  expect(r.jobs.a!.result).toBe('failure');
});

test('an event the workflow does not listen to is refused', async () => {
  await expect(
    run(
      'on: { push: { tags: [v*] } }\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n',
    ),
  ).rejects.toThrow(/does not run on push refs\/heads\/main/);
});

test('a schedule event runs the workflow only for one of its own cron entries', async () => {
  const yaml =
    "on: { schedule: [{ cron: '*/30 * * * *' }] }\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"$EVENT\"\n        env: { EVENT: '${{ github.event_name }} ${{ github.event.schedule }}' }\n";
  const ran = await run(yaml, { name: 'schedule', payload: { schedule: '*/30 * * * *' } });
  expect(ran.jobs.a!.legs[0]!.steps[0]!.log).toContain('schedule */30 * * * *');
  await expect(run(yaml, { name: 'schedule', payload: { schedule: '0 * * * *' } })).rejects.toThrow(
    /does not run on schedule/,
  );
});
