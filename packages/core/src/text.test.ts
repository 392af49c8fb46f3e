import { clip, clipLines } from './text.ts';

test('clip: at most max characters, … when cut; flatten makes inline text of multi-line text', () => {
  expect(clip('short', 10)).toBe('short');
  expect(clip('abcdefghij', 5)).toBe('abcd…');
  expect(clip('abcdefghij', 5)).toHaveLength(5);
  expect(clip('line one\n  line two', 100, { flatten: true })).toBe('line one line two');
  expect(clip('line one\nline two', 100)).toBe('line one\nline two');
});

test('clipLines cuts at a line boundary and says so', () => {
  expect(clipLines('line one\nline two\nline three\n', 25, 'cut')).toBe('line one\n\n\n_… cut._\n');
  expect(clipLines('line one\nline two\n', 100, 'cut')).toBe('line one\nline two\n');
});
