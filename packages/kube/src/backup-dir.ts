/**
 * The backup directory is checked when the inputs are read, before the Lease is taken: a path the
 * run cannot write (or a special file system such as /proc) fails at once, naming the input.
 */
import { mkdir, realpath, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '@shipgate/core';

const SPECIAL = /^\/(proc|sys|dev)(\/|$)/;
const ALLOWED = 'a writable directory (created if missing) outside /proc, /sys and /dev';

export async function checkBackupDir(dir: string): Promise<void> {
  const refuse = (why: string): never => {
    throw new InputError('backup-dir', dir, `${ALLOWED} (${why})`);
  };
  if (SPECIAL.test(path.resolve(dir))) refuse('a special file system');
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    refuse(`cannot create it: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const real = await realpath(dir);
  if (SPECIAL.test(real)) refuse(`it resolves to ${real}`);
  if (!(await stat(real)).isDirectory()) refuse('not a directory');
  const probe = path.join(real, `.shipgate-write-check-${process.pid}`);
  try {
    await writeFile(probe, '', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    refuse(`not writable: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  await rm(probe, { force: true });
}
