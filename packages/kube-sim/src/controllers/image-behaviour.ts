import type { ImageBehaviour } from './types.ts';

/** The behaviour for an image: an exact key first, then the longest matching glob ('*' any run, '?' one char). */
export function imageBehaviour(
  images: Map<string, ImageBehaviour>,
  fallback: ImageBehaviour,
  image: string,
): ImageBehaviour {
  const exact = images.get(image);
  if (exact) return exact;
  let best: [number, ImageBehaviour] | undefined;
  for (const [pattern, b] of images) {
    if (!/[*?]/.test(pattern) || !globToRegExp(pattern).test(image)) continue;
    if (!best || pattern.length > best[0]) best = [pattern.length, b];
  }
  return best?.[1] ?? fallback;
}

function globToRegExp(glob: string): RegExp {
  const body = [...glob]
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

/** Checks a behaviour before use, naming the image and the problem. */
export function validateBehaviour(image: string, b: ImageBehaviour): void {
  const kinds = [b.crashLoop, b.pullError, b.neverReady, b.process].filter(
    (x) => x !== undefined && x !== false,
  ).length;
  if (kinds > 1)
    throw new Error(
      `image behaviour for "${image}": crashLoop, pullError, neverReady and process are exclusive (got ${kinds})`,
    );
  if (b.readyAfterMs !== undefined && !(Number.isFinite(b.readyAfterMs) && b.readyAfterMs >= 0)) {
    throw new Error(
      `image behaviour for "${image}": readyAfterMs must be a number >= 0 (got ${String(b.readyAfterMs)})`,
    );
  }
  if (b.pullError !== undefined && b.pullError !== 'ErrImagePull' && b.pullError !== 'ImagePullBackOff') {
    throw new Error(
      `image behaviour for "${image}": pullError must be "ErrImagePull" or "ImagePullBackOff" (got ${JSON.stringify(b.pullError)})`,
    );
  }
  if (b.process && (typeof b.process.command !== 'string' || b.process.command === '')) {
    throw new Error(
      `image behaviour for "${image}": process.command must be a non-empty string (got ${JSON.stringify(b.process.command)})`,
    );
  }
}
