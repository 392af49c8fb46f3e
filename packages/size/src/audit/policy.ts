/**
 * The audit gate's policy. Pure: findings, a level, an allowlist and "now" in; verdicts out.
 *
 * - A finding fails when its severity is at or above `level` and no active allowlist entry covers it.
 * - An advisory osv-scanner's call analysis marks uncalled or unimportant is listed apart and not
 *   gated, as osv-scanner does by default; `gateUnreachable` (its `--all-vulns`) gates it too.
 * - An unscored finding counts as `unscoredAs` (the `audit-unscored` input, default high), never as "fine".
 * - An allowlist entry matches by id or any alias, optionally only for one package. An entry whose
 *   `expires` day has passed stops counting and is reported as expired; one that expires within
 *   7 days is reported as expiring; one that matches nothing is reported as unused.
 */
import type { AllowlistEntry } from '../spec.ts';
import type { AllowlistUse, AuditResult, Finding, JudgedFinding, Severity } from '../model.ts';
import { SEVERITIES } from '../model.ts';
import { normalizeAlias } from './finding.ts';

export const EXPIRY_WARNING_DAYS = 7;
const DAY = 86_400_000;

export interface PolicyOptions {
  level: Severity;
  unscoredAs: Severity;
  allowlist: AllowlistEntry[];
  /** Milliseconds since the epoch (from the injected clock). */
  now: number;
  /** Gate uncalled/unimportant advisories too (osv-scanner's `--all-vulns`); default: list them apart. */
  gateUnreachable?: boolean;
}

function atOrAbove(s: Severity, level: Severity): boolean {
  return SEVERITIES.indexOf(s) >= SEVERITIES.indexOf(level);
}

function matches(entry: AllowlistEntry, f: Finding): boolean {
  const id = normalizeAlias(entry.id);
  if (!f.aliases.some((a) => a === id || a.toLowerCase() === id.toLowerCase())) return false;
  return entry.package === undefined || entry.package.toLowerCase() === f.package.toLowerCase();
}

/** Judges merged findings. `reports` and `duplicates` are carried into the result for the summary. */
export function judgeFindings(
  findings: Finding[],
  opts: PolicyOptions,
  extra: { reports: AuditResult['reports']; duplicates: number; notes?: string[] },
): AuditResult {
  const active = opts.allowlist.map((e) => ({
    entry: e,
    expired: e.expires !== undefined && opts.now >= e.expires.at,
    matched: 0,
  }));
  const judged: JudgedFinding[] = findings.map((f) => {
    const effectiveSeverity: Severity = f.severity === 'unscored' ? opts.unscoredAs : f.severity;
    const hits = active.filter((a) => matches(a.entry, f));
    for (const h of hits) h.matched++;
    const cover = hits.find((h) => !h.expired);
    if (cover) {
      return {
        ...f,
        effectiveSeverity,
        status: 'allowlisted',
        allowlist: { id: cover.entry.id, reason: cover.entry.reason, expires: cover.entry.expires?.text },
      };
    }
    if (f.reachability && !opts.gateUnreachable) return { ...f, effectiveSeverity, status: 'unreachable' };
    return {
      ...f,
      effectiveSeverity,
      status: atOrAbove(effectiveSeverity, opts.level) ? 'fail' : 'below-level',
    };
  });
  const allowlist: AllowlistUse[] = active.map(({ entry, expired, matched }) => {
    const use: AllowlistUse = {
      id: entry.id,
      package: entry.package,
      reason: entry.reason,
      expires: entry.expires?.text,
      matched,
      state: matched > 0 ? 'used' : 'unused',
    };
    if (expired) use.state = 'expired';
    else if (entry.expires && entry.expires.at - opts.now <= EXPIRY_WARNING_DAYS * DAY) {
      use.state = 'expiring';
      use.daysLeft = Math.max(0, Math.ceil((entry.expires.at - opts.now) / DAY));
    }
    return use;
  });
  const order = (j: JudgedFinding) =>
    ['fail', 'allowlisted', 'below-level', 'unreachable'].indexOf(j.status) * 10 -
    SEVERITIES.indexOf(j.effectiveSeverity);
  judged.sort(
    (a, b) => order(a) - order(b) || a.package.localeCompare(b.package) || a.id.localeCompare(b.id),
  );
  const count = (s: JudgedFinding['status']) => judged.filter((j) => j.status === s).length;
  return {
    level: opts.level,
    unscoredAs: opts.unscoredAs,
    reports: extra.reports,
    findings: judged,
    allowlist,
    counts: {
      fail: count('fail'),
      belowLevel: count('below-level'),
      allowlisted: count('allowlisted'),
      duplicatesMerged: extra.duplicates,
      unreachable: count('unreachable'),
    },
    gateUnreachable: opts.gateUnreachable === true,
    notes: extra.notes ?? [],
    passed: count('fail') === 0,
  };
}
