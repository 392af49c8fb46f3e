import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { errorMessage } from './errors.ts';

/**
 * Reads a structured spec given as an input: inline YAML (JSON is YAML too), or a one-line path to
 * a file relative to GITHUB_WORKSPACE (or the working directory). Problems become zod issues whose
 * path points inside the document (`checks[2].expect.status`), with the value found there.
 */
export function readSpec<S extends z.ZodType>(raw: string, schema: S, ctx: z.RefinementCtx): z.output<S> {
  const source = loadSource(raw, ctx);
  if (source === undefined) return undefined as never;
  const doc = parseDocument(source.text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const where = error.linePos
      ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}`
      : 'unknown position';
    ctx.addIssue({
      code: 'custom',
      message: `${source.label} is not valid YAML (${where}): ${firstLine(error.message)}`,
    });
    return undefined as never;
  }
  let value: unknown;
  try {
    // A bounded alias count refuses "billion laughs" documents (an alias bomb) instead of expanding them.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `${source.label} cannot be read: ${firstLine(errorMessage(error))}`,
    });
    return undefined as never;
  }
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path], input: issue.input });
  }
  return undefined as never;
}

function loadSource(raw: string, ctx: z.RefinementCtx): { text: string; label: string } | undefined {
  const oneLine = !raw.includes('\n');
  const looksLikePath = oneLine && !/:\s|^[[{-]/.test(raw.trim());
  if (!looksLikePath) return { text: raw, label: 'the inline YAML' };
  const base = process.env.GITHUB_WORKSPACE || process.cwd();
  const path = isAbsolute(raw) ? raw : resolve(base, raw);
  if (existsSync(path) && statSync(path).isFile())
    return { text: readFileSync(path, 'utf8'), label: `file ${raw}` };
  ctx.addIssue({
    code: 'custom',
    message: `no file ${path} (give inline YAML, or a path to a YAML or JSON file)`,
  });
  return undefined;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

/** Formats a zod issue path as people write it: `checks[2].expect.status`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
