import protobuf from 'protobufjs';
import { ApiError } from '../../store/errors.ts';
import { CORE_PROTO, META_PROTO, MESSAGE_FOR_KIND } from './schema.ts';

const root = protobuf.parse(META_PROTO + CORE_PROTO, { keepCase: true }).root;

/** Fields that the JSON form inlines into their parent (Go embedded structs). */
const INLINED = new Set(['handler', 'volumeSource', 'localObjectReference']);

function toJson(type: protobuf.Type, msg: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(msg)) {
    const field = type.fields[name];
    if (!field || isGoZero(name, value)) continue;
    const conv = (v: unknown): unknown => convert(field, v);
    let json: unknown;
    if (field.map)
      json = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, conv(v)]),
      );
    else if (field.repeated) json = (value as unknown[]).map(conv);
    else json = conv(value);
    if (json === undefined) continue;
    if (INLINED.has(name) && json && typeof json === 'object') Object.assign(out, json);
    else out[name] = json;
  }
  return out;
}

/** Pointer fields of the Go types: a zero value there is meaningful (replicas: 0), so it is kept. */
const POINTER_FIELDS = new Set([
  'replicas',
  'revisionHistoryLimit',
  'progressDeadlineSeconds',
  'terminationGracePeriodSeconds',
  'activeDeadlineSeconds',
  'parallelism',
  'completions',
  'backoffLimit',
  'ttlSecondsAfterFinished',
  'automountServiceAccountToken',
  'enableServiceLinks',
  'immutable',
  'suspend',
  'manualSelector',
  'optional',
  'defaultMode',
  'mode',
  'leaseDurationSeconds',
  'leaseTransitions',
]);

/** gogo-protobuf writes Go zero values of non-pointer fields; the JSON form omits them (omitempty). */
function isGoZero(name: string, v: unknown): boolean {
  if (POINTER_FIELDS.has(name)) return false;
  return v === '' || v === 0 || v === false;
}

function convert(field: protobuf.Field, v: unknown): unknown {
  const t = field.resolvedType;
  if (t instanceof protobuf.Type) {
    const m = v as Record<string, unknown>;
    switch (t.name) {
      case 'Time':
      case 'MicroTime': {
        if (!Number(m.seconds ?? 0) && !Number(m.nanos ?? 0)) return undefined;
        const ms = Number(m.seconds ?? 0) * 1000 + Math.floor(Number(m.nanos ?? 0) / 1e6);
        const iso = new Date(ms).toISOString();
        return t.name === 'Time' ? iso.replace(/\.\d{3}Z$/, 'Z') : iso.replace('Z', '000Z');
      }
      case 'IntOrString':
        return Number(m.type ?? 0) === 1 ? String(m.strVal ?? '') : Number(m.intVal ?? 0);
      case 'Quantity':
        return String(m.string ?? '');
      default:
        return toJson(t, m);
    }
  }
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (typeof v === 'object' && v !== null && 'low' in v && 'high' in v) return Number(String(v));
  return v;
}

/** Decodes the raw message of a kind to its JSON form (without apiVersion/kind). */
export function decodeKind(apiVersion: string, kind: string, raw: Buffer): Record<string, unknown> {
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
  const name = MESSAGE_FOR_KIND[`${group}/${kind}`];
  if (!name) {
    throw new ApiError(
      415,
      'UnsupportedMediaType',
      `kube-sim cannot decode ${apiVersion} ${kind} from protobuf (supported: ${Object.keys(MESSAGE_FOR_KIND).join(', ')}); send application/json`,
    );
  }
  const type = root.lookupType(`k8s.${name}`);
  let msg: protobuf.Message;
  try {
    msg = type.decode(raw);
  } catch (e) {
    throw new ApiError(400, 'BadRequest', `protobuf ${kind} could not be decoded: ${(e as Error).message}`);
  }
  const plain = type.toObject(msg, {
    longs: Number,
    bytes: Buffer,
    defaults: false,
    arrays: false,
    objects: false,
  }) as Record<string, unknown>;
  return toJson(type, plain);
}
