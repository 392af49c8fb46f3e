import { evaluateBudgets } from './budgets.ts';
import type { MeasuredBudget, SizeReport } from './model.ts';
import { buildReport, mergeReports, parseReport } from './report.ts';
import { renderReport } from './render.ts';
import { escapeTableCell } from '@shipgate/core';
import { budgetsSchema } from './spec.ts';

function report(
  target: string | undefined,
  n: number,
  opts: { nameLen?: number; fail?: boolean; char?: string } = {},
): SizeReport {
  const [e] = budgetsSchema.parse([{ name: 'files', path: 'dist', max: opts.fail ? '1B' : '1GB' }]);
  const files = Array.from({ length: n }, (_, i) => ({
    path: `dist/${(opts.char ?? 'n').repeat(opts.nameLen ?? 5)}${i}.js`,
    key: `dist/${(opts.char ?? 'n').repeat(opts.nameLen ?? 5)}${i}.js`,
    sha256: `h${i}`,
    raw: 100 + i,
  }));
  const measured: MeasuredBudget[] = [
    {
      name: 'files',
      paths: e!.path,
      type: 'files',
      compression: e!.compression,
      max: e!.max,
      when: 'any',
      files,
    },
  ];
  const base = buildReport({
    measured: [{ ...measured[0]!, files: [] }],
    evaluation: evaluateBudgets([{ ...measured[0]!, files: [] }], undefined, target),
    skipped: [],
    stats: { files: 0, reused: 0, compressed: 0, ms: 0 },
    target,
    createdAt: '2026-01-01T00:00:00.000Z',
  });
  const evaluation = evaluateBudgets(measured, base, target);
  return buildReport({
    measured,
    evaluation,
    skipped: [{ name: 'mac', reason: 'for target darwin' }],
    stats: { files: n, reused: 0, compressed: 0, ms: 1200 },
    target,
    createdAt: '2026-01-02T00:00:00.000Z',
    baseline: base,
  });
}

test('renders verdict, budgets, movers, new files, notes; untrusted text escaped', () => {
  const r = report('linux', 3);
  r.budgets[0]!.name = 'evil | <img src=x> @team';
  const md = renderReport(r, { kind: 'comment' });
  expect(md).toMatch(/^## ✅ Size and audit gate passed — linux/);
  expect(md).toContain(`| ✅ | ${escapeTableCell('evil | <img src=x> @team')} | raw |`);
  expect(md).toContain('&lt;img src=x&gt; @\u200bteam');
  expect(md).toContain('### Top movers');
  expect(md).toContain('3 file(s) added or removed');
  expect(md).toContain('1 budget(s) not measured in this run: for target darwin');
  expect(md).toContain('gzip level 9, brotli quality 11');
  expect(md).not.toContain('Left out');
});

test('a comment over 65,536 characters leaves out whole sections, lowest priority first, and says so', () => {
  const r = report(undefined, 2000, { nameLen: 300, fail: true });
  const full = renderReport(r, { kind: 'summary' });
  expect(full.length).toBeGreaterThan(65_536);
  expect(full).not.toContain('Left out');
  const md = renderReport(r, { kind: 'comment', reportHint: 'artifact size-report' });
  expect(md.length).toBeLessThanOrEqual(65_536);
  const withMarker = renderReport(r, { kind: 'comment', reserve: 1000 });
  expect(withMarker.length).toBeLessThanOrEqual(65_536 - 1000);
  expect(md).toContain(
    "> ✂️ Left out to fit GitHub's comment limit of 65,536 characters: New and removed files. The full report: artifact size-report.",
  );
  expect(md).toContain('### Budget failures');
  expect(md).toMatch(/^## ❌ Size and audit gate failed/);
});

test('the summary limit is 1 MiB in bytes, not characters', () => {
  const r = report(undefined, 250, { nameLen: 1500, char: '€' });
  const md = renderReport(r, { kind: 'summary' });
  expect(md.length).toBeLessThan(1024 * 1024);
  expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1024 * 1024);
  expect(md).toMatch(/Left out to fit GitHub's job summary limit of 1 MiB: New and removed files\./);
});

test('matrix reports merge; a duplicate target is refused; reports round-trip through JSON', () => {
  const a = report('linux-x64', 2, { fail: true });
  const b = report('darwin-arm64', 2);
  const merged = mergeReports([a, b]);
  expect(merged.targets).toEqual(['linux-x64', 'darwin-arm64']);
  expect(merged.passed).toBe(false);
  expect(merged.budgets.map((x) => [x.target, x.status])).toEqual([
    ['linux-x64', 'fail'],
    ['darwin-arm64', 'pass'],
  ]);
  const md = renderReport(merged, { kind: 'comment' });
  expect(md).toContain(`| ❌ | files (${escapeTableCell('linux-x64')}) |`);
  expect(md).toContain(`| ✅ | files (${escapeTableCell('darwin-arm64')}) |`);
  expect(() => mergeReports([a, a])).toThrow('two reports cover target linux-x64');
  expect(parseReport(JSON.stringify(merged), 'm.json')).toEqual(merged);
  expect(() => parseReport('{"schema":"other"}', 'x.json')).toThrow(
    'x.json is not a shipgate size report (expected "schema": "shipgate.size-report/v1", got "other")',
  );
});
