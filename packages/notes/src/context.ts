/**
 * The model as JSON on disk (git-cliff's --context / --from-context): dump it to inspect or edit what
 * the notes will say, and render notes from such a file without git.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { InputError } from '@shipgate/core';
import { z } from 'zod';
import type { Release } from './model.ts';

const author = z.object({ name: z.string(), login: z.string().optional() });
const entry = z.object({
  type: z.string(),
  scope: z.string().optional(),
  description: z.string(),
  breaking: z.boolean(),
  breakingNotes: z.array(z.string()),
  sha: z.string().regex(/^[0-9a-f]{4,64}$/),
  pr: z.number().int().positive().optional(),
  refs: z.array(z.number().int().positive()),
  author,
});

/** The schema of a context file: exactly the Release model. */
export const releaseSchema = z.object({
  version: z.string(),
  tag: z.string(),
  previousVersion: z.string().optional(),
  previousTag: z.string().optional(),
  bump: z.enum(['major', 'minor', 'patch', 'none']),
  prerelease: z.boolean(),
  date: z.string(),
  repository: z.object({ serverUrl: z.string().url(), owner: z.string(), repo: z.string() }).optional(),
  breaking: z.array(entry),
  sections: z.array(z.object({ title: z.string(), entries: z.array(entry) })),
  unparsed: z.array(
    z.object({
      sha: z.string(),
      subject: z.string(),
      reason: z.enum(['empty message', 'not conventional']),
      author,
    }),
  ),
  warnings: z.array(z.object({ sha: z.string(), subject: z.string(), message: z.string() })).optional(),
  stats: z.object({
    commits: z.number(),
    merges: z.number(),
    entries: z.number(),
    unparsed: z.number(),
    reverted: z.number(),
    hidden: z.number(),
  }),
});

/** Writes the model as pretty JSON. */
export async function writeContext(path: string, release: Release): Promise<void> {
  await writeFile(path, JSON.stringify(release, null, 2) + '\n');
}

/** Reads and validates a context file; a bad file fails naming the input and the path inside it. */
export async function readContext(path: string, inputName = 'from-context'): Promise<Release> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new InputError(inputName, path, 'a readable JSON file written by context-out', {
      hint: (e as Error).message,
    });
  }
  const parsed = releaseSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(inputName, path, `a Release model (${issue.message})`, {
      path: issue.path.join('.'),
    });
  }
  return parsed.data as Release;
}
