/**
 * Resolves a budget's paths (files, folders, globs) to the files they match, relative to `cwd`.
 * A path that matches nothing is reported by name: a budget never passes by measuring nothing.
 */
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '@shipgate/core';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';

export interface ResolvedFiles {
  /** Absolute paths, sorted, de-duplicated. */
  files: string[];
  /** Patterns that matched no file (the budget fails naming each). */
  unmatched: string[];
}

/** Paths relative to cwd with forward slashes, as stored in reports. */
export function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs).split('\\').join('/');
  return rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
}

/** Resolves patterns; `exclude` globs drop files from the result. */
export async function resolveFiles(
  cwd: string,
  patterns: string[],
  exclude: string[] = [],
): Promise<ResolvedFiles> {
  const found = new Set<string>();
  const unmatched: string[] = [];
  const root = await realpath(cwd);
  for (const pattern of patterns) {
    const matches = await resolveOne(cwd, pattern, exclude);
    if (matches.length === 0) unmatched.push(pattern);
    for (const m of matches) {
      await insideWorkspace(root, pattern, m);
      found.add(m);
    }
  }
  return { files: [...found].sort(), unmatched };
}

/**
 * The budgets schema refuses paths that climb out of the workspace; a symlink inside it can still
 * lead out (dist/link -> /etc). What is measured (and its size published) stays inside.
 */
async function insideWorkspace(root: string, pattern: string, file: string): Promise<void> {
  const real = await realpath(file);
  const rel = relative(root, real);
  if (rel.startsWith('..') || isAbsolute(rel))
    throw new InputError(
      'budgets',
      pattern,
      `paths inside the workspace (${file} leads to ${real} through a symlink)`,
    );
}

async function resolveOne(cwd: string, pattern: string, exclude: string[]): Promise<string[]> {
  if (!isDynamicPattern(pattern)) {
    const abs = resolve(cwd, pattern);
    const st = await stat(abs).catch(() => undefined);
    if (!st) return [];
    if (st.isFile()) return excluded(cwd, [abs], exclude);
    if (st.isDirectory())
      return walk(
        abs,
        exclude.map((e) => relativeGlob(cwd, abs, e)),
      );
    return [];
  }
  const matches = await glob(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: true,
    ignore: exclude,
    expandDirectories: false,
  });
  return matches;
}

function walk(dir: string, ignore: string[]): Promise<string[]> {
  return glob('**/*', {
    cwd: dir,
    absolute: true,
    onlyFiles: true,
    dot: true,
    ignore,
    expandDirectories: false,
  });
}

/** Rebases an exclude glob written relative to cwd onto a folder being walked. */
function relativeGlob(cwd: string, dir: string, pattern: string): string {
  if (pattern.startsWith('**/')) return pattern;
  const rel = relative(dir, resolve(cwd, pattern)).split('\\').join('/');
  return rel;
}

async function excluded(cwd: string, files: string[], exclude: string[]): Promise<string[]> {
  if (exclude.length === 0) return files;
  const keep = await glob(
    files.map((f) => escapePath(displayPath(cwd, f))),
    { cwd, absolute: true, onlyFiles: true, dot: true, ignore: exclude, expandDirectories: false },
  );
  return keep;
}
