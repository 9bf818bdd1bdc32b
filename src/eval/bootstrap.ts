/**
 * How far a figure measured on a sample of articles could move on another sample of the same kind: a percentile
 * bootstrap over whole units (articles, not items, since the items of one article fail together — an interview whose
 * speakers are all missed), seeded so the same data gives the same interval.
 */

/** A ratio's part from one unit: its numerator and denominator (e.g. right speakers and gold speakers of an article). */
export type RatioUnit = readonly [numerator: number, denominator: number];

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export interface BootstrapOptions {
  /** Resamples (default 2 000). */
  readonly rounds?: number;
  /** Share of the resampled figures inside the interval (default 0.95). */
  readonly level?: number;
  /** Seed of the resampling (default 1). */
  readonly seed?: number;
}

/** A small seeded generator of numbers in [0, 1) (mulberry32). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The value at share `q` of sorted `values` (the nearest rank). */
function quantile(values: readonly number[], q: number): number {
  const at = Math.min(values.length - 1, Math.max(0, Math.ceil(q * values.length) - 1));
  return values[at] as number;
}

/**
 * The interval of a figure of summed counts (`figure` of the element-wise sums of the units' counts: a ratio, an F1)
 * over `units` resampled with replacement: the middle `level` of the resampled figures; `undefined` without units.
 */
export function sumsInterval(
  units: readonly (readonly number[])[],
  figure: (sums: readonly number[]) => number,
  options: BootstrapOptions = {},
): Interval | undefined {
  if (units.length === 0) return undefined;
  const width = Math.max(...units.map((u) => u.length));
  const rounds = options.rounds ?? 2000;
  const level = options.level ?? 0.95;
  const next = generator(options.seed ?? 1);
  const figures: number[] = [];
  const sums = new Array<number>(width);
  for (let r = 0; r < rounds; r++) {
    sums.fill(0);
    for (let k = 0; k < units.length; k++) {
      const unit = units[Math.floor(next() * units.length)] as readonly number[];
      for (let j = 0; j < unit.length; j++) sums[j] = (sums[j] as number) + (unit[j] as number);
    }
    figures.push(figure(sums));
  }
  figures.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { low: quantile(figures, tail), high: quantile(figures, 1 - tail) };
}

/**
 * The interval of Σ numerators / Σ denominators over the units (see `sumsInterval`). Units without a denominator
 * weigh nothing; none with one gives `undefined` (no figure, no interval).
 */
export function ratioInterval(
  units: readonly RatioUnit[],
  options: BootstrapOptions = {},
): Interval | undefined {
  return sumsInterval(
    units.filter(([, d]) => d > 0),
    ([n, d]) => (n as number) / (d as number),
    options,
  );
}
