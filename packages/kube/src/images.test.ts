import {
  imageRefProblem,
  imageRepository,
  normalizeVersion,
  parseImageLine,
  resolveImages,
} from './images.ts';
import { parseManifests, substituteImages } from './manifests.ts';

test.each([
  ['1.2.3', '1.2.3'],
  ['v1.2.3', '1.2.3'],
  ['v1.2.3-rc.1+build.5', '1.2.3-rc.1+build.5'],
  ['1.2', undefined],
  ['release-7', undefined],
  ['v01.2.3', undefined],
])('normalizeVersion(%s)', (given, want) => expect(normalizeVersion(given)).toBe(want));

test('image references', () => {
  expect(imageRefProblem('registry.example.com:5000/team/web:1.2.3')).toBeUndefined();
  expect(imageRefProblem('web@sha256:' + 'a'.repeat(64))).toBeUndefined();
  expect(imageRefProblem('web: 1.2')).toBe('contains whitespace');
  expect(imageRefProblem('Web/UPPER')).toMatch(/not an image reference/);
  expect(imageRepository('localhost:5000/web:1.2')).toBe('localhost:5000/web');
  expect(imageRepository('localhost:5000/web')).toBe('localhost:5000/web');
});

test('images lines', () => {
  expect(parseImageLine('web = registry/web:2')).toEqual({ container: 'web', ref: 'registry/web:2' });
  expect(() => parseImageLine('registry/web:2')).toThrow(/container=image/);
  expect(() => parseImageLine('web=reg/web :2')).toThrow(/whitespace/);
});

test('resolveImages matches by container name, then by repository, then the only container', () => {
  const cur = { web: 'reg/web:1', sidecar: 'reg/proxy:9' };
  expect(resolveImages(cur, [{ ref: 'reg/web:2' }])).toEqual({ web: 'reg/web:2', sidecar: 'reg/proxy:9' });
  expect(resolveImages(cur, [{ container: 'sidecar', ref: 'reg/proxy:10' }])).toEqual({
    web: 'reg/web:1',
    sidecar: 'reg/proxy:10',
  });
  expect(resolveImages({ app: 'old/x:1' }, [{ ref: 'new/y:2' }])).toEqual({ app: 'new/y:2' });
  expect(() => resolveImages(cur, [{ ref: 'other/z:1' }])).toThrow(/no container runs other\/z/);
  expect(() => resolveImages(cur, [{ container: 'nope', ref: 'a:1' }])).toThrow(/no container "nope"/);
});

test('manifests: parse and substitute', () => {
  const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      containers: [{name: web, image: reg/web:1}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
`;
  const objs = parseManifests(text, 'app.yaml');
  const out = substituteImages(objs, [{ ref: 'reg/web:2' }]);
  expect(
    (out[0]?.spec as { template: { spec: { containers: { image: string }[] } } }).template.spec.containers[0]
      ?.image,
  ).toBe('reg/web:2');
  expect(out[1]).toEqual(objs[1]);
  expect(() => parseManifests('kind: X\n', 'bad.yaml')).toThrow(
    /bad.yaml: document 1 is not a Kubernetes object/,
  );
});
