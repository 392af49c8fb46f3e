import {
  DNS_LABEL,
  imageRefProblem,
  imageRepository,
  normalizeVersion,
  versionSchema,
} from './references.ts';

test('versions: semver with one optional leading v, build metadata kept, nothing looser', () => {
  expect(normalizeVersion('v1.2.3')).toBe('1.2.3');
  expect(normalizeVersion(' 1.2.3-rc.1+build.5 ')).toBe('1.2.3-rc.1+build.5');
  for (const bad of ['=1.2.3', 'vv1.2.3', 'V1.2.3', '01.2.3', '1.2', '1.2.3-01', '1.2.3-', 'latest', ''])
    expect([bad, normalizeVersion(bad)]).toEqual([bad, undefined]);
});

test('image references: one rule, with the repository part for matching containers', () => {
  expect(imageRefProblem('registry.example.com:5000/team/web:1.2.3')).toBeUndefined();
  expect(imageRefProblem(`web@sha256:${'a'.repeat(64)}`)).toBeUndefined();
  expect(imageRefProblem('web app:1')).toBe('contains whitespace');
  expect(imageRefProblem('Team/Web:1')).toBe(
    'is not an image reference such as registry.example.com/team/app:1.2.3',
  );
  expect(imageRepository('registry.example.com:5000/team/web:1.2.3')).toBe(
    'registry.example.com:5000/team/web',
  );
  expect(imageRepository(`web@sha256:${'a'.repeat(64)}`)).toBe('web');
});

test('version inputs parse by normalizeVersion; names are DNS-1123 labels', () => {
  expect(versionSchema.parse('v1.2.3+build.5')).toBe('1.2.3+build.5');
  for (const bad of ['latest', 'v1.2', '01.2.3', 'V1.2.3'])
    expect(versionSchema.safeParse(bad).success).toBe(false);
  for (const good of ['web', 'web-api', 'a1']) expect(DNS_LABEL.test(good)).toBe(true);
  for (const bad of ['Web', '-web', 'web-', 'web_api', 'web.api', ''])
    expect([bad, DNS_LABEL.test(bad)]).toEqual([bad, false]);
});
