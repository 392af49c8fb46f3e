import { badRequest } from '../status.ts';
import { ApiError } from '../../store/errors.ts';

interface Operation {
  op: string;
  path: string;
  value?: unknown;
  from?: string;
}

/** JSON patch (RFC 6902). The body must be an array of operations, as on the real server. */
export function jsonPatch(doc: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops))
    throw badRequest(
      'json: cannot unmarshal object into Go value of type jsonpatch.Patch (a JSON patch must be an array of operations)',
    );
  let out = structuredClone(doc);
  ops.forEach((raw, i) => {
    const op = raw as Operation;
    if (!op || typeof op !== 'object' || typeof op.op !== 'string' || typeof op.path !== 'string') {
      throw badRequest(`json patch operation ${i}: each operation needs "op" and "path" strings`);
    }
    out = applyOp(out, op, i);
  });
  return out;
}

function pointer(path: string, i: number): string[] {
  if (path === '') return [];
  if (!path.startsWith('/'))
    throw badRequest(`json patch operation ${i}: path "${path}" must start with "/"`);
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function invalidOp(i: number, message: string): ApiError {
  return new ApiError(
    422,
    'Invalid',
    `the server rejected our request due to an error in our request (json patch operation ${i}: ${message})`,
  );
}

function parentOf(
  doc: unknown,
  parts: string[],
  i: number,
): { parent: Record<string, unknown> | unknown[]; key: string } {
  let cur: unknown = doc;
  for (const p of parts.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(p)];
    else if (cur && typeof cur === 'object') cur = (cur as Record<string, unknown>)[p];
    else cur = undefined;
    if (cur === undefined) throw invalidOp(i, `doc is missing path: /${parts.join('/')}: missing value`);
  }
  if (!cur || typeof cur !== 'object') throw invalidOp(i, `doc is missing path: /${parts.join('/')}`);
  return { parent: cur as Record<string, unknown> | unknown[], key: parts[parts.length - 1]! };
}

function getAt(doc: unknown, parts: string[], i: number): unknown {
  if (parts.length === 0) return doc;
  const { parent, key } = parentOf(doc, parts, i);
  const v = Array.isArray(parent) ? parent[Number(key)] : parent[key];
  if (v === undefined) throw invalidOp(i, `doc is missing path: /${parts.join('/')}`);
  return v;
}

function removeAt(doc: unknown, parts: string[], i: number): unknown {
  const { parent, key } = parentOf(doc, parts, i);
  if (Array.isArray(parent)) {
    const idx = Number(key);
    if (!Number.isInteger(idx) || idx < 0 || idx >= parent.length)
      throw invalidOp(i, `Unable to remove nonexistent index ${key}`);
    return parent.splice(idx, 1)[0];
  }
  if (!Object.hasOwn(parent, key))
    throw invalidOp(i, `Unable to remove nonexistent key: ${key}: missing value`);
  const v = parent[key];
  delete parent[key];
  return v;
}

function addAt(doc: unknown, parts: string[], value: unknown, i: number, replace: boolean): unknown {
  if (parts.length === 0) return value;
  const { parent, key } = parentOf(doc, parts, i);
  if (Array.isArray(parent)) {
    const idx = key === '-' ? parent.length : Number(key);
    if (!Number.isInteger(idx) || idx < 0 || idx > parent.length || (replace && idx >= parent.length))
      throw invalidOp(i, `index ${key} is out of bounds`);
    parent.splice(idx, replace ? 1 : 0, value);
  } else {
    if (replace && !Object.hasOwn(parent, key))
      throw invalidOp(i, `doc is missing key: /${parts.join('/')}: missing value`);
    parent[key] = value;
  }
  return doc;
}

function applyOp(doc: unknown, op: Operation, i: number): unknown {
  const parts = pointer(op.path, i);
  switch (op.op) {
    case 'add':
      return addAt(doc, parts, structuredClone(op.value), i, false);
    case 'replace':
      return addAt(doc, parts, structuredClone(op.value), i, true);
    case 'remove':
      removeAt(doc, parts, i);
      return doc;
    case 'move': {
      const v = removeAt(doc, pointer(op.from ?? '', i), i);
      return addAt(doc, parts, v, i, false);
    }
    case 'copy':
      return addAt(doc, parts, structuredClone(getAt(doc, pointer(op.from ?? '', i), i)), i, false);
    case 'test':
      if (JSON.stringify(getAt(doc, parts, i)) !== JSON.stringify(op.value))
        throw invalidOp(i, `testing value /${parts.join('/')} failed: test failed`);
      return doc;
    default:
      throw badRequest(
        `json patch operation ${i}: unexpected kind of operation "${op.op}" (allowed: add, remove, replace, move, copy, test)`,
      );
  }
}
