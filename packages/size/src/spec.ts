/**
 * The YAML specs of build-verify-size: `budgets` and `audit-allowlist`. These zod schemas are the
 * single source: the action parses its inputs with them, and the lead generates
 * schema/size-budgets.schema.json and schema/size-allowlist.schema.json from them. Every error
 * carries the path inside the document (e.g. `[2].max`), which the input parser prefixes with the
 * input name: `budgets[2].max: "40 potatoes" is not a size such as 40MB …`.
 */
import { posix } from 'node:path';
import { z } from 'zod';
import { parseDelta, parseSize, SIZE_ALLOWED, type Delta } from './units.ts';

export const COMPRESSIONS = ['none', 'gzip', 'brotli'] as const;
/** How a size is measured: raw bytes, gzip level 9, brotli quality 11 (the peers' settings). */
export type Compression = (typeof COMPRESSIONS)[number];

const COMPRESSION_ALLOWED = 'allowed: none, gzip, brotli (or a list of them)';

/** One compression or a list; checked by hand so the message names the bad value (a zod union would only say "Invalid input"). */
const compressionList = z
  .union([z.string(), z.array(z.string()).min(1)], {
    error: () => `compression must be a name or a list; ${COMPRESSION_ALLOWED}`,
  })
  .default('none')
  .transform((v, ctx): Compression[] => {
    const list = Array.isArray(v) ? v : [v];
    list.forEach((c, i) => {
      if (!(COMPRESSIONS as readonly string[]).includes(c)) {
        ctx.addIssue({
          code: 'custom',
          path: Array.isArray(v) ? [i] : [],
          message: `unknown compression ${JSON.stringify(c)}; ${COMPRESSION_ALLOWED}`,
        });
      }
    });
    return [...new Set(list)] as Compression[];
  });

const size = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const r = parseSize(v);
  if ('error' in r) {
    ctx.addIssue({ code: 'custom', message: r.error });
    return z.NEVER;
  }
  return { bytes: r.bytes, text: String(v) };
});

const delta = z.string().transform((v, ctx): Delta => {
  const r = parseDelta(v);
  if ('error' in r) {
    ctx.addIssue({ code: 'custom', message: r.error });
    return z.NEVER;
  }
  return r.delta;
});

const stringOrList = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((v) => (Array.isArray(v) ? v : [v]));

/** A budget measures inside the workspace: an absolute path or one climbing out with `..` is refused. */
const workspacePaths = stringOrList.superRefine((paths, ctx) => {
  paths.forEach((p, i) => {
    const normal = posix.normalize(p.replace(/\\/g, '/'));
    if (posix.isAbsolute(normal) || /^[A-Za-z]:/.test(p) || normal === '..' || normal.startsWith('../'))
      ctx.addIssue({
        code: 'custom',
        path: paths.length > 1 ? [i] : [],
        message: `a path inside the workspace, relative to it (${JSON.stringify(p)} is outside)`,
      });
  });
});

/** One budget entry as written in YAML. */
export const budgetEntrySchema = z
  .object({
    name: z.string().min(1).optional().describe('Label shown in the report; defaults to the path(s)'),
    path: workspacePaths.describe(
      'File, folder or glob (or a list of them), relative to the working directory',
    ),
    exclude: stringOrList.optional().describe('Globs to leave out, e.g. "**/*.map"'),
    type: z
      .enum(['files', 'image'], { error: () => 'type must be files or image' })
      .default('files')
      .describe('files (default) or image: a `docker save` or OCI-layout tarball measured per layer'),
    max: size.optional().describe(`Absolute budget: ${SIZE_ALLOWED}`),
    compression: compressionList.describe(
      'none (default), gzip (level 9), brotli (quality 11), or a list; every listed size is checked',
    ),
    'max-increase': delta.optional().describe('Relative budget against the baseline: +5% or +100KB'),
    when: z
      .enum(['any', 'all'], {
        error: () => 'when must be any (either limit breached fails) or all (only both)',
      })
      .default('any')
      .describe(
        'With both max and max-increase: any = fail when either is exceeded, all = only when both are',
      ),
    target: z
      .string()
      .min(1)
      .optional()
      .describe('Only measured when the target input equals this label (matrix builds)'),
    'normalize-hashes': z
      .boolean()
      .default(true)
      .describe('Match app.3f9a1c.js as app.*.js against the baseline'),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.type === 'image' && e.compression.some((c) => c !== 'none')) {
      ctx.addIssue({
        code: 'custom',
        path: ['compression'],
        message: 'an image budget measures layers as stored; compression must be none',
      });
    }
  });

/** The budgets document: a list of entries. */
export const budgetsSchema = z.array(budgetEntrySchema).min(1, 'budgets must list at least one entry');

export type BudgetEntryInput = z.input<typeof budgetEntrySchema>;
export type BudgetEntry = z.output<typeof budgetEntrySchema>;

const DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses an `expires` value: `YYYY-MM-DD` (valid through the end of that day, UTC) or a full ISO
 * date-time. Returns the first instant at which the entry no longer applies, in ms since the epoch.
 */
export function parseExpiry(v: string | Date): number | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.getTime() + 86_400_000;
  const m = DATE_RE.exec(v.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return undefined;
  if (m[4] === undefined) return day.getTime() + 86_400_000;
  const t = Date.parse(v.trim().replace(' ', 'T') + (m[7] ? '' : 'Z'));
  return Number.isNaN(t) ? undefined : t;
}

const expires = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const at = parseExpiry(v);
  if (at === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `"${String(v)}" is not a date; expected YYYY-MM-DD (valid through that day, UTC) or an ISO date-time`,
    });
    return z.NEVER;
  }
  return { at, text: v instanceof Date ? v.toISOString().slice(0, 10) : v.trim() };
});

/** One allowlist entry: an advisory id or alias, optionally scoped to a package, with a reason and an expiry. */
export const allowlistEntrySchema = z
  .object({
    id: z
      .string()
      .regex(
        /^\S+$/,
        'id must be one advisory id or alias such as GHSA-xxxx-xxxx-xxxx, CVE-2024-1234, RUSTSEC-2024-0001 or PYSEC-2024-1',
      )
      .describe('Advisory id or any alias (GHSA, CVE, RUSTSEC, PYSEC, OSV)'),
    package: z.string().min(1).optional().describe('Only allow the advisory for this package name'),
    reason: z
      .string()
      .min(1, 'reason must say why the advisory is accepted')
      .describe('Why the advisory is accepted'),
    expires: expires.optional().describe('YYYY-MM-DD: the entry stops counting after this day (UTC)'),
    owner: z.string().optional().describe('Who accepted it'),
  })
  .strict();

/** The allowlist document: a list of entries. */
export const allowlistSchema = z.array(allowlistEntrySchema);

export type AllowlistEntry = z.output<typeof allowlistEntrySchema>;
