import { runAudit } from './index.ts';

const policy = { level: 'moderate' as const, unscoredAs: 'high' as const, allowlist: [], now: 0 };

function cargo(cvss: string | null, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    database: {},
    lockfile: {},
    vulnerabilities: {
      found: true,
      count: 1,
      list: [
        {
          advisory: { id: 'RUSTSEC-2020-0071', aliases: ['CVE-2020-26235'], cvss, ...extra },
          versions: { patched: ['>=0.2.23'] },
          package: { name: 'time', version: '0.1.45' },
        },
      ],
    },
    warnings: {},
  });
}

describe('issue #13: CVSS vectors the specification refuses are not scored', () => {
  test.each([
    [
      'a duplicated metric (AV:P then AV:L)',
      'CVSS:3.1/AV:P/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      'metric AV given twice',
    ],
    [
      'a part without ":"',
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MCL',
      'malformed part "MCL" (expected Metric:Value)',
    ],
  ])('%s: unscored, audit-unscored decides, and the report says why', (_n, vector, why) => {
    const r = runAudit([{ source: 'cargo.json', text: cargo(vector) }], { ...policy, unscoredAs: 'low' });
    expect(r.findings[0]).toMatchObject({
      severity: 'unscored',
      severitySource: 'none',
      effectiveSeverity: 'low',
    });
    expect(r.findings[0]!.cvssScore).toBeUndefined();
    expect(r.notes.join('\n')).toContain(`CVE-2020-26235: CVSS vector refused (${vector}: ${why})`);
    expect(r.passed).toBe(true);
  });

  test("the advisory's stated severity is used when its vector is refused", () => {
    const r = runAudit(
      [
        {
          source: 'cargo.json',
          text: cargo('CVSS:3.1/AV:P/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', { severity: 'critical' }),
        },
      ],
      policy,
    );
    expect(r.findings[0]).toMatchObject({ severity: 'critical', severitySource: 'report', status: 'fail' });
    expect(r.notes.join('\n')).toContain('severity critical as the advisory states');
  });

  test('a valid vector still scores (5.1 → moderate)', () => {
    const r = runAudit(
      [{ source: 'cargo.json', text: cargo('CVSS:3.1/AV:L/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H') }],
      policy,
    );
    expect(r.findings[0]).toMatchObject({ severity: 'moderate', cvssScore: 5.1 });
    expect(r.notes.filter((n) => n.includes('refused'))).toEqual([]);
  });
});

describe('issue #13: osv-scanner call analysis', () => {
  const osv = (analysis: Record<string, unknown> | undefined) =>
    JSON.stringify({
      results: [
        {
          source: { path: 'go.mod', type: 'lockfile' },
          packages: [
            {
              package: { name: 'golang.org/x/text', version: '0.3.5', ecosystem: 'Go' },
              vulnerabilities: [{ id: 'GO-2021-0113', aliases: ['CVE-2021-38561'] }],
              groups: [
                {
                  ids: ['GO-2021-0113'],
                  aliases: ['CVE-2021-38561'],
                  max_severity: '7.5',
                  experimental_analysis: analysis,
                },
              ],
            },
          ],
        },
      ],
    });

  test.each([
    [{ 'GO-2021-0113': { called: false, unimportant: false } }, 'unreachable', true],
    [{ 'GO-2021-0113': { called: true, unimportant: true } }, 'unreachable', true],
    [{ 'GO-2021-0113': { called: true, unimportant: false } }, 'fail', false],
    [undefined, 'fail', false],
  ])('analysis %j: %s', (analysis, status, passed) => {
    const r = runAudit([{ source: 'osv.json', text: osv(analysis) }], policy);
    expect(r.findings[0]!.status).toBe(status);
    expect(r.passed).toBe(passed);
    const strict = runAudit([{ source: 'osv.json', text: osv(analysis) }], {
      ...policy,
      gateUnreachable: true,
    });
    expect(strict.passed).toBe(false);
  });

  test('another report without call analysis makes the merged advisory reachable again', () => {
    const pip = JSON.stringify({
      dependencies: [
        {
          name: 'golang.org/x/text',
          version: '0.3.5',
          vulns: [{ id: 'CVE-2021-38561', aliases: [], fix_versions: [] }],
        },
      ],
    });
    const r = runAudit(
      [
        { source: 'osv.json', text: osv({ 'GO-2021-0113': { called: false } }) },
        { source: 'other.json', text: pip },
      ],
      policy,
    );
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.status).toBe('fail');
    expect(r.counts.unreachable).toBe(0);
  });
});
