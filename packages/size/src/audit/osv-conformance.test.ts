// osv-scanner's own output fixtures, ported as data (fixtures/osv-scanner-snapshots.json): each JSON
// report from its machinejson_test.snap, with what osv-scanner's table output (table_test.snap) says of
// the same results — how many vulnerabilities count, by severity, and which are listed as uncalled or
// unimportant. Source and commit are in the file's `source`. We must count and list them the same way.
import { readFileSync } from 'node:fs';
import { parseAuditReport } from './detect.ts';
import { judgeFindings } from './policy.ts';

interface Case {
  name: string;
  report: unknown;
  expected: {
    total: number;
    severities: Record<'critical' | 'high' | 'medium' | 'low' | 'unknown', number> | null;
    hidden: [string, string][];
  };
}
const suite = JSON.parse(
  readFileSync(new URL('./fixtures/osv-scanner-snapshots.json', import.meta.url), 'utf8'),
) as { source: string; cases: Case[] };

const OSV_RATING = {
  critical: 'critical',
  high: 'high',
  moderate: 'medium',
  low: 'low',
  unscored: 'unknown',
} as const;

describe(suite.source, () => {
  test.each(suite.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const parsed = parseAuditReport(JSON.stringify(c.report), 'osv.json');
    expect(parsed.format).toBe('osv-scanner');
    const judged = judgeFindings(
      parsed.findings,
      { level: 'low', unscoredAs: 'high', allowlist: [], now: 0 },
      {
        reports: [],
        duplicates: 0,
      },
    );
    const counted = judged.findings.filter((f) => f.status !== 'unreachable');
    expect(counted).toHaveLength(c.expected.total);
    if (c.expected.severities) {
      const bySeverity = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
      for (const f of counted) bySeverity[OSV_RATING[f.severity]]++;
      expect(bySeverity).toEqual(c.expected.severities);
    }
    const apart = judged.findings.filter((f) => f.status === 'unreachable');
    const hiddenIds = new Set(c.expected.hidden.map(([, id]) => id));
    expect(apart.every((f) => f.aliases.some((a) => hiddenIds.has(a)))).toBe(true);
    expect([...hiddenIds].every((id) => apart.some((f) => f.aliases.includes(id)))).toBe(true);
    expect(judged.passed).toBe(c.expected.total === 0);
    // The strict switch gates them like the rest (osv-scanner's --all-vulns).
    const strict = judgeFindings(
      parsed.findings,
      { level: 'low', unscoredAs: 'high', allowlist: [], now: 0, gateUnreachable: true },
      { reports: [], duplicates: 0 },
    );
    expect(strict.findings.filter((f) => f.status === 'unreachable')).toEqual([]);
    expect(strict.counts.fail).toBe(counted.length + apart.length);
  });
});
