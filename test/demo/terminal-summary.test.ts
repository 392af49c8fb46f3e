import { expect, test } from '@jest/globals';
import {
  displayWidth,
  plain,
  renderGantt,
  renderSummary,
  renderTable,
  renderXyChart,
} from '../../demo/terminal-summary.ts';

test('tables are aligned by display width (emoji take two columns), escapes and markup removed', () => {
  const lines = renderTable([
    '| | Budget | Size |',
    '| --- | --- | --- |',
    '| ❌ | server | 80.07 kB |',
    '| ✅ | `a\\|b` | 1 B |',
  ]);
  expect(lines).toEqual([
    '      Budget  Size',
    '  ──  ──────  ────────',
    '  ❌  server  80.07 kB',
    '  ✅  a|b     1 B',
  ]);
  expect(displayWidth('⚠️ x')).toBe(4);
  expect(plain('**v1.0.0** [notes](https://x/1) \\+10%')).toBe('v1.0.0 notes (https://x/1) +10%');
  // An escaped backtick is a literal one, not the start of a code span.
  expect(plain('\\`sum(x{a="b"}\\[3s\\])\\` and `code`')).toBe('`sum(x{a="b"}[3s])` and code');
});

test('an xychart is drawn in text: each series its glyph, the axis labelled with min and max', () => {
  const chart = renderXyChart(
    'xychart-beta\n  title "error rate"\n  x-axis ["1", "2", "3"]\n  y-axis "%"\n  line [0, 5, 2.5]\n  line [0, 0, 0]',
    3,
  );
  expect(chart).toEqual([
    '  error rate (%)',
    '  5 ┤  ●',
    '    ┤    ●',
    '  0 ┤● ○ ○',
    '    └──────',
    '     1 … 3 (3 points)',
    '     ● series 1  ○ series 2',
  ]);
});

test('a gantt becomes bars; fenced mermaid never reaches the terminal', () => {
  expect(
    renderGantt(
      'gantt\n    section rollback\n    backup 0.1 s :done, backup, 0, 100\n    application 0.3 s :done, application, 100, 400',
    ),
  ).toEqual([
    '  backup 0.1 s       ██████████',
    '  application 0.3 s            ██████████████████████████████',
  ]);
  const text = renderSummary('## Result\n\n```mermaid\nflowchart LR\n  a --> b\n```\nafter');
  expect(text).not.toContain('```');
  expect(text).not.toContain('flowchart');
  expect(text).toContain('after');
});
