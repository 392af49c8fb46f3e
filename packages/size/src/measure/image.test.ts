import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgetsSchema } from '../spec.ts';
import { readImageTarball } from './image.ts';
import { measureBudgets } from './index.ts';
import { listTar } from './tar.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'size-image-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** Packs a folder with the system's GNU tar (a real archive, as docker/skopeo would write). */
function pack(dir: string, out: string): string {
  execFileSync('tar', ['-cf', out, '-C', dir, '.']);
  return out;
}

function writeBlob(dir: string, data: Buffer | string): { digest: string; size: number } {
  const hex = sha(data);
  mkdirSync(join(dir, 'blobs/sha256'), { recursive: true });
  writeFileSync(join(dir, 'blobs/sha256', hex), data);
  return { digest: `sha256:${hex}`, size: Buffer.byteLength(data) };
}

test('OCI layout tarball: layers and config sizes from the manifests, commands from history', async () => {
  const dir = join(root, 'oci');
  const layers = [randomBytes(300_000), randomBytes(50_000)].map((b) => writeBlob(dir, gzipSync(b)));
  const config = writeBlob(
    dir,
    JSON.stringify({
      history: [
        { created_by: '/bin/sh -c #(nop) ADD file:abc in / ' },
        { created_by: '/bin/sh -c #(nop)  CMD ["sh"]', empty_layer: true },
        { created_by: 'RUN /bin/sh -c apk add curl # buildkit' },
      ],
    }),
  );
  const manifest = writeBlob(
    dir,
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: layers.map((l) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...l })),
    }),
  );
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          ...manifest,
          annotations: { 'io.containerd.image.name': 'example.com/app:1.2.3' },
          platform: { os: 'linux', architecture: 'amd64' },
        },
      ],
    }),
  );
  const tar = pack(dir, join(root, 'oci.tar'));
  const [img] = await readImageTarball(tar);
  expect(img!.label).toBe('example.com/app:1.2.3 linux/amd64');
  expect(img!.layers.map((l) => [l.index, l.digest, l.size, l.command])).toEqual([
    [1, layers[0]!.digest, layers[0]!.size, 'ADD file:abc in /'],
    [2, layers[1]!.digest, layers[1]!.size, 'RUN /bin/sh -c apk add curl # buildkit'],
  ]);
  expect(img!.total).toBe(config.size + layers[0]!.size + layers[1]!.size);

  const entries = budgetsSchema.parse([{ name: 'image', type: 'image', path: 'oci.tar', max: '200kB' }]);
  const out = await measureBudgets(entries, { cwd: root });
  expect(out.budgets[0]!.files.map((f) => [f.key, f.raw])).toEqual([
    ['oci.tar#config', config.size],
    ['oci.tar#layer 01', layers[0]!.size],
    ['oci.tar#layer 02', layers[1]!.size],
  ]);
});

test('docker save tarball (legacy layout, long names through GNU tar)', async () => {
  const dir = join(root, 'save');
  const longId = 'a'.repeat(64);
  const deep = join(dir, 'x'.repeat(60), 'y'.repeat(60));
  mkdirSync(deep, { recursive: true });
  mkdirSync(join(dir, longId));
  writeFileSync(join(dir, longId, 'layer.tar'), randomBytes(12_345));
  writeFileSync(join(deep, 'layer.tar'), randomBytes(777));
  const layerNames = [`${longId}/layer.tar`, `${'x'.repeat(60)}/${'y'.repeat(60)}/layer.tar`];
  writeFileSync(
    join(dir, 'cfg.json'),
    JSON.stringify({ history: [{ created_by: 'COPY app /app' }, { created_by: 'RUN make' }] }),
  );
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify([{ Config: 'cfg.json', RepoTags: ['app:latest'], Layers: layerNames }]),
  );
  const tar = pack(dir, join(root, 'save.tar'));
  expect((await listTar(tar)).some((e) => e.name === layerNames[1])).toBe(true);
  const [img] = await readImageTarball(tar);
  expect(img!.label).toBe('app:latest');
  expect(img!.layers.map((l) => [l.size, l.command])).toEqual([
    [12_345, 'COPY app /app'],
    [777, 'RUN make'],
  ]);
});

test('not an image, or a missing layer, is an error naming the file', async () => {
  writeFileSync(join(root, 'plain.txt'), 'hello');
  await expect(readImageTarball(join(root, 'plain.txt'))).rejects.toThrow(/plain.txt is not a tar archive/);
  const dir = join(root, 'broken');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify([{ Config: 'c.json', Layers: ['gone/layer.tar'] }]),
  );
  const tar = pack(dir, join(root, 'broken.tar'));
  await expect(readImageTarball(tar)).rejects.toThrow(
    'layer gone/layer.tar named in manifest.json is missing from the tarball',
  );
  const entries = budgetsSchema.parse([{ name: 'img', type: 'image', path: 'broken.tar' }]);
  const out = await measureBudgets(entries, { cwd: root });
  expect(out.budgets[0]!.error).toMatch(/^cannot read image broken.tar: layer gone\/layer.tar/);
});
