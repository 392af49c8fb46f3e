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

  /** Up to `bars` buckets between min and max, log-spaced when the range is wide. */
  buckets(bars = 12): LatencyBucket[] {
    const h = this.histogram as unknown as {
      recordedValuesIterator: {
        reset(): void;
        hasNext(): boolean;
        next(): { valueIteratedTo: number; countAtValueIteratedTo: number };
      };
    };
    if (this.count === 0) return [];
    const lo = this.histogram.minNonZeroValue;
    const hi = this.histogram.maxValue + 1;
    const log = hi / lo > 20;
    const edges = Array.from({ length: bars + 1 }, (_, i) =>
      log ? lo * Math.pow(hi / lo, i / bars) : lo + ((hi - lo) * i) / bars,
    );
    const counts = new Array<number>(bars).fill(0);
    const it = h.recordedValuesIterator;
    it.reset();
    while (it.hasNext()) {
      const v = it.next();
      let index = edges.findIndex((edge) => v.valueIteratedTo < edge) - 1;
      if (index < 0) index = v.valueIteratedTo < lo ? 0 : bars - 1;
      counts[Math.min(bars - 1, index)]! += v.countAtValueIteratedTo;
    }
    return counts.map((count, i) => ({ fromMs: ms(edges[i]!), toMs: ms(edges[i + 1]!), count }));
  }

  destroy(): void {
    this.histogram.destroy();
  }
}

function ms(us: number): number {
  return Math.round(us) / 1000;
}
