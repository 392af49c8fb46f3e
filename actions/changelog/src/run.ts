/**
 * The changelog step: notes from git (or from a context file), author lookup, strict check, then
 * — unless previewing or nothing is releasable — CHANGELOG.md and the GitHub release.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import {
  createGitHubClient,
  errorMessage,
  InputError,
  type ActionContext,
  type ActionResult,
  clipLines,
  checkWritablePath,
} from '@shipgate/core';
import type { NotesConfig, Release, SectionConfig } from '@shipgate/notes';
import type { ChangelogInputs } from './definition.ts';
import { renderSummary } from './summary.ts';

/** Runs the action body; exported for the CLI and tests. */
export async function runChangelog(inputs: ChangelogInputs, ctx: ActionContext): Promise<ActionResult> {
  const cwd = ctx.github.workspace;
  // Refused before anything is read or released, not after the release exists.
  if (inputs['context-out'])
    checkWritablePath('context-out', resolve(cwd, inputs['context-out']), inputs['context-out']);
  const notes = await import('@shipgate/notes');
  const repository = ctx.github.owner
    ? { serverUrl: ctx.github.serverUrl, owner: ctx.github.owner, repo: ctx.github.repo }
    : undefined;
  const token = inputs.token && !inputs.token.startsWith('${{') ? inputs.token : undefined;
  const client =
    token && repository
      ? await createGitHubClient({ token, baseUrl: ctx.github.apiUrl, env: ctx.env, log: ctx.log })
      : undefined;

  let release: Release;
  let releasable: boolean;
  let markdown: string | undefined;
  if (inputs['from-context']) {
    release = await notes.readContext(resolve(cwd, inputs['from-context']));
    releasable = release.bump !== 'none' || release.version !== (release.previousVersion ?? '');
  } else {
    const result = await notes.generateNotes({
      cwd,
      from: inputs.from,
      to: inputs.to ?? ctx.github.sha ?? 'HEAD',
      version: inputs.version,
      tagPrefix: inputs['tag-prefix'],
      prerelease: inputs.prerelease,
      paths: inputs.path ?? [],
      config: notesConfig(inputs, notes.DEFAULT_CONFIG),
      preMajorBreaking: inputs['pre-major-breaking'],
      initialVersion: inputs['initial-version'],
      repository,
      signal: ctx.signal,
    });
    release = result.release;
    releasable = result.releasable;
    markdown = result.markdown;
    if (client && repository && result.range.from) {
      try {
        notes.applyLogins(
          release,
          await notes.lookupAuthors(client, repository, result.range.from, result.range.to),
        );
        markdown = undefined; // rendered again below, with the logins
      } catch (e) {
        ctx.log.warn(`Author lookup skipped: ${errorMessage(e)}`);
      }
    }
  }
  if (inputs['context-out']) await notes.writeContext(resolve(cwd, inputs['context-out']), release);
  markdown ??= notes.renderRelease(release);
  const outputs: ActionResult['outputs'] = {
    version: release.version,
    'previous-version': release.previousVersion ?? '',
    tag: release.version ? release.tag : '',
    bump: release.bump,
    // GitHub caps a step output at 1 MB; the whole notes are always in notes-path.
    notes: clipLines(
      markdown,
      OUTPUT_LIMIT,
      'notes truncated to fit the 1 MB output limit; the whole notes are in the file at the notes-path output',
    ),
    unparsed: release.unparsed.length,
  };
  const mode = inputs.preview ? 'preview' : releasable ? 'release' : 'nothing';
  const failure =
    inputs.strict && release.unparsed.length
      ? `${release.unparsed.length} commit(s) are not conventional commits (strict: true); they are listed in the job summary`
      : undefined;
  ctx.log.info(
    `${release.stats.commits} commits: ${release.stats.entries} entries, ${release.stats.unparsed} not conventional, ${release.stats.reverted} reverted, ${release.stats.merges} merges; bump ${release.bump}`,
  );

  if (!failure && mode !== 'nothing') {
    const notesPath = join(
      ctx.github.runnerTemp ?? cwd,
      `shipgate-notes-${release.tag || 'unreleased'}.md`.replace(/[^\w.@-]/g, '_'),
    );
    await mkdir(resolve(notesPath, '..'), { recursive: true });
    await writeFile(notesPath, markdown);
    outputs['notes-path'] = notesPath;
  }
  if (!failure && mode === 'release') {
    const file = inputs.file.trim();
    if (file !== 'none') {
      const path = isAbsolute(file) ? file : resolve(cwd, file);
      await notes.updateChangelogFile(path, release.version, markdown);
      ctx.log.info(`Updated ${file} with ${release.version}`);
    }
    if (inputs.release !== 'none') {
      if (!client || !repository) {
        throw new InputError(
          'token',
          undefined,
          `a GitHub token and GITHUB_REPOSITORY to ${inputs.release} the release (or release: none)`,
          { secret: true },
        );
      }
      const published = await notes.publishRelease(client, repository, {
        tag: release.tag,
        name: release.tag,
        body: markdown.replace(/^## .*\n\n?/, ''),
        draft: inputs.draft,
        prerelease: release.prerelease,
        target: ctx.github.sha,
        mode: inputs.release,
      });
      outputs['release-url'] = published.url;
      ctx.log.info(`${published.created ? 'Created' : 'Updated'} the release ${published.url}`);
    }
  }
  renderSummary(ctx.summary, release, markdown, {
    mode,
    releaseUrl: outputs['release-url'] as string | undefined,
    strictFailed: failure !== undefined,
  });
  return { outputs, failure };
}

const OUTPUT_LIMIT = 1_000_000;

/** Sections from the `sections` input (types sharing a heading are merged), else the defaults. */
function notesConfig(inputs: ChangelogInputs, defaults: NotesConfig): NotesConfig {
  let sections = defaults.sections;
  if (inputs.sections) {
    const byTitle = new Map<string, SectionConfig>();
    for (const s of inputs.sections) {
      const types = s.types ?? [s.type!];
      const existing = byTitle.get(s.section);
      if (existing) existing.types.push(...types);
      else byTitle.set(s.section, { title: s.section, types: [...types], hidden: s.hidden });
    }
    sections = [...byTitle.values()];
  }
  return { sections, unconventional: inputs.unconventional, otherTitle: 'Other' };
}
