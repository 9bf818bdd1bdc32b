/**
 * `lagebild eval similarity`: Pearson correlation between the clusterer's article-to-article similarity and the
 * SemEval-2022 task 8 gold score (`Overall`, 1 = same story … 4 = unrelated, negated), per language pair.
 * Each text is read as a page copied off the web would be: a title on its first line (the CSV glues title and body
 * with a line break or, in flattened rows, two spaces), cleaned by the clean stage, then featurised as the
 * clusterer does. Document frequencies come from all texts of the file (as the clusterer would have learnt them
 * from a stream).
 * Besides the raw similarity, the Pearson of its calibrated form (`calibrated` in `src/cluster/scoring.ts`: a strictly
 * increasing map, so the same decisions at the threshold mapped alike) is reported, and the Spearman (rank)
 * correlation, which no increasing map changes: the clusterer decides by order and thresholds, so a rule that only
 * moves Pearson and not Spearman has changed the scale, not which pairs come first.
 * Split: a pair is held out when the FNV-1a hash of its `pair_id` is 0 mod 5 (about 20 %, {@link isHeldOutPair});
 * rules are developed on the rest (dev) and the held-out figures are read at the end. Document frequencies still
 * come from every text (the clusterer learns them unsupervised), the figures per split from its own pairs.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  articleTerms,
  articleToArticle,
  DocumentFrequencies,
  normaliseClusterOptions,
  signalsOf,
} from '../cluster/index.js';
import { documentTerms } from '../cluster/features.js';
import type { StreamArticle } from '../cluster/types.js';
import { normaliseCleanOptions, type NormalisedCleanOptions } from '../clean/options.js';
import { calibrated } from '../cluster/scoring.js';
import { cleanedArticle } from './cluster.js';
import { DataError, readDataFile } from './errors.js';
import { fnv1a } from './quotes.js';

export interface SimilarityPair {
  /** The data set's `pair_id` (what the dev / held-out split hashes). */
  readonly id: string;
  readonly lang1: string;
  readonly lang2: string;
  readonly text1: string;
  readonly text2: string;
  readonly overall: number;
}

/** Pearson of the raw and the calibrated similarity over some pairs, and their (common) Spearman. */
export interface PearsonFigures {
  readonly n: number;
  readonly pearson: number;
  /** Pearson of the calibrated similarity (same order, so the same clustering; Pearson is not rank-based). */
  readonly pearsonCalibrated: number;
  /** Spearman's rank correlation (the same for the raw and the calibrated similarity). */
  readonly spearman: number;
}

/** The figures of a set of pairs: all of them, and the dev and held-out parts. */
export interface SplitFigures extends PearsonFigures {
  readonly dev: PearsonFigures;
  readonly heldOut: PearsonFigures;
}

export interface SimilarityReport extends SplitFigures {
  readonly dataset: string;
  /** Per language pair (`de-de`, `de-en`, …), largest first. */
  readonly byPair: Readonly<Record<string, SplitFigures>>;
}

/** Whether a pair belongs to the held-out 20 % (FNV-1a of its id, 0 mod 5). */
export function isHeldOutPair(id: string): boolean {
  return fnv1a(id) % 5 === 0;
}

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') [row, field] = [[...row, field], ''];
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.push([...row, field]);
      [row, field] = [[], ''];
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
}

/** The pairs of a SemEval-2022 task 8 CSV (a file, or a folder holding `training_set.csv`). */
export function loadPairs(path: string): SimilarityPair[] {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'training_set.csv') : path;
  const [header, ...rows] = parseCsv(readDataFile(file));
  const col = (name: string): number => {
    const i = header?.indexOf(name) ?? -1;
    if (i < 0) throw new DataError(`${file}: no "${name}" column`);
    return i;
  };
  const [id, l1, l2, t1, t2, ov] = ['pair_id', 'lang1', 'lang2', 'text1', 'text2', 'Overall'].map(
    col,
  ) as number[];
  return rows
    .map((r) => ({
      id: r[id!] ?? '',
      lang1: r[l1!] ?? '',
      lang2: r[l2!] ?? '',
      text1: r[t1!] ?? '',
      text2: r[t2!] ?? '',
      overall: Number(r[ov!]),
    }))
    .filter((p) => Number.isFinite(p.overall) && p.text1.trim() !== '' && p.text2.trim() !== '');
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Ranks from 1, ties sharing the mean of the ranks they span (`[10, 20, 20]` → `[1, 2.5, 2.5]`). */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length).fill(0);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
    for (let k = i; k <= j; k++) out[order[k]?.[1] ?? 0] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation: Pearson of the ranks (ties take mean ranks). */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  return pearson(ranks(xs), ranks(ys));
}

/** A title glued to the body this far in at most (a longer first line is no title). */
const TITLE_MAX_CHARS = 250;

/** The text as a page: the title on a line of its own when a line break or two spaces end it early enough. */
export function asPage(text: string): string {
  const t = text.trim();
  const br = t.indexOf('\n');
  if (br > 0 && br <= TITLE_MAX_CHARS) return t;
  const gap = t.indexOf('  ');
  return gap > 0 && gap <= TITLE_MAX_CHARS ? `${t.slice(0, gap)}\n\n${t.slice(gap).trim()}` : t;
}

/** One text of a pair as the clusterer would see it after ingest and cleaning. */
function pairArticle(
  id: string,
  text: string,
  language: string,
  clean: NormalisedCleanOptions,
): StreamArticle {
  return { ...cleanedArticle({ id, text: asPage(text), language }, clean), language };
}

/** The clusterer's similarity of every pair (document frequencies from every text of the pairs). */
export function pairSimilarities(pairs: readonly Omit<SimilarityPair, 'id'>[]): number[] {
  const options = normaliseClusterOptions();
  const clean = normaliseCleanOptions();
  const terms = pairs.map((p, i) => [
    articleTerms(pairArticle(`${String(i)}a`, p.text1, p.lang1, clean), options),
    articleTerms(pairArticle(`${String(i)}b`, p.text2, p.lang2, clean), options),
  ]);
  const df = new DocumentFrequencies(options.maxVocabulary);
  for (const [a, b] of terms) {
    if (a) df.add(documentTerms(a));
    if (b) df.add(documentTerms(b));
  }
  return terms.map(([a, b]) =>
    a && b ? articleToArticle(signalsOf(a, df), signalsOf(b, df), options.weights) : 0,
  );
}

/** Pearson of the scores at `idx` against the gold. */
function figures(
  scores: readonly number[],
  scaled: readonly number[],
  gold: readonly number[],
  idx: readonly number[],
): PearsonFigures {
  const of = (values: readonly number[]): number[] => idx.map((i) => values[i] ?? 0);
  return {
    n: idx.length,
    pearson: pearson(of(scores), of(gold)),
    pearsonCalibrated: pearson(of(scaled), of(gold)),
    spearman: spearman(of(scores), of(gold)),
  };
}

export function evaluateSimilarity(pairs: readonly SimilarityPair[], dataset: string): SimilarityReport {
  const scores = pairSimilarities(pairs);
  const scaled = scores.map(calibrated);
  const gold = pairs.map((p) => -p.overall);
  const split = (idx: readonly number[]): SplitFigures => ({
    ...figures(scores, scaled, gold, idx),
    dev: figures(
      scores,
      scaled,
      gold,
      idx.filter((i) => !isHeldOutPair(pairs[i]?.id ?? '')),
    ),
    heldOut: figures(
      scores,
      scaled,
      gold,
      idx.filter((i) => isHeldOutPair(pairs[i]?.id ?? '')),
    ),
  });
  const groups = new Map<string, number[]>();
  pairs.forEach((p, i) => {
    const key = `${p.lang1}-${p.lang2}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const byPair: Record<string, SplitFigures> = {};
  for (const [key, idx] of [...groups].sort((a, b) => b[1].length - a[1].length)) byPair[key] = split(idx);
  return { dataset, ...split(pairs.map((_, i) => i)), byPair };
}
