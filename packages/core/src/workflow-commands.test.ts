import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeData, escapeProperty, setOutput } from './workflow-commands.ts';
import { parseOutputFile } from '../../../bin/cli-support.js';

test('messages and properties are escaped the way the runner decodes them', () => {
  expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
  expect(escapeProperty('a:b,c\n')).toBe('a%3Ab%2Cc%0A');
});

test('outputs go to GITHUB_OUTPUT as heredocs, multi-line values intact', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'out-')), 'output');
  setOutput('notes', '## 1.0.0\n\n* feat: x\nname<<EOF', { GITHUB_OUTPUT: file });
  setOutput('version', '1.0.0', { GITHUB_OUTPUT: file });
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^notes<<ghadelimiter_[0-9a-f-]{36}\n/);
  expect(parseOutputFile(text)).toEqual({ notes: '## 1.0.0\n\n* feat: x\nname<<EOF', version: '1.0.0' });
});
