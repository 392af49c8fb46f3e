// Red Hat's cvss library's own CVSS v3 tests, ported as data: fixtures/cvss/vectors_* are its vector
// files (`vector - (base, temporal, environmental)`) and REFUSED its malformed vectors, from
// RedHatProductSecurity/cvss@2f149099 tests/ (test_cvss3.py: test_simple, test_simple_31,
// test_cvsslib, test_calculator, test_exceptions, test_severities). We compute base scores only.
import { readFileSync } from 'node:fs';
import { cvss3BaseScore, parseCvss3, severityFromScore } from './cvss.ts';

const files = ['vectors_simple3', 'vectors_simple31', 'vectors_cvsslib3', 'vectors_calculator3'];

function vectors(file: string): [string, number][] {
  return readFileSync(new URL(`./fixtures/cvss/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const m = /^(\S+) - \(([\d.]+), [\d.]+, [\d.]+\)$/.exec(line.trim());
      if (!m) throw new Error(`unreadable line in ${file}: ${line}`);
      return [m[1]!, Number(m[2])];
    });
}

describe.each(files)('RedHatProductSecurity/cvss@2f149099 tests/%s: base scores', (file) => {
  const cases = vectors(file);
  test(`${cases.length} vectors score as the library scores them`, () => {
    const wrong = cases.filter(([v, base]) => cvss3BaseScore(v) !== base);
    expect(wrong).toEqual([]);
  });
});

/** test_exceptions: each vector is refused (CVSS3MalformedError or CVSS3MandatoryError). */
const REFUSED: [string, string][] = [
  ['', 'not a CVSS'],
  ['/', 'not a CVSS'],
  ['CVSS:3.0/AV:P/AC:H/PR:H/UI:R/S:C/C:H/I:H/A:N/E:H/RL:O/RC:R/CR:H/MAC:H/MCL', 'malformed part "MCL"'],
  ['CVSS:3.0/AX:P/AC:H/PR:H/UI:R/S:C/C:H/I:H/A:N/E:H/RL:O/RC:R/CR:H/MAC:H/MC:L', 'unknown metric "AX"'],
  ['CVSS:3.0/AV:W/AC:H/PR:H/UI:R/S:C/C:H/I:H/A:N/E:H/RL:O/RC:R/CR:H/MAC:H/MC:L', 'AV:W is not a value'],
  [
    'CVSS:3.0/AV:P/AV:P/AC:H/PR:H/UI:R/S:C/C:H/I:H/A:N/E:H/RL:O/RC:R/CR:H/MAC:H/MC:L',
    'metric AV given twice',
  ],
  [
    'CVSS:3.0/AV:P/AV:L/AC:H/PR:H/UI:R/S:C/C:H/I:H/A:N/E:H/RL:O/RC:R/CR:H/MAC:H/MC:L',
    'metric AV given twice',
  ],
  ['CVSS:3.0/AV:P/AC:H/UI:R/S:C/C:H/I:H/A:N/E:H/RL:O/RC:R/CR:H/MAC:H/MC:L', 'base metric(s) PR missing'],
  ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H', 'base metric(s) S missing'],
  ['AV:P/AC:H/PR:H/UI:R/S:C/C:H/I:H/A:N/E:H/RL:O/RC:R/CR:H/MAC:H/MC:L', 'not a CVSS'],
  ['CVSS:3.2/AV:P/AC:H/PR:H/UI:R/S:C/C:H/I:H/A:N/E:H/RL:O/RC:R/CR:H/MAC:H/MC:L', 'not a CVSS'],
  ['CVSS:3.0//AC:H/PR:H/UI:R/S:U/C:L/I:N/A:L', 'malformed part ""'],
];

test.each(REFUSED)('refused: %j (%s)', (vector, reason) => {
  const parsed = parseCvss3(vector);
  expect('error' in parsed && parsed.error).toContain(reason);
  expect(cvss3BaseScore(vector)).toBeUndefined();
});

/** test_severities (base column): None maps onto our lowest level, low. */
test.each([
  ['CVSS:3.0/AV:N/AC:H/PR:L/UI:N/S:C/C:N/I:N/A:N', 'None'],
  ['CVSS:3.0/AV:P/AC:H/PR:L/UI:R/S:U/C:N/I:L/A:N', 'Low'],
  ['CVSS:3.0/AV:N/AC:H/PR:L/UI:R/S:U/C:N/I:L/A:N', 'Low'],
  ['CVSS:3.0/AV:N/AC:H/PR:L/UI:N/S:U/C:N/I:N/A:L', 'Low'],
  ['CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:L', 'Medium'],
  ['CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:L/A:L', 'Medium'],
  ['CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:H/A:N', 'Medium'],
  ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:L', 'High'],
  ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:H', 'High'],
  ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:L/A:N', 'Critical'],
  ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:H', 'Critical'],
  [
    'CVSS:3.0/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:W/IR:M/AR:H/MAV:N/MAC:H/MPR:L/MUI:N/MC:N/MI:N',
    'High',
  ],
  ['CVSS:3.0/AV:P/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:N/E:H/RC:U/CR:M/MAV:P/MAC:L/MUI:R/MC:N/MI:N', 'Medium'],
])('severity of %s is %s', (vector, rating) => {
  const ours = severityFromScore(cvss3BaseScore(vector)!);
  const expected = { None: 'low', Low: 'low', Medium: 'moderate', High: 'high', Critical: 'critical' }[
    rating
  ];
  expect(ours).toBe(expected);
});

test('metrics in any order, as the library reads them (test_clean_vector)', () => {
  expect(
    cvss3BaseScore('CVSS:3.0/A:N/E:P/RC:C/MAV:N/AV:A/AC:H/S:U/C:N/I:L/MPR:H/MUI:X/MS:U/MI:X/PR:H/UI:R'),
  ).toBe(cvss3BaseScore('CVSS:3.0/AV:A/AC:H/PR:H/UI:R/S:U/C:N/I:L/A:N'));
});
