/**
 * `lagebild eval entities`: people, places and organisations on GermEval 2014 (NoSta-D, `ner-de/`; a sentence
 * starts with a `#\t<url>\t[<date>]` line, then one token a line: `index \t token \t outer \t inner`, IOB2). Each
 * sentence is a tiny article fed alone through the same stages as `lagebild brief` (clean, analyse, the story
 * analysis) and the `entities` mentions are scored against the gold spans.
 *
 * Scorer (documented in docs/evaluation.md):
 * - Gold: the **outer** spans of `PER`, `LOC`, `ORG` only. `-deriv` ("deutsche") and `-part` ("EU-weit") forms,
 *   `OTH` and every inner tag count as no entity (neither to find nor false when found).
 * - The sentence's text is its tokens joined by one space, with no space before `, . ; : ! ? ) ]` and after
 *   `( [` (straight quotes stay spaced: their side is not in the data). A predicted mention covers the tokens its
 *   characters overlap; entity types map person → PER, place → LOC, organization → ORG.
 * - **Exact match**: a prediction is right when a gold entity has the same first and last token and the same type.
 *   Micro P = right / predicted, R = right / gold, F1; and per type.
 * - Error kinds: a gold entity not matched is `wrong type` (a prediction with its exact span, other type),
 *   `boundary` (overlapped by a prediction of its type), `boundary+type` (overlapped by another type) or
 *   `missed PER|LOC|ORG` (nothing overlaps); a prediction that overlaps no gold entity is `false PER|LOC|ORG`
 *   when it overlaps nothing gold at all, `false on OTH/deriv/part` when it overlaps an ignored tag.
 * - Split: a sentence is held out when the FNV-1a hash of its text is 0 mod 5 (about 20 %); rules are developed on
 *   the rest ("dev") only. Figures are given for all sentences of a split and for the news-site ones (not
 *   wikipedia.org).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { sumsInterval, type Interval } from './bootstrap.js';
import { DataError, readDataFile } from './errors.js';
import { fnv1a } from './quotes.js';

export type NerType = 'PER' | 'LOC' | 'ORG';
export const NER_TYPES: readonly NerType[] = ['PER', 'LOC', 'ORG'];

/** An entity over tokens `[from, to)`. */
export interface TokenSpan {
  readonly from: number;
  readonly to: number;
  readonly type: string;
}

export interface NerSentence {
  readonly url: string;
  readonly tokens: readonly string[];
  /** Outer PER/LOC/ORG spans. */
  readonly gold: readonly TokenSpan[];
  /** Outer spans of every other tag (OTH, -deriv, -part): found there is not false, not right either. */
  readonly ignored: readonly TokenSpan[];
}

/** One mention the system found, offsets into the text it was given. */
export interface PredictedEntity {
  readonly start: number;
  readonly end: number;
  readonly type: NerType;
}

/** The system under test: one sentence's text in, its entity mentions out. */
export type EntitySystem = (text: string, id: string) => readonly PredictedEntity[];

export interface TypeScores {
  readonly predicted: number;
  readonly right: number;
  readonly gold: number;
  readonly p: number;
  readonly r: number;
  readonly f: number;
}

export interface EntityScores extends TypeScores {
  readonly sentences: number;
  /**
   * Where precision and F1 could lie on other sentences of the kind: 95 % bootstrap intervals over sentences
   * (src/eval/bootstrap.ts); none without sentences.
   */
  readonly intervals?: { readonly p: Interval; readonly f: Interval };
  readonly byType: Readonly<Record<NerType, TypeScores>>;
  readonly errors: Readonly<Record<string, number>>;
}

export interface EntitiesReport {
  readonly dataset: string;
  readonly dev: EntityScores;
  readonly heldOut: EntityScores;
  /** The news-site sentences only (the README's suggestion for a news tool). */
  readonly devNews: EntityScores;
  readonly heldOutNews: EntityScores;
}

export interface SentenceDetail {
  readonly text: string;
  readonly missed: string[];
  readonly falseOnes: string[];
  /** Predictions that overlap a gold entity without matching it (boundary or type errors). */
  readonly inexact: string[];
}

export interface EntitiesEvalOptions {
  readonly limit?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Called with every dev sentence's errors (for error analysis; held-out sentences are never shown). */
  readonly onSentence?: (sentence: NerSentence, detail: SentenceDetail) => void;
}

const TAG = /^([BI])-(PER|LOC|ORG|OTH)(deriv|part)?$/u;

function spansOf(tags: readonly string[], where: string): { gold: TokenSpan[]; ignored: TokenSpan[] } {
  const gold: TokenSpan[] = [];
  const ignored: TokenSpan[] = [];
  let open: { from: number; type: string } | undefined;
  const close = (to: number): void => {
    if (!open) return;
    const span = { from: open.from, to, type: open.type };
    if ((NER_TYPES as readonly string[]).includes(open.type)) gold.push(span);
    else ignored.push(span);
    open = undefined;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O') return close(i);
    const m = TAG.exec(tag);
    if (!m) throw new DataError(`${where}: unknown tag "${tag}"`);
    const type = `${m[2] ?? ''}${m[3] ?? ''}`;
    if (m[1] === 'B' || open?.type !== type) {
      close(i);
      open = { from: i, type };
    }
  });
  close(tags.length);
  return { gold, ignored };
}

/** The sentences of a GermEval 2014 TSV text. Throws `DataError` on a line of another shape. */
export function parseGermEval(text: string, file = 'data'): NerSentence[] {
  const out: NerSentence[] = [];
  let url = '';
  let tokens: string[] = [];
  let tags: string[] = [];
  let start = 0;
  const flush = (): void => {
    if (tokens.length > 0) out.push({ url, tokens, ...spansOf(tags, `${file}:${String(start)}`) });
    tokens = [];
    tags = [];
  };
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/u, '');
    if (line.trim() === '') return flush();
    const cells = line.split('\t');
    if (cells[0] === '#') {
      flush();
      url = cells[1] ?? '';
      start = i + 1;
      return;
    }
    if (cells.length < 3 || !/^\d+$/u.test(cells[0] ?? ''))
      throw new DataError(
        `${file}:${String(i + 1)}: not a GermEval line (index, token, outer tag, inner tag)`,
      );
    if (tokens.length === 0) start = i + 1;
    tokens.push(cells[1] ?? '');
    tags.push(cells[2] ?? 'O');
  });
  flush();
  return out;
}

/** The sentences of a ner-de folder (`NER-de-*.tsv`) or one TSV file. Throws `DataError`. */
export function loadNerSentences(path: string): NerSentence[] {
  let file = path;
  try {
    if (statSync(path).isDirectory()) file = join(path, 'NER-de-dev.tsv');
  } catch (error) {
    throw new DataError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const sentences = parseGermEval(readDataFile(file), file);
  if (sentences.length === 0) throw new DataError(`${file}: no sentences`);
  return sentences;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']']);
const NO_SPACE_AFTER = new Set(['(', '[']);

/** The sentence as running text and each token's `[start, end)` in it. */
export function sentenceText(tokens: readonly string[]): { text: string; offsets: [number, number][] } {
  let text = '';
  const offsets: [number, number][] = [];
  tokens.forEach((t, i) => {
    if (i > 0 && !NO_SPACE_BEFORE.has(t) && !NO_SPACE_AFTER.has(tokens[i - 1] ?? '')) text += ' ';
    offsets.push([text.length, text.length + t.length]);
    text += t;
  });
  return { text, offsets };
}

/** Whether a sentence belongs to the held-out 20 %. */
export function isHeldOutSentence(text: string): boolean {
  return fnv1a(text) % 5 === 0;
}

/** A predicted character span as the tokens it overlaps (undefined when it overlaps none). */
export function tokenSpan(offsets: readonly [number, number][], p: PredictedEntity): TokenSpan | undefined {
  let from = -1;
  let to = -1;
  offsets.forEach(([s, e], i) => {
    if (s < p.end && e > p.start) {
      if (from < 0) from = i;
      to = i + 1;
    }
  });
  return from < 0 ? undefined : { from, to, type: p.type };
}

interface Counts {
  sentences: number;
  byType: Record<NerType, { predicted: number; right: number; gold: number }>;
  errors: Record<string, number>;
}

const emptyCounts = (): Counts => ({
  sentences: 0,
  byType: {
    PER: { predicted: 0, right: 0, gold: 0 },
    LOC: { predicted: 0, right: 0, gold: 0 },
    ORG: { predicted: 0, right: 0, gold: 0 },
  },
  errors: {},
});

const overlaps = (a: TokenSpan, b: TokenSpan): boolean => a.from < b.to && b.from < a.to;
const same = (a: TokenSpan, b: TokenSpan): boolean => a.from === b.from && a.to === b.to;

/** Scores one sentence's predictions into `c`; returns what was missed and what was false (as text). */
export function scoreSentence(
  sentence: NerSentence,
  predicted: readonly TokenSpan[],
  c: Counts,
): SentenceDetail {
  const words = (s: TokenSpan): string => `${sentence.tokens.slice(s.from, s.to).join(' ')} (${s.type})`;
  const { text } = sentenceText(sentence.tokens);
  const bump = (kind: string): void => {
    c.errors[kind] = (c.errors[kind] ?? 0) + 1;
  };
  const unique = predicted.filter(
    (p, i) => predicted.findIndex((q) => same(p, q) && q.type === p.type) === i,
  );
  c.sentences++;
  const missed: string[] = [];
  const falseOnes: string[] = [];
  const inexact: string[] = [];
  for (const g of sentence.gold) {
    const t = g.type as NerType;
    c.byType[t].gold++;
    if (unique.some((p) => same(p, g) && p.type === g.type)) {
      c.byType[t].right++;
      continue;
    }
    missed.push(words(g));
    if (unique.some((p) => same(p, g))) bump('wrong type');
    else if (unique.some((p) => overlaps(p, g) && p.type === g.type)) bump('boundary');
    else if (unique.some((p) => overlaps(p, g))) bump('boundary+type');
    else bump(`missed ${g.type}`);
  }
  for (const p of unique) {
    c.byType[p.type as NerType].predicted++;
    if (sentence.gold.some((g) => overlaps(p, g))) {
      if (!sentence.gold.some((g) => same(p, g) && p.type === g.type)) inexact.push(words(p));
      continue;
    }
    falseOnes.push(words(p));
    bump(sentence.ignored.some((g) => overlaps(p, g)) ? 'false on OTH/deriv/part' : `false ${p.type}`);
  }
  return { text, missed, falseOnes, inexact };
}

const prf = (predicted: number, right: number, gold: number): TypeScores => {
  const p = predicted === 0 ? 0 : right / predicted;
  const r = gold === 0 ? 0 : right / gold;
  return { predicted, right, gold, p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

/** The predicted, right and gold mentions of every type counted so far. */
function totals(c: Counts): [predicted: number, right: number, gold: number] {
  const all = NER_TYPES.map((t) => c.byType[t]);
  const sum = (k: 'predicted' | 'right' | 'gold'): number => all.reduce((n, x) => n + x[k], 0);
  return [sum('predicted'), sum('right'), sum('gold')];
}

/** `c`'s figures; `units`: each sentence's predicted, right and gold mentions, for the intervals. */
function finish(c: Counts, units: readonly (readonly number[])[]): EntityScores {
  const byType = Object.fromEntries(
    NER_TYPES.map((t) => [t, prf(c.byType[t].predicted, c.byType[t].right, c.byType[t].gold)]),
  ) as Record<NerType, TypeScores>;
  const figures = (sums: readonly number[]): TypeScores => prf(sums[0] ?? 0, sums[1] ?? 0, sums[2] ?? 0);
  const p = sumsInterval(units, (sums) => figures(sums).p);
  const f = sumsInterval(units, (sums) => figures(sums).f);
  return {
    sentences: c.sentences,
    ...prf(...totals(c)),
    ...(p !== undefined && f !== undefined ? { intervals: { p, f } } : {}),
    byType,
    errors: c.errors,
  };
}

/** Scores one sentence into `c` and adds its predicted, right and gold mentions to `units`. */
function scoreInto(
  sentence: NerSentence,
  predicted: readonly TokenSpan[],
  c: Counts,
  units: (readonly number[])[],
): SentenceDetail {
  const before = totals(c);
  const detail = scoreSentence(sentence, predicted, c);
  const after = totals(c);
  units.push(after.map((n, k) => n - (before[k] as number)));
  return detail;
}

const isNews = (s: NerSentence): boolean => !/wikipedia\.org/u.test(s.url);

/** Scores `system` on the sentences: dev and held-out apart, each also for the news-site sentences alone. */
export function evaluateEntities(
  all: readonly NerSentence[],
  system: EntitySystem,
  dataset: string,
  options: EntitiesEvalOptions = {},
): EntitiesReport {
  const sentences = options.limit !== undefined ? all.slice(0, options.limit) : all;
  const [dev, heldOut, devNews, heldOutNews] = [emptyCounts(), emptyCounts(), emptyCounts(), emptyCounts()];
  const units = new Map<Counts, (readonly number[])[]>(
    [dev, heldOut, devNews, heldOutNews].map((c) => [c, []]),
  );
  const into = (sentence: NerSentence, predicted: readonly TokenSpan[], c: Counts): SentenceDetail =>
    scoreInto(sentence, predicted, c, units.get(c) ?? []);
  sentences.forEach((sentence, i) => {
    const { text, offsets } = sentenceText(sentence.tokens);
    const held = isHeldOutSentence(text);
    const predicted = system(text, `s${String(i + 1)}`)
      .map((p) => tokenSpan(offsets, p))
      .filter((s): s is TokenSpan => s !== undefined);
    const detail = into(sentence, predicted, held ? heldOut : dev);
    if (isNews(sentence)) into(sentence, predicted, held ? heldOutNews : devNews);
    // Error detail of dev sentences only: the held-out part stays unseen while rules are developed.
    if (!held) options.onSentence?.(sentence, detail);
    options.onProgress?.(i + 1, sentences.length);
  });
  return {
    dataset,
    dev: finish(dev, units.get(dev) ?? []),
    heldOut: finish(heldOut, units.get(heldOut) ?? []),
    devNews: finish(devNews, units.get(devNews) ?? []),
    heldOutNews: finish(heldOutNews, units.get(heldOutNews) ?? []),
  };
}
