import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { updateChangelogFile, updateChangelogText } from './changelog-file.ts';

const s = (v: string, body = 'x') =>
  `## [${v}](https://example.com) (2024-01-01)\n\n### Features\n\n* ${body}\n`;

describe('updateChangelogText', () => {
  test('a missing or empty file gets the title and the section', () => {
    expect(updateChangelogText('', '1.0.0', s('1.0.0'))).toBe(`# Changelog\n\n${s('1.0.0')}`);
  });

  test('prepends under the title and intro, above older releases', () => {
    const old = `# Changelog\n\nAll notable changes.\n\n${s('1.0.0')}\n## 0.9.0\n\n* y\n`;
    const out = updateChangelogText(old, '1.1.0', s('1.1.0'));
    expect(out).toBe(
      `# Changelog\n\nAll notable changes.\n\n${s('1.1.0')}\n${s('1.0.0')}\n## 0.9.0\n\n* y\n`,
    );
  });

  test('running twice for the same version replaces its section (idempotent)', () => {
    const old = `# Changelog\n\n${s('1.0.0')}`;
    const once = updateChangelogText(old, '1.1.0', s('1.1.0', 'first'));
    const twice = updateChangelogText(once, '1.1.0', s('1.1.0', 'second'));
    expect(twice).toBe(`# Changelog\n\n${s('1.1.0', 'second')}\n${s('1.0.0')}`);
    expect(updateChangelogText(twice, '1.1.0', s('1.1.0', 'second'))).toBe(twice);
  });

  test('replaces a section written by hand as "## v1.1.0" and keeps ## inside code fences', () => {
    const old = `# Changelog\n\n## v1.1.0\n\nold\n\n\`\`\`md\n## 1.0.0 not a heading\n\`\`\`\n\n${s('1.0.0')}`;
    const out = updateChangelogText(old, '1.1.0', s('1.1.0', 'new'));
    expect(out).toBe(`# Changelog\n\n${s('1.1.0', 'new')}\n${s('1.0.0')}`);
  });

  test('1.1.0 does not match 1.1.0-rc.1 or 11.1.0', () => {
    const old = `# Changelog\n\n${s('1.1.0-rc.1')}\n${s('11.1.0')}`;
    const out = updateChangelogText(old, '1.1.0', s('1.1.0'));
    expect(out).toBe(`# Changelog\n\n${s('1.1.0')}\n${s('1.1.0-rc.1')}\n${s('11.1.0')}`);
  });

  test('a file with text but no release headings gets the section appended', () => {
    expect(updateChangelogText('# Changelog\n\nNothing yet.\n', '0.1.0', s('0.1.0'))).toBe(
      `# Changelog\n\nNothing yet.\n\n${s('0.1.0')}`,
    );
  });

  test('writes the file, creating folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notes-cl-'));
    try {
      const path = join(dir, 'pkg', 'CHANGELOG.md');
      await updateChangelogFile(path, '1.0.0', s('1.0.0'));
      await updateChangelogFile(path, '1.0.0', s('1.0.0'));
      expect(readFileSync(path, 'utf8')).toBe(`# Changelog\n\n${s('1.0.0')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
