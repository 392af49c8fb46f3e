/**
 * A worker pool (node:worker_threads) that measures files: sha256, raw bytes, gzip and brotli sizes.
 * One worker per core by default; each keeps a few tasks in flight so no core idles while the main
 * thread posts the next message. Sizes already known for a content hash (from the baseline report)
 * are reused, so only changed files are recompressed.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CancelledError } from '@shipgate/core';
import { WORKER_SOURCE } from './worker-source.ts';

/** What to compute for one file. */
export interface MeasureTask {
  path: string;
  gzip: boolean;
  brotli: boolean;
}

/** The sizes of one file's content. `gzip`/`brotli` are present when asked for. */
export interface FileSizes {
  sha256: string;
  raw: number;
  gzip?: number;
  brotli?: number;
  /** True when every compressed size came from the baseline (the content hash matched). */
  reused: boolean;
}

/** Known compressed sizes by content hash, e.g. from a baseline report. */
export type SizeCache = Map<string, { gzip?: number; brotli?: number }>;

export interface PoolOptions {
  threads?: number;
  cache?: SizeCache;
  /** Files larger than this are streamed rather than read whole (default 64 MiB). */
  streamAbove?: number;
  signal?: AbortSignal;
}

interface Reply {
  id: number;
  ok: boolean;
  r?: FileSizes;
  error?: string;
}

const IN_FLIGHT_PER_WORKER = 4;

/**
 * Measures every task on a pool of workers.
 * @returns sizes in the order of `tasks`; a file that cannot be read rejects with its path.
 */
export async function measureOnPool(tasks: MeasureTask[], opts: PoolOptions = {}): Promise<FileSizes[]> {
  const results: FileSizes[] = new Array(tasks.length);
  if (tasks.length === 0) return results;
  const threads = Math.max(1, Math.min(opts.threads ?? availableParallelism(), tasks.length));
  const workerData = {
    cache: [...(opts.cache ?? new Map())],
    streamAbove: opts.streamAbove ?? 64 * 1024 * 1024,
  };
  const workers = Array.from(
    { length: threads },
    () => new Worker(WORKER_SOURCE, { eval: true, workerData }),
  );
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (err: Error) => reject(err);
      const onAbort = () =>
        fail(
          opts.signal?.reason instanceof Error
            ? opts.signal.reason
            : new CancelledError('measuring cancelled'),
        );
      if (opts.signal?.aborted) return onAbort();
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      const feed = (w: Worker) => {
        if (next >= tasks.length) return;
        const id = next++;
        w.postMessage({ id, ...tasks[id] });
      };
      for (const w of workers) {
        w.on('error', fail);
        w.on('message', (m: Reply) => {
          if (!m.ok || !m.r) return fail(new Error(`cannot measure ${tasks[m.id]?.path}: ${m.error}`));
          results[m.id] = m.r;
          if (++done === tasks.length) {
            opts.signal?.removeEventListener('abort', onAbort);
            return resolve();
          }
          feed(w);
        });
        for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
