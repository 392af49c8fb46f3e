/**
 * Container image sizes from a `docker save` tarball or an OCI image layout packed as a tar, with no
 * Docker daemon: the manifests say which blobs are layers; sizes are the blobs' sizes as stored
 * (what a registry stores and a node pulls). Layer commands come from the image config's history.
 */
import { listTar, readTarEntry, type TarEntry } from './tar.ts';

export interface ImageLayer {
  /** 1-based position in the image. */
  index: number;
  /** `sha256:…` for OCI blobs; the tar path for legacy `docker save` layers. */
  digest: string;
  size: number;
  mediaType?: string;
  /** The Dockerfile instruction that made the layer, from the config history, when known. */
  command?: string;
}

export interface ImageInfo {
  /** Tag or platform, when the tarball says. */
  label: string;
  configSize: number;
  layers: ImageLayer[];
  /** Config plus every layer. */
  total: number;
}

const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]);

interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
  platform?: { os?: string; architecture?: string; variant?: string };
  annotations?: Record<string, string>;
}

/** Reads every image in the tarball. Throws (naming the file) when it holds none or a blob is missing. */
export async function readImageTarball(path: string): Promise<ImageInfo[]> {
  const entries = await listTar(path);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const json = async (name: string): Promise<unknown> => {
    const e = byName.get(name);
    if (!e) throw new Error(`${path}: ${name} is missing from the tarball`);
    return JSON.parse((await readTarEntry(path, e)).toString('utf8')) as unknown;
  };
  if (byName.has('index.json') && byName.has('oci-layout')) return readOci(path, byName, json);
  if (byName.has('manifest.json')) return readDockerSave(byName, json);
  throw new Error(
    `${path} is neither a docker save tarball (manifest.json) nor an OCI image layout (oci-layout + index.json)`,
  );
}

function blobName(digest: string): string {
  const [alg, hex] = digest.split(':');
  return `blobs/${alg}/${hex}`;
}

async function readOci(
  path: string,
  byName: Map<string, TarEntry>,
  json: (n: string) => Promise<unknown>,
): Promise<ImageInfo[]> {
  const images: ImageInfo[] = [];
  const visit = async (desc: Descriptor, label: string): Promise<void> => {
    const doc = (await json(blobName(desc.digest))) as {
      mediaType?: string;
      manifests?: Descriptor[];
      config?: Descriptor;
      layers?: Descriptor[];
    };
    const mediaType = doc.mediaType ?? desc.mediaType;
    if (doc.manifests && (mediaType === undefined || INDEX_TYPES.has(mediaType))) {
      for (const m of doc.manifests) await visit(m, labelOf(m, label));
      return;
    }
    if (!doc.config || !doc.layers)
      throw new Error(`${path}: ${desc.digest} is neither an image index nor an image manifest`);
    if (
      doc.config.mediaType?.includes('attestation') ||
      desc.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest'
    )
      return;
    for (const l of doc.layers) {
      if (!byName.has(blobName(l.digest)))
        throw new Error(`${path}: layer blob ${l.digest} is missing from the tarball`);
    }
    const commands = await layerCommands(json, blobName(doc.config.digest));
    images.push(
      build(
        label,
        doc.config.size,
        doc.layers.map((l, i) => ({
          index: i + 1,
          digest: l.digest,
          size: l.size,
          mediaType: l.mediaType,
          command: commands[i],
        })),
      ),
    );
  };
  const index = (await json('index.json')) as { manifests?: Descriptor[] };
  for (const m of index.manifests ?? []) await visit(m, labelOf(m, ''));
  if (images.length === 0) throw new Error(`${path}: the OCI index lists no image manifest`);
  return images;
}

function labelOf(desc: Descriptor, parent: string): string {
  const ref =
    desc.annotations?.['io.containerd.image.name'] ?? desc.annotations?.['org.opencontainers.image.ref.name'];
  const p = desc.platform;
  const platform = p?.os ? `${p.os}/${p.architecture ?? ''}${p.variant ? `/${p.variant}` : ''}` : '';
  return [ref ?? parent, platform].filter(Boolean).join(' ') || 'image';
}

async function readDockerSave(
  byName: Map<string, TarEntry>,
  json: (n: string) => Promise<unknown>,
): Promise<ImageInfo[]> {
  const manifest = (await json('manifest.json')) as {
    Config: string;
    RepoTags?: string[] | null;
    Layers: string[];
  }[];
  if (!Array.isArray(manifest) || manifest.length === 0) throw new Error('manifest.json lists no image');
  const images: ImageInfo[] = [];
  for (const m of manifest) {
    const config = byName.get(m.Config);
    const commands = await layerCommands(json, m.Config);
    const layers = m.Layers.map((name, i) => {
      const e = byName.get(name);
      if (!e) throw new Error(`layer ${name} named in manifest.json is missing from the tarball`);
      const digest = name.startsWith('blobs/') ? name.slice(6).replace('/', ':') : name;
      return { index: i + 1, digest, size: e.size, command: commands[i] };
    });
    images.push(build(m.RepoTags?.[0] ?? 'image', config?.size ?? 0, layers));
  }
  return images;
}

/** The `created_by` of each history entry that made a layer, in layer order. */
async function layerCommands(
  json: (n: string) => Promise<unknown>,
  configName: string,
): Promise<(string | undefined)[]> {
  try {
    const config = (await json(configName)) as { history?: { created_by?: string; empty_layer?: boolean }[] };
    return (config.history ?? [])
      .filter((h) => !h.empty_layer)
      .map((h) => h.created_by?.replace(/^\/bin\/sh -c (#\(nop\) )?/, '').trim());
  } catch {
    return [];
  }
}

function build(label: string, configSize: number, layers: ImageLayer[]): ImageInfo {
  return { label, configSize, layers, total: configSize + layers.reduce((s, l) => s + l.size, 0) };
}
