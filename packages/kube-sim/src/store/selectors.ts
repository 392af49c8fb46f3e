import { ApiError } from './errors.ts';
import type { KubeObject } from './types.ts';

type Requirement =
  { key: string; op: 'in' | 'notin'; values: string[] } | { key: string; op: 'exists' | 'notexists' };

export type LabelSelectorFn = (labels: Record<string, string> | undefined) => boolean;

/** Splits on commas that are not inside parentheses ("a in (x,y),b" → ["a in (x,y)", "b"]). */
function splitTerms(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((t) => t.trim()).filter((t) => t !== '');
}

const KEY = /^([a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?\/)?[a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function bad(selector: string, why: string): ApiError {
  return new ApiError(
    400,
    'BadRequest',
    `unable to parse requirement: invalid label selector "${selector}": ${why}`,
  );
}

function parseTerm(term: string, selector: string): Requirement {
  let m = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(term);
  if (m) {
    const values = m[3]!
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    return {
      key: checkKey(m[1]!, selector),
      op: m[2] as 'in' | 'notin',
      values: values.map((v) => checkValue(v, selector)),
    };
  }
  m = /^([^!=\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(term);
  if (m) {
    const value = checkValue(m[3]!, selector);
    return { key: checkKey(m[1]!, selector), op: m[2] === '!=' ? 'notin' : 'in', values: [value] };
  }
  m = /^!\s*(\S+)$/.exec(term);
  if (m) return { key: checkKey(m[1]!, selector), op: 'notexists' };
  if (KEY.test(term)) return { key: term, op: 'exists' };
  throw bad(
    selector,
    `cannot parse "${term}" (allowed: key, !key, key=value, key==value, key!=value, key in (v1,v2), key notin (v1,v2))`,
  );
}

function checkKey(k: string, selector: string): string {
  if (!KEY.test(k) || k.length > 316) throw bad(selector, `invalid label key "${k}"`);
  return k;
}
function checkValue(v: string, selector: string): string {
  if (!VALUE.test(v) || v.length > 63) throw bad(selector, `invalid label value "${v}"`);
  return v;
}

/** Parses a label selector in its string form (equality- and set-based); an empty selector matches everything. */
export function parseLabelSelector(selector: string | undefined): LabelSelectorFn {
  if (!selector || selector.trim() === '') return () => true;
  const reqs = splitTerms(selector).map((t) => parseTerm(t, selector));
  return (labels) => reqs.every((r) => matches(r, labels ?? {}));
}

function matches(r: Requirement, labels: Record<string, string>): boolean {
  const has = Object.hasOwn(labels, r.key);
  switch (r.op) {
    case 'exists':
      return has;
    case 'notexists':
      return !has;
    case 'in':
      return has && r.values.includes(labels[r.key]!);
    case 'notin':
      return !has || !r.values.includes(labels[r.key]!);
  }
}

/** A metav1.LabelSelector object (matchLabels + matchExpressions) as a predicate. */
export function labelSelectorFromObject(sel: unknown): LabelSelectorFn {
  const s = (sel ?? {}) as {
    matchLabels?: Record<string, string>;
    matchExpressions?: { key: string; operator: string; values?: string[] }[];
  };
  const reqs: Requirement[] = Object.entries(s.matchLabels ?? {}).map(([key, v]) => ({
    key,
    op: 'in',
    values: [v],
  }));
  for (const e of s.matchExpressions ?? []) {
    const op = e.operator.toLowerCase();
    if (op === 'in' || op === 'notin') reqs.push({ key: e.key, op, values: e.values ?? [] });
    else if (op === 'exists') reqs.push({ key: e.key, op: 'exists' });
    else if (op === 'doesnotexist') reqs.push({ key: e.key, op: 'notexists' });
  }
  return (labels) => reqs.every((r) => matches(r, labels ?? {}));
}

/** Field selectors supported per kind (beyond metadata.name and metadata.namespace, which every kind supports). */
const FIELDS: Record<string, string[]> = {
  Pod: [
    'status.phase',
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'status.podIP',
    'status.nominatedNodeName',
  ],
  Event: [
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ],
  Secret: ['type'],
  Namespace: ['status.phase'],
  ReplicaSet: ['status.replicas'],
  Job: ['status.successful'],
  Node: ['spec.unschedulable'],
};

export type FieldSelectorFn = (obj: KubeObject) => boolean;

/** Parses a field selector ("metadata.name=x,status.phase!=Running"); unsupported fields are a 400 like the real server. */
export function parseFieldSelector(selector: string | undefined, kind: string): FieldSelectorFn {
  if (!selector || selector.trim() === '') return () => true;
  const allowed = ['metadata.name', 'metadata.namespace', ...(FIELDS[kind] ?? [])];
  const terms = selector
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const reqs = terms.map((term) => {
    const m = /^([^!=]+)(==|=|!=)(.*)$/.exec(term);
    if (!m)
      throw new ApiError(
        400,
        'BadRequest',
        `invalid field selector "${selector}": term "${term}" is not field=value, field==value or field!=value`,
      );
    const field = m[1]!.trim();
    if (!allowed.includes(field)) {
      throw new ApiError(
        400,
        'BadRequest',
        `field label not supported: ${field} (for ${kind}: ${allowed.join(', ')})`,
      );
    }
    return { path: field.split('.'), neg: m[2] === '!=', value: m[3]!.trim() };
  });
  return (obj) => reqs.every((r) => (fieldValue(obj, r.path) === r.value) !== r.neg);
}

function fieldValue(obj: unknown, path: string[]): string {
  let cur: unknown = obj;
  for (const p of path)
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[p] : undefined;
  return cur === undefined || cur === null ? '' : String(cur);
}
