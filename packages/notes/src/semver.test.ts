import {
  applyBump,
  bumpFor,
  compareSemver,
  formatSemver,
  nextPrerelease,
  parseSemver,
  type SemVer,
} from './semver.ts';
import { decideVersion, planRange, validateGivenVersion, versionTags } from './plan.ts';

const v = (s: string): SemVer => parseSemver(s)!;

describe('semver', () => {
  test.each(['1.2.3', '0.0.0', '1.0.0-rc.1', '1.0.0-alpha-1.beta+build.7', '10.20.30'])('parses %s', (s) => {
    expect(formatSemver(v(s))).toBe(s);
  });
  test.each(['1.2', 'v1.2.3', '01.2.3', '1.2.3-', '1.2.3-01', 'x', '', '1.2.3 '])('rejects %j', (s) => {
    expect(parseSemver(s)).toBeUndefined();
  });
  test('precedence per semver.org §11', () => {
    const order = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.1.0',
      '2.0.0',
    ];
    const shuffled = [...order].reverse().map(v);
    expect(shuffled.sort(compareSemver).map(formatSemver)).toEqual(order);
    expect(compareSemver(v('1.0.0+a'), v('1.0.0+b'))).toBe(0);
  });
  test('bump rules', () => {
    expect(
      bumpFor([
        { type: 'fix', breaking: false },
        { type: 'feat', breaking: false },
      ]),
    ).toBe('minor');
    expect(bumpFor([{ type: 'perf', breaking: false }])).toBe('patch');
    expect(bumpFor([{ type: 'chore', breaking: true }])).toBe('major');
    expect(bumpFor([{ type: 'docs', breaking: false }])).toBe('none');
    expect(formatSemver(applyBump(v('1.2.3'), 'major', { preMajorBreaking: 'minor' }))).toBe('2.0.0');
    expect(formatSemver(applyBump(v('0.4.2'), 'major', { preMajorBreaking: 'minor' }))).toBe('0.5.0');
    expect(formatSemver(applyBump(v('0.4.2'), 'major', { preMajorBreaking: 'major' }))).toBe('1.0.0');
    expect(formatSemver(applyBump(v('1.2.3'), 'minor', { preMajorBreaking: 'minor' }))).toBe('1.3.0');
    expect(formatSemver(applyBump(v('1.2.3'), 'patch', { preMajorBreaking: 'minor' }))).toBe('1.2.4');
  });
  test('pre-release counters', () => {
    expect(formatSemver(nextPrerelease(v('1.3.0'), 'rc', []))).toBe('1.3.0-rc.1');
    expect(
      formatSemver(
        nextPrerelease(v('1.3.0'), 'rc', [
          v('1.3.0-rc.1'),
          v('1.3.0-rc.2'),
          v('1.3.0-beta.9'),
          v('1.4.0-rc.7'),
        ]),
      ),
    ).toBe('1.3.0-rc.3');
  });
});

describe('plan', () => {
  const tags = versionTags(
    [
      { name: 'v1.2.0', commit: 'a' },
      { name: 'v1.3.0-rc.1', commit: 'b' },
      { name: 'api-v9.0.0', commit: 'c' },
      { name: 'vnext', commit: 'd' },
      { name: 'v1.1.0', commit: 'e' },
    ],
    'v',
  );
  test('version tags are filtered by prefix and sorted highest first', () => {
    expect(tags.map((t) => t.name)).toEqual(['v1.3.0-rc.1', 'v1.2.0', 'v1.1.0']);
  });
  test('stable mode starts after the last stable tag; pre-release mode after the latest tag', () => {
    const reachable = new Set(['v1.2.0', 'v1.3.0-rc.1', 'v1.1.0']);
    expect(planRange(tags, reachable, 'z', undefined).notesBase?.name).toBe('v1.2.0');
    expect(planRange(tags, reachable, 'z', 'rc').notesBase?.name).toBe('v1.3.0-rc.1');
    expect(planRange(tags, new Set(['v1.1.0']), 'z', undefined).notesBase?.name).toBe('v1.1.0');
    expect(planRange(tags, reachable, 'b', 'rc').taggedAtTo?.name).toBe('v1.3.0-rc.1');
  });
  const base = {
    tagPrefix: 'v',
    existing: tags.map((t) => t.version),
    initialVersion: v('0.1.0'),
    rules: { preMajorBreaking: 'minor' as const },
  };
  test('computed, pre-release, none, given', () => {
    expect(formatSemver(decideVersion({ ...base, bump: 'minor', stableBase: v('1.2.0') }).version!)).toBe(
      '1.3.0',
    );
    expect(
      formatSemver(
        decideVersion({ ...base, bump: 'patch', stableBase: v('1.2.0'), prerelease: 'rc' }).version!,
      ),
    ).toBe('1.2.1-rc.1');
    expect(
      formatSemver(
        decideVersion({ ...base, bump: 'minor', stableBase: v('1.2.0'), prerelease: 'rc' }).version!,
      ),
    ).toBe('1.3.0-rc.2');
    // A pending 2.0.0-rc.1 keeps the target at 2.0.0 even when only fixes followed.
    expect(
      formatSemver(
        decideVersion({
          ...base,
          bump: 'patch',
          stableBase: v('1.2.0'),
          prerelease: 'rc',
          latest: v('2.0.0-rc.1'),
          existing: [v('2.0.0-rc.1')],
        }).version!,
      ),
    ).toBe('2.0.0-rc.2');
    expect(decideVersion({ ...base, bump: 'none', stableBase: v('1.2.0') })).toEqual({
      bump: 'none',
      source: 'none',
    });
    expect(formatSemver(decideVersion({ ...base, bump: 'minor', stableBase: undefined }).version!)).toBe(
      '0.1.0',
    );
    const given = decideVersion({
      ...base,
      bump: 'none',
      stableBase: v('1.2.0'),
      previous: v('1.2.0'),
      given: 'v2.0.0',
    });
    expect(given).toMatchObject({ bump: 'major', source: 'input' });
  });
  test('a given version must be semver and greater than the previous release', () => {
    expect(() => validateGivenVersion('banana', 'v', undefined)).toThrow(
      /Invalid input "version": got "banana"; allowed: a semantic version/,
    );
    expect(() => validateGivenVersion('1.1.9', 'v', v('1.2.0'))).toThrow(
      /allowed: a version greater than the previous release 1\.2\.0/,
    );
    expect(() => validateGivenVersion('v1.2.0', 'v', v('1.2.0'))).toThrow(/greater than/);
    expect(formatSemver(validateGivenVersion('api-v1.2.1', 'api-v', v('1.2.0')))).toBe('1.2.1');
  });
});
