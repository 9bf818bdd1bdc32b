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

/** The article of a split gold story scoring highest with a given article, and that score. */
export interface NearestArticle {
  readonly id: string;
  readonly score: number;
}

/** One article of a split gold story: how near it is to its own story's other pieces and to any other story. */
export interface SplitMember {
  readonly id: string;
  /** Its most similar article in the other pieces of its gold story. */
  readonly sibling: NearestArticle;
  /**
   * Its most similar accepted article of another gold story within the window of its time (either side), with that
   * story; undefined when there is none.
   */
  readonly wrong?: NearestArticle & { readonly gold: string };
}

/** A gold story split over several predicted stories. */
export interface SplitGold {
  readonly gold: string;
  /** Article ids per predicted story, the largest piece first (ties: the piece of the earliest article). */
  readonly pieces: readonly (readonly string[])[];
  /** Recall the split costs, in articles: Σ (1 − recall) over its articles. */
  readonly missing: number;
  /** The most similar pair of its articles in different pieces. */
  readonly closest: { readonly a: string; readonly b: string; readonly score: number };
  /** Each of its accepted articles in the order of `pieces`: its nearest sibling and nearest wrong article. */
  readonly members: readonly SplitMember[];
}

/** True when the article is nearer to its own story's other pieces than to any article of another story. */
export function nearerOwn(member: SplitMember): boolean {
  return member.sibling.score > (member.wrong?.score ?? -1);
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
  const normalised = normaliseClusterOptions(options);
  const score = (i: number, j: number): number => {
    const x = signals.get(i);
    const y = signals.get(j);
    return x && y ? articleToArticle(x, y, normalised.weights) : 0;
  };
  const times = articles.map((a) => (a.published === undefined ? Number.NaN : Date.parse(a.published)));
  const inWindow = (i: number, j: number): boolean =>
    !(Math.abs((times[i] ?? Number.NaN) - (times[j] ?? Number.NaN)) > normalised.windowMs);
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
      closest: closestAcross(ordered, articles, score),
      members: ordered.flatMap((piece, p) =>
        piece.map((i): SplitMember => {
          const sibling = nearest(
            ordered.flatMap((other, q) => (q === p ? [] : other)),
            i,
            score,
          );
          const rivals = accepted.filter((j) => gold[j] !== g && inWindow(i, j));
          const wrong = nearest(rivals, i, score);
          return {
            id: articles[i]?.id ?? '',
            sibling: { id: articles[sibling.at]?.id ?? '', score: sibling.score },
            ...(wrong.at < 0
              ? {}
              : {
                  wrong: { id: articles[wrong.at]?.id ?? '', gold: gold[wrong.at] ?? '', score: wrong.score },
                }),
          };
        }),
      ),
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

/** The index among `others` scoring highest with `i` (ties: the first), and its score; at −1 when there is none. */
function nearest(
  others: readonly number[],
  i: number,
  score: (i: number, j: number) => number,
): { at: number; score: number } {
  let best = { at: -1, score: -1 };
  for (const j of others) {
    const s = score(i, j);
    if (s > best.score) best = { at: j, score: s };
  }
  return best;
}

function closestAcross(
  pieces: readonly (readonly number[])[],
  articles: readonly StreamArticle[],
  score: (i: number, j: number) => number,
): SplitGold['closest'] {
  let best = { a: '', b: '', score: -1 };
  pieces.forEach((piece, p) => {
    for (const other of pieces.slice(p + 1))
      for (const i of piece)
        for (const j of other) {
          const s = score(i, j);
          if (s > best.score) best = { a: articles[i]?.id ?? '', b: articles[j]?.id ?? '', score: s };
        }
  });
  return best;
}
