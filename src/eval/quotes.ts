/**
 * `lagebild eval quotes`: quotations and their speakers on quotes-de (German Wikinews, Petersen-Frey & Biemann
 * 2024; one article a line, `{documentName, originalText, annotations}`, every `*.jsonl.gz` / `*.jsonl` of the
 * folder). Each article is fed alone through the same stages as `lagebild brief` (clean, analyse, the story
 * analysis) and its `quotes` are scored against the gold annotations.
 *
 * Scorer (documented in docs/evaluation.md):
 * - A predicted quote's span is mapped back to `originalText` (its text is searched there, in order).
 * - **Direct quotes**: a prediction is right when ≥ 50 % of its characters lie inside gold `Direct` quote spans;
 *   a gold `Direct` annotation is found when ≥ 50 % of its characters (quotation marks excluded) are covered by
 *   right predictions. P = right / predicted, R = found / gold.
 * - **Speaker accuracy**: over found gold direct quotes with a non-empty gold speaker, the speaker of the
 *   prediction overlapping it most is right when its last name token (lower case, a genitive "s" dropped) is a
 *   word of the gold speaker span, or the gold span ends with the first word of a predicted full name (the text
 *   names the person by the given name: "Thaksin" for "Thaksin Shinawatra") — or the last word of the role the prediction gives (the gold marks the
 *   mention, "der mexikanische Präsident", where the system names the person it refers to and keeps the role).
 *   A gold speaker that is a pronoun ("er", "sie"; also "der", "letztere", "Demnach") stands for the nearest
 *   earlier gold speaker span of the article that is not a pronoun; with none, the item has no speaker to check
 *   (as an empty gold speaker). No predicted speaker is wrong.
 * - **Indirect**: gold `Indirect` annotations covered ≥ 50 % by a prediction of kind `indirect` with the right
 *   speaker (same rule).
 * - Split: an article is held out when the FNV-1a hash of its `documentName` is 0 mod 5 (about 20 %); rules are
 *   developed on the rest ("dev") only.
 */
import { gunzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { escapeRegExp } from '../core/regexp.js';
import type { SourceDocument } from '../core/types.js';
import { ratioInterval, type Interval, type RatioUnit } from './bootstrap.js';
import { DataError } from './errors.js';

export interface GoldSpan {
  readonly charBegin: number;
  readonly charEnd: number;
}

export interface GoldRole {
  readonly text: string;
  readonly spans: readonly GoldSpan[];
}

export interface GoldAnnotation {
  readonly type: string;
  readonly quote?: GoldRole;
  readonly speaker?: GoldRole;
}

export interface QuoteArticle {
  readonly name: string;
  readonly text: string;
  readonly annotations: readonly GoldAnnotation[];
}

/** One quote the system found, as the scorer reads it (offsets into the system's own text). */
export interface PredictedQuote {
  readonly text: string;
  readonly speaker: string | null;
  /** The role the text gives the speaker there ("mexikanische Präsident"), when the system reports one. */
  readonly role?: string;
  readonly kind?: 'direct' | 'indirect';
}

/** The system under test: one article's text in, its quotes out. */
export type QuoteSystem = (text: string, name: string) => readonly PredictedQuote[];

export interface QuoteScores {
  readonly articles: number;
  readonly predicted: number;
  readonly right: number;
  readonly gold: number;
  readonly found: number;
  readonly p: number;
  readonly r: number;
  readonly f: number;
  /** Found gold direct quotes with a gold speaker; of those, how many with a speaker at all, and the right one. */
  readonly speakerGold: number;
  readonly speakerGiven: number;
  readonly speakerRight: number;
  readonly speakerAccuracy: number;
  /**
   * Where the speaker accuracy could lie on other articles of the kind: the 95 % bootstrap interval over articles
   * (src/eval/bootstrap.ts); none without a gold speaker.
   */
  readonly speakerInterval?: Interval;
  readonly indirectGold: number;
  readonly indirectRight: number;
  readonly indirectRecall: number;
  /** Kinds of error, to see the next step: false quotes by shape, speaker errors by kind. */
  readonly errors: Readonly<Record<string, number>>;
}

export interface QuotesReport {
  readonly dataset: string;
  readonly dev: QuoteScores;
  readonly heldOut: QuoteScores;
}

export interface QuotesEvalOptions {
  readonly limit?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Called with every article's false and missed items (for error analysis). */
  readonly onArticle?: (article: QuoteArticle, detail: ArticleDetail) => void;
}

export interface ArticleDetail {
  readonly falseQuotes: string[];
  readonly missedQuotes: string[];
  readonly speakerErrors: { quote: string; gold: string; predicted: string | null }[];
}

/** FNV-1a, 32 bit: a stable hash of a string. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Whether an article belongs to the held-out 20 %. */
export function isHeldOut(name: string): boolean {
  return fnv1a(name) % 5 === 0;
}

function parseArticle(line: string, where: string): QuoteArticle {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    throw new DataError(`${where}: not JSON (${(error as Error).message})`);
  }
  const r = raw as { documentName?: unknown; originalText?: unknown; annotations?: unknown };
  if (
    typeof r.documentName !== 'string' ||
    typeof r.originalText !== 'string' ||
    !Array.isArray(r.annotations)
  )
    throw new DataError(`${where}: not a quotes-de article (needs documentName, originalText, annotations)`);
  return { name: r.documentName, text: r.originalText, annotations: r.annotations as GoldAnnotation[] };
}

/** Every article of a quotes-de folder (or one file), in file order. Throws `DataError`. */
export function loadQuoteArticles(path: string): QuoteArticle[] {
  let files: string[];
  try {
    files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => /\.jsonl(\.gz)?$/u.test(f))
          .sort()
          .map((f) => join(path, f))
      : [path];
  } catch (error) {
    throw new DataError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (files.length === 0) throw new DataError(`${path}: no *.jsonl or *.jsonl.gz files`);
  const out: QuoteArticle[] = [];
  for (const file of files) {
    let text: string;
    try {
      const bytes = readFileSync(file);
      text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
    } catch (error) {
      throw new DataError(`cannot read ${file}: ${(error as Error).message}`);
    }
    text.split('\n').forEach((line, i) => {
      if (line.trim() !== '') out.push(parseArticle(line, `${file}:${String(i + 1)}`));
    });
  }
  // an empty file scores nothing: say so rather than report zeros
  if (out.length === 0) throw new DataError(`${path}: no quotes-de articles (one JSON article per line)`);
  return out;
}

/** Whether the folder looks like quotes-de (for format detection). */
export function isQuotesData(path: string): boolean {
  try {
    const [first] = loadQuoteArticles(path);
    return first !== undefined;
  } catch {
    return false;
  }
}

/** A plain-text document of one article, as `lagebild brief` would read a `.txt` file. */
export function quoteDocument(text: string, name: string): SourceDocument {
  return { id: name, format: 'text', text, meta: { language: 'de' }, removed: [] };
}

const QUOTE_MARKS = /[„“”"»«‚‘’']/u;

/** Character ranges of a gold role, quotation marks at the edges excluded. */
function ranges(role: GoldRole | undefined, text: string): [number, number][] {
  if (!role) return [];
  return role.spans.map((s) => {
    let a = s.charBegin;
    let b = s.charEnd;
    while (a < b && QUOTE_MARKS.test(text[a] ?? '')) a++;
    while (b > a && QUOTE_MARKS.test(text[b - 1] ?? '')) b--;
    return [a, b] as [number, number];
  });
}

const length = (rs: readonly [number, number][]): number =>
  rs.reduce((n, [a, b]) => n + Math.max(0, b - a), 0);

function overlap(rs: readonly [number, number][], a: number, b: number): number {
  let n = 0;
  for (const [x, y] of rs) n += Math.max(0, Math.min(b, y) - Math.max(a, x));
  return n;
}

/** Where each predicted quote is in the original text: searched in order, whitespace-insensitive. */
export function locate(text: string, quotes: readonly PredictedQuote[]): ([number, number] | null)[] {
  let cursor = 0;
  return quotes.map((q) => {
    const words = q.text.trim().split(/\s+/u).filter(Boolean);
    if (words.length === 0) return null;
    const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
    for (const from of [cursor, 0]) {
      pattern.lastIndex = from;
      const m = pattern.exec(text);
      if (m) {
        cursor = m.index + 1;
        return [m.index, m.index + m[0].length];
      }
    }
    return null;
  });
}

/**
 * Gold speakers that only point back to another one: personal pronouns, and demonstrative or relative pronouns and
 * pronominal adverbs the set also marks as the speaker ("der", "letztere", "Demnach" after "X teilte mit").
 */
const PRONOUNS = new Set([
  'er',
  'sie',
  'ihr',
  'ihm',
  'ihn',
  'es',
  'wir',
  'ich',
  'man',
  'der',
  'die',
  'das',
  'dem',
  'den',
  'dessen',
  'deren',
  'denen',
  'dieser',
  'diese',
  'dieses',
  'diesem',
  'letztere',
  'letzterer',
  'demnach',
  'danach',
  'he',
  'she',
  'they',
]);

/** Lower-case words of a speaker text, genitive "s" dropped on capitalised words. */
function speakerWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map((w) => w.toLowerCase());
}

function isPronoun(text: string): boolean {
  const words = speakerWords(text);
  return words.length === 1 && PRONOUNS.has(words[0] ?? '');
}

/**
 * Whether a predicted speaker name fits a gold speaker text: its last word is a word of the gold text, or the gold
 * text ends with the first word of a predicted full name (the text names the person by the given name, as Thai
 * news names "Thaksin", and the prediction in full: "Thaksin Shinawatra").
 */
export function speakerMatches(predicted: string, gold: string): boolean {
  const words = speakerWords(predicted);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  const goldList = speakerWords(gold);
  const goldWords = new Set(goldList.flatMap((w) => [w, w.replace(/s$/u, '')]));
  if (goldWords.has(last) || goldWords.has(last.replace(/s$/u, ''))) return true;
  const goldLast = goldList[goldList.length - 1];
  return words.length >= 2 && goldLast !== undefined && goldLast.replace(/s$/u, '') === words[0];
}

/** Whether a prediction names the gold speaker: by its speaker, or by the role it gives (see the header). */
function speakerRight(q: PredictedQuote | null, gold: string): boolean {
  if (!q || q.speaker === null) return false;
  return speakerMatches(q.speaker, gold) || (q.role !== undefined && speakerMatches(q.role, gold));
}

/**
 * The gold speaker a pronoun stands for: the nearest earlier non-pronoun gold speaker span of the article; null
 * (no speaker to check, as for an empty gold speaker) when there is none — only the pronoun itself could match.
 */
function goldSpeaker(article: QuoteArticle, a: GoldAnnotation): string | null {
  const s = a.speaker;
  if (!s || s.text.trim() === '' || s.spans.length === 0) return null;
  if (!isPronoun(s.text)) return s.text;
  const at = s.spans[0]?.charBegin ?? 0;
  let best: { at: number; text: string } | null = null;
  for (const other of article.annotations) {
    const o = other.speaker;
    const oat = o?.spans[0]?.charBegin;
    if (!o || oat === undefined || oat >= at || isPronoun(o.text) || o.text.trim() === '') continue;
    if (!best || oat > best.at) best = { at: oat, text: o.text };
  }
  return best?.text ?? null;
}

interface Counts {
  articles: number;
  predicted: number;
  right: number;
  gold: number;
  found: number;
  speakerGold: number;
  speakerGiven: number;
  speakerRight: number;
  indirectGold: number;
  indirectRight: number;
  errors: Record<string, number>;
}

const emptyCounts = (): Counts => ({
  articles: 0,
  predicted: 0,
  right: 0,
  gold: 0,
  found: 0,
  speakerGold: 0,
  speakerGiven: 0,
  speakerRight: 0,
  indirectGold: 0,
  indirectRight: 0,
  errors: {},
});

const bump = (c: Counts, key: string): void => {
  c.errors[key] = (c.errors[key] ?? 0) + 1;
};

/** What a false quote looks like: a short capitalised span (name, title), a short phrase, or longer. */
function falseKind(text: string): string {
  const words = text.trim().split(/\s+/u);
  if (
    words.length <= 6 &&
    words.every((w) => /^[\p{Lu}\d]|^(of|and|the|der|die|das|und|von|für|des)$/u.test(w))
  )
    return 'false: title or name';
  return words.length <= 4 ? 'false: short phrase' : 'false: longer';
}

/** Scores one article into `c`. */
export function scoreArticle(
  article: QuoteArticle,
  predictions: readonly PredictedQuote[],
  c: Counts,
): ArticleDetail {
  const { text } = article;
  const detail: ArticleDetail = { falseQuotes: [], missedQuotes: [], speakerErrors: [] };
  const direct = article.annotations.filter((a) => a.type === 'Direct' && (a.quote?.spans.length ?? 0) > 0);
  const directRanges = direct.flatMap((a) => ranges(a.quote, text));
  const where = locate(text, predictions);
  c.articles++;
  const right: { at: [number, number]; q: PredictedQuote }[] = [];
  predictions.forEach((q, i) => {
    if (q.kind === 'indirect') return;
    c.predicted++;
    const at = where[i];
    if (at && overlap(directRanges, at[0], at[1]) >= 0.5 * (at[1] - at[0])) {
      c.right++;
      right.push({ at, q });
    } else {
      bump(c, at ? falseKind(q.text) : 'false: not located in the text');
      detail.falseQuotes.push(q.text);
    }
  });
  for (const a of direct) {
    c.gold++;
    const rs = ranges(a.quote, text);
    const covered = right.reduce((n, p) => n + overlap(rs, p.at[0], p.at[1]), 0);
    if (covered < 0.5 * length(rs)) {
      detail.missedQuotes.push(a.quote?.text ?? '');
      bump(c, length(rs) <= 25 ? 'missed: short (≤ 25 chars)' : 'missed: longer');
      continue;
    }
    c.found++;
    const gold = goldSpeaker(article, a);
    if (gold === null) continue;
    c.speakerGold++;
    const best = right.reduce<{ n: number; q: PredictedQuote | null }>(
      (b, p) => {
        const n = overlap(rs, p.at[0], p.at[1]);
        return n > b.n ? { n, q: p.q } : b;
      },
      { n: 0, q: null },
    ).q;
    const predicted = best?.speaker ?? null;
    if (predicted !== null) c.speakerGiven++;
    if (predicted !== null && speakerRight(best, gold)) c.speakerRight++;
    else {
      bump(c, predicted === null ? 'speaker: none given' : 'speaker: wrong');
      detail.speakerErrors.push({ quote: a.quote?.text ?? '', gold, predicted });
    }
  }
  const indirect = article.annotations.filter(
    (a) => a.type === 'Indirect' && (a.quote?.spans.length ?? 0) > 0,
  );
  for (const a of indirect) {
    c.indirectGold++;
    const rs = ranges(a.quote, text);
    const gold = goldSpeaker(article, a);
    const hit = predictions.some((q, i) => {
      const at = where[i];
      if (q.kind !== 'indirect' || !at || overlap(rs, at[0], at[1]) < 0.5 * length(rs)) return false;
      return gold === null || speakerRight(q, gold);
    });
    if (hit) c.indirectRight++;
  }
  return detail;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

function finish(c: Counts, speakers: readonly RatioUnit[]): QuoteScores {
  const p = ratio(c.right, c.predicted);
  const r = ratio(c.found, c.gold);
  const speakerInterval = ratioInterval(speakers);
  return {
    ...c,
    p,
    r,
    f: p + r === 0 ? 0 : (2 * p * r) / (p + r),
    speakerAccuracy: ratio(c.speakerRight, c.speakerGold),
    ...(speakerInterval !== undefined ? { speakerInterval } : {}),
    indirectRecall: ratio(c.indirectRight, c.indirectGold),
  };
}

/** Scores `system` on the articles, dev and held-out apart. */
export function evaluateQuotes(
  articles: readonly QuoteArticle[],
  system: QuoteSystem,
  dataset: string,
  options: QuotesEvalOptions = {},
): QuotesReport {
  const chosen = options.limit !== undefined ? articles.slice(0, options.limit) : articles;
  const dev = emptyCounts();
  const heldOut = emptyCounts();
  // each article's right and gold speakers, for the interval
  const speakers: { dev: RatioUnit[]; heldOut: RatioUnit[] } = { dev: [], heldOut: [] };
  chosen.forEach((article, i) => {
    const held = isHeldOut(article.name);
    const counts = held ? heldOut : dev;
    const [right, gold] = [counts.speakerRight, counts.speakerGold];
    const detail = scoreArticle(article, system(article.text, article.name), counts);
    (held ? speakers.heldOut : speakers.dev).push([counts.speakerRight - right, counts.speakerGold - gold]);
    // Error detail of dev articles only: the held-out part stays unseen while rules are developed.
    if (!held) options.onArticle?.(article, detail);
    options.onProgress?.(i + 1, chosen.length);
  });
  return { dataset, dev: finish(dev, speakers.dev), heldOut: finish(heldOut, speakers.heldOut) };
}
