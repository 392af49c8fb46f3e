/**
 * A small random-access tar reader: lists entries (ustar, GNU long names, pax `path`/`size`) with
 * their data offsets by reading headers only, and reads a chosen entry's bytes. Enough to read a
 * `docker save` or OCI-layout tarball's manifests without extracting multi-gigabyte layers.
 */
import { open, type FileHandle } from 'node:fs/promises';

export interface TarEntry {
  name: string;
  size: number;
  /** Byte offset of the entry's data in the tarball. */
  offset: number;
  type: string;
}

const BLOCK = 512;

function cString(buf: Buffer, start: number, len: number): string {
  const end = buf.indexOf(0, start);
  return buf.toString('utf8', start, end === -1 || end > start + len ? start + len : end);
}

function octal(buf: Buffer, start: number, len: number): number {
  if (buf[start]! & 0x80) {
    // GNU base-256 for sizes of 8 GiB and more.
    let v = 0;
    for (let i = start + 1; i < start + len; i++) v = v * 256 + buf[i]!;
    return v;
  }
  const text = cString(buf, start, len).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function paxRecords(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const space = text.indexOf(' ', i);
    if (space === -1) break;
    const len = Number(text.slice(i, space));
    if (!Number.isInteger(len) || len <= 0) break;
    const record = text.slice(space + 1, i + len - 1);
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    i += len;
  }
  return out;
}

/** Lists the entries of a tarball. Throws when the file is not a tar archive. */
export async function listTar(path: string): Promise<TarEntry[]> {
  const fh = await open(path, 'r');
  try {
    const { size: total } = await fh.stat();
    if (total < BLOCK || total % BLOCK !== 0)
      throw new Error(
        `${path} is not a tar archive (${total} bytes is not a whole number of 512-byte blocks)`,
      );
    const entries: TarEntry[] = [];
    const header = Buffer.alloc(BLOCK);
    let pos = 0;
    let longName: string | undefined;
    let pax = new Map<string, string>();
    while (pos + BLOCK <= total) {
      await readExactly(fh, header, pos);
      if (header.every((b) => b === 0)) break;
      if (header.toString('latin1', 257, 262) !== 'ustar' && !validChecksum(header)) {
        throw new Error(`${path} is not a tar archive (bad header at byte ${pos})`);
      }
      const type = String.fromCharCode(header[156] || 48);
      let size = octal(header, 124, 12);
      const dataAt = pos + BLOCK;
      if (type === 'L' || type === 'x') {
        const data = Buffer.alloc(size);
        await readExactly(fh, data, dataAt);
        if (type === 'L') longName = cString(data, 0, size);
        else pax = paxRecords(data.toString('utf8'));
      } else if (type !== 'g') {
        const prefix = cString(header, 345, 155);
        let name =
          longName ??
          pax.get('path') ??
          (prefix ? `${prefix}/${cString(header, 0, 100)}` : cString(header, 0, 100));
        if (pax.has('size')) size = Number(pax.get('size'));
        name = name.replace(/^\.\//, '');
        entries.push({ name, size, offset: dataAt, type });
        longName = undefined;
        pax = new Map();
      }
      pos = dataAt + Math.ceil(size / BLOCK) * BLOCK;
    }
    return entries;
  } finally {
    await fh.close();
  }
}

/** Reads one entry's bytes (for small entries such as manifests). */
export async function readTarEntry(path: string, entry: TarEntry): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const data = Buffer.alloc(entry.size);
    await readExactly(fh, data, entry.offset);
    return data;
  } finally {
    await fh.close();
  }
}

async function readExactly(fh: FileHandle, buf: Buffer, position: number): Promise<void> {
  let got = 0;
  while (got < buf.length) {
    const { bytesRead } = await fh.read(buf, got, buf.length - got, position + got);
    if (bytesRead === 0) throw new Error('unexpected end of tar archive');
    got += bytesRead;
  }
}

function validChecksum(header: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
  return sum === octal(header, 148, 8);
}
