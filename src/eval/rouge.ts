/**
 * ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum (Lin 2004), computed the way the de-facto reference scorer
 * `rouge-score` 0.1.2 (google-research) computes them:
 *
 * - **English mode** (`mode: 'en'`) reproduces its tokenizer: lower-case; every character outside a–z and
 *   0–9 becomes a space; tokens are split on whitespace; with stemming, tokens longer than 3 characters go
 *   through the Porter stemmer as NLTK implements it (see `porter.ts`). Letters such as ü, ß, é are
 *   deleted — fine for English, wrong for German.
 * - **Multilingual mode** (`mode: 'multilingual'`) keeps letters and digits of every script (NFC, lower-cased)
 *   and stems tokens longer than 3 characters with the language's Snowball stemmer.
 *
 * ROUGE-N: clipped n-gram overlap. ROUGE-L: longest common subsequence over the whole token sequence.
 * ROUGE-Lsum: summary-level LCS — texts are split into sentences on newlines, and for each reference sentence
 * the union of its LCS with every candidate sentence is counted, without counting a token more often than it
 * occurs on either side. F1 is `2PR / (P + R)`, 0 when both are 0. Pure functions.
 */
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { porterStem } from './porter.js';

export interface RougeScore {
  /** Precision. */
  readonly p: number;
  /** Recall. */
  readonly r: number;
  /** F1. */
  readonly f: number;
}

export interface RougeScores {
  readonly rouge1: RougeScore;
  readonly rouge2: RougeScore;
  readonly rougeL: RougeScore;
  readonly rougeLsum: RougeScore;
}

export const ROUGE_TYPES = ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'] as const;
export type RougeType = (typeof ROUGE_TYPES)[number];

export type RougeMode = 'en' | 'multilingual';

export interface RougeOptions {
  /** `en` (default): the reference scorer's tokenizer; `multilingual`: letters of every script. */
  readonly mode?: RougeMode;
  /** Stem tokens longer than 3 characters (default true). */
  readonly stem?: boolean;
  /** ISO 639-1 code for the Snowball stemmer in multilingual mode (default `en`). */
  readonly language?: string;
}

/** Snowball stemmers by ISO 639-1 code; other languages are not stemmed in multilingual mode. */
const SNOWBALL: ReadonlyMap<string, (word: string) => string> = new Map([
  ['da', danish],
  ['de', german],
  ['en', english],
  ['es', spanish],
  ['fi', finnish],
  ['fr', french],
  ['it', italian],
  ['nl', dutch],
  ['no', norwegian],
  ['nb', norwegian],
  ['pt', portuguese],
  ['ru', russian],
  ['sv', swedish],
]);

export function snowballStemmer(language: string): ((word: string) => string) | undefined {
  return SNOWBALL.get(language);
}

export const EMPTY_SCORE: RougeScore = { p: 0, r: 0, f: 0 };

export function fmeasure(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function score(p: number, r: number): RougeScore {
  return { p, r, f: fmeasure(p, r) };
}

/** Tokenizer of the reference scorer (English mode). */
export function tokenizeEnglish(text: string, stem: boolean): string[] {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return stem ? words.map((w) => (w.length > 3 ? porterStem(w) : w)) : words;
}

/** Multilingual tokenizer: letters (with their combining marks) and digits of every script. */
export function tokenizeMultilingual(text: string, stem: boolean, language = 'en'): string[] {
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const stemmer = stem ? SNOWBALL.get(language) : undefined;
  if (stemmer === undefined) return words;
  // Stem by code points, not UTF-16 units, so "über" counts as four characters like in Python.
  return words.map((w) => ([...w].length > 3 ? stemmer(w) : w));
}

export function tokenizer(options: RougeOptions = {}): (text: string) => string[] {
  const stem = options.stem ?? true;
  if ((options.mode ?? 'en') === 'en') return (text) => tokenizeEnglish(text, stem);
  const language = options.language ?? 'en';
  return (text) => tokenizeMultilingual(text, stem, language);
}

/** Counts of the n-grams of `tokens` (keys are the tokens joined with a space; tokens contain none). */
export function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Clipped overlap of two n-gram count tables. */
export function overlap(
  target: ReadonlyMap<string, number>,
  prediction: ReadonlyMap<string, number>,
): number {
  let hits = 0;
  for (const [key, count] of target) hits += Math.min(count, prediction.get(key) ?? 0);
  return hits;
}

function total(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const c of counts.values()) sum += c;
  return sum;
}

/** ROUGE-N from token lists. An empty side gives 0 (the reference divides by max(count, 1)). */
export function rougeN(target: readonly string[], prediction: readonly string[], n: number): RougeScore {
  const t = ngrams(target, n);
  const p = ngrams(prediction, n);
  const hits = overlap(t, p);
  return score(hits / Math.max(total(p), 1), hits / Math.max(total(t), 1));
}

/** Length of the longest common subsequence (two-row dynamic programme). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      current[j] = ai === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** ROUGE-L over whole token sequences. */
export function rougeL(target: readonly string[], prediction: readonly string[]): RougeScore {
  if (target.length === 0 || prediction.length === 0) return EMPTY_SCORE;
  const lcs = lcsLength(target, prediction);
  return score(lcs / prediction.length, lcs / target.length);
}

/**
 * Indices into `ref` of one longest common subsequence with `can`, read out of the full table the same
 * way as the reference (`_backtrack_norec`): on a tie, step back in `ref`.
 */
export function lcsIndices(ref: readonly string[], can: readonly string[]): number[] {
  const rows = ref.length;
  const cols = can.length;
  const width = cols + 1;
  const table = new Uint32Array((rows + 1) * width);
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= cols; j++) {
      table[i * width + j] =
        ref[i - 1] === can[j - 1]
          ? table[(i - 1) * width + j - 1]! + 1
          : Math.max(table[(i - 1) * width + j]!, table[i * width + j - 1]!);
    }
  }
  const out: number[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (table[i * width + j - 1]! > table[(i - 1) * width + j]!) {
      j--;
    } else {
      i--;
    }
  }
  return out.reverse();
}

function countTokens(sentences: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Summary-level LCS (ROUGE-Lsum) over tokenised sentences. */
export function rougeLsum(
  target: readonly (readonly string[])[],
  prediction: readonly (readonly string[])[],
): RougeScore {
  const m = target.reduce((sum, s) => sum + s.length, 0);
  const n = prediction.reduce((sum, s) => sum + s.length, 0);
  if (m === 0 || n === 0) return EMPTY_SCORE;
  const refCounts = countTokens(target);
  const canCounts = countTokens(prediction);
  let hits = 0;
  for (const ref of target) {
    const union = new Set<number>();
    for (const can of prediction) for (const index of lcsIndices(ref, can)) union.add(index);
    for (const index of [...union].sort((a, b) => a - b)) {
      const token = ref[index]!;
      const inCandidate = canCounts.get(token) ?? 0;
      const inReference = refCounts.get(token) ?? 0;
      if (inCandidate > 0 && inReference > 0) {
        hits++;
        canCounts.set(token, inCandidate - 1);
        refCounts.set(token, inReference - 1);
      }
    }
  }
  return score(hits / n, hits / m);
}

/** Non-empty lines: the reference scorer's sentences for ROUGE-Lsum. */
export function newlineSentences(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

/** Scores one prediction against one target with all four ROUGE types. */
export class RougeScorer {
  private readonly tokenize: (text: string) => string[];

  constructor(options: RougeOptions = {}) {
    this.tokenize = tokenizer(options);
  }

  tokens(text: string): string[] {
    return this.tokenize(text);
  }

  score(target: string, prediction: string): RougeScores {
    const t = this.tokenize(target);
    const p = this.tokenize(prediction);
    return {
      rouge1: rougeN(t, p, 1),
      rouge2: rougeN(t, p, 2),
      rougeL: rougeL(t, p),
      rougeLsum: rougeLsum(
        newlineSentences(target).map(this.tokenize),
        newlineSentences(prediction).map(this.tokenize),
      ),
    };
  }
}

/** Mean precision, recall and F1 of each type over many scored pairs (the F1 is the mean of the F1s). */
export function meanScores(all: readonly RougeScores[]): RougeScores {
  const mean = (type: RougeType): RougeScore => {
    if (all.length === 0) return EMPTY_SCORE;
    let p = 0;
    let r = 0;
    let f = 0;
    for (const s of all) {
      p += s[type].p;
      r += s[type].r;
      f += s[type].f;
    }
    return { p: p / all.length, r: r / all.length, f: f / all.length };
  };
  return {
    rouge1: mean('rouge1'),
    rouge2: mean('rouge2'),
    rougeL: mean('rougeL'),
    rougeLsum: mean('rougeLsum'),
  };
}
