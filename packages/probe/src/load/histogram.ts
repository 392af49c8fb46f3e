/**
 * Latency recording in an HDR histogram (hdr-histogram-js): microsecond resolution, 3 significant
 * digits, up to one hour, constant memory whatever the number of requests.
 */
import * as hdr from 'hdr-histogram-js';

// A namespace import: node and the ncc bundle both see hdr-histogram-js's CommonJS exports as named
// exports, whereas a default import is undefined in the bundle.

/** Latency percentiles in milliseconds. */
export interface LatencySummary {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p75: number;
  p90: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

/** One bar of the latency histogram: requests whose latency fell in [fromMs, toMs). */
export interface LatencyBucket {
  fromMs: number;
  toMs: number;
  count: number;
}

const HOUR_US = 3_600_000_000;

export class LatencyRecorder {
  private readonly histogram = hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: HOUR_US,
    numberOfSignificantValueDigits: 3,
    useWebAssembly: false,
  });

  /** Records one latency in milliseconds (clamped to 1 µs … 1 h). */
  record(ms: number): void {
    this.histogram.recordValue(Math.min(HOUR_US, Math.max(1, Math.round(ms * 1000))));
  }

  get count(): number {
    return this.histogram.totalCount;
  }

  /** The value at a percentile (0–100), in ms. */
  percentile(p: number): number {
    return this.count === 0 ? 0 : ms(this.histogram.getValueAtPercentile(p));
  }

  summary(): LatencySummary {
    const h = this.histogram;
    if (h.totalCount === 0)
      return { count: 0, min: 0, mean: 0, p50: 0, p75: 0, p90: 0, p95: 0, p99: 0, p999: 0, max: 0 };
    const at = (p: number) => ms(h.getValueAtPercentile(p));
    return {
      count: h.totalCount,
      min: ms(h.minNonZeroValue),
      mean: ms(h.mean),
      p50: at(50),
      p75: at(75),
      p90: at(90),
      p95: at(95),
      p99: at(99),
      p999: at(99.9),
      max: ms(h.maxValue),
    };
  }

  /**
   * The latency distribution in at most `maxBars` buckets whose bounds are round numbers
   * (niceEdges): a 1-2-5 ladder when the range is wide, an even 1/2/5 step when it is narrow.
   */
  buckets(maxBars = 8): LatencyBucket[] {
    const h = this.histogram as unknown as {
      recordedValuesIterator: {
        reset(): void;
        hasNext(): boolean;
        next(): { valueIteratedTo: number; countAtValueIteratedTo: number };
      };
    };
    if (this.count === 0) return [];
    const edges = niceEdges(ms(this.histogram.minNonZeroValue), ms(this.histogram.maxValue), maxBars);
    const counts = new Array<number>(edges.length - 1).fill(0);
    const it = h.recordedValuesIterator;
    it.reset();
    while (it.hasNext()) {
      const v = it.next();
      const at = ms(v.valueIteratedTo);
      const index = edges.findIndex((edge) => at < edge) - 1;
      counts[index < 0 ? counts.length - 1 : index]! += v.countAtValueIteratedTo;
    }
    return counts.map((count, i) => ({ fromMs: edges[i]!, toMs: edges[i + 1]!, count }));
  }

  destroy(): void {
    this.histogram.destroy();
  }
}

function ms(us: number): number {
  return Math.round(us) / 1000;
}

/** `m × 10^e` without binary noise (3 × 10^-1 → 0.3, not 0.30000000000000004). */
const decimal = (m: number, e: number): number => Number((m * 10 ** e).toPrecision(12));

/** Edges m × 10^e for m in `ladder`, from the last one ≤ lo to the first one > hi. */
function ladderEdges(lo: number, hi: number, ladder: number[]): number[] {
  const edges: number[] = [];
  for (let e = Math.floor(Math.log10(lo)) - 1; ; e++) {
    for (const m of ladder) {
      const v = decimal(m, e);
      if (v <= lo) edges.length = 0;
      edges.push(v);
      if (v > hi) return edges;
    }
  }
}

/** Edges k × step from the last one ≤ lo to the first one > hi. */
function linearEdges(lo: number, hi: number, step: number): number[] {
  const first = Math.floor(lo / step);
  const edges = [decimal(first * step, 0)];
  while (edges.at(-1)! <= hi) edges.push(decimal((first + edges.length) * step, 0));
  return edges;
}

/**
 * Round bucket bounds covering [lo, hi] in at most maxBars buckets, so that labels such as
 * "0.5–1" or "20–40" read at a glance: for a range wider than 20×, the first of the ladders
 * 1-2-5, 1-3, 1 per decade that fits (log-spaced, as latency spreads); otherwise an even step of
 * 1, 2 or 5 × 10^k.
 */
export function niceEdges(lo: number, hi: number, maxBars = 8): number[] {
  if (lo > 0 && hi / lo > 20) {
    const ladders = [[1, 2, 5], [1, 3], [1]].map((ladder) => ladderEdges(lo, hi, ladder));
    return ladders.find((edges) => edges.length - 1 <= maxBars) ?? ladders.at(-1)!;
  }
  for (let e = Math.floor(Math.log10(Math.max((hi - lo) / maxBars, lo / 100, 0.001))); ; e++) {
    for (const m of [1, 2, 5]) {
      const edges = linearEdges(lo, hi, decimal(m, e));
      if (edges.length - 1 <= maxBars) return edges;
    }
  }
}
