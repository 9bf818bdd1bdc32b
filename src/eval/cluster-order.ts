/**
 * The order checks of `lagebild eval cluster` (issue 13):
 * - late arrivals: the data set's stream (same publication times) fed in shuffled orders — a deterministic seeded
 *   shuffle, so articles come up to days late — against the time order, BCubed precision and recall apart; the
 *   figure checked is the largest drop of F1 over the seeds (a floor: ≤ 0.02). Reported over all gold stories and
 *   over the dev / held-out split (gold story ids by hash, one in five held out: the split `eval quotes` uses);
 * - batch order: `cluster --batch`'s flow (`clusterDocuments`) over a few random permutations of the documents
 *   gives the same story for every article as over the data set's order.
 */
import type { ClusterOptions } from '../cluster/index.js';
import type { SourceDocument } from '../core/types.js';
import { clusterDocuments } from '../flows/cluster-batch.js';
import { clusterStream } from '../flows/cluster-each.js';
import { mulberry32 } from './baselines.js';
import type { ClusterDataset } from './cluster-data.js';
import { clusterScores, type PRF } from './cluster-metrics.js';
import { fnv1a } from './quotes.js';

/** Seeds of the shuffled streams and of the batch permutations. */
export const ORDER_SEEDS: readonly number[] = [1, 2, 3];
/** The largest BCubed F1 drop from time order to a shuffled order that `npm run eval` accepts. */
export const MAX_ORDER_DROP = 0.02;

/** The items in a seeded random order (Fisher–Yates); `order[k]` is the index of the k-th item. */
export function shuffledOrder(n: number, seed: number): number[] {
  const random = mulberry32(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? j, order[i] ?? i];
  }
  return order;
}

/** BCubed over all articles and over the dev / held-out split. */
export interface SplitScores {
  readonly all: PRF;
  readonly dev: PRF;
  readonly heldOut: PRF;
}

export interface ShuffledRun {
  readonly seed: number;
  readonly scores: SplitScores;
}

export interface OrderReport {
  readonly timeOrdered: SplitScores;
  readonly shuffled: readonly ShuffledRun[];
  /** Largest F1 drop (time order − shuffled) over the seeds, over all articles. */
  readonly drop: number;
  readonly dropDev: number;
  readonly dropHeldOut: number;
  /** Batch permutations tried, and how many gave every article the same story as the data set's order. */
  readonly batch: { readonly permutations: number; readonly identical: number };
}

/** A gold story is held out when its id hashes to 0 mod 5. */
export function heldOutStory(gold: string): boolean {
  return fnv1a(gold) % 5 === 0;
}

function splitScores(predicted: readonly string[], gold: readonly string[]): SplitScores {
  const part = (keep: (g: string) => boolean): PRF => {
    const index = gold.flatMap((g, i) => (keep(g) ? [i] : []));
    return clusterScores(
      index.map((i) => predicted[i] ?? ''),
      index.map((i) => gold[i] ?? ''),
    ).bcubed;
  };
  return {
    all: clusterScores(predicted, gold).bcubed,
    dev: part((g) => !heldOutStory(g)),
    heldOut: part(heldOutStory),
  };
}

/** The stories of the stream in `order` (indices into the data set), put back in the data set's order. */
function streamInOrder(dataset: ClusterDataset, order: readonly number[], options: ClusterOptions): string[] {
  const { stories } = clusterStream(
    order.map((i) => dataset.items[i]!.article),
    options,
  );
  const out: string[] = new Array<string>(order.length);
  order.forEach((i, k) => (out[i] = stories[k] ?? ''));
  return out;
}

function sourceDocument({ article }: ClusterDataset['items'][number]): SourceDocument {
  const meta = {
    ...(article.title !== undefined ? { title: article.title } : {}),
    ...(article.published !== undefined ? { published: article.published } : {}),
    ...(article.language !== undefined ? { language: article.language } : {}),
  };
  return { id: article.id, format: 'text', text: article.text, meta, removed: [] };
}

/** Article → story of a batch run, as a sorted list (what two runs must agree on). */
function batchStories(docs: readonly SourceDocument[], options: ClusterOptions): string {
  const run = clusterDocuments(docs, options);
  const pairs = run.assignments.map((a) => `${a.article}\t${a.story}`).sort();
  return `${pairs.join('\n')}\n${run.errors.map((e) => e.file).join('\n')}`;
}

/** The order checks of one data set (see the module comment). */
export function orderChecks(
  dataset: ClusterDataset,
  options: ClusterOptions = {},
  timeOrdered?: readonly string[],
): OrderReport {
  const gold = dataset.items.map((item) => item.gold);
  const n = gold.length;
  const inOrder = timeOrdered ?? streamInOrder(dataset, [...gold.keys()], options);
  const base = splitScores(inOrder, gold);
  const shuffled = ORDER_SEEDS.map((seed) => ({
    seed,
    scores: splitScores(streamInOrder(dataset, shuffledOrder(n, seed), options), gold),
  }));
  const drop = (pick: (s: SplitScores) => PRF): number =>
    Math.max(...shuffled.map((run) => pick(base).f - pick(run.scores).f));
  const docs = dataset.items.map(sourceDocument);
  const reference = batchStories(docs, options);
  const identical = ORDER_SEEDS.filter(
    (seed) =>
      batchStories(
        shuffledOrder(n, seed + 100).map((i) => docs[i]!),
        options,
      ) === reference,
  ).length;
  return {
    timeOrdered: base,
    shuffled,
    drop: drop((s) => s.all),
    dropDev: drop((s) => s.dev),
    dropHeldOut: drop((s) => s.heldOut),
    batch: { permutations: ORDER_SEEDS.length, identical },
  };
}
