/**
 * Security headers, graded the way Mozilla HTTP Observatory grades them (start at 100, subtract per
 * missing or weak header, A+ … F), with a level that decides what fails the check:
 * `recommended` — HSTS (HTTPS), a CSP, nosniff, frame protection, a safe Referrer-Policy, no
 * version in Server / no X-Powered-By, cookies Secure + HttpOnly;
 * `strict` — also HTTPS itself, HSTS ≥ 1 year with includeSubDomains, a CSP without 'unsafe-inline' /
 * 'unsafe-eval' for scripts, a strict Referrer-Policy and SameSite on every cookie.
 * Every failure says what to set.
 */
import { clip } from '@shipgate/core';
import type { ConditionResult } from '../conditions/index.ts';
import type { CheckSpec } from '../spec.ts';
import { attemptOf, conditionsOf, exchange, judge } from './exchange.ts';
import { DEFAULT_HTTP_CONDITIONS } from './http-conditions.ts';
import type { CheckRunner } from './types.ts';

export type SecurityLevel = 'recommended' | 'strict';

export interface SecurityRule {
  id: string;
  title: string;
  /** The lowest level at which a failure of this rule fails the check. */
  level: SecurityLevel;
  passed: boolean;
  actual: string;
  /** What to set, when it failed. */
  fix: string;
  /** Observatory-style score change when it failed (0 when Observatory does not score it). */
  modifier: number;
}

export interface SecurityGrade {
  score: number;
  grade: string;
  rules: SecurityRule[];
}

type Headers = Record<string, string | string[] | undefined>;

const SIX_MONTHS = 15_768_000;
const ONE_YEAR = 31_536_000;
const GRADES: [number, string][] = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
];
const SAFE_REFERRER = [
  'no-referrer',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
  'origin',
  'origin-when-cross-origin',
];
const STRICT_REFERRER = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];

/** Grades response headers; `https` says whether the response came over TLS. */
export function gradeSecurityHeaders(headers: Headers, https: boolean): SecurityGrade {
  const get = (name: string) => {
    const v = headers[name];
    return Array.isArray(v) ? v.join(', ') : v;
  };
  const rules: SecurityRule[] = [
    ...hstsRules(get('strict-transport-security'), https),
    ...cspRules(get('content-security-policy')),
    ruleOf(
      'x-content-type-options',
      'X-Content-Type-Options is nosniff',
      'recommended',
      get('x-content-type-options')?.trim().toLowerCase() === 'nosniff',
      get('x-content-type-options') ?? 'missing',
      'X-Content-Type-Options: nosniff',
      -5,
    ),
    frameRule(get('x-frame-options'), get('content-security-policy')),
    ...referrerRules(get('referrer-policy')),
    ruleOf(
      'server-version',
      'Server does not reveal a version',
      'recommended',
      !/\d/.test(get('server') ?? ''),
      get('server') ?? 'absent',
      'remove the version from Server (nginx: server_tokens off;)',
      0,
    ),
    ruleOf(
      'x-powered-by',
      'X-Powered-By is absent',
      'recommended',
      get('x-powered-by') === undefined,
      get('x-powered-by') ?? 'absent',
      'remove X-Powered-By (Express: app.disable("x-powered-by"))',
      0,
    ),
    ...cookieRules(headers['set-cookie'], https),
  ];
  const score = Math.max(0, 100 + rules.reduce((sum, r) => sum + (r.passed ? 0 : r.modifier), 0));
  const grade = GRADES.find(([min]) => score >= min)?.[1] ?? 'F';
  return { score, grade, rules };
}

/** The rules that fail a check at `level`, as condition-like results with the actual values. */
export function securityResults(grade: SecurityGrade, level: SecurityLevel): ConditionResult[] {
  return grade.rules
    .filter((r) => level === 'strict' || r.level === 'recommended')
    .map((r) => ({
      condition: r.title,
      passed: r.passed,
      resolved: `${r.title} (${r.actual})`,
      ...(r.passed ? {} : { reason: `set ${r.fix}` }),
    }));
}

function ruleOf(
  id: string,
  title: string,
  level: SecurityLevel,
  passed: boolean,
  actual: string,
  fix: string,
  modifier: number,
): SecurityRule {
  return { id, title, level, passed, actual: clip(actual, 100), fix, modifier };
}

function hstsRules(value: string | undefined, https: boolean): SecurityRule[] {
  const fix = 'Strict-Transport-Security: max-age=63072000; includeSubDomains';
  if (!https)
    return [
      ruleOf(
        'https',
        'served over HTTPS',
        'strict',
        false,
        'plain HTTP',
        'serve the site over HTTPS, then ' + fix,
        -20,
      ),
    ];
  if (value === undefined)
    return [ruleOf('hsts', 'Strict-Transport-Security is set', 'recommended', false, 'missing', fix, -20)];
  const maxAge = Number(/max-age\s*=\s*"?(\d+)/i.exec(value)?.[1] ?? -1);
  return [
    ruleOf(
      'hsts',
      'Strict-Transport-Security max-age ≥ 6 months',
      'recommended',
      maxAge >= SIX_MONTHS,
      value,
      fix,
      -10,
    ),
    ruleOf(
      'hsts-strict',
      'Strict-Transport-Security max-age ≥ 1 year with includeSubDomains',
      'strict',
      maxAge >= ONE_YEAR && /includesubdomains/i.test(value),
      value,
      fix,
      0,
    ),
  ];
}

function cspRules(value: string | undefined): SecurityRule[] {
  const fix = "Content-Security-Policy: default-src 'self'; object-src 'none'; frame-ancestors 'none'";
  if (value === undefined)
    return [ruleOf('csp', 'Content-Security-Policy is set', 'recommended', false, 'missing', fix, -25)];
  const directives = new Map(
    value
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...v]) => [name!.toLowerCase(), v.map((x) => x.toLowerCase())]),
  );
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  const unsafeInline = scripts?.includes("'unsafe-inline'") ?? false;
  const unsafeEval = scripts?.includes("'unsafe-eval'") ?? false;
  return [
    ruleOf('csp', 'Content-Security-Policy is set', 'recommended', true, value, fix, 0),
    ruleOf(
      'csp-scripts',
      "CSP restricts scripts (default-src or script-src, no 'unsafe-inline' / 'unsafe-eval')",
      'strict',
      scripts !== undefined && !unsafeInline && !unsafeEval,
      value,
      fix,
      scripts === undefined ? -25 : unsafeInline ? -20 : unsafeEval ? -10 : 0,
    ),
  ];
}

function frameRule(xfo: string | undefined, csp: string | undefined): SecurityRule {
  const ancestors = /(^|;)\s*frame-ancestors\s/i.test(csp ?? '');
  const validXfo = xfo !== undefined && /^(deny|sameorigin)$/i.test(xfo.trim());
  const actual = ancestors ? 'CSP frame-ancestors' : (xfo ?? 'missing');
  return ruleOf(
    'frame',
    'framing is restricted (X-Frame-Options or CSP frame-ancestors)',
    'recommended',
    ancestors || validXfo,
    actual,
    "X-Frame-Options: DENY (or CSP frame-ancestors 'none')",
    -20,
  );
}

function referrerRules(value: string | undefined): SecurityRule[] {
  // The last recognised token wins (the header may list fallbacks).
  const effective = value
    ?.split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean)
    .at(-1);
  const fix = 'Referrer-Policy: strict-origin-when-cross-origin';
  return [
    ruleOf(
      'referrer',
      'Referrer-Policy is set to a safe value',
      'recommended',
      effective !== undefined && SAFE_REFERRER.includes(effective),
      value ?? 'missing',
      fix,
      effective === 'unsafe-url' || effective === 'no-referrer-when-downgrade' ? -5 : 0,
    ),
    ruleOf(
      'referrer-strict',
      'Referrer-Policy does not send the origin cross-site over HTTP',
      'strict',
      effective !== undefined && STRICT_REFERRER.includes(effective),
      value ?? 'missing',
      fix,
      0,
    ),
  ];
}

function cookieRules(raw: string | string[] | undefined, https: boolean): SecurityRule[] {
  const cookies = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return cookies.flatMap((cookie) => {
    const name = cookie.split('=')[0]!.trim();
    const attrs = cookie
      .split(';')
      .slice(1)
      .map((a) => a.trim().toLowerCase());
    const sameSite = attrs.find((a) => a.startsWith('samesite='))?.slice('samesite='.length);
    const secure = attrs.includes('secure');
    const rules = [
      ruleOf(
        `cookie-httponly:${name}`,
        `cookie ${name} is HttpOnly`,
        'recommended',
        attrs.includes('httponly'),
        attrsText(attrs),
        `Set-Cookie: ${name}=…; HttpOnly`,
        -10,
      ),
      ruleOf(
        `cookie-samesite:${name}`,
        `cookie ${name} has SameSite=Strict or Lax`,
        'strict',
        sameSite === 'strict' || sameSite === 'lax',
        attrsText(attrs),
        `Set-Cookie: ${name}=…; SameSite=Lax`,
        0,
      ),
    ];
    if (https)
      rules.unshift(
        ruleOf(
          `cookie-secure:${name}`,
          `cookie ${name} is Secure`,
          'recommended',
          secure,
          attrsText(attrs),
          `Set-Cookie: ${name}=…; Secure`,
          -20,
        ),
      );
    if (sameSite === 'none' && !secure)
      rules.push(
        ruleOf(
          `cookie-samesite-none:${name}`,
          `cookie ${name} with SameSite=None is Secure`,
          'recommended',
          false,
          attrsText(attrs),
          `Set-Cookie: ${name}=…; SameSite=None; Secure`,
          -20,
        ),
      );
    return rules;
  });
}

function attrsText(attrs: string[]): string {
  return attrs.length
    ? attrs
        .filter(
          (a) =>
            !a.startsWith('expires=') &&
            !a.startsWith('max-age=') &&
            !a.startsWith('path=') &&
            !a.startsWith('domain='),
        )
        .join('; ') || 'no attributes'
    : 'no attributes';
}

type SecuritySpec = Extract<CheckSpec, { kind: 'security-headers' }>;

export const securityHeadersCheck: CheckRunner<SecuritySpec> = {
  async attempt(spec, env, timeoutMs) {
    const ex = await exchange(spec, env, timeoutMs);
    const results = judge(conditionsOf(spec, env, DEFAULT_HTTP_CONDITIONS), ex, env);
    if (!ex.response) return attemptOf(ex, results);
    const https = (spec.url ? new URL(spec.url) : env.baseUrl).protocol === 'https:';
    const grade = gradeSecurityHeaders(ex.response.headers, https);
    results.push(...securityResults(grade, spec.level ?? 'recommended'));
    return attemptOf(ex, results, { grade: grade.grade, score: grade.score });
  },
};
