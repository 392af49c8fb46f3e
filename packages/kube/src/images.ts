/**
 * Image references and versions as given in inputs, checked before anything is touched.
 */
import { InputError } from '@shipgate/core';

/** One image to set: on the named container, or (no container) on the container running the same repository. */
export interface ImageSpec {
  container?: string;
  ref: string;
}

// registry[:port]/path[:tag][@digest] — lower-case path components, no whitespace (docker/distribution reference grammar, simplified).
const IMAGE_REF =
  /^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[a-z0-9]+:[a-fA-F0-9]{32,})?$/;
const CONTAINER = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Why `ref` is not an image reference, or undefined when it is one. */
export function imageRefProblem(ref: string): string | undefined {
  if (/\s/.test(ref)) return 'contains whitespace';
  if (!IMAGE_REF.test(ref)) return 'is not an image reference such as registry.example.com/team/app:1.2.3';
  return undefined;
}

/** Parses one `images` line, `container=ref`; throws a message naming the problem. */
export function parseImageLine(line: string): ImageSpec {
  const eq = line.indexOf('=');
  if (eq < 0) throw new Error(`"${line}" is not container=image`);
  const container = line.slice(0, eq).trim();
  const ref = line.slice(eq + 1).trim();
  if (!CONTAINER.test(container)) throw new Error(`container name "${container}" is not a DNS-1123 label`);
  const problem = imageRefProblem(ref);
  if (problem) throw new Error(`image "${ref}" ${problem}`);
  return { container, ref };
}

/** The repository part of a reference (without tag or digest), to match a container's current image. */
export function imageRepository(ref: string): string {
  const noDigest = ref.split('@')[0] ?? ref;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

/** Semver with or without a leading v; returns it without the v, or undefined when not semver. */
export function normalizeVersion(version: string): string | undefined {
  const v = version.trim();
  return SEMVER.test(v) ? v.replace(/^v/, '') : undefined;
}

/**
 * The images a Deployment's containers should run after applying `specs` to `current`
 * (container name → image). A spec without container replaces the container(s) whose repository
 * matches; if none matches and there is exactly one container, that one. Throws naming what did
 * not match.
 */
export function resolveImages(current: Record<string, string>, specs: ImageSpec[]): Record<string, string> {
  try {
    return resolveImagesOrThrow(current, specs);
  } catch (error) {
    throw new InputError(
      specs.some((s) => s.container) ? 'images' : 'image',
      specs.map((s) => (s.container ? `${s.container}=${s.ref}` : s.ref)).join('\n'),
      (error as Error).message,
    );
  }
}

function resolveImagesOrThrow(current: Record<string, string>, specs: ImageSpec[]): Record<string, string> {
  const next = { ...current };
  const names = Object.keys(current);
  for (const spec of specs) {
    if (spec.container) {
      if (!(spec.container in current))
        throw new Error(`no container "${spec.container}" (containers: ${names.join(', ') || 'none'})`);
      next[spec.container] = spec.ref;
      continue;
    }
    const repo = imageRepository(spec.ref);
    const matching = names.filter((n) => imageRepository(current[n] ?? '') === repo);
    const targets = matching.length > 0 ? matching : names.length === 1 ? names : [];
    if (targets.length === 0) {
      throw new Error(
        `no container runs ${repo} and there are ${names.length} containers (${names.join(', ')}); use images: container=ref`,
      );
    }
    for (const n of targets) next[n] = spec.ref;
  }
  return next;
}
