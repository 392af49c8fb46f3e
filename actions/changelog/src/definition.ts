import { defineAction, input, type InputsOf } from '@shipgate/core';
import { z } from 'zod';

/** `sections`: release-please's changelog-sections shape; several types may share one heading. */
export const sectionsSchema = z
  .array(
    z
      .object({
        type: z
          .string()
          .regex(/^[A-Za-z][A-Za-z0-9_-]*$/)
          .optional()
          .describe('one commit type, e.g. feat'),
        types: z
          .array(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/))
          .min(1)
          .optional()
          .describe('several commit types under one heading'),
        section: z.string().min(1).describe('the heading, e.g. Features'),
        hidden: z.boolean().default(false).describe('counted but not listed'),
      })
      .strict()
      .refine((s) => s.type !== undefined || s.types !== undefined, { message: 'give "type" or "types"' }),
  )
  .min(1);

export const definition = defineAction({
  name: 'changelog',
  title: 'shipgate changelog',
  description:
    'Conventional commits since the previous tag → the next semver, grouped release notes (breaking changes first), CHANGELOG.md updated idempotently, and the GitHub release created or updated. Preview mode for pull requests.',
  inputs: {
    from: input.string({
      description:
        'Start of the range (exclusive): a tag or commit. Default: the previous `<tag-prefix><semver>` tag reachable from `to`',
    }),
    to: input.string({ description: 'End of the range (inclusive). Default: GITHUB_SHA, else HEAD' }),
    version: input.string({
      description:
        'The version to release (`1.3.0` or `v1.3.0`); must be semver and greater than the previous release. Default: a version tag already on `to`, else computed from the commits',
    }),
    'tag-prefix': input.string({
      description: 'Prefix of version tags (`v` → v1.2.3; `api@` for a package in a monorepo)',
      default: 'v',
      pattern: /^[^\s~^:?*[\\]*$/,
      allowed: 'a tag-name prefix without spaces or ~^:?*[\\',
    }),
    prerelease: input.string({
      description:
        'Pre-release identifier: `rc` gives 1.3.0-rc.1, then rc.2 …; the notes cover what is new since the previous tag',
      pattern: /^(?!\d+$)[0-9A-Za-z-]+$/,
      allowed: 'an identifier such as rc, beta or alpha (letters, digits, hyphens)',
    }),
    sections: input.yaml(sectionsSchema, {
      description:
        'Which commit types go under which heading, in order; `hidden: true` counts without listing. Default: Features, Bug Fixes, Performance Improvements, Reverts, Security, Dependencies (docs/style/refactor/test/build/ci/chore hidden)',
      schemaId: 'changelog-sections',
    }),
    unconventional: input.choice(['other', 'drop'] as const, {
      description:
        'Commits that are not conventional: listed under "Other", or left out of the notes (always counted and listed in the job summary)',
      default: 'other',
    }),
    path: input.list({
      description: 'Only commits touching these paths, one per line (a package in a monorepo)',
    }),
    file: input.string({
      description:
        'Changelog file to prepend the release to (same version twice replaces its section); `none` skips it',
      default: 'CHANGELOG.md',
    }),
    release: input.choice(['create', 'update', 'none'] as const, {
      description:
        'GitHub release for the tag: `create` (or update the existing one), `update` (only an existing one), or `none`',
      default: 'create',
    }),
    draft: input.boolean({ description: 'Create the release as a draft', default: 'false' }),
    strict: input.boolean({
      description:
        'Fail when any commit in the range is not a conventional commit (before anything is written)',
      default: 'false',
    }),
    preview: input.boolean({
      description:
        'Pull-request mode: compute the next version and notes into the job summary and outputs; write and create nothing',
      default: 'false',
    }),
    'pre-major-breaking': input.choice(['minor', 'major'] as const, {
      description: "Before 1.0.0 a breaking change bumps `minor` (release-please's default) or `major`",
      default: 'minor',
    }),
    'initial-version': input.string({
      description: 'The version of the first release, when no version tag exists yet',
      default: '0.1.0',
    }),
    'context-out': input.string({
      description:
        'Write the release model (JSON) to this path, for debugging or editing (like git-cliff --context)',
    }),
    'from-context': input.string({
      description:
        'Render from a model JSON written by `context-out` instead of reading git (like git-cliff --from-context)',
    }),
    token: input.secret({
      description: 'GitHub token: author lookup (one paged compare call) and the release',
      default: '${{ github.token }}',
    }),
  },
  outputs: {
    version:
      'The version released (or previewed), without the tag prefix; the previous version when bump is none',
    'previous-version': 'The version of the previous tag, empty for the first release',
    tag: 'The tag of the release (tag-prefix + version)',
    bump: 'major, minor, patch or none',
    notes: 'The release notes (Markdown)',
    'notes-path': 'A file holding the release notes',
    'release-url': 'URL of the GitHub release created or updated',
    unparsed: 'Number of commits that are not conventional commits',
  },
});

export type ChangelogInputs = InputsOf<typeof definition>;
