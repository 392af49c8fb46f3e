/**
 * Merges findings from several reports: the same advisory for the same package, known by any shared
 * alias (GHSA / CVE / RUSTSEC / PYSEC / npm id), becomes one finding with the union of aliases,
 * sources and fixed versions, and the highest severity any report gave it.
 */
import type { Finding, Severity } from '../model.ts';
import { SEVERITIES } from '../model.ts';
import { preferredId } from './finding.ts';

function rank(s: Severity | 'unscored'): number {
  return s === 'unscored' ? -1 : SEVERITIES.indexOf(s);
}

/** De-duplicates by (package, any alias). Returns the merged list and how many duplicates were folded in. */
export function mergeFindings(findings: Finding[]): { findings: Finding[]; duplicates: number } {
  const merged: Finding[] = [];
  const index = new Map<string, Finding>();
  let duplicates = 0;
  for (const f of findings) {
    const keys = f.aliases.map((a) => `${f.package.toLowerCase()}\0${a}`);
    const hit = keys.map((k) => index.get(k)).find((x) => x !== undefined);
    if (!hit) {
      const copy = { ...f, aliases: [...f.aliases], sources: [...f.sources] };
      merged.push(copy);
      for (const k of keys) index.set(k, copy);
      continue;
    }
    duplicates++;
    hit.aliases = [...new Set([...hit.aliases, ...f.aliases])];
    hit.id = preferredId(hit.aliases);
    hit.sources = [...new Set([...hit.sources, ...f.sources])];
    if (f.fixedIn) hit.fixedIn = [...new Set([...(hit.fixedIn ?? []), ...f.fixedIn])];
    if (rank(f.severity) > rank(hit.severity)) {
      hit.severity = f.severity;
      hit.severitySource = f.severitySource;
      hit.cvssScore = f.cvssScore ?? hit.cvssScore;
    }
    // Reachable as soon as one report does not say otherwise (no analysis counts as called).
    if (!f.reachability) delete hit.reachability;
    hit.title ??= f.title;
    hit.url ??= f.url;
    hit.version ??= f.version;
    for (const a of f.aliases) index.set(`${f.package.toLowerCase()}\0${a}`, hit);
  }
  return { findings: merged, duplicates };
}
