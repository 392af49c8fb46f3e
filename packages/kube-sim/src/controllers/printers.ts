import type { KubeObject } from '../store/store.ts';

/**
 * Server-side printing (meta.k8s.io/v1 Table) for `kubectl get`: the columns upstream's printers
 * (pkg/printers/internalversion/printers.go) give the kinds the controllers manage, and Name/Age for the rest.
 * The API server answers a request whose Accept asks for `as=Table;g=meta.k8s.io;v=v1` with toTable(...).
 */
export interface TableColumn {
  name: string;
  type: 'string' | 'integer' | 'date';
  format: string;
  description: string;
  priority: number;
}

type Cell = string | number;
interface Printer {
  columns: [string, TableColumn['type'], number][];
  row(o: KubeObject, now: number): Cell[];
}

const age = (o: KubeObject, now: number): string =>
  humanDuration(now - Date.parse(o.metadata.creationTimestamp ?? ''));

const PRINTERS: Record<string, Printer> = {
  Pod: {
    columns: [
      ['Name', 'string', 0],
      ['Ready', 'string', 0],
      ['Status', 'string', 0],
      ['Restarts', 'string', 0],
      ['Age', 'string', 0],
      ['IP', 'string', 1],
      ['Node', 'string', 1],
    ],
    row: (p, now) => {
      const s = podSummary(p, now);
      return [
        p.metadata.name,
        s.ready,
        s.status,
        s.restarts,
        age(p, now),
        p.status?.podIP ?? '<none>',
        p.spec?.nodeName ?? '<none>',
      ];
    },
  },
  Deployment: {
    columns: [
      ['Name', 'string', 0],
      ['Ready', 'string', 0],
      ['Up-to-date', 'integer', 0],
      ['Available', 'integer', 0],
      ['Age', 'string', 0],
      ['Containers', 'string', 1],
      ['Images', 'string', 1],
      ['Selector', 'string', 1],
    ],
    row: (d, now) => [
      d.metadata.name,
      `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
      d.status?.updatedReplicas ?? 0,
      d.status?.availableReplicas ?? 0,
      age(d, now),
      ...containersAndImages(d.spec?.template?.spec),
      selectorText(d.spec?.selector),
    ],
  },
  ReplicaSet: {
    columns: [
      ['Name', 'string', 0],
      ['Desired', 'integer', 0],
      ['Current', 'integer', 0],
      ['Ready', 'integer', 0],
      ['Age', 'string', 0],
      ['Containers', 'string', 1],
      ['Images', 'string', 1],
      ['Selector', 'string', 1],
    ],
    row: (r, now) => [
      r.metadata.name,
      r.spec?.replicas ?? 0,
      r.status?.replicas ?? 0,
      r.status?.readyReplicas ?? 0,
      age(r, now),
      ...containersAndImages(r.spec?.template?.spec),
      selectorText(r.spec?.selector),
    ],
  },
  Job: {
    columns: [
      ['Name', 'string', 0],
      ['Status', 'string', 0],
      ['Completions', 'string', 0],
      ['Duration', 'string', 0],
      ['Age', 'string', 0],
    ],
    row: (j, now) => {
      const conds = (j.status?.conditions ?? []) as { type: string; status: string }[];
      const has = (t: string): boolean => conds.some((c) => c.type === t && c.status === 'True');
      const status = has('Complete')
        ? 'Complete'
        : has('Failed')
          ? 'Failed'
          : j.spec?.suspend
            ? 'Suspended'
            : 'Running';
      const start = Date.parse(j.status?.startTime ?? '');
      const end = j.status?.completionTime ? Date.parse(j.status.completionTime) : now;
      return [
        j.metadata.name,
        status,
        `${j.status?.succeeded ?? 0}/${j.spec?.completions ?? 1}`,
        Number.isFinite(start) ? humanDuration(end - start) : '',
        age(j, now),
      ];
    },
  },
  Service: {
    columns: [
      ['Name', 'string', 0],
      ['Type', 'string', 0],
      ['Cluster-IP', 'string', 0],
      ['External-IP', 'string', 0],
      ['Port(s)', 'string', 0],
      ['Age', 'string', 0],
      ['Selector', 'string', 1],
    ],
    row: (s, now) => [
      s.metadata.name,
      s.spec?.type ?? 'ClusterIP',
      s.spec?.clusterIP ?? '<none>',
      '<none>',
      ((s.spec?.ports ?? []) as { port: number; protocol?: string; nodePort?: number }[])
        .map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`)
        .join(',') || '<none>',
      age(s, now),
      Object.entries((s.spec?.selector ?? {}) as Record<string, string>)
        .map(([k, v]) => `${k}=${v}`)
        .join(',') || '<none>',
    ],
  },
};

const DEFAULT: Printer = {
  columns: [
    ['Name', 'string', 0],
    ['Age', 'string', 0],
  ],
  row: (o, now) => [o.metadata.name, age(o, now)],
};

/** A meta.k8s.io/v1 Table of `items` of `kind`, rows carrying PartialObjectMetadata (kubectl's default). */
export function toTable(
  kind: string,
  items: KubeObject[],
  resourceVersion: string,
  now = Date.now(),
): Record<string, unknown> {
  const printer = PRINTERS[kind] ?? DEFAULT;
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: printer.columns.map(([name, type, priority]) => ({
      name,
      type,
      format: name === 'Name' ? 'name' : '',
      description: name,
      priority,
    })),
    rows: items.map((o) => ({
      cells: printer.row(o, now),
      object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata },
    })),
  };
}

interface ContainerStatus {
  ready?: boolean;
  restartCount?: number;
  state?: {
    waiting?: { reason?: string };
    running?: unknown;
    terminated?: { reason?: string; exitCode?: number; signal?: number };
  };
  lastState?: { terminated?: { finishedAt?: string } };
}

/** kubectl's READY, STATUS and RESTARTS for a pod (printPod). */
export function podSummary(
  pod: KubeObject,
  now = Date.now(),
): { ready: string; status: string; restarts: string } {
  const statuses = (pod.status?.containerStatuses ?? []) as ContainerStatus[];
  let reason: string = pod.status?.reason || pod.status?.phase || 'Pending';
  let restarts = 0;
  let readyCount = 0;
  let hasRunning = false;
  let lastRestart = 0;
  for (const cs of [...statuses].reverse()) {
    restarts += cs.restartCount ?? 0;
    const finished = Date.parse(cs.lastState?.terminated?.finishedAt ?? '');
    if (Number.isFinite(finished)) lastRestart = Math.max(lastRestart, finished);
    const t = cs.state?.terminated;
    if (cs.state?.waiting?.reason) reason = cs.state.waiting.reason;
    else if (t) reason = t.reason || (t.signal ? `Signal:${t.signal}` : `ExitCode:${t.exitCode ?? 0}`);
    else if (cs.ready && cs.state?.running) {
      hasRunning = true;
      readyCount++;
    }
  }
  if (reason === 'Completed' && hasRunning) {
    const podReady = ((pod.status?.conditions ?? []) as { type: string; status: string }[]).some(
      (c) => c.type === 'Ready' && c.status === 'True',
    );
    reason = podReady ? 'Running' : 'NotReady';
  }
  if (pod.metadata.deletionTimestamp) reason = 'Terminating';
  const total = (pod.spec?.containers ?? []).length;
  const restartText =
    restarts > 0 && lastRestart > 0
      ? `${restarts} (${humanDuration(now - lastRestart)} ago)`
      : String(restarts);
  return { ready: `${readyCount}/${total}`, status: reason, restarts: restartText };
}

function containersAndImages(
  spec: { containers?: { name: string; image: string }[] } | undefined,
): [string, string] {
  const cs = spec?.containers ?? [];
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image).join(',')];
}

function selectorText(
  sel:
    | {
        matchLabels?: Record<string, string>;
        matchExpressions?: { key: string; operator: string; values?: string[] }[];
      }
    | undefined,
): string {
  const parts = Object.entries(sel?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of sel?.matchExpressions ?? []) {
    const op = e.operator.toLowerCase();
    if (op === 'exists') parts.push(e.key);
    else if (op === 'doesnotexist') parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${op} (${(e.values ?? []).join(',')})`);
  }
  return parts.join(',') || '<none>';
}

/** k8s.io/apimachinery duration.HumanDuration, as in kubectl's AGE column. */
export function humanDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '<unknown>';
  const s = Math.floor(ms / 1000);
  if (s < -1) return '<invalid>';
  if (s < 0) return '0s';
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  if (h < 48) return `${h}h`;
  const d = Math.floor(h / 24);
  if (h < 24 * 8) return h % 24 === 0 ? `${d}d` : `${d}d${h % 24}h`;
  if (h < 24 * 365 * 2) return `${d}d`;
  const y = Math.floor(d / 365);
  if (h < 24 * 365 * 8) return d % 365 === 0 ? `${y}y` : `${y}y${d % 365}d`;
  return `${y}y`;
}
