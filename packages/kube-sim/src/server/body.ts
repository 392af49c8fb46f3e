import { parse as parseYaml } from 'yaml';
import { badRequest } from './status.ts';
import { decodeProtobufObject, PROTOBUF_CONTENT_TYPE } from './protobuf/decode.ts';
import type { KubeObject } from '../store/store.ts';

/** The media type without parameters, lower-cased. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Decodes a create/update body: JSON, YAML or Kubernetes protobuf (kubectl sends the latter for some kinds). */
export function decodeObjectBody(body: Buffer, contentType: string | undefined): KubeObject {
  const type = mediaType(contentType);
  if (type === PROTOBUF_CONTENT_TYPE) return decodeProtobufObject(body);
  if (type === 'application/yaml' || type === 'application/apply-patch+yaml')
    return asObject(parseYamlBody(body));
  if (type === '' || type === 'application/json' || type.endsWith('+json'))
    return asObject(parseJsonBody(body));
  throw Object.assign(badRequest(`unsupported content type "${type}"`), {
    code: 415,
    reason: 'UnsupportedMediaType',
  });
}

export function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) throw badRequest('the body of the request was empty');
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (e) {
    throw badRequest(
      `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf (${(e as Error).message})`,
    );
  }
}

export function parseYamlBody(body: Buffer): unknown {
  try {
    return parseYaml(body.toString('utf8'));
  } catch (e) {
    throw badRequest(`error decoding YAML: ${(e as Error).message}`);
  }
}

function asObject(v: unknown): KubeObject {
  if (!v || typeof v !== 'object' || Array.isArray(v))
    throw badRequest(
      'the body of the request must be a JSON object (a Kubernetes object with apiVersion, kind and metadata)',
    );
  const o = v as KubeObject;
  o.metadata ??= { name: '' };
  return o;
}
