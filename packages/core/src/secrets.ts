import { escapeMarkdown } from './markdown.ts';
import { issueCommand } from './workflow-commands.ts';

/**
 * The secrets of a run. Each is registered with the runner (`::add-mask::`, which masks the exact
 * text in later log lines) and kept for `redact`, which also knows the forms the runner never sees
 * but our own output can hold: the value escaped as Markdown (a `ghp_…` token becomes `ghp\_…` in a
 * summary), as a JSON string and URL-encoded.
 */
const masked = new Set<string>();
const forms = new Set<string>();
let longestFirst: string[] | undefined;

/** Values shorter than this are not masked: masking tiny strings garbles every log line. */
const MIN_MASKED_LENGTH = 4;

/**
 * Masks a value from here on. A multi-line value (a kubeconfig, a PEM key) is masked whole, plus
 * the lines that carry a credential on their own (`token: …`, `client-key-data: …`, PEM body
 * lines); structural lines such as `kind: Config` or `user:` are not, or they would be masked in
 * every later log line that happens to contain them.
 */
export function registerSecret(value: string | undefined): void {
  if (!value || value.trim() === '') return;
  const parts = /[\r\n]/.test(value) ? [value, ...credentialLines(value)] : [value];
  for (const part of parts) maskOne(part);
}

/** Replaces every registered secret, in any of its known forms, with ***. */
export function redact(text: string): string {
  return redactWith(text, secretForms());
}

/** Replaces each of `secrets` (longest first, so a secret containing another goes whole) with ***. */
export function redactWith(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join('***');
  return out;
}

/** A copy of a JSON-like value with every string redacted (for reports written to files). */
export function redactDeep<T>(value: T, secrets: readonly string[] = secretForms()): T {
  if (typeof value === 'string') return redactWith(value, secrets) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v, secrets)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[redactWith(k, secrets)] = redactDeep(v, secrets);
    return out as T;
  }
  return value;
}

/** The forms in which `secret` can appear in our own output (itself first). */
export function secretVariants(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const variants = [
    secret,
    escapeMarkdown(secret),
    // Mid-line, where the line-start escapes (#, -, 1.) do not apply.
    escapeMarkdown(`x${secret}`).slice(1),
    json,
    encodeURIComponent(secret),
  ];
  return [...new Set(variants)].filter((v) => v.length >= MIN_MASKED_LENGTH);
}

function maskOne(part: string): void {
  if (part.length < MIN_MASKED_LENGTH || masked.has(part)) return;
  masked.add(part);
  issueCommand('add-mask', {}, part);
  for (const form of secretVariants(part)) forms.add(form);
  longestFirst = undefined;
}

function secretForms(): string[] {
  longestFirst ??= [...forms].sort((a, b) => b.length - a.length);
  return longestFirst;
}

/** Keys whose value is a credential (kubeconfig users, exec/auth-provider config, .env files). */
const CREDENTIAL_KEY = /token|secret|passw|pwd|key|cert|credential|auth|cookie|session/i;
const KEY_VALUE = /^(?:-\s+)?["']?([A-Za-z_][\w.-]*)["']?(?::(?:\s+|$)|=(?!=))(.*)$/;
/** A credential-looking value on its own: long, and only token or base64 characters. */
const BLOB = /^[A-Za-z0-9+/=._~-]{16,}$/;
const PEM_ARMOR = /^-----(BEGIN|END) [A-Z0-9 ]+-----$/;

/** The lines of a multi-line secret that are credentials on their own (values of credential keys, bare blobs). */
export function credentialLines(value: string): string[] {
  const out: string[] = [];
  for (const raw of value.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || PEM_ARMOR.test(line)) continue;
    const kv = KEY_VALUE.exec(line);
    if (!kv) {
      // No key: a PEM body line or a bare token is a blob; a list item such as `- get-token` is not.
      const item = line.replace(/^-\s+/, '');
      if (BLOB.test(item)) out.push(item);
      continue;
    }
    const val = kv[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (val === '' || val === '|' || val === '>') continue;
    // `value:` carries the secret of an exec plugin's env entry; short values there are names or flags.
    if (CREDENTIAL_KEY.test(kv[1]!) || (kv[1] === 'value' && val.length >= 16)) out.push(val);
  }
  return out;
}
