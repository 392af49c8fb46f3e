/**
 * The manifests a deploy applies: files or globs given in the `manifests` input, read as
 * multi-document YAML, with the release's images substituted into every pod template.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { parseAllDocuments } from 'yaml';
import type { PlainObject } from './backup.ts';
import { resolveImages, type ImageSpec } from './images.ts';

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

/** The file a manifest object came from, kept on the object (spreads copy it; never sent). */
const SOURCE = Symbol('manifest source');

export function sourceOf(obj: object): string | undefined {
  return (obj as { [SOURCE]?: string })[SOURCE];
}

function markSource<T extends object>(obj: T, source: string | undefined): T {
  if (source !== undefined) Object.defineProperty(obj, SOURCE, { value: source, enumerable: true });
  return obj;
}

/** A copy without the source mark (what is sent to the API server). */
export function withoutSource(obj: PlainObject): PlainObject {
  const { [SOURCE]: _source, ...plain } = obj as PlainObject & { [SOURCE]?: string };
  return plain;
}

/** Reads every file matching `patterns` (relative to `cwd`), in a stable order; a pattern matching nothing is an error. */
export async function readManifests(patterns: string[], cwd: string): Promise<PlainObject[]> {
  const out: PlainObject[] = [];
  for (const pattern of patterns) {
    // tinyglobby, the glob engine build-verify-size uses too: one pattern language across actions.
    const files = await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false });
    if (files.length === 0) throw new Error(`manifests pattern "${pattern}" matches no file under ${cwd}`);
    for (const file of files.sort())
      out.push(...parseManifests(await readFile(path.resolve(cwd, file), 'utf8'), file));
  }
  return out;
}

/** Pure: the objects in a YAML text; a document that is not an object with kind and metadata.name is an error naming the file. */
export function parseManifests(text: string, source: string): PlainObject[] {
  const out: PlainObject[] = [];
  parseAllDocuments(text).forEach((doc, i) => {
    if (doc.errors.length > 0) throw new Error(`${source}: document ${i + 1}: ${doc.errors[0]?.message}`);
    const obj = doc.toJS() as PlainObject | null;
    if (obj === null) return;
    if (
      typeof obj !== 'object' ||
      typeof obj.kind !== 'string' ||
      typeof obj.apiVersion !== 'string' ||
      typeof obj.metadata?.name !== 'string'
    ) {
      throw new Error(
        `${source}: document ${i + 1} is not a Kubernetes object (needs apiVersion, kind and metadata.name)`,
      );
    }
    out.push(markSource(obj, source));
  });
  return out;
}

interface PodSpecLike {
  containers?: { name: string; image?: string }[];
}

/** The pod spec inside a workload object, if it has one. */
export function podSpecOf(obj: PlainObject): PodSpecLike | undefined {
  if (!WORKLOADS.has(obj.kind)) return undefined;
  const spec = obj.spec as { template?: { spec?: PodSpecLike } } | undefined;
  return spec?.template?.spec;
}

/** Pure: copies of `objects` with `images` substituted into each workload's containers. */
export function substituteImages(objects: PlainObject[], images: ImageSpec[]): PlainObject[] {
  return objects.map((o) => {
    const copy = markSource(structuredClone(withoutSource(o)), sourceOf(o));
    const pod = podSpecOf(copy);
    if (!pod?.containers || images.length === 0) return copy;
    const current = Object.fromEntries(pod.containers.map((c) => [c.name, c.image ?? '']));
    const next = resolveImages(current, images);
    for (const c of pod.containers) c.image = next[c.name];
    return copy;
  });
}
