/**
 * Hashed file names normalised so baselines match across builds: `app.3f9a1c.js` → `app.*.js`,
 * `index-BxK3f9aZ.js` (Vite) → `index-*.js`, `main.8f2e1b7c.chunk.css` → `main.*.chunk.css`.
 * Only the file name is touched; folders are kept as they are.
 */

/** Hex content hash (webpack, CRA): at least 6 hex digits with a digit and a letter among them, or 8+ digits. */
const HEX = /^(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{6,}$|^[0-9]{8,}$/i;
/** Base64url/base32 hash (Vite, Rollup, esbuild): 8+ characters mixing digits, upper and lower case letters, or digits and upper case. */
const B64 = /^(?=.*[0-9])(?=.*[A-Z])[A-Za-z0-9_]{8,}$/;

function isHash(token: string): boolean {
  return HEX.test(token) || B64.test(token);
}

/** Replaces hash-like parts of the file name with `*`. */
export function normalizeHashedName(path: string): string {
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash + 1);
  const base = path.slice(slash + 1);
  const parts = base.split('.');
  // parts[0] is the stem (may end in -HASH), the last part is the extension; middle parts may be hashes.
  for (let i = 1; i < parts.length - 1; i++) if (isHash(parts[i]!)) parts[i] = '*';
  const stem = parts[0]!;
  const dash = stem.lastIndexOf('-');
  if (dash > 0 && isHash(stem.slice(dash + 1))) parts[0] = `${stem.slice(0, dash)}-*`;
  return dir + parts.join('.');
}
