import type { Signals } from './features.js';
import type { SignalWeights } from './options.js';
import type { Centroid } from './centroid.js';
import { DenseProbe } from './dense.js';
import type { TermIds } from './term-ids.js';
import { cosine, type Vector } from './vectors.js';

export const SIGNALS = ['title', 'body', 'entities', 'numbers'] as const;
export type SignalName = (typeof SIGNALS)[number];

export type Centroids = Readonly<Record<SignalName, Centroid>>;

/** One dense probe per signal: an article's signals or a story's centroids, loaded to be scored against stories. */
export type Probes = Readonly<Record<SignalName, DenseProbe>>;

export function makeProbes(ids: TermIds): Probes {
  return {
    title: new DenseProbe(ids),
    body: new DenseProbe(ids),
    entities: new DenseProbe(ids),
    numbers: new DenseProbe(ids),
  };
}

/**
 * Weighted mean of the per-signal similarities, over the signals both sides have (an article without numbers is
 * not held against a story with some). 0 when they share no signal, and 0 for a pair in different scripts (weights
 * of {@link pairWeights} for words that cannot meet) that shares no name: see {@link namesDecide}.
 */
function weighted(weights: SignalWeights, part: (signal: SignalName) => number | undefined): number {
  const names = namesDecide(weights);
  let sum = 0;
  let total = 0;
  for (const signal of SIGNALS) {
    if (weights[signal] === 0) continue;
    const value = part(signal);
    if (names && signal === 'entities' && !(value !== undefined && value > 0)) return 0;
    if (value === undefined) continue;
    sum += weights[signal] * value;
    total += weights[signal];
  }
  return total === 0 ? 0 : sum / total;
}

/**
 * Share of the body's weight kept for a pair in different scripts (see {@link pairWeights}). Its cosine is about 0
 * there, so it only discounts the names and numbers (to two thirds with the default weights). Measured on MMDS2025
 * dev (`eval cluster`, BCubed F1, before: 0.835): title and body left out entirely 0.855 (the shuffled stream 0.064
 * below time order), 1/9 of the body 0.857, 1/3 0.857 (0.020 below), 4/9 0.849.
 */
export const CROSS_SCRIPT_BODY = 1 / 3;

/**
 * The weights for a pair whose words cannot meet: two sides written in no common script (an article in Chinese and
 * a story in English) share no word, whatever they report, so the title is left out, the body kept at
 * {@link CROSS_SCRIPT_BODY} of its weight, and names and numbers (keyed alike in every language, see terms.ts)
 * decide. The same weights when they share a script.
 *
 * Two languages of one script (`titlesMeet` false: a German article and an English story) leave only the title out:
 * a title is a handful of words, and across languages the few it shares are names and figures, which the names and
 * numbers signals count already, so its cosine is about 0 and only dilutes the score; the body keeps its weight
 * (names, cognates and loan words meet there). SemEval de-en Pearson raw 0.651 → 0.678 (dev 0.663 → 0.690,
 * held-out 0.654 → 0.699); docs/clustering.md "Titles meet only titles of the same language".
 */
export function pairWeights(weights: SignalWeights, wordsMeet: boolean, titlesMeet = true): SignalWeights {
  if (wordsMeet && titlesMeet) return weights;
  if (wordsMeet) {
    let noTitle = titleless.get(weights);
    if (!noTitle) {
      noTitle = { ...weights, title: 0 };
      titleless.set(weights, noTitle);
    }
    return noTitle;
  }
  let cached = namesOnly.get(weights);
  if (!cached) {
    cached = { ...weights, title: 0, body: weights.body * CROSS_SCRIPT_BODY };
    namesOnly.set(weights, cached);
    crossScript.add(cached);
  }
  return cached;
}

const namesOnly = new WeakMap<SignalWeights, SignalWeights>();
const titleless = new WeakMap<SignalWeights, SignalWeights>();
/** The weights {@link pairWeights} made for pairs in different scripts. */
const crossScript = new WeakSet<SignalWeights>();

/**
 * True for the weights of a pair in different scripts (made by {@link pairWeights}): there the names decide, and a
 * pair that shares no name scores 0 whatever figures it shares. Across scripts the body's cosine is near 0 and
 * numbers alone are chance (a year, a count of 10 or 19): of the MMDS2025 dev pairs in different scripts that
 * scored ≥ 0.08 with no shared name, 53 were of two events and 1 of one; SemEval zh-en Pearson 0.700 → 0.749
 * (docs/clustering.md, "Names decide across scripts").
 */
export function namesDecide(weights: SignalWeights): boolean {
  return crossScript.has(weights);
}

/** Whether an article of script `script` and a story of `scripts` can share words (unknown scripts: assumed so). */
export function wordsMeet(script: string | undefined, scripts: ReadonlySet<string> | undefined): boolean {
  return script === undefined || scripts === undefined || scripts.size === 0 || scripts.has(script);
}

/** A language the detector could not tell (`und`), or none given: it may be any, so titles meet. */
function unknownLanguage(language: string | undefined): boolean {
  return language === undefined || language === UNDETERMINED;
}

const UNDETERMINED = 'und';

/** Whether two articles can share title words: the same language, or one of them unknown. */
export function sameLanguage(a: string | undefined, b: string | undefined): boolean {
  return unknownLanguage(a) || unknownLanguage(b) || a === b;
}

/**
 * Whether an article of `language` and a story of `languages` can share title words: the story holds an article of
 * that language, or the language of the article or of one of the story's is unknown (then assumed so).
 */
export function titlesMeet(language: string | undefined, languages: readonly string[] | undefined): boolean {
  return (
    unknownLanguage(language) ||
    languages === undefined ||
    languages.length === 0 ||
    languages.some((l) => sameLanguage(language, l))
  );
}

/** Loads an article's signals into the probes (see {@link articleToStory}). */
export function loadArticle(probes: Probes, article: Signals): Probes {
  for (const signal of SIGNALS) probes[signal].load(article[signal]);
  return probes;
}

/** Loads a story's centroids into the probes (see {@link storyToStory}). */
export function loadStory(probes: Probes, story: Centroids): Probes {
  for (const signal of SIGNALS) probes[signal].loadCentroid(story[signal]);
  return probes;
}

export function clearProbes(probes: Probes): void {
  for (const signal of SIGNALS) probes[signal].clear();
}

/** Similarity of an article's signals (loaded by {@link loadArticle}) to a story's centroids (0–1). */
export function articleToStory(article: Probes, story: Centroids, weights: SignalWeights): number {
  return weighted(weights, (signal) => {
    const v = article[signal];
    const c = story[signal];
    return v.size === 0 || c.norm === 0 ? undefined : v.cosine(c);
  });
}

/** Similarity of two stories' centroids, the first loaded by {@link loadStory} (0–1): what the merge check compares. */
export function storyToStory(a: Probes, b: Centroids, weights: SignalWeights): number {
  return weighted(weights, (signal) => {
    const x = a[signal];
    const y = b[signal];
    return x.norm === 0 || y.norm === 0 ? undefined : x.cosine(y);
  });
}

/** Similarity of two articles (0–1): the pair score `eval similarity` measures. */
export function articleToArticle(a: Signals, b: Signals, weights: SignalWeights): number {
  const meet = a.script === undefined || b.script === undefined || a.script === b.script;
  const titles = sameLanguage(a.language, b.language);
  return weighted(pairWeights(weights, meet, titles), (signal) => {
    const x: Vector = a[signal];
    const y: Vector = b[signal];
    return x.size === 0 || y.size === 0 ? undefined : cosine(x, y);
  });
}

/** Time decay: 1 for no gap, ½ after one half-life. */
export function decay(gapMs: number, halfLifeMs: number): number {
  return 0.5 ** (Math.abs(gapMs) / halfLifeMs);
}

/**
 * The similarity scale of {@link calibrated}: the default join threshold, so a similarity is measured in thresholds.
 * Kept equal to `DEFAULT_CLUSTER_OPTIONS.threshold` (a test checks it).
 */
export const CALIBRATION_SCALE = 0.15;

/**
 * A similarity on a "same story" scale: `1 − e^(−s / 0.15)`. Strictly increasing, so it orders pairs exactly as `s`
 * does and a threshold `t` on `s` is the threshold `calibrated(t)` here (the default 0.15 → 0.632, merge 0.25 →
 * 0.811). It saturates where TF-IDF cosines of one story spread out (0.3 and 0.6 are both "same story"), which makes
 * it linear enough for Pearson against graded judgements (`lagebild eval similarity`).
 */
export function calibrated(similarity: number): number {
  return 1 - Math.exp(-Math.max(0, similarity) / CALIBRATION_SCALE);
}
