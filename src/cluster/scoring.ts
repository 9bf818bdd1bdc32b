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
 * not held against a story with some). 0 when they share no signal.
 */
function weighted(weights: SignalWeights, part: (signal: SignalName) => number | undefined): number {
  let sum = 0;
  let total = 0;
  for (const signal of SIGNALS) {
    const value = part(signal);
    if (value === undefined) continue;
    sum += weights[signal] * value;
    total += weights[signal];
  }
  return total === 0 ? 0 : sum / total;
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
  return weighted(weights, (signal) => {
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
