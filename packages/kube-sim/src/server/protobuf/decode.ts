import { ApiError } from '../../store/errors.ts';
import type { KubeObject } from '../../store/store.ts';
import { decodeKind } from './messages.ts';

export const PROTOBUF_CONTENT_TYPE = 'application/vnd.kubernetes.protobuf';
const MAGIC = Buffer.from([0x6b, 0x38, 0x73, 0x00]); // "k8s\0"

interface Reader {
  buf: Buffer;
  pos: number;
}

function varint(r: Reader): number {
  let result = 0;
  let shift = 0;
  for (;;) {
    if (r.pos >= r.buf.length) throw new Error('truncated varint');
    const b = r.buf[r.pos++]!;
    result += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return result;
    shift += 7;
  }
}

/** The fields of one message: field number → raw values (length-delimited as Buffers, varints as numbers). */
function fields(buf: Buffer): Map<number, (Buffer | number)[]> {
  const out = new Map<number, (Buffer | number)[]>();
  const r: Reader = { buf, pos: 0 };
  while (r.pos < buf.length) {
    const tag = varint(r);
    const no = Math.floor(tag / 8);
    const wire = tag & 7;
    let v: Buffer | number;
    if (wire === 0) v = varint(r);
    else if (wire === 2) {
      const len = varint(r);
      v = buf.subarray(r.pos, r.pos + len);
      r.pos += len;
    } else if (wire === 1 || wire === 5) {
      r.pos += wire === 1 ? 8 : 4;
      v = 0;
    } else throw new Error(`unsupported wire type ${wire}`);
    out.set(no, [...(out.get(no) ?? []), v]);
  }
  return out;
}

/**
 * Decodes a Kubernetes protobuf body: the "k8s\0" magic, a runtime.Unknown { typeMeta{apiVersion, kind}, raw },
 * and `raw` as the message of that kind. The result is the same object the JSON form would give.
 */
export function decodeProtobufObject(body: Buffer): KubeObject {
  if (body.length < 4 || !body.subarray(0, 4).equals(MAGIC))
    throw new ApiError(400, 'BadRequest', 'protobuf body does not start with the "k8s\\0" envelope');
  let apiVersion = '';
  let kind = '';
  let raw: Buffer;
  try {
    const unknown = fields(body.subarray(4));
    const typeMeta = unknown.get(1)?.[0];
    if (Buffer.isBuffer(typeMeta)) {
      const tm = fields(typeMeta);
      apiVersion = String(tm.get(1)?.[0] ?? '');
      kind = String(tm.get(2)?.[0] ?? '');
    }
    raw = (unknown.get(2)?.[0] as Buffer | undefined) ?? Buffer.alloc(0);
  } catch (e) {
    throw new ApiError(
      400,
      'BadRequest',
      `protobuf envelope (runtime.Unknown) could not be decoded: ${(e as Error).message}`,
    );
  }
  const obj = decodeKind(apiVersion, kind, raw);
  return { apiVersion, kind, ...obj } as KubeObject;
}
