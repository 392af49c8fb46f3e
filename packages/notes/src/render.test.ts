import { escapeMarkdown } from '@shipgate/core';
import type { Release, ReleaseEntry } from './model.ts';
import { escapeText, renderRelease } from './render.ts';

test('escapeText agrees with core escapeMarkdown on every printable ASCII character and on mixes', () => {
  for (let c = 0x20; c < 0x7f; c++) {
    const t = `a${String.fromCharCode(c)}b`;
    expect(escapeText(t)).toBe(escapeMarkdown(t));
  }
  for (const t of ['plain words', 'ünï ✨ 日本語', '@team', 'x.y', '[a](b)', '<img>'])
    expect(escapeText(t)).toBe(escapeMarkdown(t));
});

const entry = (over: Partial<ReleaseEntry>): ReleaseEntry => ({
  type: 'feat',
  description: 'd',
  breaking: false,
  breakingNotes: [],
  sha: 'abcdef0123456789abcdef0123456789abcdef01',
  refs: [],
  author: { name: '' },
  ...over,
});
const release = (over: Partial<Release>): Release => ({
  version: '1.0.0',
  tag: 'v1.0.0',
  bump: 'major',
  prerelease: false,
  date: '2024-01-01',
  breaking: [],
  sections: [],
  unparsed: [],
  stats: { commits: 0, merges: 0, entries: 0, unparsed: 0, reverted: 0, hidden: 0 },
  ...over,
});

test('no visible changes, no repository: no links, a plain heading', () => {
  expect(renderRelease(release({}))).toBe('## 1.0.0 (2024-01-01)\n\n_No user-facing changes._\n');
});

test('multi-paragraph breaking notes stay inside their bullet; logins are checked before use', () => {
  const e = entry({
    breaking: true,
    breakingNotes: ['first para\nsame para\n\nsecond para'],
    author: { name: 'x', login: 'evil](http://x' },
  });
  const md = renderRelease(release({ breaking: [e], sections: [{ title: 'Features', entries: [e] }] }));
  expect(md).toBe(
    '## 1.0.0 (2024-01-01)\n\n### ⚠ BREAKING CHANGES\n\n* first para same para\n\n  second para (`abcdef0`)\n\n### Features\n\n* d (`abcdef0`), by x\n',
  );
});

test('bare URLs in subjects, breaking notes and author names cannot become GFM autolinks', () => {
  const e = entry({
    description: 'see https://evil.example/x, WWW.evil.example and ftp://h/f #3',
    breaking: true,
    breakingNotes: ['moved to http://new.example'],
    author: { name: 'www.me.example' },
  });
  const md = renderRelease(
    release({
      breaking: [e],
      sections: [{ title: 'Features', entries: [e] }],
      repository: { serverUrl: 'https://github.com', owner: 'o', repo: 'r' },
    }),
  );
  expect(md).toContain(
    '* see https\\://evil.example/x, WWW\\.evil.example and ftp\\://h/f [#3](https://github.com/o/r/issues/3)',
  );
  expect(md).toContain('* moved to http\\://new.example (');
  expect(md).toContain(', by www\\.me.example\n');
  // The links we make ourselves keep their scheme.
  expect(md).toContain('(https://github.com/o/r/commit/abcdef0123456789abcdef0123456789abcdef01)');
  expect(md.replace(/\]\(https:\/\/github\.com\/[^)]*\)/g, '')).not.toMatch(/[a-z]:\/\/|www\./i);
});
