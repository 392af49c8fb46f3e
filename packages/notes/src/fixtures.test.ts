// Golden tests in git-cliff's style: each test/fixtures/changelog/<case>/commits.sh builds a real repository
// with pinned dates, options.json tunes the run, expected.md is the exact notes. UPDATE_FIXTURES=1 writes them; a missing one fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContext, writeContext } from './context.ts';
import { DEFAULT_CONFIG } from './model.ts';
import { generateNotes, type NotesOptions } from './release-notes.ts';
import { renderRelease } from './render.ts';
import { gitEnv } from './test-utils.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/changelog');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe.each(cases)('fixture %s', (name) => {
  const dir = join(root, name);
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), `notes-fixture-${name}-`));
    execFileSync('bash', [join(dir, 'commits.sh')], {
      cwd: work,
      env: { ...gitEnv(1_704_110_400), FIXTURE: dir },
      stdio: 'pipe',
    });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('notes match expected.md, and render identically from the JSON context', async () => {
    const extra = JSON.parse(
      existsSync(join(dir, 'options.json')) ? readFileSync(join(dir, 'options.json'), 'utf8') : '{}',
    ) as Partial<NotesOptions> & {
      unconventional?: 'other' | 'drop';
    };
    const { unconventional, ...rest } = extra;
    const res = await generateNotes({
      cwd: work,
      tagPrefix: 'v',
      paths: [],
      config: { ...DEFAULT_CONFIG, unconventional: unconventional ?? 'other' },
      preMajorBreaking: 'minor',
      initialVersion: '0.1.0',
      ...rest,
    });
    const expectedPath = join(dir, 'expected.md');
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedPath, res.markdown);
    else if (!existsSync(expectedPath))
      throw new Error(
        `${expectedPath} is missing: a golden file is written only on request (UPDATE_FIXTURES=1 npm test -- packages/notes/src/fixtures.test.ts), then read and committed`,
      );
    expect(res.markdown).toBe(readFileSync(expectedPath, 'utf8'));
    const ctxPath = join(work, 'context.json');
    await writeContext(ctxPath, res.release);
    expect(renderRelease(await readContext(ctxPath))).toBe(res.markdown);
  });
});
