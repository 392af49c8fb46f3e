import {
  leaseDurationInput,
  APP_NAME,
  APP_NAME_ALLOWED,
  DNS_LABEL,
  defineAction,
  input,
  InputError,
  versionSchema,
  type InputsOf,
} from '@shipgate/core';
import { checksSchema } from '@shipgate/probe';
import { parse } from 'yaml';
import { z } from 'zod';

/** `migration`: a YAML/JSON list is an argv (run with no shell); anything else is a Job manifest path. */
const migration = z.string().transform((raw, ctx) => {
  let parsed: unknown;
  try {
    parsed = parse(raw);
  } catch {
    parsed = raw;
  }
  if (Array.isArray(parsed)) {
    if (parsed.length === 0 || !parsed.every((a) => typeof a === 'string' && a !== '')) {
      ctx.addIssue({
        code: 'custom',
        message: 'an argv list needs at least the program, every item a non-empty string',
      });
      return z.NEVER;
    }
    return { kind: 'command' as const, argv: parsed as string[] };
  }
  if (/[\r\n]/.test(raw) || typeof parsed !== 'string') {
    ctx.addIssue({
      code: 'custom',
      message: 'a path to a Job manifest, or an argv list such as ["./migrate", "down"]',
    });
    return z.NEVER;
  }
  return { kind: 'job' as const, file: raw };
});

export const definition = defineAction({
  name: 'rollback',
  title: 'shipgate rollback',
  description:
    'Guarded emergency rollback: confirmation CONFIRM, a reason, a target that is a tag and a recorded release; backup; config and secret drift (what kubectl rollout undo forgets); migration hook; strategy-aware rollback detected from the cluster; verification; ledger, GitHub deployment, incident issue and webhook.',
  inputs: {
    app: input.string({
      description: 'The app: name of its Deployment (rolling, canary) or Service (blue-green)',
      required: true,
      pattern: APP_NAME,
      allowed: APP_NAME_ALLOWED,
    }),
    namespace: input.string({
      description: 'Namespace of the app',
      default: 'default',
      pattern: DNS_LABEL,
      allowed: 'a DNS-1123 label',
    }),
    environment: input.string({ description: 'GitHub environment: its deployment gets the rollback status' }),
    'target-version': input.custom(versionSchema, {
      description:
        'Version to roll back to (default: the last version before the current one whose outcome was good, from the ledger)',
      allowed: 'semver such as 1.2.3 or v1.2.3',
    }),
    'failed-version': input.custom(versionSchema, {
      description:
        'The version a release tried to ship (release.yml passes it after a failed production job): the rollback makes sure it serves nothing and target-version serves everything. When traffic is already back on target-version (an aborted canary), nothing is changed, the target is verified and the rollback recorded; when the running version is neither, it refuses',
      allowed: 'semver such as 1.2.3 or v1.2.3',
    }),
    reason: input.string({
      description: 'Why: recorded in the ledger, the incident issue and the webhook',
      required: true,
      pattern: /\S/,
      allowed: 'a sentence saying why (not blank)',
    }),
    confirmation: input.custom(z.literal('CONFIRM', { error: 'exactly CONFIRM' }), {
      description: 'Must be exactly `CONFIRM` (upper case, no spaces): a rollback is never an accident',
      required: true,
      exact: true,
      allowed: 'exactly CONFIRM',
    }),
    'backup-dir': input.string({
      description:
        'Directory for the backup taken before any change; backups of the app found here are used to restore config',
      default: '${{ runner.temp }}/shipgate-backup',
    }),
    'restore-from': input.string({
      description:
        'A backup file that deploy or rollback wrote: every object in it is restored (instead of a strategy rollback)',
    }),
    migration: input.custom(migration, {
      description:
        'Run first (database rollback): a path to a Kubernetes Job manifest (run, waited for, pod logs shown) or an argv list like ["./migrate", "down"] (no shell)',
      allowed: 'a Job manifest path, or a YAML/JSON list of arguments',
    }),
    'migration-timeout': input.duration({
      description: 'A migration still running after this long fails (and stops the rollback)',
      default: '10m',
      min: '1s',
      max: '6h',
    }),
    'migration-failure': input.choice(['stop', 'continue'] as const, {
      description: '`stop`: a failed migration stops the rollback before the application is touched',
      default: 'stop',
    }),
    'verify-url': input.url({
      description: 'Base URL checked after the rollback (default check: GET / below 400)',
    }),
    'verify-checks': input.yaml(checksSchema, {
      description: 'Checks of the validate action run against verify-url (YAML inline or a file path)',
      schemaId: 'validate-checks',
    }),
    'verify-timeout': input.duration({
      description: 'How long the verify checks keep retrying',
      default: '2m',
      min: '1s',
      max: '1h',
    }),
    'notify-webhook': input.secret({
      description:
        'URL that gets a JSON POST (Slack-compatible `text` + `blocks`) with the outcome; a failure is a warning',
    }),
    'create-issue': input.boolean({
      description: 'Open an incident issue in the repository with the timeline (needs issues: write)',
      default: 'false',
    }),
    force: input.boolean({
      description: 'Roll back even when live state matches no recorded release (a hand edit)',
      default: 'false',
    }),
    timeout: input.duration({
      description: 'Give up waiting for the rollout after this long',
      default: '10m',
      min: '1s',
      max: '6h',
    }),
    'lock-timeout': input.duration({
      description: 'How long to wait for a deploy holding the app’s lock before failing with its name',
      default: '2m',
      max: '6h',
    }),
    'lease-duration': leaseDurationInput(),
    kubeconfig: input.secret({ description: 'Kubeconfig contents (default: the file in KUBECONFIG)' }),
    token: input.secret({
      description: 'GitHub token: tags (when there is no git history), deployment status, incident issue',
      default: '${{ github.token }}',
    }),
    'dry-run': input.boolean({
      description:
        'Show every change (server-side dry run) without making it; no migration, no notifications',
      default: 'false',
    }),
  },
  outputs: {
    'from-version': 'The version rolled back from: failed-version when given, else the one running before',
    'to-version': 'The version rolled back to',
    strategy: 'The strategy found in the cluster (rolling, blue-green, canary)',
    status: 'rolled-back, rollback-failed, verification-failed or refused',
    'backup-path': 'Path of the backup taken before any change',
    'duration-seconds': 'How long the rollback took',
    'incident-url': 'URL of the incident issue, when one was opened',
  },
});

export type RollbackInputs = InputsOf<typeof definition>;

/** Cross-input rules, checked right after parsing and before any request. */
export function checkInputs(inputs: RollbackInputs): void {
  if (inputs['verify-checks'] && !inputs['verify-url'])
    throw new InputError(
      'verify-checks',
      undefined,
      'checks with a base URL in verify-url (the checks are relative to it)',
    );
  const failed = inputs['failed-version'];
  if (failed && failed === inputs['target-version'])
    throw new InputError(
      'failed-version',
      failed,
      'a version other than target-version (the failed release is what is rolled back from)',
    );
}
