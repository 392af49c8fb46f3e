import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  codeCell,
  Summary,
  escapeMarkdown,
  escapeTableCell,
  fitToLimit,
  inlineCode,
  neutralizeCommands,
  xyChart,
} from './index.ts';

test('builds tables, details, code and charts into Markdown written to the summary file', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'sum-')), 'summary.md');
  writeFileSync(file, 'before\n');
  const summary = new Summary()
    .heading('Deploy')
    .table(['step', 'weight'], [['1', '10%'], ['2']])
    .details('pods', 'all ready')
    .code('a ``` b', 'text')
    .mermaid(
      xyChart({
        title: 'error "rate"',
        xLabels: ['1', '2'],
        yLabel: '%',
        series: [{ name: 'canary', kind: 'line', values: [0.1, NaN] }],
      }),
    );
  await summary.write(file);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('before\n## Deploy\n\n| step | weight |\n| --- | --- |\n| 1 | 10% |\n| 2 |  |');
  expect(text).toContain('<details><summary>pods</summary>');
  expect(text).toContain('````text\na ``` b\n````');
  expect(text).toContain(
    'xychart-beta\n  title "error  rate "\n  x-axis ["1", "2"]\n  y-axis "%"\n  line [0.1, 0]',
  );
});

test('fits a limit by dropping whole trailing sections and says so', () => {
  const summary = new Summary();
  for (let i = 0; i < 50; i++) summary.heading(`Section ${i}`).paragraph('x'.repeat(1000));
  const text = summary.toMarkdown(10_000);
  expect(text.length).toBeLessThanOrEqual(10_000);
  expect(text).toContain('## Section 0');
  expect(text).not.toContain('## Section 49');
  expect(text).toMatch(/> ⚠️ \d+ section\(s\) left out to fit GitHub's limit of 10,000 characters/);
  const md = Array.from({ length: 30 }, (_, i) => `## Part ${i}\n\n${'y'.repeat(3000)}`).join('\n\n');
  const fitted = fitToLimit(md, 65_536);
  expect(fitted.length).toBeLessThanOrEqual(65_536);
  expect(fitted).toContain('## Part 0');
  expect(fitted).toMatch(/section\(s\) left out/);
  expect(fitToLimit('short', 100)).toBe('short');
});

test('untrusted text cannot format, link, mention or inject HTML', () => {
  expect(escapeMarkdown('**bold** [x](http://e.vil) <img src=x onerror=alert(1)> @org/team `code` # h')).toBe(
    '\\*\\*bold\\*\\* \\[x\\](http://e.vil) &lt;img src=x onerror=alert(1)&gt; @\u200borg/team \\`code\\` # h',
  );
  expect(escapeMarkdown('# heading\n- item\n2. second\nweb-7f9c 1.2.3')).toBe(
    '\\# heading\n\\- item\n2\\. second\nweb-7f9c 1.2.3',
  );
  expect(escapeTableCell('a | b\nc')).toBe('a \\| b c');
  expect(inlineCode('has `ticks`')).toBe('`` has `ticks` ``');
  expect(inlineCode('plain')).toBe('`plain`');
  // In a table cell: code, with the row's pipe escaped (GFM splits the row before code spans).
  expect(codeCell('sum(rate(x[1m])) or vector(0) | y')).toBe('`sum(rate(x[1m])) or vector(0) \\| y`');
});

test('workflow commands in text are neutralised, other text untouched', () => {
  expect(neutralizeCommands('ok\n  ::error::x\n::set-output name=a::b')).toBe(
    'ok\n  :\u200b:error::x\n:\u200b:set-output name=a::b',
  );
  expect(neutralizeCommands('a ##[error] b')).toBe('a #\u200b#[error] b');
  expect(neutralizeCommands('time 10:30::00 fine')).toBe('time 10:30::00 fine');
});
