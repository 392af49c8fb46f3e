import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readManifests } from './manifests.ts';

const doc = (kind: string, name: string) => `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n`;

test('manifests: files and globs in a stable order; a directory is not a file; a pattern matching nothing fails', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'kube-manifests-'));
  mkdirSync(join(cwd, 'k8s/extra'), { recursive: true });
  writeFileSync(join(cwd, 'k8s/b-service.yaml'), doc('Service', 'web'));
  writeFileSync(join(cwd, 'k8s/a-config.yaml'), `${doc('ConfigMap', 'one')}---\n${doc('ConfigMap', 'two')}`);
  writeFileSync(join(cwd, 'k8s/extra/c.yml'), doc('ConfigMap', 'three'));
  const names = async (patterns: string[]) =>
    (await readManifests(patterns, cwd)).map((o) => (o.metadata as { name: string }).name);
  expect(await names(['k8s/*.yaml'])).toEqual(['one', 'two', 'web']);
  expect(await names(['k8s/**/*.{yaml,yml}'])).toEqual(['one', 'two', 'web', 'three']);
  expect(await names(['k8s/extra/c.yml', 'k8s/b-service.yaml'])).toEqual(['three', 'web']);
  await expect(readManifests(['k8s'], cwd)).rejects.toThrow(
    `manifests pattern "k8s" matches no file under ${cwd}`,
  );
  await expect(readManifests(['k8s/*.json'], cwd)).rejects.toThrow('matches no file');
});
