/**
 * Parsers for the npm family: `npm audit --json` (report v2, npm ≥ 7), the advisories object of
 * npm 6 / `pnpm audit --json` / Yarn 2–3 `yarn npm audit --json`, Yarn classic NDJSON
 * (`yarn audit --json`), and Yarn 4 NDJSON (`yarn npm audit --json`). Each throws when the shape is
 * not what the format promises, so nothing passes by being misread.
 */
import type { Finding } from '../model.ts';
import { fixedFromRange, ghsaIn, isObject, makeFinding, type ParsedReport } from './finding.ts';

/** npm ≥ 7: `{ auditReportVersion: 2, vulnerabilities: { name: { via: [advisory | name] } }, metadata }`. */
export function parseNpmV2(doc: Record<string, unknown>, source: string): ParsedReport {
  const vulns = doc.vulnerabilities;
  if (!isObject(vulns)) throw new Error('npm audit v2 report without a "vulnerabilities" object');
  const findings: Finding[] = [];
  for (const [name, entry] of Object.entries(vulns)) {
    if (!isObject(entry) || !Array.isArray(entry.via))
      throw new Error(`npm audit v2 entry "${name}" has no "via" list`);
    for (const via of entry.via) {
      if (typeof via === 'string') continue; // the advisory is listed under the package it names
      if (!isObject(via)) throw new Error(`npm audit v2 entry "${name}" has a malformed "via" item`);
      const cvss = isObject(via.cvss) ? via.cvss : {};
      findings.push(
        makeFinding({
          ids: [ghsaIn(via.url), via.source === undefined ? undefined : `npm:${String(via.source)}`],
          package: typeof via.name === 'string' ? via.name : name,
          ecosystem: 'npm',
          severity: via.severity,
          cvssScore: cvss.score,
          cvssVector: cvss.vectorString,
          title: via.title,
          url: via.url,
          fixedIn: fixedFromRange(via.range),
          source,
        }),
      );
    }
  }
  const meta =
    isObject(doc.metadata) && isObject(doc.metadata.vulnerabilities)
      ? doc.metadata.vulnerabilities
      : undefined;
  const declared = typeof meta?.total === 'number' ? meta.total : Object.keys(vulns).length;
  return {
    format: 'npm audit v2',
    findings,
    declared: Math.max(declared, Object.keys(vulns).length),
    notes: [],
  };
}

function advisoryFinding(adv: Record<string, unknown>, source: string, format: string): Finding {
  const cvss = isObject(adv.cvss) ? adv.cvss : {};
  const versions = Array.isArray(adv.findings)
    ? adv.findings.filter(isObject).map((f) => String(f.version))
    : [];
  const patched =
    typeof adv.patched_versions === 'string' && adv.patched_versions !== '<0.0.0'
      ? [adv.patched_versions]
      : undefined;
  if (typeof adv.module_name !== 'string')
    throw new Error(`${format}: advisory ${String(adv.id)} has no module_name`);
  return makeFinding({
    ids: [
      typeof adv.github_advisory_id === 'string' ? adv.github_advisory_id : ghsaIn(adv.url),
      ...(Array.isArray(adv.cves) ? adv.cves.map(String) : []),
      adv.id === undefined ? undefined : `npm:${String(adv.id)}`,
    ],
    package: adv.module_name,
    version: versions.length ? [...new Set(versions)].join(', ') : undefined,
    ecosystem: 'npm',
    severity: adv.severity,
    cvssScore: cvss.score,
    cvssVector: cvss.vectorString,
    title: adv.title,
    url: adv.url,
    fixedIn: patched,
    source,
  });
}

function countsTotal(v: unknown): number {
  if (typeof v === 'number') return v;
  if (!isObject(v)) return 0;
  return Object.values(v).reduce<number>((s, n) => s + (typeof n === 'number' ? n : 0), 0);
}

/** npm 6, pnpm, Yarn 2–3: `{ actions, advisories: { id: advisory }, metadata: { vulnerabilities: counts } }`. */
export function parseAdvisoriesObject(doc: Record<string, unknown>, source: string): ParsedReport {
  const format = 'npm advisories (pnpm / npm 6 / Yarn 2-3)';
  if (!isObject(doc.advisories)) throw new Error(`${format} report without an "advisories" object`);
  const advisories = Object.values(doc.advisories);
  const findings = advisories.map((a) => {
    if (!isObject(a)) throw new Error(`${format}: malformed advisory`);
    return advisoryFinding(a, source, format);
  });
  const meta = isObject(doc.metadata) ? countsTotal(doc.metadata.vulnerabilities) : 0;
  return { format, findings, declared: Math.max(meta, advisories.length), notes: [] };
}

/** Yarn classic: NDJSON lines `{type: "auditAdvisory", data: {resolution, advisory}}` and one `auditSummary`. */
export function parseYarnClassic(lines: Record<string, unknown>[], source: string): ParsedReport {
  const byId = new Map<string, Finding>();
  let declared = 0;
  for (const line of lines) {
    if (line.type === 'auditSummary' && isObject(line.data))
      declared = Math.max(declared, countsTotal(line.data.vulnerabilities));
    if (line.type !== 'auditAdvisory') continue;
    if (!isObject(line.data) || !isObject(line.data.advisory))
      throw new Error('yarn audit: auditAdvisory line without data.advisory');
    const f = advisoryFinding(line.data.advisory, source, 'yarn audit');
    byId.set(`${f.package}\0${f.id}`, f); // one line per dependency path: the same advisory repeats
    declared = Math.max(declared, 1);
  }
  return { format: 'yarn classic NDJSON', findings: [...byId.values()], declared, notes: [] };
}

/** Yarn 4: NDJSON lines `{value: package, children: {ID, Issue, URL, Severity, "Vulnerable Versions", "Tree Versions"}}`. */
export function parseYarnBerry(lines: Record<string, unknown>[], source: string): ParsedReport {
  const findings = lines.map((line) => {
    const c = line.children;
    if (typeof line.value !== 'string' || !isObject(c))
      throw new Error('yarn npm audit: line without value/children');
    const tree = Array.isArray(c['Tree Versions']) ? c['Tree Versions'].map(String) : [];
    return makeFinding({
      ids: [ghsaIn(c.URL), c.ID === undefined ? undefined : `npm:${String(c.ID)}`],
      package: line.value,
      version: tree.length ? tree.join(', ') : undefined,
      ecosystem: 'npm',
      severity: c.Severity,
      title: c.Issue,
      url: c.URL,
      fixedIn: fixedFromRange(c['Vulnerable Versions']),
      source,
    });
  });
  return { format: 'yarn berry NDJSON', findings, declared: lines.length, notes: [] };
}
