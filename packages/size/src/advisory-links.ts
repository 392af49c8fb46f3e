/**
 * Where a finding may link in a comment or summary. In publish mode the report comes from a fork's
 * artifact, so a finding's `url` is a claim, not a fact: a link is kept only when it is an https
 * page of a known advisory database (GitHub advisories, OSV, RustSec, NVD); otherwise the link is
 * rebuilt from the advisory id, or there is none.
 */
import type { Finding } from './model.ts';

const GHSA = 'GHSA(-[23456789cfghjmpqrvwx]{4}){3}';
const ADVISORY_PAGES: [host: string, path: RegExp][] = [
  ['github.com', new RegExp(`^/(advisories|[\\w.-]+/[\\w.-]+/security/advisories)/${GHSA}/?$`, 'i')],
  ['osv.dev', /^\/vulnerability\/[A-Za-z0-9._:-]+$/],
  ['rustsec.org', /^\/advisories\/RUSTSEC-\d{4}-\d{4}(\.html)?$/i],
  ['nvd.nist.gov', /^\/vuln\/detail\/CVE-\d{4}-\d{4,}$/i],
];

/** The link of a finding: its own url when that is a known advisory page, else one built from its id. */
export function advisoryLink(f: Pick<Finding, 'id' | 'url'>): string | undefined {
  if (f.url && isAdvisoryPage(f.url)) return new URL(f.url).href;
  return linkFromId(f.id);
}

function isAdvisoryPage(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  const plain = !url.username && !url.password && !url.port && !url.search && !url.hash;
  return (
    url.protocol === 'https:' &&
    plain &&
    ADVISORY_PAGES.some(([host, path]) => url.hostname === host && path.test(url.pathname))
  );
}

/** The advisory page of an id (GHSA, CVE, RUSTSEC, or an id OSV hosts); none for ids without one (npm:1234). */
export function linkFromId(id: string): string | undefined {
  if (!/^[A-Za-z0-9._:-]+$/.test(id)) return undefined;
  if (new RegExp(`^${GHSA}$`, 'i').test(id)) return `https://github.com/advisories/${id}`;
  if (/^CVE-\d{4}-\d{4,}$/i.test(id)) return `https://nvd.nist.gov/vuln/detail/${id.toUpperCase()}`;
  if (/^RUSTSEC-\d{4}-\d{4}$/i.test(id)) return `https://rustsec.org/advisories/${id.toUpperCase()}.html`;
  if (/^(PYSEC|GO|OSV|GSD|MAL|DSA|USN|RLSA|ALSA)-[A-Za-z0-9._:-]+$/i.test(id))
    return `https://osv.dev/vulnerability/${id}`;
  return undefined;
}
