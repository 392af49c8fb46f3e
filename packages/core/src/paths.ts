import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from './errors.ts';

/**
 * Checks, before anything runs, that a file an input names can be written: not a folder, under a
 * folder that exists (or can be made) and is writable. A missing folder is fine: writers create it.
 */
export function checkWritablePath(input: string, path: string, given = path): string {
  const full = resolve(path);
  const allowed = 'a file path that can be written';
  if (existsSync(full)) {
    if (statSync(full).isDirectory()) throw new InputError(input, given, `${allowed} (${full} is a folder)`);
    if (!canWrite(full)) throw new InputError(input, given, `${allowed} (${full} is not writable)`);
    return full;
  }
  let dir = dirname(full);
  while (!existsSync(dir)) dir = dirname(dir);
  if (!statSync(dir).isDirectory())
    throw new InputError(input, given, `${allowed} (${dir} is a file, not a folder)`);
  if (!canWrite(dir)) throw new InputError(input, given, `${allowed} (folder ${dir} is not writable)`);
  return full;
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
