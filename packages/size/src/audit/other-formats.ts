/**
 * Parsers for cargo-audit (`cargo audit --json`), pip-audit (`pip-audit -f json`) and osv-scanner
 * (`osv-scanner --format json`). cargo-audit carries only a CVSS vector, pip-audit no severity at
 * all; both become findings whose severity the CVSS v3 formula or the `audit-unscored` policy decides.
 */
import type { Finding } from '../model.ts';
import { isObject, makeFinding, type ParsedReport } from './finding.ts';

/** cargo-audit: `{ database, lockfile, vulnerabilities: { found, count, list: [{ advisory, versions, package }] }, warnings }`. */
export function parseCargoAudit(doc: Record<string, unknown>, source: string): ParsedReport {
  const v = doc.vulnerabilities;
  if (!isObject(v) || !Array.isArray(v.list))
    throw new Error('cargo-audit report without vulnerabilities.list');
  const findings = v.list.map((item) => {
    if (!isObject(item) || !isObject(item.advisory) || !isObject(item.package))
      throw new Error('cargo-audit: entry without advisory/package');
    const adv = item.advisory;
    const versions =
      isObject(item.versions) && Array.isArray(item.versions.patched)
        ? item.versions.patched.map(String)
        : undefined;
    return makeFinding({
      ids: [String(adv.id), ...(Array.isArray(adv.aliases) ? adv.aliases.map(String) : [])],
      package: String(item.package.name),
      version: typeof item.package.version === 'string' ? item.package.version : undefined,
      ecosystem: 'cargo',
      severity: adv.severity,
      cvssVector: adv.cvss,
      title: adv.title,
      url: typeof adv.url === 'string' ? adv.url : `https://rustsec.org/advisories/${String(adv.id)}.html`,
      fixedIn: versions,
      source,
    });
  });
  const notes: string[] = [];
  if (isObject(doc.warnings)) {
    for (const [kind, list] of Object.entries(doc.warnings)) {
      if (Array.isArray(list) && list.length)
        notes.push(`${list.length} cargo-audit warning(s) not gated: ${kind}`);
    }
  }
  const declared = typeof v.count === 'number' ? v.count : v.list.length;
  return { format: 'cargo-audit', findings, declared: Math.max(declared, v.list.length), notes };
}

/** pip-audit: `{ dependencies: [{ name, version, vulns: [{ id, fix_versions, aliases, description }] }], fixes }` (or the bare list of older versions). */
export function parsePipAudit(doc: unknown, source: string): ParsedReport {
  const deps = Array.isArray(doc) ? doc : isObject(doc) ? doc.dependencies : undefined;
  if (!Array.isArray(deps)) throw new Error('pip-audit report without a "dependencies" list');
  const findings: Finding[] = [];
  let skipped = 0;
  let declared = 0;
  for (const d of deps) {
    if (!isObject(d) || typeof d.name !== 'string') throw new Error('pip-audit: dependency without a name');
    if (typeof d.skip_reason === 'string') skipped++;
    if (d.vulns === undefined) continue;
    if (!Array.isArray(d.vulns)) throw new Error(`pip-audit: "vulns" of ${d.name} is not a list`);
    declared += d.vulns.length;
    for (const vuln of d.vulns) {
      if (!isObject(vuln)) throw new Error(`pip-audit: malformed vulnerability of ${d.name}`);
      findings.push(
        makeFinding({
          ids: [String(vuln.id), ...(Array.isArray(vuln.aliases) ? vuln.aliases.map(String) : [])],
          package: d.name,
          version: typeof d.version === 'string' ? d.version : undefined,
          ecosystem: 'pypi',
          title:
            typeof vuln.description === 'string' ? vuln.description.split('\n')[0]!.slice(0, 200) : undefined,
          fixedIn: Array.isArray(vuln.fix_versions) ? vuln.fix_versions.map(String) : undefined,
          source,
        }),
      );
    }
  }
  const notes = skipped
    ? [`${skipped} pip-audit dependenc${skipped === 1 ? 'y' : 'ies'} not audited (skip_reason set)`]
    : [];
  return { format: 'pip-audit', findings, declared, notes };
}

const OSV_ECOSYSTEM: Record<string, Finding['ecosystem']> = {
  npm: 'npm',
  'crates.io': 'cargo',
  PyPI: 'pypi',
};

/** osv-scanner: `{ results: [{ source, packages: [{ package, vulnerabilities, groups: [{ ids, aliases, max_severity }] }] }] }`. */
export function parseOsvScanner(doc: Record<string, unknown>, source: string): ParsedReport {
  if (!Array.isArray(doc.results)) throw new Error('osv-scanner report without a "results" list');
  const findings: Finding[] = [];
  let declared = 0;
  for (const result of doc.results) {
    if (!isObject(result) || !Array.isArray(result.packages))
      throw new Error('osv-scanner: result without packages');
    for (const p of result.packages) {
      if (!isObject(p) || !isObject(p.package)) throw new Error('osv-scanner: package entry without package');
      const vulns = (Array.isArray(p.vulnerabilities) ? p.vulnerabilities : []).filter(isObject);
      declared += vulns.length;
      const groups =
        Array.isArray(p.groups) && p.groups.length
          ? p.groups.filter(isObject)
          : vulns.map((v) => ({ ids: [v.id], aliases: v.aliases }));
      for (const g of groups) findings.push(osvFinding(p.package, g, vulns, source));
    }
  }
  return { format: 'osv-scanner', findings, declared, notes: [] };
}

function osvFinding(
  pkg: Record<string, unknown>,
  group: Record<string, unknown>,
  vulns: Record<string, unknown>[],
  source: string,
): Finding {
  const ids = [
    ...(Array.isArray(group.ids) ? group.ids : []),
    ...(Array.isArray(group.aliases) ? group.aliases : []),
  ].map(String);
  const members = vulns.filter((v) => ids.includes(String(v.id)));
  const vector = members
    .flatMap((v) => (Array.isArray(v.severity) ? v.severity : []))
    .filter(isObject)
    .find((s) => String(s.type) === 'CVSS_V3')?.score;
  const word = members
    .map((v) => (isObject(v.database_specific) ? v.database_specific.severity : undefined))
    .find((s) => typeof s === 'string');
  const max =
    typeof group.max_severity === 'string' && group.max_severity !== ''
      ? Number(group.max_severity)
      : undefined;
  const name = String(pkg.name);
  const fixed = members
    .flatMap((v) => (Array.isArray(v.affected) ? v.affected : []))
    .filter(isObject)
    .filter((a) => !isObject(a.package) || a.package.name === name)
    .flatMap((a) => (Array.isArray(a.ranges) ? a.ranges : []))
    .filter(isObject)
    .flatMap((r) => (Array.isArray(r.events) ? r.events : []))
    .filter(isObject)
    .map((e) => e.fixed)
    .filter((x): x is string => typeof x === 'string');
  return makeFinding({
    ids: [...ids, ...members.flatMap((v) => (Array.isArray(v.aliases) ? v.aliases.map(String) : []))],
    package: name,
    version: typeof pkg.version === 'string' ? pkg.version : undefined,
    ecosystem: OSV_ECOSYSTEM[String(pkg.ecosystem)] ?? 'other',
    severity: max !== undefined && Number.isFinite(max) ? undefined : word,
    cvssScore: max !== undefined && Number.isFinite(max) ? max : undefined,
    cvssVector: vector,
    title: members.map((v) => v.summary).find((s) => typeof s === 'string'),
    url: ids[0] ? `https://osv.dev/vulnerability/${ids[0]}` : undefined,
    fixedIn: fixed,
    source,
    reachability: reachabilityOf(group),
  });
}

/**
 * osv-scanner's call analysis of a group (`experimental_analysis`, `experimentalAnalysis` in its docs):
 * called when there is no analysis or any entry says called (GroupInfo.IsCalled), unimportant when
 * any entry says so (IsGroupUnimportant).
 */
function reachabilityOf(group: Record<string, unknown>): Finding['reachability'] {
  const analysis = group.experimental_analysis ?? group.experimentalAnalysis;
  const entries = isObject(analysis) ? Object.values(analysis).filter(isObject) : [];
  if (entries.some((e) => e.unimportant === true)) return 'unimportant';
  if (entries.length && !entries.some((e) => e.called === true)) return 'uncalled';
  return undefined;
}
