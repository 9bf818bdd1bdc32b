/**
 * The gold stories `eval cluster` split (issue 13): for each gold story of one part (dev or held-out) whose accepted
 * articles ended in more than one predicted story, its pieces, the recall the split costs and the closest pair of
 * its articles across pieces (`articleToArticle`, with the document frequencies of all accepted articles). On pooled
 * Multi-News every predicted story is pure, so these are where its recall goes; a pair scoring under the join
 * threshold (0.15) says the pieces were never close enough, one over it that the order of arrival kept them apart.
 */
import { normaliseCleanOptions } from '../clean/index.js';
import {
  articleTerms,
  articleToArticle,
  DocumentFrequencies,
  normaliseClusterOptions,
  signalsOf,
  type ClusterOptions,
  type Signals,
  type StreamArticle,
} from '../cluster/index.js';
import { documentTerms } from '../cluster/features.js';
import { cleanedArticle } from '../flows/cluster-each.js';

/** A gold story split over several predicted stories. */
export interface SplitGold {
  readonly gold: string;
  /** Article ids per predicted story, the largest piece first (ties: the piece of the earliest article). */
  readonly pieces: readonly (readonly string[])[];
  /** Recall the split costs, in articles: Σ (1 − recall) over its articles. */
  readonly missing: number;
  /** The most similar pair of its articles in different pieces. */
  readonly closest: { readonly a: string; readonly b: string; readonly score: number };
}

/** Vocabulary kept by the document frequencies here (every term of a data set of a few hundred articles). */
const VOCABULARY = 1_000_000;

/**
 * The gold stories of the part `inPart` selects that are split over predicted stories, the costliest first (ties:
 * gold id). `predicted[i]` is the story of `articles[i]`; articles whose story starts with `refusedPrefix` are left
 * out, as in the accepted-only figures.
 */
export function splitGoldStories(
  articles: readonly StreamArticle[],
  predicted: readonly string[],
  gold: readonly string[],
  refusedPrefix: string,
  inPart: (gold: string) => boolean,
  options: ClusterOptions = {},
): SplitGold[] {
  if (articles.length !== predicted.length || articles.length !== gold.length)
    throw new RangeError('articles, predicted and gold labels differ in number');
  const accepted = articles.flatMap((_, i) => ((predicted[i] ?? '').startsWith(refusedPrefix) ? [] : [i]));
  const byGold = new Map<string, number[]>();
  for (const i of accepted) {
    const g = gold[i] ?? '';
    if (inPart(g)) byGold.set(g, [...(byGold.get(g) ?? []), i]);
  }
  const split = [...byGold].filter(([, idx]) => new Set(idx.map((i) => predicted[i])).size > 1);
  if (split.length === 0) return [];
  const signals = acceptedSignals(articles, accepted, options);
  const out = split.map(([g, idx]): SplitGold => {
    const pieces = new Map<string, number[]>();
    for (const i of idx) pieces.set(predicted[i] ?? '', [...(pieces.get(predicted[i] ?? '') ?? []), i]);
    const ordered = [...pieces.values()].sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
    const missing = idx.reduce(
      (sum, i) => sum + 1 - (pieces.get(predicted[i] ?? '')?.length ?? 0) / idx.length,
      0,
    );
    return {
      gold: g,
      pieces: ordered.map((piece) => piece.map((i) => articles[i]?.id ?? '')),
      missing,
      closest: closestAcross(ordered, articles, signals, options),
    };
  });
  return out.sort((a, b) => b.missing - a.missing || (a.gold < b.gold ? -1 : a.gold > b.gold ? 1 : 0));
}

/** Signals of the accepted articles (cleaned as the clusterer saw them), weighted by all of their frequencies. */
function acceptedSignals(
  articles: readonly StreamArticle[],
  accepted: readonly number[],
  options: ClusterOptions,
): Map<number, Signals> {
  const clean = normaliseCleanOptions();
  const normalised = normaliseClusterOptions(options);
  const terms = accepted.map((i) =>
    articleTerms(cleanedArticle(articles[i] as StreamArticle, clean), normalised),
  );
  const df = new DocumentFrequencies(VOCABULARY);
  for (const t of terms) df.add(documentTerms(t));
  return new Map(accepted.map((i, k) => [i, signalsOf(terms[k] as (typeof terms)[number], df)]));
}

function closestAcross(
  pieces: readonly (readonly number[])[],
  articles: readonly StreamArticle[],
  signals: ReadonlyMap<number, Signals>,
  options: ClusterOptions,
): SplitGold['closest'] {
  const weights = normaliseClusterOptions(options).weights;
  let best = { a: '', b: '', score: -1 };
  pieces.forEach((piece, p) => {
    for (const other of pieces.slice(p + 1))
      for (const i of piece)
        for (const j of other) {
          const x = signals.get(i);
          const y = signals.get(j);
          const score = x && y ? articleToArticle(x, y, weights) : 0;
          if (score > best.score) best = { a: articles[i]?.id ?? '', b: articles[j]?.id ?? '', score };
        }
  });
  return best;
}
