/**
 * Image references and versions as given in inputs, checked before anything is touched.
 */
import { InputError, imageRefProblem, imageRepository } from '@shipgate/core';

/** One image to set: on the named container, or (no container) on the container running the same repository. */
export interface ImageSpec {
  container?: string;
  ref: string;
}

const CONTAINER = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

// One rule for image references and versions, in @shipgate/core (the deploy definition uses it too).
export { imageRefProblem, imageRepository, normalizeVersion } from '@shipgate/core';

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
