import { defineAction, input, type InputsOf } from '@shipgate/core';
import { allowlistSchema, budgetsSchema, parseCommandLine } from '@shipgate/size';
import { z } from 'zod';

const LEVELS = ['low', 'moderate', 'high', 'critical'] as const;

/** A command line split into argv here, so a shell operator fails the step before anything runs. */
const command = z.string().transform((raw, ctx) => {
  try {
    return parseCommandLine(raw);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
    return z.NEVER;
  }
});
const COMMAND_ALLOWED =
  'a command line run without a shell (quotes \'…\' and "…" group words; no &&, |, >, $(…): put several steps in a script)';

export const definition = defineAction({
  name: 'build-verify-size',
  title: 'shipgate build-verify-size',
  description:
    'Pull-request gate: measures build artifacts (files, folders, globs, binaries, container image tarballs) raw, gzip and brotli against size budgets and a baseline report, and fails on unallowlisted vulnerabilities from npm / yarn / pnpm / cargo-audit / pip-audit / osv-scanner reports; sticky PR comment and job summary, fork-safe.',
  inputs: {
    'build-command': input.custom(command, {
      description: 'Build to run first (argument list, no shell), e.g. `npm run build`',
      allowed: COMMAND_ALLOWED,
    }),
    budgets: input.yaml(budgetsSchema, {
      description:
        'Size budgets: YAML inline or a path to a YAML/JSON file (see schema/size-budgets.schema.json)',
      schemaId: 'size-budgets',
    }),
    baseline: input.string({
      description:
        'A previous report JSON (e.g. from the base branch) to compare with; a missing file only warns',
    }),
    'baseline-ref': input.string({
      description:
        'Instead of `baseline`: a git ref to check out in a worktree, build with the same build-command and measure',
      pattern: /^[^\s-][^\s]*$/,
      allowed: 'a git ref such as origin/main or a commit sha',
    }),
    comment: input.boolean({
      description: 'Post or update one sticky comment on the pull request',
      default: 'true',
    }),
    'comment-key': input.string({
      description: 'Separates several sticky comments in one PR (e.g. per workflow)',
      pattern: /^[\w.-]{1,60}$/,
      allowed: 'letters, digits, . _ - (up to 60)',
    }),
    mode: input.choice(['check', 'publish'] as const, {
      description:
        '`check` builds, measures and audits; `publish` (in a workflow_run job) posts the comment from report files made by a check job',
      default: 'check',
    }),
    'report-file': input.string({
      description: 'Where the report JSON is written (check mode)',
      default: 'size-report.json',
    }),
    'publish-reports': input.list({
      description:
        'Publish mode: report files to merge and post (e.g. one per matrix target, downloaded artifacts)',
    }),
    'audit-report': input.list({
      description:
        'Audit report files, one per line: npm/pnpm/yarn audit --json, cargo audit --json, pip-audit -f json, osv-scanner --format json (format detected)',
    }),
    'audit-command': input.custom(command, {
      description: 'An audit to run whose stdout is the report, e.g. `npm audit --json`',
      allowed: COMMAND_ALLOWED,
    }),
    'audit-level': input.choice(LEVELS, {
      description: 'Fail on vulnerabilities at or above this severity',
      default: 'high',
    }),
    'audit-allowlist': input.yaml(allowlistSchema, {
      description:
        'Accepted advisories: YAML list of {id, package?, reason, expires?} (see schema/size-allowlist.schema.json)',
      schemaId: 'size-allowlist',
    }),
    'audit-unscored': input.choice(LEVELS, {
      description: 'Severity assumed for an advisory without any severity or CVSS score',
      default: 'high',
    }),
    'audit-uncalled': input.choice(['list', 'gate'] as const, {
      description:
        "Advisories osv-scanner's call analysis finds uncalled or unimportant: `list` them apart without gating (osv-scanner's default) or `gate` them like the rest (its --all-vulns)",
      default: 'list',
    }),
    target: input.string({
      description: 'Label of this matrix leg (e.g. linux-x64); budgets with another target are skipped',
      pattern: /^[\w.-]{1,60}$/,
      allowed: 'letters, digits, . _ - (up to 60)',
    }),
    threads: input.integer({
      description: 'Worker threads for compression (0 = one per core)',
      default: '0',
      min: 0,
      max: 64,
    }),
    token: input.secret({ description: 'GitHub token for the PR comment', default: '${{ github.token }}' }),
  },
  outputs: {
    'report-path':
      'Absolute path of the report JSON (upload it as an artifact; the next run can use it as `baseline`)',
    'total-bytes': 'Raw bytes of every distinct file measured',
    'over-budget': 'true when any budget is exceeded or matched nothing',
    vulnerabilities:
      'Number of vulnerabilities that fail the audit gate (at or above audit-level, not allowlisted)',
    'comment-url': 'URL of the sticky PR comment, when one was written',
  },
});

export type SizeInputs = InputsOf<typeof definition>;
