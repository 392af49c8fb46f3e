/**
 * The validation phase: everything a rollback needs to know before it changes anything, read with
 * GETs and lists only (no Lease yet), so a refusal leaves the cluster exactly as it was.
 */
import { readFile } from 'node:fs/promises';
import { parseBackup, type PlainObject } from '../backup.ts';
import type { KubeClient } from '../client.ts';
import { ANNOTATIONS } from '../state.ts';
import { imagesOf } from '../workloads.ts';
import { planConfig, readBackups, unrecordedLiveState, type ConfigPlan } from './config-drift.ts';
import { checkFailedVersion, type FailedVersionCheck } from './failed-version.ts';
import { readLiveApp, type LiveApp } from './live.ts';
import { checkTarget, type HistoryRevision, type Target } from './targets.ts';

/** The tags that exist (versions without v), and where they were read; or why they could not be. */
export type TagSet = { versions: ReadonlySet<string>; source: string } | { error: string };

export interface ValidateInput {
  kube: KubeClient;
  namespace: string;
  app: string;
  targetVersion?: string;
  /** The release that failed (release.yml): rolled back from even when already off traffic. */
  failedVersion?: string;
  tags: TagSet;
  backupDir?: string;
  restoreFrom?: string;
  force: boolean;
}

export interface RollbackPlan {
  live: LiveApp;
  target: Target;
  config: ConfigPlan;
  /** restore-from: every object of the backup file, applied instead of a strategy rollback. */
  restoreObjects?: PlainObject[];
  /** failed-version given, and traffic already on the target: why, and what the failed version still runs. */
  alreadyBack?: Extract<FailedVersionCheck, { kind: 'already-back' }>;
  warnings: string[];
}

export type Validation =
  { ok: true; plan: RollbackPlan } | { ok: false; reason: string; validTargets: string[]; live?: LiveApp };

/** A backup file as a target: the version of the app object it holds, and its images. */
async function backupTarget(
  file: string,
  app: string,
): Promise<{ objects: PlainObject[]; revision: HistoryRevision } | { error: string }> {
  const text = await readFile(file, 'utf8').catch((e: Error) => e);
  if (text instanceof Error) return { error: `restore-from ${file} cannot be read: ${text.message}` };
  const objects = parseBackup(text);
  const deps = objects.filter((o) => o.kind === 'Deployment');
  const main =
    deps.find((d) => d.metadata.name === app) ??
    deps.find(
      (d) => (d.spec as { replicas?: number })?.replicas !== 0 && d.metadata.name.startsWith(`${app}-`),
    );
  const svc = objects.find((o) => o.kind === 'Service' && o.metadata.name === app);
  const version =
    main?.metadata.annotations?.[ANNOTATIONS.version] ?? svc?.metadata.annotations?.[ANNOTATIONS.version];
  if (!main || !version)
    return {
      error: `restore-from ${file} holds no Deployment of ${app} with a ${ANNOTATIONS.version} annotation`,
    };
  return { objects, revision: { version, images: imagesOf(main), source: `backup ${file}` } };
}

export async function validateRollback(o: ValidateInput): Promise<Validation> {
  const live = await readLiveApp(o.kube, o.namespace, o.app);
  if (!live)
    return {
      ok: false,
      reason: `nothing to roll back: neither deployment nor blue-green service ${o.namespace}/${o.app} exists`,
      validTargets: [],
    };
  if ('error' in o.tags) return { ok: false, reason: o.tags.error, validTargets: [], live };
  let history = live.history;
  let restoreObjects: PlainObject[] | undefined;
  if (o.restoreFrom) {
    const b = await backupTarget(o.restoreFrom, o.app);
    if ('error' in b) return { ok: false, reason: b.error, validTargets: [], live };
    if (o.targetVersion && o.targetVersion !== b.revision.version)
      return {
        ok: false,
        reason: `restore-from holds ${b.revision.version}, but target-version is ${o.targetVersion}`,
        validTargets: [b.revision.version],
        live,
      };
    history = [b.revision, ...history];
    restoreObjects = b.objects;
  }
  const check = checkTarget({
    version: o.targetVersion ?? (restoreObjects ? history[0]!.version : undefined),
    current: live.version,
    ledger: live.ledger,
    history,
    tags: o.tags.versions,
    tagSource: o.tags.source,
    failed: o.failedVersion,
  });
  if (!check.ok) return { ...check, live };
  const failed = o.failedVersion
    ? checkFailedVersion(live, o.failedVersion, check.target.version)
    : undefined;
  if (failed?.kind === 'refused')
    return { ok: false, reason: failed.reason, validTargets: [check.target.version], live };
  const dep = await o.kube.find('read deployment', () =>
    o.kube.apps.readNamespacedDeployment({ name: live.deployment, namespace: o.namespace }),
  );
  const unrecorded = await unrecordedLiveState(o.kube, o.namespace, {
    images: live.images,
    podSpec: dep?.spec?.template?.spec,
    ledger: live.ledger,
  });
  const warnings = [...check.warnings];
  if (unrecorded.length > 0) {
    if (!o.force)
      return {
        ok: false,
        reason: `live state matches no recorded release: ${unrecorded.join('; ')}. Set force: true to roll back anyway`,
        validTargets: [],
        live,
      };
    warnings.push(...unrecorded.map((u) => `forced past drift: ${u}`));
  }
  const backups = await readBackups(
    o.restoreFrom ? [o.restoreFrom] : [],
    o.backupDir,
    `${o.namespace}-${o.app}-`,
  );
  const config = await planConfig(o.kube, o.namespace, check.target, backups);
  const alreadyBack = failed?.kind === 'already-back' ? failed : undefined;
  return { ok: true, plan: { live, target: check.target, config, restoreObjects, alreadyBack, warnings } };
}
