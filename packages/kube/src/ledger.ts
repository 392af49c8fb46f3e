/**
 * The release ledger: one ConfigMap per app (`<app>-shipgate-releases`) holding the app's recent
 * releases as JSON, newest first, so `rollback` can find a previous version even where git tags are
 * missing. Bounded by entry count and bytes (a ConfigMap holds at most 1 MiB).
 */
import type * as k8s from '@kubernetes/client-node';
import { FIELD_MANAGER, dryRunParam, isNotFound, type KubeClient } from './client.ts';
import { LABELS } from './state.ts';

export interface LedgerEntry {
  version: string;
  images: Record<string, string>;
  strategy: string;
  /** deployment.kubernetes.io/revision after the release (rolling/canary stable), if known. */
  revision?: string;
  /** ISO time the release finished. */
  time: string;
  actor?: string;
  runUrl?: string;
  /**
   * succeeded | rolled-back | failed | aborted | promoted | canary (a canary step left running);
   * rollback runs: restored | verification-failed | rollback-failed.
   */
  outcome: string;
  environment?: string;
  /**
   * Content hashes of the ConfigMaps and Secrets the version's pod template uses, by `Kind/name`
   * (see config-digest.ts): what `rollback` compares live config with (kubectl undo ignores it).
   */
  config?: Record<string, string>;
  /** Rollback entries: why, and the version rolled back from. */
  reason?: string;
  from?: string;
}

export const LEDGER_KEY = 'releases.json';
export const LEDGER_MAX_ENTRIES = 50;
/** Well below the 1 MiB object limit so labels, annotations and managedFields still fit. */
export const LEDGER_MAX_BYTES = 256 * 1024;

export function ledgerName(app: string): string {
  return `${app}-shipgate-releases`;
}

/** Pure: `entry` prepended, then the oldest dropped until both bounds hold (the newest is always kept). */
export function appendEntry(
  entries: LedgerEntry[],
  entry: LedgerEntry,
  max = LEDGER_MAX_ENTRIES,
  maxBytes = LEDGER_MAX_BYTES,
): LedgerEntry[] {
  const out = [entry, ...entries].slice(0, Math.max(1, max));
  while (out.length > 1 && Buffer.byteLength(JSON.stringify(out)) > maxBytes) out.pop();
  return out;
}

/** Pure: the entries stored in a ledger ConfigMap; a corrupt ledger reads as empty (it is history, not state). */
export function parseLedger(cm: k8s.V1ConfigMap | undefined): LedgerEntry[] {
  const raw = cm?.data?.[LEDGER_KEY];
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed)
      ? parsed.filter((e): e is LedgerEntry => typeof e === 'object' && e !== null && 'version' in e)
      : [];
  } catch {
    return [];
  }
}

/** Reads the app's ledger (empty when it does not exist yet). */
export async function readLedger(kube: KubeClient, namespace: string, app: string): Promise<LedgerEntry[]> {
  const cm = await kube.find('read release ledger', () =>
    kube.core.readNamespacedConfigMap({ name: ledgerName(app), namespace }),
  );
  return parseLedger(cm);
}

/** Appends one release to the app's ledger, creating it on first use; 409s re-read and re-apply. */
export async function recordRelease(
  kube: KubeClient,
  namespace: string,
  app: string,
  entry: LedgerEntry,
  dryRun = false,
): Promise<void> {
  const name = ledgerName(app);
  const dry = dryRunParam(dryRun);
  const existing = await kube.find('read release ledger', () =>
    kube.core.readNamespacedConfigMap({ name, namespace }),
  );
  if (!existing) {
    const body: k8s.V1ConfigMap = {
      metadata: { name, namespace, labels: { [LABELS.app]: app, [LABELS.managedBy]: 'shipgate' } },
      data: { [LEDGER_KEY]: JSON.stringify(appendEntry([], entry)) },
    };
    try {
      await kube.call('create release ledger', () =>
        kube.core.createNamespacedConfigMap({ namespace, body, dryRun: dry, fieldManager: FIELD_MANAGER }),
      );
      return;
    } catch (error) {
      if (!(error as { status?: number }).status || (error as { status?: number }).status !== 409)
        throw error;
    }
  }
  if (existing) {
    // First try with the copy just read (one request); a 409 means someone wrote in between: re-read loop.
    existing.data = {
      ...existing.data,
      [LEDGER_KEY]: JSON.stringify(appendEntry(parseLedger(existing), entry)),
    };
    try {
      await kube.call('update release ledger', () =>
        kube.core.replaceNamespacedConfigMap({
          name,
          namespace,
          body: existing,
          dryRun: dry,
          fieldManager: FIELD_MANAGER,
        }),
      );
      return;
    } catch (error) {
      if ((error as { status?: number }).status !== 409) throw error;
    }
  }
  await kube.update(
    'update release ledger',
    () => kube.core.readNamespacedConfigMap({ name, namespace }),
    (cm) => {
      cm.data = { ...cm.data, [LEDGER_KEY]: JSON.stringify(appendEntry(parseLedger(cm), entry)) };
      return true;
    },
    (cm) =>
      kube.core.replaceNamespacedConfigMap({
        name,
        namespace,
        body: cm,
        dryRun: dry,
        fieldManager: FIELD_MANAGER,
      }),
  );
}

export { isNotFound };
