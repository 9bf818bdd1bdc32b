/**
 * `lagebild eval cluster`: runs the online clusterer over a clustering data set (through the flow in
 * src/flows/cluster-each.ts: each document cleaned, then added in the data set's order) and scores the stories
 * against the gold labels, beside two baselines (every article alone; everything in one story).
 */
import { performance } from 'node:perf_hooks';
import type { ClusterOptions } from '../cluster/index.js';
import { streamLanguage } from '../cluster/features.js';
import { clusterStream, REFUSED_PREFIX } from '../flows/cluster-each.js';
import type { ClusterDataset } from './cluster-data.js';
import { orderChecks, type OrderReport } from './cluster-order.js';
import { splitGoldStories, type SplitGold } from './cluster-splits.js';
import { storylineCheck, type StorylineCheck } from './cluster-storylines.js';
import {
  bcubedItems,
  clusterScores,
  meanOf,
  worstStory,
  type ClusterScores,
  type PRF,
  type WorstStory,
} from './cluster-metrics.js';
import { fnv1a } from './quotes.js';

/** Kept here for the evaluations and their tests, which named them here before the flow moved out. */
export {
  cleanedArticle,
  clusterStream,
  REFUSED_PREFIX,
  resolveMerges,
  type StreamResult,
} from '../flows/cluster-each.js';

export interface ClusterSystemReport extends ClusterScores {
  readonly seconds: number;
}

/** Lagebild's figures over the accepted articles of one part of the gold stories (dev or held-out). */
export interface SplitScores extends PRF {
  readonly articles: number;
  readonly stories: number;
  /** The worst story among these articles (their predicted stories, other articles left out). */
  readonly worst: WorstStory;
}

/**
 * Whether a gold story is held out: FNV-1a of its label is 0 mod 5 (about 20 % of the stories, all of their
 * articles; MMDS's catch-all articles, each its own label, fall either side). Rules are developed on the rest.
 */
export function isHeldOutStory(gold: string): boolean {
  return fnv1a(gold) % 5 === 0;
}

export interface ClusterReport {
  readonly dataset: string;
  readonly format: ClusterDataset['format'];
  readonly n: number;
  readonly skipped: number;
  /** Documents left empty by cleaning: refused by the clusterer (as by the CLI), scored as singletons. */
  readonly refused: number;
  /** Lagebild scored over the articles it accepted only (the refused ones left out of the gold too). */
  readonly accepted: ClusterScores;
  /**
   * The best any clustering of the accepted articles could score over all of them: every accepted article in its
   * gold story, the refused ones alone (what refusing furniture-only documents costs, whatever the method).
   */
  readonly bound: ClusterScores;
  readonly systems: Readonly<Record<string, ClusterSystemReport>>;
  /** Lagebild's worst story over all articles (the largest share from other gold stories: chaining shows here). */
  readonly worst: WorstStory;
  /** Lagebild over the accepted articles of the dev and the held-out gold stories apart (see {@link isHeldOutStory}). */
  readonly dev: SplitScores;
  readonly heldOut: SplitScores;
  /** Lagebild's BCubed over the articles of gold stories of each language mix (e.g. `en`, `en+zh`). */
  readonly byLanguageMix: Readonly<
    Record<string, PRF & { readonly articles: number; readonly stories: number }>
  >;
  /** Late arrivals (the stream shuffled) and batch order (permutations): see src/eval/cluster-order.ts. */
  readonly order: OrderReport;
  /** The predicted stories linked into storylines, and the links across gold stories (cluster-storylines.ts). */
  readonly storylines: StorylineCheck;
  /**
   * The dev gold stories split over several predicted stories, the costliest first, with the closest pair of
   * articles across their pieces (cluster-splits.ts): where the dev recall goes. Held-out ones are not listed.
   */
  readonly devSplits: readonly SplitGold[];
}

function languageMixes(
  dataset: ClusterDataset,
  predicted: readonly string[],
  language: string | undefined,
): ClusterReport['byLanguageMix'] {
  const gold = dataset.items.map((item) => item.gold);
  const languages = dataset.items.map((item) => streamLanguage(item.article, language));
  const mixOf = new Map<string, Set<string>>();
  gold.forEach((g, i) => mixOf.set(g, (mixOf.get(g) ?? new Set()).add(languages[i] ?? 'und')));
  const perItem = bcubedItems(predicted, gold);
  const groups = new Map<string, { items: { p: number; r: number }[]; stories: Set<string> }>();
  gold.forEach((g, i) => {
    const mix = [...(mixOf.get(g) ?? [])].sort().join('+');
    const group = groups.get(mix) ?? { items: [], stories: new Set<string>() };
    group.items.push(perItem[i] ?? { p: 0, r: 0 });
    group.stories.add(g);
    groups.set(mix, group);
  });
  const out: Record<string, PRF & { articles: number; stories: number }> = {};
  for (const [mix, group] of [...groups].sort((a, b) => b[1].items.length - a[1].items.length)) {
    out[mix] = { ...meanOf(group.items), articles: group.items.length, stories: group.stories.size };
  }
  return out;
}

function boundScores(predicted: readonly string[], gold: readonly string[]): ClusterScores {
  const best = gold.map((g, i) => {
    const story = predicted[i] ?? '';
    return story.startsWith(REFUSED_PREFIX) ? story : `gold:${g}`;
  });
  return clusterScores(best, gold);
}

function acceptedScores(predicted: readonly string[], gold: readonly string[]): ClusterScores {
  const keep = predicted.flatMap((story, i) => (story.startsWith(REFUSED_PREFIX) ? [] : [i]));
  return clusterScores(
    keep.map((i) => predicted[i] ?? ''),
    keep.map((i) => gold[i] ?? ''),
  );
}

function splitScores(predicted: readonly string[], gold: readonly string[], held: boolean): SplitScores {
  const keep = predicted.flatMap((story, i) => (story.startsWith(REFUSED_PREFIX) ? [] : [i]));
  const p = keep.map((i) => predicted[i] ?? '');
  const g = keep.map((i) => gold[i] ?? '');
  const items = bcubedItems(p, g);
  const part = g.flatMap((label, k) => (isHeldOutStory(label) === held ? [k] : []));
  return {
    ...meanOf(part.map((k) => items[k] ?? { p: 0, r: 0 })),
    articles: part.length,
    stories: new Set(part.map((k) => g[k])).size,
    worst: worstStory(
      part.map((k) => p[k] ?? ''),
      part.map((k) => g[k] ?? ''),
    ),
  };
}

/** Scores lagebild and the baselines on one data set. */
export function evaluateClustering(
  dataset: ClusterDataset,
  name: string,
  options: ClusterOptions = {},
  onProgress?: (done: number, total: number) => void,
): ClusterReport {
  const gold = dataset.items.map((item) => item.gold);
  const started = performance.now();
  const { stories: predicted, refused } = clusterStream(
    dataset.items.map((item) => item.article),
    options,
    onProgress,
  );
  const seconds = (performance.now() - started) / 1000;
  const systems: Record<string, ClusterSystemReport> = {
    lagebild: { ...clusterScores(predicted, gold), seconds },
    singletons: {
      ...clusterScores(
        gold.map((_, i) => String(i)),
        gold,
      ),
      seconds: 0,
    },
    'one story': {
      ...clusterScores(
        gold.map(() => 'all'),
        gold,
      ),
      seconds: 0,
    },
  };
  return {
    dataset: name,
    format: dataset.format,
    n: dataset.items.length,
    skipped: dataset.skipped,
    refused,
    accepted: acceptedScores(predicted, gold),
    bound: boundScores(predicted, gold),
    systems,
    worst: worstStory(predicted, gold),
    dev: splitScores(predicted, gold, false),
    heldOut: splitScores(predicted, gold, true),
    byLanguageMix: languageMixes(dataset, predicted, options.language),
    order: orderChecks(dataset, options, predicted),
    storylines: storylineCheck(
      dataset.items.map((item) => item.article),
      predicted,
      gold,
      REFUSED_PREFIX,
      options,
    ),
    devSplits: splitGoldStories(
      dataset.items.map((item) => item.article),
      predicted,
      gold,
      REFUSED_PREFIX,
      (g) => !isHeldOutStory(g),
      options,
    ),
  };
}
