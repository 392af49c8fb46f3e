/**
 * CHANGELOG.md maintenance: the new release section goes under the title (and any intro text), above
 * the previous releases; a section for the same version is replaced, so running twice is idempotent.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const TITLE = '# Changelog';

/** Escapes a version for use in a RegExp. */
function quote(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `line` is the level-2 heading of a release section of `version` (`## 1.2.0`, `## [1.2.0](…)`, `## v1.2.0 …`). */
function isSectionOf(line: string, version: string): boolean {
  return new RegExp(`^##[ \\t]+\\[?v?${quote(version)}(?:\\]|[ \\t]|$)`).test(line);
}

/**
 * Returns the new changelog text: `section` (a rendered release starting with `## `) replacing the
 * existing section of `version`, or inserted before the first `## ` heading, or appended.
 */
export function updateChangelogText(existing: string, version: string, section: string): string {
  const body = section.replace(/\s+$/, '') + '\n';
  const text = existing.replace(/\r\n/g, '\n');
  if (!text.trim()) return `${TITLE}\n\n${body}`;
  const lines = text.split('\n');
  let inFence = false;
  let first = -1;
  let own = -1;
  let ownEnd = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || !/^##[ \t]/.test(line)) continue;
    if (own !== -1 && ownEnd === lines.length) {
      ownEnd = i;
      break;
    }
    if (first === -1) first = i;
    if (isSectionOf(line, version)) own = i;
  }
  let result: string[];
  const sectionLines = body.split('\n');
  if (own !== -1) {
    result = [...lines.slice(0, own), ...sectionLines, ...lines.slice(ownEnd)];
  } else if (first !== -1) {
    result = [...lines.slice(0, first), ...sectionLines, ...lines.slice(first)];
  } else {
    const head = text.replace(/\s+$/, '');
    return `${head}\n\n${body}`;
  }
  return result.join('\n').replace(/\s*$/, '\n');
}

/** Reads (or starts) the changelog file, updates it and writes it back; creates parent folders. */
export async function updateChangelogFile(path: string, version: string, section: string): Promise<void> {
  let existing = '';
  try {
    existing = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, updateChangelogText(existing, version, section));
}
