/**
 * Config drift, the part of a rollback `kubectl rollout undo` forgets: the target's ConfigMaps and
 * Secrets are compared by content hash with what the ledger recorded for that version; a copy in
 * a backup file with the recorded hash is restored, anything else is reported. Live state that
 * matches no recorded version at all (a hand edit) is found here so the run can refuse it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseBackup, type PlainObject } from '../backup.ts';
import type { KubeClient } from '../client.ts';
import { configRefs, digestConfig, readConfigDigests, type ConfigKey } from '../config-digest.ts';
import type { LedgerEntry } from '../ledger.ts';
import { sameImages } from '../workloads.ts';
import type { Target } from './targets.ts';

export interface ConfigPlan {
  /** Objects to put back (from a backup, hash-verified) before the pods are rolled back. */
  restore: { key: string; object: PlainObject; source: string }[];
  /** Differences nothing can fix: reported (Secrets are never in shipgate's backups). */
  drift: string[];
  /** Objects whose hash matches the target's record. */
  unchanged: string[];
}

/** A ConfigMap or Secret found in a backup file, with its content hash. */
interface BackedUp {
  object: PlainObject;
  digest: string;
  source: string;
}

/** Reads `files` and the app's backups in `dir` (newest first); unreadable files are skipped. */
export async function readBackups(
  files: string[],
  dir: string | undefined,
  prefix: string,
): Promise<Map<string, BackedUp[]>> {
  const paths = [...files];
  if (dir) {
    const names = await readdir(dir).catch(() => [] as string[]);
    paths.push(
      ...names
        .filter((n) => n.startsWith(prefix) && /\.ya?ml$/.test(n))
        .sort()
        .reverse()
        .map((n) => path.join(dir, n)),
    );
  }
  const found = new Map<string, BackedUp[]>();
  for (const file of paths) {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    for (const object of parseBackup(text)) {
      if (object.kind !== 'ConfigMap' && object.kind !== 'Secret') continue;
      const key = `${object.kind}/${object.metadata.name}`;
      const digest = digestConfig(object.kind, object);
      found.set(key, [...(found.get(key) ?? []), { object, digest, source: file }]);
    }
  }
  return found;
}

/** Compares the target's recorded config with the live objects and finds a backup copy for each difference. */
export async function planConfig(
  kube: KubeClient,
  namespace: string,
  target: Target,
  backups: Map<string, BackedUp[]>,
): Promise<ConfigPlan> {
  const recorded = target.entry?.config ?? {};
  const keys = Object.keys(recorded) as ConfigKey[];
  const live = await readConfigDigests(kube, namespace, keys);
  const plan: ConfigPlan = { restore: [], drift: [], unchanged: [] };
  for (const key of keys) {
    if (live[key] === recorded[key]) {
      plan.unchanged.push(key);
      continue;
    }
    const copy = backups.get(key)?.find((b) => b.digest === recorded[key]);
    const state = live[key] === undefined ? 'is missing' : 'changed since';
    if (copy) plan.restore.push({ key, object: copy.object, source: copy.source });
    else
      plan.drift.push(
        `${key} ${state} ${target.version} was recorded (sha256 ${recorded[key]!.slice(0, 12)}…, live ${live[key]?.slice(0, 12) ?? 'none'}…) and no backup holds the recorded content`,
      );
  }
  return plan;
}

/**
 * Live state that matches no recorded version: config objects whose live hash no ledger entry
 * recorded, and images no ledger entry has. Empty when the ledger records nothing to compare.
 */
export async function unrecordedLiveState(
  kube: KubeClient,
  namespace: string,
  o: { images: Record<string, string>; podSpec: unknown; ledger: LedgerEntry[] },
): Promise<string[]> {
  const found: string[] = [];
  const withImages = o.ledger.filter((e) => Object.keys(e.images ?? {}).length > 0);
  if (withImages.length > 0 && !withImages.some((e) => sameImages(e.images, o.images)))
    found.push(
      `the live images (${Object.values(o.images).join(', ')}) are not those of any recorded release`,
    );
  const keys = configRefs(o.podSpec as Parameters<typeof configRefs>[0]);
  const live = await readConfigDigests(kube, namespace, keys);
  for (const key of keys) {
    const seen = o.ledger.map((e) => e.config?.[key]).filter((h): h is string => !!h);
    if (seen.length > 0 && live[key] && !seen.includes(live[key]))
      found.push(`${key} differs from every recorded release (edited by hand?)`);
  }
  return found;
}
