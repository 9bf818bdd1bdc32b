/** Clustering scores: BCubed and pairwise precision/recall/F1, and the number of predicted and gold clusters. */

export interface PRF {
  readonly p: number;
  readonly r: number;
  readonly f: number;
}

export interface ClusterScores {
  readonly n: number;
  readonly bcubed: PRF;
  readonly pairwise: PRF;
  readonly predicted: number;
  readonly gold: number;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function sizes(labels: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const label of labels) out.set(label, (out.get(label) ?? 0) + 1);
  return out;
}

/** Items per (predicted, gold) pair of labels. */
function contingency(predicted: readonly string[], gold: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  predicted.forEach((p, i) => {
    const key = `${p}\u0000${gold[i] ?? ''}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  });
  return out;
}

/**
 * BCubed (Bagga & Baldwin 1998; Amigó et al. 2009): per item, precision is the share of its predicted cluster
 * that shares its gold label, recall the share of its gold cluster that shares its predicted label; both averaged
 * over items.
 */
export function bcubed(predicted: readonly string[], gold: readonly string[]): PRF {
  return meanOf(bcubedItems(predicted, gold));
}

/** BCubed precision and recall of every item (in input order). */
export function bcubedItems(
  predicted: readonly string[],
  gold: readonly string[],
): { p: number; r: number }[] {
  const ps = sizes(predicted);
  const gs = sizes(gold);
  const cells = contingency(predicted, gold);
  return predicted.map((label, i) => {
    const both = cells.get(`${label}\u0000${gold[i] ?? ''}`) ?? 0;
    return { p: both / (ps.get(label) ?? 1), r: both / (gs.get(gold[i] ?? '') ?? 1) };
  });
}

/** Mean precision and recall of some items, and the F1 of the two means. */
export function meanOf(items: readonly { readonly p: number; readonly r: number }[]): PRF {
  const n = items.length;
  if (n === 0) return { p: 0, r: 0, f: 0 };
  let p = 0;
  let r = 0;
  for (const item of items) {
    p += item.p;
    r += item.r;
  }
  return { p: p / n, r: r / n, f: f1(p / n, r / n) };
}

const pairs = (k: number): number => (k * (k - 1)) / 2;

/** Pairwise: precision over the pairs put together, recall over the pairs that belong together. */
export function pairwise(predicted: readonly string[], gold: readonly string[]): PRF {
  let together = 0;
  for (const k of contingency(predicted, gold).values()) together += pairs(k);
  let predictedPairs = 0;
  for (const k of sizes(predicted).values()) predictedPairs += pairs(k);
  let goldPairs = 0;
  for (const k of sizes(gold).values()) goldPairs += pairs(k);
  const p = predictedPairs === 0 ? 1 : together / predictedPairs;
  const r = goldPairs === 0 ? 1 : together / goldPairs;
  return { p, r, f: f1(p, r) };
}

export function clusterScores(predicted: readonly string[], gold: readonly string[]): ClusterScores {
  if (predicted.length !== gold.length) throw new RangeError('predicted and gold labels differ in number');
  return {
    n: predicted.length,
    bcubed: bcubed(predicted, gold),
    pairwise: pairwise(predicted, gold),
    predicted: sizes(predicted).size,
    gold: sizes(gold).size,
  };
}

/** The predicted story with the largest share of articles from gold stories other than its main one. */
export interface WorstStory {
  /** That share (0 when every predicted story is pure). */
  readonly share: number;
  /** The predicted story (empty when every story is pure). */
  readonly story: string;
  /** Its size, its main gold story (the one most of its articles come from; ties to the first seen) and how many gold stories it mixes. */
  readonly size: number;
  readonly gold: string;
  readonly goldStories: number;
}

/**
 * The worst story: the predicted story whose articles come most from other gold stories than its main one (share
 * = 1 − main / size). Ties go to the larger story, then to the first seen. What a chained mega-story shows as.
 */
export function worstStory(predicted: readonly string[], gold: readonly string[]): WorstStory {
  const cells = new Map<string, Map<string, number>>();
  predicted.forEach((p, i) => {
    const row = cells.get(p) ?? new Map<string, number>();
    const g = gold[i] ?? '';
    row.set(g, (row.get(g) ?? 0) + 1);
    cells.set(p, row);
  });
  let worst: WorstStory = { share: 0, story: '', size: 0, gold: '', goldStories: 0 };
  for (const [story, row] of cells) {
    let size = 0;
    let main = '';
    let mainCount = 0;
    for (const [g, k] of row) {
      size += k;
      if (k > mainCount) [main, mainCount] = [g, k];
    }
    const share = (size - mainCount) / size;
    if (share > worst.share || (share === worst.share && share > 0 && size > worst.size))
      worst = { share, story, size, gold: main, goldStories: row.size };
  }
  return worst;
}
