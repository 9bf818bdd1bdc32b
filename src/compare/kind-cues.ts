import { escapeRegExp } from '../core/regexp.js';
import { keptPer } from '../core/kept.js';
import type { AnalysedArticle, ArticleKind, Sentence } from '../core/types.js';
import { rulesFor, type KindMarker, type KindRules } from '../lang/index.js';
import type { LanguageRules } from '../lang/types.js';
import type { TimelineEvent } from './types.js';

/** The tense of a sentence, from its words outside quotation marks: what happened, what is expected, neither. */
export type SentenceTense = 'past' | 'future' | 'present' | 'mixed';

/** A day-precise date an article's text refers to, with the tense of the sentence it stands in. */
export interface DayReference {
  readonly date: string;
  readonly tense: SentenceTense;
}

/**
 * What one article shows of its kind, before the story is known: a marker in its head, live-blog time stamps,
 * the tense of its sentences, first-person evaluative writing, and the days it refers to. The story stage
 * decides the kind from these and the story's event date (src/brief/kinds.ts).
 */
export interface KindCues {
  /** The kind a marker in the title, the first blocks or a removed byline names ("Ein Kommentar."). */
  readonly marker?: ArticleKind;
  /** Blocks that open with a live-blog time stamp. */
  readonly liveStamps: number;
  readonly sentences: number;
  /** Sentences in the future or the conditional of expectation ("soll … gesprochen werden"). */
  readonly future: number;
  /** Sentences in the past. */
  readonly past: number;
  /** Sentences in which the author speaks for themselves, outside quotation marks ("ich finde"). */
  readonly firstPerson: number;
  readonly days: readonly DayReference[];
}

/** The quotation marks (`["“”„«»]`) by their char codes: all in the Basic Multilingual Plane. */
const QUOTE_CHARS: ReadonlySet<number> = new Set([...'"“”„«»'].map((c) => c.charCodeAt(0)));
const HEAD_BLOCKS = 3;
const HEAD_CHARS = 300;
/**
 * Removed lines that belong to the article itself and may carry its kind: bylines ("Kommentar von …") and lines
 * too short for a sentence ("FOR IMMEDIATE RELEASE"); not teasers, which name other articles' kinds.
 */
const HEAD_REMOVED: ReadonlySet<string> = new Set(['byline', 'no-sentence-form']);

function markerPattern(m: KindMarker): RegExp {
  const before = /^[\p{L}\p{N}]/u.test(m.phrase) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = /[\p{L}\p{N}]$/u.test(m.phrase) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${m.lineStart === true ? '^\\s*' : before}${escapeRegExp(m.phrase)}${after}`, 'u');
}

/** Compiled marker patterns, made on first need: most markers never occur, and Unicode patterns are dear to compile. */
const patternOf = keptPer(markerPattern);

function markerMatches(marker: KindMarker, line: string): boolean {
  // the pattern is the phrase with word boundaries, so a line without the phrase cannot match it
  if (!line.includes(marker.phrase)) return false;
  return patternOf(marker).test(line);
}

/** The lines an article's kind is marked in: its title, the first blocks, and the lines of its own cleaning removed. */
function headLines(article: AnalysedArticle): string[] {
  const lines = article.meta.title !== undefined ? [article.meta.title] : [];
  for (const b of article.blocks.slice(0, HEAD_BLOCKS))
    lines.push(article.text.slice(b.start, Math.min(b.end, b.start + HEAD_CHARS)));
  for (const r of article.removed) if (HEAD_REMOVED.has(r.reason)) lines.push(r.text);
  return lines;
}

function headMarker(article: AnalysedArticle, rules: KindRules): ArticleKind | undefined {
  const lines = headLines(article);
  for (const marker of rules.markers) if (lines.some((l) => markerMatches(marker, l))) return marker.kind;
  return undefined;
}

/** The words of a sentence outside quotation marks (lower-case). */
function ownWords(sentence: Sentence, text: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let at = sentence.start;
  for (const t of sentence.tokens) {
    for (let k = at; k < t.start; k++) if (QUOTE_CHARS.has(text.charCodeAt(k))) quoted = !quoted;
    at = t.start;
    if (!quoted) out.push(t.norm);
  }
  return out;
}

interface TenseSets {
  readonly future: ReadonlySet<string>;
  readonly past: ReadonlySet<string>;
  readonly firstPerson: ReadonlySet<string>;
}

function tenseOf(words: readonly string[], sets: TenseSets): SentenceTense {
  const future = words.some((w) => sets.future.has(w));
  const past = words.some((w) => sets.past.has(w));
  return future && past ? 'mixed' : future ? 'future' : past ? 'past' : 'present';
}

/** `phrases` each with a space either side (what `evaluative` looks for), made once per table. */
const padded = keptPer((phrases: readonly string[]): readonly string[] => phrases.map((p) => ` ${p} `));

function evaluative(words: readonly string[], sets: TenseSets, phrases: readonly string[]): boolean {
  if (words.some((w) => sets.firstPerson.has(w))) return true;
  const joined = ` ${words.join(' ')} `;
  return padded(phrases).some((p) => joined.includes(p));
}

/** The tense sets of a language's tables and its live-ticker stamp pattern, made once per language. */
const tenseTables = keptPer((language: LanguageRules): { sets: TenseSets; stamp: RegExp } => {
  const rules = language.kinds;
  return {
    sets: {
      future: new Set([...language.compare.dates.futureMarkers, ...rules.futureWords]),
      past: new Set([...language.compare.dates.pastMarkers, ...rules.pastWords]),
      firstPerson: new Set(rules.firstPerson),
    },
    stamp: new RegExp(rules.liveStamp, 'u'),
  };
});

/** What an article shows of its kind on its own: its cues without the days, and the tense of each sentence. */
export interface ArticleCues {
  readonly cues: Omit<KindCues, 'days'>;
  /** The tense of each sentence, by its start. */
  readonly tenses: ReadonlyMap<number, SentenceTense>;
}

/** The kind cues of one article that depend on the article alone (kept between briefs of a growing story). */
export function articleCues(article: AnalysedArticle): ArticleCues {
  const language = rulesFor(article.language);
  const rules = language.kinds;
  const { sets, stamp } = tenseTables(language);
  const tenses = new Map<number, SentenceTense>();
  let future = 0;
  let past = 0;
  let firstPerson = 0;
  for (const s of article.sentences) {
    const words = ownWords(s, article.text);
    const tense = tenseOf(words, sets);
    tenses.set(s.start, tense);
    if (tense === 'future') future++;
    if (tense === 'past') past++;
    if (evaluative(words, sets, rules.evaluative)) firstPerson++;
  }
  const liveStamps = article.blocks.filter((b) => stamp.test(article.text.slice(b.start, b.end))).length;
  const marker = headMarker(article, rules);
  return {
    cues: {
      ...(marker !== undefined ? { marker } : {}),
      liveStamps,
      sentences: article.sentences.length,
      future,
      past,
      firstPerson,
    },
    tenses,
  };
}

/**
 * The kind cues of one article; `timeline` holds the story's dates (those of this article are used); `own` is what
 * `articleCues` found in the article (found again when not given).
 */
export function kindCues(
  article: AnalysedArticle,
  timeline: readonly TimelineEvent[],
  own: ArticleCues = articleCues(article),
): KindCues {
  const days = timeline
    .filter((e) => e.article === article.id && e.precision === 'day')
    .map((e) => ({ date: e.date, tense: own.tenses.get(e.sentence.start) ?? 'present' }));
  return { ...own.cues, days };
}
