import type { KubeObject, ResourceType } from './types.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- defaulting walks free-form object trees
type Any = any;

/** Fills the defaults the real API server applies (so kubectl output and rollout logic look familiar). */
export function applyDefaults(rt: ResourceType, obj: KubeObject, old: KubeObject | undefined): void {
  const spec: Any = obj.spec;
  switch (`${rt.group}/${rt.kind}`) {
    case 'apps/Deployment':
      if (!spec) return;
      spec.replicas ??= 1;
      spec.revisionHistoryLimit ??= 10;
      spec.progressDeadlineSeconds ??= 600;
      spec.strategy ??= { type: 'RollingUpdate' };
      spec.strategy.type ??= 'RollingUpdate';
      if (spec.strategy.type === 'RollingUpdate') {
        spec.strategy.rollingUpdate ??= {};
        spec.strategy.rollingUpdate.maxSurge ??= '25%';
        spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
      }
      podTemplate(spec.template);
      return;
    case 'apps/ReplicaSet':
      if (!spec) return;
      spec.replicas ??= 1;
      podTemplate(spec.template);
      return;
    case '/Pod':
      podSpec(spec);
      if (!old) obj.status ??= { phase: 'Pending', qosClass: 'BestEffort' };
      return;
    case '/Service':
      serviceDefaults(obj, old);
      return;
    case '/Secret':
      obj.type ??= 'Opaque';
      if (obj.stringData && typeof obj.stringData === 'object') {
        const data: Record<string, string> = { ...((obj.data as Record<string, string>) ?? {}) };
        for (const [k, v] of Object.entries(obj.stringData as Record<string, string>))
          data[k] = Buffer.from(String(v)).toString('base64');
        obj.data = data;
        delete obj.stringData;
      }
      return;
    case 'batch/Job':
      jobDefaults(obj);
      return;
    case '/Namespace':
      obj.spec ??= { finalizers: ['kubernetes'] };
      return;
  }
}

function podTemplate(t: Any): void {
  if (!t || typeof t !== 'object') return;
  t.metadata ??= {};
  podSpec(t.spec);
}

function podSpec(s: Any): void {
  if (!s || typeof s !== 'object') return;
  s.restartPolicy ??= 'Always';
  s.terminationGracePeriodSeconds ??= 30;
  s.dnsPolicy ??= 'ClusterFirst';
  s.securityContext ??= {};
  s.schedulerName ??= 'default-scheduler';
  for (const c of [...(s.containers ?? []), ...(s.initContainers ?? [])]) {
    if (!c || typeof c !== 'object') continue;
    c.terminationMessagePath ??= '/dev/termination-log';
    c.terminationMessagePolicy ??= 'File';
    c.resources ??= {};
    if (typeof c.image === 'string')
      c.imagePullPolicy ??= /:latest$|^[^:@]*$/.test(c.image.replace(/^[^/]*\//, ''))
        ? 'Always'
        : 'IfNotPresent';
    for (const p of c.ports ?? []) if (p && typeof p === 'object') p.protocol ??= 'TCP';
  }
}

let nextIp = 1;

function serviceDefaults(obj: KubeObject, old: KubeObject | undefined): void {
  const s: Any = obj.spec;
  if (!s || typeof s !== 'object') return;
  s.type ??= 'ClusterIP';
  s.sessionAffinity ??= 'None';
  for (const p of s.ports ?? []) {
    if (!p || typeof p !== 'object') continue;
    p.protocol ??= 'TCP';
    p.targetPort ??= p.port;
  }
  if (s.type !== 'ExternalName') {
    const previous = (old?.spec as Any)?.clusterIP;
    if (previous && !s.clusterIP) s.clusterIP = previous;
    if (!s.clusterIP) {
      const n = nextIp++;
      s.clusterIP = `10.96.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
    }
    if (s.clusterIP !== 'None') s.clusterIPs ??= [s.clusterIP];
    s.ipFamilies ??= ['IPv4'];
    s.ipFamilyPolicy ??= 'SingleStack';
    s.internalTrafficPolicy ??= 'Cluster';
  }
  obj.status ??= { loadBalancer: {} };
}

function jobDefaults(obj: KubeObject): void {
  const s: Any = obj.spec;
  if (!s || typeof s !== 'object') return;
  s.backoffLimit ??= 6;
  s.completions ??= 1;
  s.parallelism ??= 1;
  s.completionMode ??= 'NonIndexed';
  s.suspend ??= false;
  if (!s.selector && !s.manualSelector && obj.metadata.uid) {
    const labels = {
      'batch.kubernetes.io/controller-uid': obj.metadata.uid,
      'batch.kubernetes.io/job-name': obj.metadata.name,
      'controller-uid': obj.metadata.uid,
      'job-name': obj.metadata.name,
    };
    s.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': obj.metadata.uid } };
    s.template ??= {};
    s.template.metadata ??= {};
    s.template.metadata.labels = { ...(s.template.metadata.labels ?? {}), ...labels };
  }
  // A Job's pod template has no restartPolicy default: validation asks for OnFailure or Never.
  const policy = s.template?.spec?.restartPolicy;
  podTemplate(s.template);
  if (s.template?.spec && policy === undefined) delete s.template.spec.restartPolicy;
}
