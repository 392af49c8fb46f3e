/**
 * Which versions a rollback may go to, and why another is refused. Pure: the live app, its ledger
 * and the tags are read by the caller. A target must be a version recorded with its images (in
 * the ledger, or in the app's revision history), exist as a git tag, and not be the running one.
 */
import type { LedgerEntry } from '../ledger.ts';
import { sameImages } from '../workloads.ts';

/** Ledger outcomes of a version that was (or became) healthy and live. */
export const GOOD_OUTCOMES = new Set(['succeeded', 'promoted', 'restored']);

/** One revision the cluster still holds: a ReplicaSet of the app (rolling, canary) or a colour (blue-green). */
export interface HistoryRevision {
  version: string;
  images: Record<string, string>;
  /** ReplicaSet name and revision, or the colour's Deployment name. */
  source: string;
  revision?: string;
  changeCause?: string;
  /** The pod template to restore (undo semantics), when the cluster still has it. */
  template?: unknown;
  /** Pods it runs (a ReplicaSet's status, a colour's spec): non-zero means the version still serves. */
  replicas?: number;
}

/** A version the app can be rolled back to, with everything the rollback needs. */
export interface Target {
  version: string;
  images: Record<string, string>;
  /** The ledger's newest entry for the version (config hashes, outcome), when there is one. */
  entry?: LedgerEntry;
  /** The revision in the cluster with the same images, when there is one. */
  revision?: HistoryRevision;
}

export type TargetCheck =
  { ok: true; target: Target; warnings: string[] } | { ok: false; reason: string; validTargets: string[] };

/** Pure: every recorded version (newest first) with its images, tagged or not, excluding the running one. */
export function candidates(
  ledger: LedgerEntry[],
  history: HistoryRevision[],
  current: string | undefined,
): Target[] {
  const out = new Map<string, Target>();
  for (const entry of ledger) {
    if (entry.version === current || Object.keys(entry.images ?? {}).length === 0) continue;
    const known = out.get(entry.version);
    // The newest good record of a version wins; a bad one only when nothing better exists.
    if (!known || (!GOOD_OUTCOMES.has(known.entry?.outcome ?? '') && GOOD_OUTCOMES.has(entry.outcome)))
      out.set(entry.version, { version: entry.version, images: entry.images, entry });
  }
  for (const rev of history) {
    if (rev.version === current || Object.keys(rev.images).length === 0) continue;
    const known = out.get(rev.version);
    if (!known) out.set(rev.version, { version: rev.version, images: rev.images, revision: rev });
    else if (!known.revision && sameImages(known.images, rev.images)) known.revision = rev;
  }
  return [...out.values()];
}

/**
 * Pure: the last version before the current one whose ledger outcome was good, skipping versions
 * an earlier rollback went away from (their deploy succeeded, but they were rolled back).
 */
export function defaultTarget(ledger: LedgerEntry[], current: string | undefined): string | undefined {
  const abandoned = new Set(ledger.filter((e) => e.outcome === 'restored' && e.from).map((e) => e.from));
  return ledger.find(
    (e) => e.version !== current && GOOD_OUTCOMES.has(e.outcome) && !abandoned.has(e.version),
  )?.version;
}

/** Pure: `version` as a target, or the reason it is not one with the versions that are. */
export function checkTarget(o: {
  version: string | undefined;
  current: string | undefined;
  ledger: LedgerEntry[];
  history: HistoryRevision[];
  /** Versions (without v) that exist as tags; `undefined` when the tags could not be read. */
  tags: ReadonlySet<string>;
  tagSource: string;
  /**
   * failed-version: the release rolled back from, which may already be off traffic. It, not the
   * running version, is what no target may be (the caller checks the running version against both).
   */
  failed?: string;
}): TargetCheck {
  const from = o.failed ?? o.current;
  const all = candidates(o.ledger, o.history, from);
  const validTargets = all.filter((t) => o.tags.has(t.version)).map((t) => t.version);
  const refuse = (reason: string): TargetCheck => ({ ok: false, reason, validTargets });
  const version = o.version ?? defaultTarget(o.ledger, from);
  if (!version)
    return refuse(
      `no target-version given, and the ledger has no good version before ${o.failed ? 'the failed' : 'the running'} one (${from ?? 'unknown'})`,
    );
  if (version === o.failed) return refuse(`${version} is the failed version: it cannot be the target`);
  if (version === o.current && !o.failed)
    return refuse(`${version} is the running version: there is nothing to roll back`);
  if (!o.tags.has(version))
    return refuse(`${version} is not a tag (v${version} or ${version}) in ${o.tagSource}`);
  const target = all.find((t) => t.version === version);
  if (!target)
    return refuse(
      `${version} is not in the release ledger nor in the app's revision history with its images`,
    );
  const warnings: string[] = [];
  if (target.entry && !GOOD_OUTCOMES.has(target.entry.outcome))
    warnings.push(`${version} was last recorded as ${target.entry.outcome}; rolling back to it as asked`);
  return { ok: true, target, warnings };
}
