/**
 * Ready-made metrics, so a user starts with one line (`- template: http-error-rate`), and the
 * placeholder rendering shared by templates and users' own queries. The queries follow the
 * names every Prometheus HTTP client library exports (http_requests_total{code},
 * http_request_duration_seconds histogram) and kube-state-metrics for restarts.
 */

/** Placeholders a query may use; anything else in `{{ }}` is refused when the spec is read. */
export const PLACEHOLDERS = ['app', 'namespace', 'track', 'interval', 'version'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type QueryVars = Record<Placeholder, string>;

export interface TemplateDefaults {
  description: string;
  /** A value metric: one query. */
  query?: string;
  /** A ratio metric: errors / total, judged on the raw counts. */
  errors?: string;
  total?: string;
  max?: number;
  min?: number;
  'max-increase'?: number;
  'max-decrease'?: number;
  direction: 'increase' | 'decrease';
  judge: 'auto' | 'none';
  unit: string;
}

const SELECTOR = 'app="{{app}}",namespace="{{namespace}}",track="{{track}}"';
const latency = (q: number): TemplateDefaults => ({
  description: `p${q * 100} latency from the http_request_duration_seconds histogram; at most 10% above the baseline`,
  query: `histogram_quantile(${q}, sum by (le) (rate(http_request_duration_seconds_bucket{${SELECTOR}}[{{interval}}])))`,
  'max-increase': 10,
  direction: 'increase',
  judge: 'auto',
  unit: 's',
});

const BUILT_IN = {
  'http-error-rate': {
    description:
      'Share of HTTP responses with a 5xx code; at most 1%, and not significantly above the baseline',
    errors: `sum(increase(http_requests_total{${SELECTOR},code=~"5.."}[{{interval}}]))`,
    total: `sum(increase(http_requests_total{${SELECTOR}}[{{interval}}]))`,
    max: 0.01,
    direction: 'increase',
    judge: 'auto',
    unit: 'ratio',
  },
  'latency-p95': latency(0.95),
  'latency-p99': latency(0.99),
  'throughput-drop': {
    description:
      'Requests per second per ready pod; at most 50% below the baseline (a canary that answers nothing is not healthy)',
    query: `sum(rate(http_requests_total{${SELECTOR}}[{{interval}}])) / count(up{${SELECTOR}} == 1)`,
    'max-decrease': 50,
    direction: 'decrease',
    judge: 'none',
    unit: 'req/s',
  },
  'pod-restarts': {
    description: 'Container restarts of the arm in the interval (kube-state-metrics); none allowed',
    query: `sum(increase(kube_pod_container_status_restarts_total{namespace="{{namespace}}",pod=~"{{app}}-{{track}}-.*"}[{{interval}}])) or vector(0)`,
    max: 0,
    direction: 'increase',
    judge: 'none',
    unit: 'restarts',
  },
} satisfies Record<string, TemplateDefaults>;

export type TemplateName = keyof typeof BUILT_IN;
export const TEMPLATES: Record<TemplateName, TemplateDefaults> = BUILT_IN;
export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as [TemplateName, ...TemplateName[]];

/** `{{ name }}` occurrences, with their offsets. */
export function placeholdersIn(text: string): { name: string; at: number }[] {
  return [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => ({ name: m[1]!, at: m.index }));
}

/** The query with its placeholders replaced; values are escaped for a PromQL double-quoted string. */
export function renderQuery(text: string, vars: QueryVars): string {
  return text.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (whole, name: string) =>
    name in vars ? escapeLabelValue(vars[name as Placeholder]) : whole,
  );
}

function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
