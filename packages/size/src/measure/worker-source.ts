/**
 * The measuring worker, kept as plain JavaScript source and started with `new Worker(src, { eval: true })`:
 * that runs the same under Node's type stripping, jest and an ncc bundle (no separate worker file to
 * ship, nothing for a bundler to rewrite). Per task it reads the file once, hashes it (sha256), and
 * computes only the compressed sizes the baseline cache does not already hold for that hash.
 *
 * Settings are the peers': gzip level 9 (size-limit, compressed-size-action), brotli quality 11 with
 * otherwise default parameters (size-limit). Files up to `streamAbove` bytes are compressed in one
 * shot; larger ones are streamed so memory stays flat.
 */
export const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const zlib = require('node:zlib');
const cache = new Map(workerData.cache);
const streamAbove = workerData.streamAbove;
const GZIP = { level: 9 };
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } };

function streamSizes(path, wantGzip, wantBrotli) {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    let raw = 0, gzip = 0, brotli = 0, pending = 1;
    const done = () => { if (--pending === 0) resolve({ sha256: hash.digest('hex'), raw, gzip: wantGzip ? gzip : undefined, brotli: wantBrotli ? brotli : undefined }); };
    const sinks = [];
    if (wantGzip) { const z = zlib.createGzip(GZIP); pending++; z.on('data', (b) => { gzip += b.length; }); z.on('end', done); z.on('error', reject); sinks.push(z); }
    if (wantBrotli) { const z = zlib.createBrotliCompress(BROTLI); pending++; z.on('data', (b) => { brotli += b.length; }); z.on('end', done); z.on('error', reject); sinks.push(z); }
    const input = fs.createReadStream(path, { highWaterMark: 1 << 20 });
    input.on('error', reject);
    input.on('data', (chunk) => {
      raw += chunk.length; hash.update(chunk);
      let wait = 0;
      for (const s of sinks) if (!s.write(chunk)) { wait++; s.once('drain', () => { if (--wait === 0) input.resume(); }); }
      if (wait > 0) input.pause();
    });
    input.on('end', () => { for (const s of sinks) s.end(); done(); });
  });
}

async function measure(task) {
  const st = fs.statSync(task.path);
  if (st.size > streamAbove) {
    const first = await streamSizes(task.path, false, false);
    const hit = cache.get(first.sha256) || {};
    const needG = task.gzip && hit.gzip === undefined, needB = task.brotli && hit.brotli === undefined;
    const r = needG || needB ? await streamSizes(task.path, needG, needB) : first;
    return { sha256: first.sha256, raw: first.raw, gzip: task.gzip ? (needG ? r.gzip : hit.gzip) : undefined,
      brotli: task.brotli ? (needB ? r.brotli : hit.brotli) : undefined, reused: !(needG || needB) && (task.gzip || task.brotli) };
  }
  const buf = fs.readFileSync(task.path);
  const sha256 = crypto.createHash('sha256').update(buf).digest('hex');
  const hit = cache.get(sha256) || {};
  let reused = task.gzip || task.brotli;
  let gzip, brotli;
  if (task.gzip) { gzip = hit.gzip; if (gzip === undefined) { gzip = zlib.gzipSync(buf, GZIP).length; reused = false; } }
  if (task.brotli) { brotli = hit.brotli; if (brotli === undefined) { brotli = zlib.brotliCompressSync(buf, BROTLI).length; reused = false; } }
  return { sha256, raw: buf.length, gzip, brotli, reused };
}

parentPort.on('message', (task) => {
  measure(task).then(
    (r) => parentPort.postMessage({ id: task.id, ok: true, r }),
    (e) => parentPort.postMessage({ id: task.id, ok: false, error: (e && e.message) || String(e) }),
  );
});
`;
