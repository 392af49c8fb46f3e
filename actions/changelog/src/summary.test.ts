import { clipLines, Summary, SUMMARY_LIMIT } from '@shipgate/core';
import type { Release } from '@shipgate/notes';
import { renderSummary } from './summary.ts';

test('clipLines cuts at a line boundary and says so', () => {
  expect(clipLines('short', 100, 'x')).toBe('short');
  const out = clipLines('line one\nline two\nline three\n', 25, 'cut');
  expect(out).toBe('line one\n\n\n_… cut._\n');
  expect(out.length).toBeLessThanOrEqual(25);
});

test('a huge release keeps its counts, some notes and the start of the unparsed list within the 1 MiB summary', () => {
  const unparsed = Array.from({ length: 50_000 }, (_, i) => ({
    sha: i.toString(16).padStart(40, '0'),
    subject: `Update | thing <b>${i}</b>`,
    reason: 'not conventional' as const,
    author: { name: 'A' },
  }));
  const release: Release = {
    version: '2.0.0',
    tag: 'v2.0.0',
    previousVersion: '1.0.0',
    previousTag: 'v1.0.0',
    bump: 'major',
    prerelease: false,
    date: '2024-01-01',
    breaking: [],
    sections: [],
    unparsed,
    stats: { commits: 150_000, merges: 0, entries: 100_000, unparsed: 50_000, reverted: 0, hidden: 0 },
  };
  const notes = `## 2.0.0\n\n${'* entry line that is long enough to matter\n'.repeat(100_000)}`;
  const summary = new Summary();
  renderSummary(summary, release, notes, { mode: 'release', strictFailed: false });
  const md = summary.toMarkdown();
  expect(md.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
  expect(md).toContain('## Release v2.0.0 (major)');
  expect(md).toContain('| 150000 | 100000 |');
  expect(md).toContain('cut to fit the job summary');
  expect(md).toContain('50000 commit(s) not conventional');
  expect(md).toContain('Update \\| thing &lt;b&gt;0&lt;/b&gt;');
  expect(md).toMatch(/… and \d+ more \(context-out writes them all\)\./);
});

test('parser warnings (an empty BREAKING CHANGE) are listed in the summary', () => {
  const release: Release = {
    version: '1.0.1',
    tag: 'v1.0.1',
    bump: 'patch',
    prerelease: false,
    date: '2024-01-01',
    breaking: [],
    sections: [],
    unparsed: [],
    warnings: [{ sha: 'a'.repeat(40), subject: 'fix: a | b', message: 'no text' }],
    stats: { commits: 1, merges: 0, entries: 1, unparsed: 0, reverted: 0, hidden: 0 },
  };
  const summary = new Summary();
  renderSummary(summary, release, '', { mode: 'preview', strictFailed: false });
  const md = summary.toMarkdown();
  expect(md).toContain('1 warning(s) from the commit parser');
  expect(md).toContain('| `aaaaaaa` | fix: a \\| b | no text |');
});
