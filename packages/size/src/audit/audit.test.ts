import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowlistSchema } from '../spec.ts';
import { cvss3BaseScore, parseAuditReport, runAudit, type AuditInput } from './index.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string): AuditInput => ({ source: name, text: readFileSync(join(dir, name), 'utf8') });
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 10, 12); // 2026-06-10T12:00Z

describe('CVSS v3.1 base score', () => {
  test.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5],
    ['CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H', 7.2],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N', 6.4],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
    ['CVSS:3.1/AV:L/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H', 5.1],
    ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N', 0],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
  ])('%s → %d', (vector, score) => expect(cvss3BaseScore(vector)).toBe(score));

  test('rejects what is not a v3 vector', () => {
    expect(cvss3BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toBeUndefined();
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L')).toBeUndefined();
    expect(cvss3BaseScore('CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBeUndefined();
  });
});

describe('report formats', () => {
  test('npm v2: one finding per advisory, effects skipped, fixed version from range', () => {
    const r = parseAuditReport(fixture('npm-v2.json').text, 'npm-v2.json');
    expect(r.format).toBe('npm audit v2');
    expect(r.findings.map((f) => [f.package, f.id, f.severity])).toEqual([
      ['lodash', 'GHSA-35jh-r3h4-6jhm', 'high'],
      ['lodash', 'GHSA-29mw-wpgm-hmr9', 'moderate'],
      ['minimist', 'GHSA-xvch-5gv4-984h', 'critical'],
    ]);
    expect(r.findings[0]!.fixedIn).toEqual(['4.17.21']);
    expect(r.findings[2]!.fixedIn).toEqual(['1.2.6']);
    expect(r.findings[0]!.aliases).toContain('npm:1106913');
  });

  test('npm v2 with nothing found is a pass, not an error', () => {
    const r = parseAuditReport(fixture('npm-v2-clean.json').text, 'clean');
    expect(r.findings).toEqual([]);
    expect(r.declared).toBe(0);
  });

  test('pnpm / advisories object: GHSA preferred, CVE alias, version, patched range', () => {
    const r = parseAuditReport(fixture('pnpm.json').text, 'pnpm.json');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      id: 'GHSA-hrpp-h998-j3pp',
      package: 'qs',
      version: '6.10.2',
      severity: 'high',
      fixedIn: ['>=6.10.3'],
      cvssScore: 7.5,
    });
    expect(r.findings[0]!.aliases).toEqual(expect.arrayContaining(['CVE-2022-24999', 'npm:1096475']));
  });

  test('yarn classic NDJSON: one finding per advisory, however many paths', () => {
    const r = parseAuditReport(fixture('yarn-classic.ndjson').text, 'yarn1');
    expect(r.format).toBe('yarn classic NDJSON');
    expect(r.findings.map((f) => f.id).sort()).toEqual(['GHSA-35jh-r3h4-6jhm', 'GHSA-xvch-5gv4-984h']);
  });

  test('yarn berry NDJSON', () => {
    const r = parseAuditReport(fixture('yarn-berry.ndjson').text, 'yarn4');
    expect(r.findings.map((f) => [f.package, f.id, f.severity, f.version])).toEqual([
      ['lodash', 'GHSA-35jh-r3h4-6jhm', 'high', '4.17.20'],
      ['minimist', 'GHSA-xvch-5gv4-984h', 'critical', '1.2.5'],
    ]);
  });

  test('cargo-audit: severity from the CVSS vector; no vector → unscored; warnings noted, not gated', () => {
    const r = parseAuditReport(fixture('cargo-audit.json').text, 'cargo');
    expect(r.findings.map((f) => [f.package, f.id, f.severity, f.severitySource, f.cvssScore])).toEqual([
      ['time', 'GHSA-wcg3-cvx6-7396', 'moderate', 'cvss', 5.1],
      ['rsa', 'GHSA-c38w-74pg-36hr', 'unscored', 'none', undefined],
    ]);
    expect(r.findings[0]!.aliases).toEqual(expect.arrayContaining(['RUSTSEC-2020-0071', 'CVE-2020-26235']));
    expect(r.notes).toEqual(['1 cargo-audit warning(s) not gated: unmaintained']);
  });

  test('pip-audit: no severity → unscored; skipped dependencies counted', () => {
    const r = parseAuditReport(fixture('pip-audit.json').text, 'pip');
    expect(r.findings.map((f) => [f.package, f.id, f.severity])).toEqual([
      ['requests', 'GHSA-j8r2-6x86-q33q', 'unscored'],
      ['requests', 'GHSA-9wx4-h78v-vm56', 'unscored'],
      ['jinja2', 'GHSA-h5c8-rqwp-cp95', 'unscored'],
    ]);
    expect(r.findings[0]!.fixedIn).toEqual(['2.31.0']);
    expect(r.notes[0]).toMatch(/^1 pip-audit dependency not audited/);
  });

  test('osv-scanner: groups fold aliases; max_severity is a score; empty score → unscored', () => {
    const r = parseAuditReport(fixture('osv-scanner.json').text, 'osv');
    expect(r.findings.map((f) => [f.package, f.id, f.severity, f.cvssScore, f.ecosystem])).toEqual([
      ['requests', 'GHSA-j8r2-6x86-q33q', 'moderate', 6.1, 'pypi'],
      ['left-pad-ng', 'MAL-2024-0001', 'unscored', undefined, 'npm'],
    ]);
    expect(r.findings[0]!.fixedIn).toEqual(['2.31.0']);
  });
});

describe('fails closed', () => {
  test('an npm error document (the real 405 from this registry) is an error, not a pass', () => {
    expect(() => parseAuditReport(fixture('npm-error-405.json').text, 'npm-error-405.json')).toThrow(
      /npm-error-405.json: the audit tool reported an error instead of results: 405 Method Not Allowed/,
    );
  });
  test.each([
    ['', /is empty/],
    ['{"hello": 1}', /unknown audit report format \(keys: hello\)/],
    ['not json at all', /not JSON \(line 1 does not parse\)/],
    [
      '{"auditReportVersion":2,"vulnerabilities":{"x":{"via":[],"severity":"high"}},"metadata":{"vulnerabilities":{"high":1,"total":1}}}',
      /declares 1 vulnerability but none could be read/,
    ],
    [
      '{"auditReportVersion":2,"vulnerabilities":{"x":{"via":[]}},"metadata":{"vulnerabilities":{"total":1}}}',
      /not a report to trust: entry "x" has no severity/,
    ],
    [
      '{"auditReportVersion":2,"vulnerabilities":{"x":{"severity":"high"}},"metadata":{"vulnerabilities":{"high":1,"total":1}}}',
      /cannot read the report: npm audit v2 entry "x" has no "via" list/,
    ],
    [
      '{"database":{},"vulnerabilities":{"found":true,"count":3,"list":[]}}',
      /not a report to trust: it says found: true, count: 3 but lists 0 vulnerabilities/,
    ],
    [
      '{"type":"auditSummary","data":{"vulnerabilities":{"high":2}}}',
      /not a report to trust: its auditSummary \(high 2\) disagrees with the advisories listed \(0: none\)/,
    ],
    ['[1,2]', /unknown audit report format \(a JSON list\)/],
  ])('%j', (text, message) => {
    expect(() => parseAuditReport(text, 'r.json')).toThrow(message);
  });
});

describe('merge and policy', () => {
  const allow = (yaml: unknown) => allowlistSchema.parse(yaml);
  const policy = (extra: Partial<Parameters<typeof runAudit>[1]> = {}) => ({
    level: 'high' as const,
    unscoredAs: 'high' as const,
    allowlist: [],
    now: NOW,
    ...extra,
  });

  test('the same advisory from pip-audit and osv-scanner is one finding; severity comes from osv', () => {
    const r = runAudit([fixture('pip-audit.json'), fixture('osv-scanner.json')], policy());
    const requests = r.findings.filter((f) => f.package === 'requests');
    expect(requests.map((f) => f.id).sort()).toEqual(['GHSA-9wx4-h78v-vm56', 'GHSA-j8r2-6x86-q33q']);
    const merged = requests.find((f) => f.id === 'GHSA-j8r2-6x86-q33q')!;
    expect(merged.severity).toBe('moderate');
    expect(merged.sources).toEqual(['pip-audit.json', 'osv-scanner.json']);
    expect(merged.aliases).toEqual(expect.arrayContaining(['PYSEC-2023-74', 'CVE-2023-32681']));
    expect(r.counts.duplicatesMerged).toBe(1);
    expect(merged.status).toBe('below-level');
  });

  test('unscored counts as audit-unscored: high fails at level high, low does not', () => {
    const strict = runAudit([fixture('pip-audit.json')], policy());
    expect(strict.counts.fail).toBe(3);
    expect(strict.passed).toBe(false);
    const lax = runAudit([fixture('pip-audit.json')], policy({ unscoredAs: 'low' }));
    expect(lax.counts).toMatchObject({ fail: 0, belowLevel: 3 });
    expect(lax.passed).toBe(true);
  });

  test('level threshold', () => {
    expect(runAudit([fixture('npm-v2.json')], policy({ level: 'critical' })).counts).toMatchObject({
      fail: 1,
      belowLevel: 2,
    });
    expect(runAudit([fixture('npm-v2.json')], policy({ level: 'low' })).counts).toMatchObject({
      fail: 3,
      belowLevel: 0,
    });
  });

  test('allowlist by alias, scoped by package; expired entries stop counting; expiring warned; unused reported', () => {
    const list = allow([
      { id: 'CVE-2021-44906', reason: 'CLI only, no untrusted input', expires: '2026-06-14' }, // minimist, 4 days left
      { id: 'GHSA-35jh-r3h4-6jhm', package: 'not-lodash', reason: 'scoped to another package' },
      { id: 'GHSA-29mw-wpgm-hmr9', reason: 'ReDoS needs attacker input', expires: '2026-06-09' }, // expired yesterday
      { id: 'RUSTSEC-2099-0001', reason: 'old', expires: '2027-01-01' },
    ]);
    const r = runAudit(
      [fixture('npm-v2.json'), fixture('yarn-classic.ndjson')],
      policy({ level: 'moderate', allowlist: list }),
    );
    const byId = Object.fromEntries(r.findings.map((f) => [f.id, f]));
    expect(byId['GHSA-xvch-5gv4-984h']!.status).toBe('allowlisted');
    expect(byId['GHSA-xvch-5gv4-984h']!.allowlist).toEqual({
      id: 'CVE-2021-44906',
      reason: 'CLI only, no untrusted input',
      expires: '2026-06-14',
    });
    expect(byId['GHSA-35jh-r3h4-6jhm']!.status).toBe('fail');
    expect(byId['GHSA-29mw-wpgm-hmr9']!.status).toBe('fail');
    expect(r.allowlist.map((a) => [a.id, a.state, a.daysLeft, a.matched])).toEqual([
      ['CVE-2021-44906', 'expiring', 5, 1],
      ['GHSA-35jh-r3h4-6jhm', 'unused', undefined, 0],
      ['GHSA-29mw-wpgm-hmr9', 'expired', undefined, 1],
      ['RUSTSEC-2099-0001', 'unused', undefined, 0],
    ]);
    // npm v2 alone names minimist's advisory only by GHSA: the CVE entry matches through yarn's aliases.
    expect(
      runAudit([fixture('npm-v2.json')], policy({ level: 'moderate', allowlist: list })).findings.find(
        (f) => f.package === 'minimist',
      )!.status,
    ).toBe('fail');
    // A day later than the expiry day's end, the minimist entry is expired too.
    const later = runAudit(
      [fixture('npm-v2.json'), fixture('yarn-classic.ndjson')],
      policy({ level: 'moderate', allowlist: list, now: Date.UTC(2026, 5, 15) }),
    );
    expect(later.findings.find((f) => f.package === 'minimist')!.status).toBe('fail');
    expect(later.allowlist[0]!.state).toBe('expired');
    // On the last day itself it still counts.
    const lastDay = runAudit(
      [fixture('npm-v2.json'), fixture('yarn-classic.ndjson')],
      policy({ level: 'moderate', allowlist: list, now: Date.UTC(2026, 5, 14, 23, 59) }),
    );
    expect(lastDay.findings.find((f) => f.package === 'minimist')!.status).toBe('allowlisted');
    expect(lastDay.allowlist[0]).toMatchObject({ state: 'expiring', daysLeft: 1 });
    expect(NOW + 4 * DAY).toBeLessThan(Date.UTC(2026, 5, 15));
  });

  test('malformed allowlist date names the entry', () => {
    const r = allowlistSchema.safeParse([
      { id: 'GHSA-x', reason: 'ok', expires: '2026-06-10' },
      { id: 'GHSA-y', reason: 'ok', expires: '2026-02-30' },
    ]);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({
      path: [1, 'expires'],
      message: expect.stringMatching(/"2026-02-30" is not a date; expected YYYY-MM-DD/),
    });
    const noReason = allowlistSchema.safeParse([{ id: 'GHSA-x' }]);
    expect(noReason.error!.issues[0]!.path).toEqual([0, 'reason']);
  });
});
