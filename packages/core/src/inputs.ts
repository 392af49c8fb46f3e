import { z } from 'zod';
import { parseDuration } from './duration.ts';
import { readSpec } from './spec.ts';

/**
 * Typed action inputs. Each input is declared once, in an action's `definition.ts`, with a zod schema
 * over the raw string the runner passes (`INPUT_<NAME>`); `action.yml`, the README tables, the root
 * `action.yml` and the CLI help are generated from the same declaration.
 */
export interface InputMeta {
  description: string;
  /** Raw default, exactly as written into action.yml. */
  default?: string;
  required?: boolean;
  /** Parse the value exactly as given, surrounding whitespace included (a confirmation word). */
  exact?: boolean;
}

export interface InputDef<T = unknown, Present extends boolean = boolean> {
  readonly meta: InputMeta;
  /** The kind shown in docs (string, boolean, duration, yaml, …). */
  readonly kind: string;
  /** What is allowed, in words, for error messages and docs. */
  readonly allowed: string;
  readonly secret: boolean;
  /** Parses the raw (non-empty) string. YAML specs read files relative to `workspace`. */
  readonly schema: z.ZodType<T, string>;
  /** For `input.yaml`: the spec schema, published as schema/<schemaId>.schema.json. */
  readonly spec?: { schema: z.ZodType; schemaId: string };
  /** Phantom: whether the parsed value is always present (required, or has a default). */
  readonly _present?: Present;
}

type Presence<M extends InputMeta> = M extends { required: true }
  ? true
  : M extends { default: string }
    ? true
    : false;

function define<T, M extends InputMeta>(
  kind: string,
  allowed: string,
  schema: z.ZodType<T, string>,
  meta: M,
  extra: { secret?: boolean; spec?: InputDef['spec'] } = {},
): InputDef<T, Presence<M>> {
  return { meta, kind, allowed, schema, secret: extra.secret ?? false, spec: extra.spec };
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** Builders for every kind of input. */
export const input = {
  string<M extends InputMeta & { pattern?: RegExp; allowed?: string }>(meta: M) {
    const allowed = meta.allowed ?? (meta.pattern ? `text matching ${meta.pattern}` : 'any text');
    const schema = meta.pattern ? z.string().regex(meta.pattern, allowed) : z.string();
    return define('string', allowed, schema, meta);
  },

  /** A secret: registered for masking before anything is parsed or printed. */
  secret<M extends InputMeta>(meta: M) {
    return define('secret', 'any text (masked)', z.string(), meta, { secret: true });
  },

  /** YAML 1.2 core schema booleans, as @actions/core getBooleanInput accepts. */
  boolean<M extends InputMeta>(meta: M) {
    const allowed = 'true or false';
    const schema = z.string().transform((raw, ctx) => {
      if (TRUE.includes(raw)) return true;
      if (FALSE.includes(raw)) return false;
      ctx.addIssue({ code: 'custom', message: allowed });
      return z.NEVER;
    });
    return define('boolean', allowed, schema, meta);
  },

  integer<M extends InputMeta & { min?: number; max?: number }>(meta: M) {
    const allowed = `a whole number${range(meta.min, meta.max)}`;
    const schema = z.string().transform((raw, ctx) => {
      const value = Number(raw);
      if (!/^-?\d+$/.test(raw) || !inRange(value, meta.min, meta.max)) {
        ctx.addIssue({ code: 'custom', message: allowed });
        return z.NEVER;
      }
      return value;
    });
    return define('integer', allowed, schema, meta);
  },

  number<M extends InputMeta & { min?: number; max?: number }>(meta: M) {
    const allowed = `a number${range(meta.min, meta.max)}`;
    const schema = z.string().transform((raw, ctx) => {
      const value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value) || !inRange(value, meta.min, meta.max)) {
        ctx.addIssue({ code: 'custom', message: allowed });
        return z.NEVER;
      }
      return value;
    });
    return define('number', allowed, schema, meta);
  },

  /** A duration (`30s`, `10m`, `1h30m`, `500ms`; a bare number is seconds) → milliseconds. */
  duration<M extends InputMeta & { min?: string; max?: string }>(meta: M) {
    const min = meta.min === undefined ? 0 : parseDuration(meta.min);
    const max = meta.max === undefined ? Infinity : parseDuration(meta.max);
    const bounds = meta.min || meta.max ? ` between ${meta.min ?? '0s'} and ${meta.max ?? 'any'}` : '';
    const allowed = `a duration such as 30s, 10m or 1h30m${bounds}`;
    const schema = z.string().transform((raw, ctx) => {
      try {
        const ms = parseDuration(raw);
        if (ms >= min && ms <= max) return ms;
      } catch {
        // fall through to the issue below
      }
      ctx.addIssue({ code: 'custom', message: allowed });
      return z.NEVER;
    });
    return define('duration', allowed, schema, meta);
  },

  choice<const V extends readonly [string, ...string[]], M extends InputMeta>(values: V, meta: M) {
    const allowed = `one of ${values.join(', ')}`;
    const schema = z.string().transform((raw, ctx) => {
      if ((values as readonly string[]).includes(raw)) return raw as V[number];
      ctx.addIssue({ code: 'custom', message: allowed });
      return z.NEVER;
    });
    return define('choice', allowed, schema, meta);
  },

  /** One item per line; blank lines and lines starting with # are dropped. */
  list<M extends InputMeta & { item?: z.ZodType<string, string>; allowed?: string }>(meta: M) {
    const allowed = meta.allowed ?? 'one item per line';
    const item = meta.item ?? z.string();
    const schema = z.string().transform((raw, ctx) => {
      const lines = raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
      const out: string[] = [];
      lines.forEach((line, index) => {
        const parsed = item.safeParse(line);
        if (parsed.success) out.push(parsed.data);
        else ctx.addIssue({ code: 'custom', message: allowed, path: [index], input: line });
      });
      return out;
    });
    return define('list', allowed, schema, meta);
  },

  url<M extends InputMeta & { protocols?: string[] }>(meta: M) {
    const protocols = meta.protocols ?? ['http:', 'https:'];
    const allowed = `an absolute URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`;
    const schema = z.string().transform((raw, ctx) => {
      try {
        const url = new URL(raw);
        if (protocols.includes(url.protocol) && /^[a-z]+:\/\//i.test(raw)) return url;
      } catch {
        // fall through
      }
      ctx.addIssue({ code: 'custom', message: allowed });
      return z.NEVER;
    });
    return define('url', allowed, schema, meta);
  },

  /** A structured spec: inline YAML, or a path to a YAML/JSON file; validated by `schema`. */
  yaml<S extends z.ZodType, M extends InputMeta & { schemaId: string }>(schema: S, meta: M) {
    const allowed = `YAML (inline, or a path to a file) matching schema/${meta.schemaId}.schema.json`;
    const parser = z.string().transform((raw, ctx) => readSpec(raw, schema, ctx)) as unknown as z.ZodType<
      z.output<S>,
      string
    >;
    return define('yaml', allowed, parser, meta, { spec: { schema, schemaId: meta.schemaId } });
  },

  /** Any other parse: a zod schema over the raw string, and the words for what it allows. */
  custom<T, M extends InputMeta & { allowed: string }>(schema: z.ZodType<T, string>, meta: M) {
    return define('string', meta.allowed, schema, meta);
  },
};

function range(min?: number, max?: number): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

function inRange(value: number, min?: number, max?: number): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}
