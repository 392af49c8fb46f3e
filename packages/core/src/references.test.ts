import { imageRefProblem, imageRepository, normalizeVersion } from './references.ts';

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
