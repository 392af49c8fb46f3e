import { invalid, type StatusCause } from './errors.ts';
import { labelSelectorFromObject } from './selectors.ts';
import type { KubeObject, ResourceType } from './types.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- validation walks free-form object trees
type Any = any;

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUALIFIED_NAME =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** Throws 422 Invalid (with field causes) when the object would be rejected by a real API server. */
export function validateObject(rt: ResourceType, obj: KubeObject, old: KubeObject | undefined): void {
  const causes: StatusCause[] = [];
  validateMeta(rt, obj, causes);
  const spec: Any = obj.spec;
  switch (`${rt.group}/${rt.kind}`) {
    case 'apps/Deployment':
    case 'apps/ReplicaSet':
      validateWorkload(spec, old?.spec, causes);
      break;
    case '/Pod':
      validatePodSpec(spec, 'spec', causes);
      break;
    case 'batch/Job':
      validateJob(spec, old?.spec, causes);
      break;
    case '/Service':
      validateService(spec, causes);
      break;
    case 'autoscaling/HorizontalPodAutoscaler':
      validateAutoscaler(spec, causes);
      break;
    case '/ConfigMap':
    case '/Secret':
      for (const k of [
        ...Object.keys((obj.data as object) ?? {}),
        ...Object.keys((obj.binaryData as object) ?? {}),
      ]) {
        if (!/^[-._a-zA-Z0-9]+$/.test(k) || k.length > 253)
          causes.push(
            cause(
              `data[${k}]`,
              k,
              "a valid config key must consist of alphanumeric characters, '-', '_' or '.'",
            ),
          );
      }
      break;
  }
  if (causes.length > 0) throw invalid(rt.group, rt.kind, obj.metadata?.name ?? '', causes);
}

function cause(field: string, value: unknown, message: string, reason = 'FieldValueInvalid'): StatusCause {
  return { field, reason, message: `Invalid value: ${JSON.stringify(value)}: ${message}` };
}
function required(field: string, detail = ''): StatusCause {
  return {
    field,
    reason: 'FieldValueRequired',
    message: detail ? `Required value: ${detail}` : 'Required value',
  };
}

function validateMeta(rt: ResourceType, obj: KubeObject, causes: StatusCause[]): void {
  const m = obj.metadata ?? ({} as KubeObject['metadata']);
  if (!m.name) {
    causes.push(required('metadata.name', 'name or generateName is required'));
    return;
  }
  const label = rt.resource === 'namespaces' || rt.resource === 'services';
  const re = rt.resource === 'services' ? DNS1035_LABEL : label ? DNS1123_LABEL : DNS1123_SUBDOMAIN;
  const max = label ? 63 : 253;
  if (!re.test(m.name) || m.name.length > max) {
    const what =
      rt.resource === 'services'
        ? 'a DNS-1035 label'
        : label
          ? 'a lowercase RFC 1123 label'
          : 'a lowercase RFC 1123 subdomain';
    causes.push(
      cause(
        'metadata.name',
        m.name,
        `${what} must consist of lower case alphanumeric characters, '-'${label ? '' : " or '.'"}, and must start and end with an alphanumeric character (at most ${max} characters)`,
      ),
    );
  }
  for (const [k, v] of Object.entries(m.labels ?? {})) {
    if (!QUALIFIED_NAME.test(k))
      causes.push(
        cause('metadata.labels', k, "name part must consist of alphanumeric characters, '-', '_' or '.'"),
      );
    if (typeof v !== 'string' || !LABEL_VALUE.test(v) || v.length > 63)
      causes.push(
        cause(
          'metadata.labels',
          v,
          "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.' (at most 63 characters)",
        ),
      );
  }
  for (const k of Object.keys(m.annotations ?? {})) {
    if (!QUALIFIED_NAME.test(k))
      causes.push(
        cause(
          'metadata.annotations',
          k,
          "name part must consist of alphanumeric characters, '-', '_' or '.'",
        ),
      );
  }
}

function validateWorkload(spec: Any, oldSpec: Any, causes: StatusCause[]): void {
  if (!spec || typeof spec !== 'object') {
    causes.push(required('spec'));
    return;
  }
  if (spec.replicas !== undefined && (!Number.isInteger(spec.replicas) || spec.replicas < 0))
    causes.push(cause('spec.replicas', spec.replicas, 'must be greater than or equal to 0'));
  const sel = spec.selector;
  const hasSel =
    sel && (Object.keys(sel.matchLabels ?? {}).length > 0 || (sel.matchExpressions ?? []).length > 0);
  if (!hasSel) causes.push(required('spec.selector'));
  const labels = spec.template?.metadata?.labels ?? {};
  if (hasSel && !labelSelectorFromObject(sel)(labels)) {
    causes.push(
      cause('spec.template.metadata.labels', labels, '`selector` does not match template `labels`'),
    );
  }
  if (oldSpec?.selector && hasSel && JSON.stringify(oldSpec.selector) !== JSON.stringify(sel)) {
    causes.push(cause('spec.selector', sel, 'field is immutable'));
  }
  const strategy = spec.strategy?.type;
  if (strategy !== undefined && strategy !== 'RollingUpdate' && strategy !== 'Recreate') {
    causes.push({
      field: 'spec.strategy.type',
      reason: 'FieldValueNotSupported',
      message: `Unsupported value: "${strategy}": supported values: "Recreate", "RollingUpdate"`,
    });
  }
  validatePodSpec(spec.template?.spec, 'spec.template.spec', causes);
}

function validatePodSpec(s: Any, path: string, causes: StatusCause[]): void {
  const containers = s?.containers;
  if (!Array.isArray(containers) || containers.length === 0) {
    causes.push(required(`${path}.containers`));
    return;
  }
  const seen = new Set<string>();
  containers.forEach((c: Any, i: number) => {
    const p = `${path}.containers[${i}]`;
    if (!c?.name) causes.push(required(`${p}.name`));
    else if (!DNS1123_LABEL.test(c.name))
      causes.push(
        cause(
          `${p}.name`,
          c.name,
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-'",
        ),
      );
    else if (seen.has(c.name))
      causes.push({
        field: `${p}.name`,
        reason: 'FieldValueDuplicate',
        message: `Duplicate value: "${c.name}"`,
      });
    if (c?.name) seen.add(c.name);
    if (!c?.image) causes.push(required(`${p}.image`));
    (c?.ports ?? []).forEach((port: Any, j: number) => {
      const n = port?.containerPort;
      if (!Number.isInteger(n) || n < 1 || n > 65535)
        causes.push(cause(`${p}.ports[${j}].containerPort`, n, 'must be between 1 and 65535, inclusive'));
    });
  });
}

function validateJob(spec: Any, oldSpec: Any, causes: StatusCause[]): void {
  if (!spec || typeof spec !== 'object') {
    causes.push(required('spec'));
    return;
  }
  const policy = spec.template?.spec?.restartPolicy;
  if (policy !== 'OnFailure' && policy !== 'Never') {
    causes.push(
      policy === undefined
        ? required('spec.template.spec.restartPolicy', 'valid values: "OnFailure", "Never"')
        : {
            field: 'spec.template.spec.restartPolicy',
            reason: 'FieldValueNotSupported',
            message: `Unsupported value: "${policy}": supported values: "OnFailure", "Never"`,
          },
    );
  }
  if (oldSpec?.template && JSON.stringify(oldSpec.template) !== JSON.stringify(spec.template))
    causes.push(cause('spec.template', '…', 'field is immutable'));
  validatePodSpec(spec.template?.spec, 'spec.template.spec', causes);
}

function validateService(spec: Any, causes: StatusCause[]): void {
  if (!spec || typeof spec !== 'object') return;
  const ports = spec.ports ?? [];
  if (ports.length === 0 && spec.type !== 'ExternalName' && spec.clusterIP !== 'None')
    causes.push(required('spec.ports'));
  ports.forEach((p: Any, i: number) => {
    if (!Number.isInteger(p?.port) || p.port < 1 || p.port > 65535)
      causes.push(cause(`spec.ports[${i}].port`, p?.port, 'must be between 1 and 65535, inclusive'));
    if (ports.length > 1 && !p?.name) causes.push(required(`spec.ports[${i}].name`));
  });
  const types = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];
  if (!types.includes(spec.type))
    causes.push({
      field: 'spec.type',
      reason: 'FieldValueNotSupported',
      message: `Unsupported value: "${spec.type}": supported values: ${types.map((t) => `"${t}"`).join(', ')}`,
    });
}

/** autoscaling/v2 (k8s pkg/apis/autoscaling/validation): a target by kind and name, 1 ≤ minReplicas ≤ maxReplicas. */
function validateAutoscaler(spec: Any, causes: StatusCause[]): void {
  if (!spec?.scaleTargetRef?.kind) causes.push(required('spec.scaleTargetRef.kind'));
  if (!spec?.scaleTargetRef?.name) causes.push(required('spec.scaleTargetRef.name'));
  const min = spec?.minReplicas;
  if (min !== undefined && !(Number.isInteger(min) && min >= 1))
    causes.push(cause('spec.minReplicas', min, 'must be greater than or equal to 1'));
  const max = spec?.maxReplicas;
  if (!(Number.isInteger(max) && max >= 1))
    causes.push(cause('spec.maxReplicas', max, 'must be greater than 0'));
  else if (Number.isInteger(min) && max < min)
    causes.push(cause('spec.maxReplicas', max, 'must be greater than or equal to `minReplicas`'));
}
