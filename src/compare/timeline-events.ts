/**
 * The story's timeline as events: for each dated mention, the clause that carries the date (shortened to a few
 * dozen words) is what happened then; mentions of the same date whose clauses share content words (two or more,
 * date words aside) are one event, told by all their sources. Every passage is a slice of its article's cleaned
 * text (`{article, start, end}`), never rewritten.
 */
import type { AnalysedArticle, Token } from '../core/types.js';
import { rulesFor } from '../lang/index.js';
import { pointsBack } from '../lang/lines.js';
import { keptPer, keptPrefix, mapped, refill } from '../core/kept.js';
import { alternatives, countMatches, wordSpans } from '../core/regexp.js';
import { runStartBefore } from '../core/trim.js';
import { isEventMention } from './timeline-filter.js';
import type { TimelineEvent, TimelineItem, TimelineSource } from './types.js';

/** Most words of an event's passage. */
const MAX_WORDS = 24;
/** Fewest words of a clause that stands alone; a shorter one is read with its whole sentence. */
const MIN_WORDS = 7;
/** Content words two passages of the same date must share to be one event. */
const SHARED = 2;

/** Where a clause ends inside a sentence whatever the language: a semicolon, a colon or a dash. */
const PUNCTUATION_BREAK = '[;:]\\s|\\s[–—]\\s|\\s-\\s';
/** A clause break without a table of conjunctions. */
const NO_CONJUNCTIONS: readonly string[] = [];

/**
 * Where a clause ends inside a sentence: `PUNCTUATION_BREAK`, or a comma before a conjunction of the language's
 * `clauseConjunctions` (case-insensitive); made once per list.
 */
const clauseBreak = keptPer((conjunctions: readonly string[]): RegExp =>
  conjunctions.length === 0
    ? new RegExp(PUNCTUATION_BREAK, 'giu')
    : new RegExp(`${PUNCTUATION_BREAK}|,\\s(?=(?:${alternatives(conjunctions)})\\s)`, 'giu'),
);

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
/** `WORD` from exactly `lastIndex`, and the character each match of it starts with (see `wordSpans`). */
const WORD_AT = new RegExp(WORD.source, 'uy');
const WORD_FIRST = /[\p{L}\p{N}]/gu;
const EDGE_START = /^[\s"'„“”«»‚‘’([–—,;:-]+/u;
/** One character a clause's end is trimmed of (read back from the end: a pattern anchored at the end was quadratic). */
const EDGE_END_CHAR = /[\s"'„“”«»‚‘’)\],;:.!?–—-]/u;
const isEdgeEnd = (c: string): boolean => EDGE_END_CHAR.test(c);

/** The clause of `[from, to)` (a sentence) that holds `[at, atEnd)`: its start and end offsets. */
function clauseOf(
  text: string,
  span: { from: number; to: number; at: number; atEnd: number },
  breaks: RegExp,
): [number, number] {
  const { from, to, at, atEnd } = span;
  const sentence = text.slice(from, to);
  let start = from;
  let end = to;
  for (const m of sentence.matchAll(breaks)) {
    const b = from + (m.index ?? 0);
    if (b + m[0].length <= at) start = b + m[0].length;
    else if (b >= atEnd) {
      end = b;
      break;
    }
  }
  return countMatches(WORD, text.slice(start, end)) < MIN_WORDS ? [from, to] : [start, end];
}

/**
 * Double quotation marks (single ones double as apostrophes): one opens when it follows the start, a space or a
 * bracket and precedes a non-space; round brackets pair as well.
 */
const QUOTE = /["„“”«»()]/u;
/** What an opening mark follows, and what it does not precede (constants: tested per mark). */
const OPENS_AFTER = /[\s([]/u;
const SPACE = /\s/u;
/** A comma that ends a clause inside a passage. */
const COMMA = /,\s/gu;

/**
 * The quotation marks of `[s, e)` left unpaired: the last closing one without its opening mark (the passage begins
 * inside a quote) and the first opening one without its closing mark (the passage ends inside one).
 */
function unpaired(text: string, s: number, e: number): { close?: number; open?: number } {
  const opens: number[] = [];
  let close: number | undefined;
  for (let i = s; i < e; i++) {
    const c = text[i] as string;
    if (!QUOTE.test(c)) continue;
    const before = i === s ? ' ' : (text[i - 1] as string);
    const after = text[i + 1] ?? ' ';
    const opening = c === '(' || (c !== ')' && OPENS_AFTER.test(before) && !SPACE.test(after));
    if (opening) opens.push(i);
    else if (opens.length > 0) opens.pop();
    else close = i;
  }
  return { ...(close !== undefined ? { close } : {}), ...(opens[0] !== undefined ? { open: opens[0] } : {}) };
}

/** The last clause comma in `(from, to)` that leaves at least `MIN_WORDS` words from `s`: the end there, if any. */
function commaBefore(text: string, s: number, from: number, to: number): number | undefined {
  let best: number | undefined;
  for (const m of text.slice(from, to).matchAll(COMMA)) {
    const at = from + (m.index ?? 0);
    if (countMatches(WORD, text.slice(s, at)) >= MIN_WORDS) best = at;
  }
  return best;
}

/** The end of word `k` of `wordSpans`. */
const endOf = (spans: readonly number[], k: number): number => spans[2 * k + 1] as number;

/** The first word of `wordSpans` that ends after `offset` (or at it, with `orAt`); -1 for none. */
function firstEndingAfter(spans: readonly number[], offset: number, orAt: boolean): number {
  for (let k = 0; k < spans.length / 2; k++) {
    const end = endOf(spans, k);
    if (end > offset || (orAt && end === offset)) return k;
  }
  return -1;
}

/**
 * `[start, end)` cut to at most `MAX_WORDS` words around `[at, atEnd)`, at a clause comma after the date when there
 * is one, else after a word that is no stop word (`isStop`: "der", "in"); never inside a quotation (a quote mark
 * left open ends the passage before it, at a comma when there is one; a passage that begins inside a quote begins
 * after it); edges without quotes and punctuation.
 */
function shorten(
  text: string,
  bounds: { start: number; end: number; at: number; atEnd: number },
  isStop: (s: number, e: number) => boolean,
  abbreviations: ReadonlySet<string>,
): [number, number] {
  const { start, end, at, atEnd } = bounds;
  // word k is spans[2k, 2k + 1]: offsets only, as most clauses are not cut
  const spans = wordSpans(text, WORD_FIRST, WORD_AT, start, end);
  const count = spans.length / 2;
  let s = start;
  let e = end;
  if (count > MAX_WORDS) {
    const first = firstEndingAfter(spans, at, false);
    const last = firstEndingAfter(spans, atEnd, true);
    let from = 0;
    if (last >= MAX_WORDS) from = Math.max(0, Math.min(first - 4, count - MAX_WORDS));
    let to = Math.min(count, from + MAX_WORDS);
    s = from === 0 ? start : (spans[2 * from] ?? start);
    if (to < count) {
      const cut = to >= 1 ? endOf(spans, to - 1) : end;
      const comma = commaBefore(text, s, atEnd, cut);
      if (comma !== undefined) e = comma;
      else {
        while (to - 1 > last && isStop(spans[2 * (to - 1)] as number, endOf(spans, to - 1))) to--;
        e = to >= 1 ? endOf(spans, to - 1) : end;
      }
    }
  }
  [s, e] = sentenceOf(text, { start: s, end: e, at, atEnd }, abbreviations);
  [s, e] = trimmed(text, s, e);
  const { close, open } = unpaired(text, s, e);
  if (close !== undefined && close < at) s = close + 1;
  if (open !== undefined && open >= atEnd) {
    const comma = commaBefore(text, s, atEnd, open);
    e = comma ?? open;
    if (comma === undefined) e = withoutStopEnd(text, s, e, atEnd, isStop);
  }
  return trimmed(text, s, e);
}

/**
 * A sentence's end inside a passage (a sentence inside a quotation runs on in the article's sentence): a full stop
 * after a word, closing quotes, a space and a capital ("!" and "?" stay: „Kämpft! Kämpft!“); the word before it
 * tells an abbreviation ("Prof.").
 */
const STOP = /\.["'“”»«‘’]*\s+(?=["„“»«‚‘']?\p{Lu})/gu;
/** One letter (the word before a full stop is read back letter by letter: see `sentenceOf`). */
const LETTER = /\p{L}/u;
const isLetter = (c: string): boolean => LETTER.test(c);

/**
 * `[start, end)` cut to the sentence that holds `[at, atEnd)` where the passage spans sentence ends (`STOP`; no
 * abbreviation of the language, no single letter): "die mich unterstützen. Die älteste Person, die 1936 …" → "Die
 * älteste Person, die 1936 …".
 */
function sentenceOf(
  text: string,
  bounds: { start: number; end: number; at: number; atEnd: number },
  abbreviations: ReadonlySet<string>,
): [number, number] {
  const { start, at, atEnd } = bounds;
  let s = start;
  let e = bounds.end;
  const passage = text.slice(start, e);
  for (const m of passage.matchAll(STOP)) {
    // The word before the full stop: the letters right before it, read back (a pattern that matched them as well
    // was quadratic in a run of letters with no full stop after it).
    const dot = m.index ?? 0;
    const word = passage.slice(runStartBefore(passage, dot, isLetter), dot);
    if (word.length < 2 || abbreviations.has(word)) continue;
    const stop = start + dot + 1;
    const next = start + dot + m[0].length;
    if (next <= at) s = next;
    else if (stop > atEnd) {
      e = stop;
      break;
    }
  }
  return [s, e];
}

/** A lower-case word opening a passage, and the space after it. */
const LOWER_LEAD = /^(\p{Ll}+)\s+/u;

/**
 * `[s, e)` without a subordinating conjunction at its start when it begins inside its sentence ("obwohl er 2024 …"
 * → "er 2024 …"; `subordinators`: lower-case words); the date stays inside.
 */
function withoutSubordinator(
  text: string,
  span: { s: number; e: number; at: number; sentence: number },
  subordinators: readonly string[],
): number {
  const { s, at, sentence } = span;
  if (s <= sentence) return s;
  const lead = LOWER_LEAD.exec(text.slice(s, span.e));
  if (!lead || !subordinators.includes(lead[1] as string) || s + lead[0].length > at) return s;
  return s + lead[0].length;
}

/** `[s, e)` without its last words while they are stop words ("ein", "als") after `atEnd`: its new end. */
function withoutStopEnd(
  text: string,
  s: number,
  e: number,
  atEnd: number,
  isStop: (s: number, e: number) => boolean,
): number {
  const spans = wordSpans(text, WORD_FIRST, WORD_AT, s, e);
  let k = spans.length / 2 - 1;
  while (k > 0 && (spans[2 * k] as number) >= atEnd && isStop(spans[2 * k] as number, endOf(spans, k))) k--;
  return k >= 0 ? endOf(spans, k) : e;
}

/**
 * `[s, e)` without quotes, brackets and punctuation at its edges; a closing mark whose opening mark is inside stays
 * ("des Accounts „Irish for Trump“").
 */
function trimmed(text: string, s: number, e: number): [number, number] {
  const slice = text.slice(s, e);
  const lead = EDGE_START.exec(slice)?.[0].length ?? 0;
  let end = runStartBefore(text, e, isEdgeEnd, s + lead);
  for (let k = end; k < e; k++)
    if (QUOTE.test(text[k] as string) && unpaired(text, s + lead, k).open !== undefined) end = k + 1;
  return [s + lead, end];
}

/** Whether the article's token at `[s, e)` is a stop word. */
function stopAt(article: AnalysedArticle, s: number, e: number): boolean {
  for (const sentence of article.sentences) {
    if (sentence.end <= s || sentence.start >= e) continue;
    const t = (sentence.tokens as readonly Token[]).find((x) => x.start === s && x.end === e);
    if (t) return t.stop;
  }
  return false;
}

/** Content stems of an article's tokens inside `[start, end)`, leaving out `[skipStart, skipEnd)` (the date). */
function contentStems(
  article: AnalysedArticle,
  start: number,
  end: number,
  skip: [number, number],
): Set<string> {
  const out = new Set<string>();
  for (const s of article.sentences) {
    if (s.end <= start || s.start >= end) continue;
    for (const t of s.tokens as readonly Token[]) {
      if (t.start < start || t.end > end || t.stop || t.kind !== 'word') continue;
      if (t.start >= skip[0] && t.end <= skip[1]) continue;
      out.add(t.stem);
    }
  }
  return out;
}

/** A language's abbreviations as a set, made once per language. */
const abbreviationSets = new Map<string, ReadonlySet<string>>();
function abbreviationsOf(language: string, list: readonly string[]): ReadonlySet<string> {
  let set = abbreviationSets.get(language);
  if (set === undefined) {
    set = new Set(list);
    abbreviationSets.set(language, set);
  }
  return set;
}

/** A dated mention and the index of its article. */
export interface DatedMention {
  readonly mention: TimelineEvent;
  readonly index: number;
}

interface Told extends DatedMention {
  readonly source: TimelineSource;
  readonly stems: ReadonlySet<string>;
  /** Whether the passage opens with a word that points back to what came before it (see `leansBack`). */
  readonly leansBack: boolean;
}

/**
 * Whether a passage opens with a word that points back (the line tables' person and back pronouns and back
 * connectives: "Und das Treffen ging … zu Ende als der Gipfel Ende Februar", "However, …") or in lower case (a clause
 * cut from its sentence: "faced bullying …, which intensified after …"): it does not stand alone as what happened on
 * its date when another source's passage does.
 */
function leansBack(language: string, text: string): boolean {
  const lines = rulesFor(language).lines;
  const opening = /^\p{L}+/u.exec(text)?.[0];
  if (opening === undefined) return false;
  if (/^\p{Ll}/u.test(opening)) return true;
  return pointsBack(opening.toLowerCase(), lines);
}

/** The passage of one dated mention: the clause that carries it, shortened. */
export function eventSource(article: AnalysedArticle, mention: TimelineEvent): TimelineSource {
  const { text } = article;
  const rules = rulesFor(article.language);
  const [cs, ce] = clauseOf(
    text,
    { from: mention.sentence.start, to: mention.sentence.end, at: mention.start, atEnd: mention.end },
    clauseBreak(rules.compare.dates.timeline?.clauseConjunctions ?? NO_CONJUNCTIONS),
  );
  const [s, end] = shorten(
    text,
    { start: cs, end: ce, at: mention.start, atEnd: mention.end },
    (a, b) => stopAt(article, a, b),
    abbreviationsOf(article.language, rules.sentences.abbreviations),
  );
  const start = withoutSubordinator(
    text,
    { s, e: end, at: mention.start, sentence: mention.sentence.start },
    rules.compare.dates.timeline?.subordinators ?? [],
  );
  return { article: article.id, start, end, text: text.slice(start, end), dateText: mention.text };
}

/**
 * The passage of a dated mention and its content stems, kept per mention object (a growing story's kept dated
 * mentions are the same objects) while it is read in the same article object.
 */
const passages = new WeakMap<
  TimelineEvent,
  { readonly article: AnalysedArticle; readonly source: TimelineSource; readonly stems: ReadonlySet<string> }
>();

function passage(
  article: AnalysedArticle,
  mention: TimelineEvent,
): { readonly source: TimelineSource; readonly stems: ReadonlySet<string> } {
  const kept = passages.get(mention);
  if (kept !== undefined && kept.article === article) return kept;
  const source = eventSource(article, mention);
  const stems = contentStems(article, source.start, source.end, [mention.start, mention.end]);
  passages.set(mention, { article, source, stems });
  return { source, stems };
}

/**
 * Whether a dated mention is an event (`isEventMention`), kept per mention object while it is read in the same
 * article object (the article's mentions are then the same too).
 */
const events = new WeakMap<TimelineEvent, { readonly article: AnalysedArticle; readonly event: boolean }>();

function eventOf(
  article: AnalysedArticle,
  mention: TimelineEvent,
  others: readonly TimelineEvent[],
): boolean {
  const kept = events.get(mention);
  if (kept !== undefined && kept.article === article) return kept.event;
  const event = isEventMention(article, mention, others);
  events.set(mention, { article, event });
  return event;
}

const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

/** The groups of one date as grouping its mentions (in order) left them. */
interface DateGroups {
  readonly told: Told[];
  readonly groups: { readonly told: Told[]; readonly places: Set<string> }[];
}

/**
 * The story's last event groups of each date, kept between briefs of a growing story: a date's groups are a function
 * of its mentions in order, so a date whose mentions begin with the kept ones (the same mention, passage and place
 * in the story) groups on from the kept groups with the ones after them.
 */
export type EventGroupMemo = Map<string, DateGroups>;

/** Whether two told mentions are the same: the same mention, passage and place in the story. */
const sameTold = (a: Told, b: Told): boolean =>
  a.mention === b.mention && a.index === b.index && a.source === b.source && a.stems === b.stems;

/** Groups `told[from..to)` (mentions of one date) on from `state`: each joins the first group it shares enough with. */
function groupDate(state: DateGroups, told: readonly Told[], from: number, to: number): void {
  const { groups } = state;
  for (let k = from; k < to; k++) {
    const t = told[k] as Told;
    state.told.push(t);
    const place = `${String(t.index)}:${String(t.source.start)}`;
    let group: DateGroups['groups'][number] | undefined;
    for (let g = 0; g < groups.length && group === undefined; g++) {
      const candidate = groups[g] as DateGroups['groups'][number];
      const first = candidate.told[0] as Told;
      if (candidate.places.has(place) || shared(first.stems, t.stems) >= SHARED) group = candidate;
    }
    if (group) {
      group.told.push(t);
      group.places.add(place);
    } else groups.push({ told: [t], places: new Set([place]) });
  }
}

/**
 * The timeline of a story: one item per event (date + what happened), sources merged, sorted by date (ISO strings
 * of mixed precision sort year < month < day), then by the first source's place in the story.
 */
export function storyEvents(
  articles: readonly AnalysedArticle[],
  mentions: readonly TimelineEvent[],
  memo?: EventGroupMemo,
): TimelineItem[] {
  const indexOf = new Map(articles.map((a, i) => [a.id, i]));
  const ofArticle = new Map<string, TimelineEvent[]>();
  for (const m of mentions) {
    const list = ofArticle.get(m.article);
    if (list) list.push(m);
    else ofArticle.set(m.article, [m]);
  }
  const told: Told[] = [];
  for (const mention of mentions) {
    const index = indexOf.get(mention.article);
    const article = index === undefined ? undefined : articles[index];
    if (!article || index === undefined) continue;
    if (!eventOf(article, mention, ofArticle.get(mention.article) ?? [])) continue;
    const { source, stems } = passage(article, mention);
    told.push({ mention, source, stems, index, leansBack: leansBack(article.language, source.text) });
  }
  told.sort(byDateThenText);
  // Sorted by date, the groups of a date are the last ones made: a mention looks only at those. The groups of a date
  // are a function of its mentions in order: a date whose mentions begin with the kept ones goes on from its kept
  // groups (see `EventGroupMemo`).
  const groups: DateGroups['groups'] = [];
  const dates = new Map<string, DateGroups>();
  for (let from = 0; from < told.length;) {
    const date = (told[from] as Told).mention.date;
    let to = from + 1;
    while (to < told.length && (told[to] as Told).mention.date === date) to++;
    const kept = memo?.get(date);
    const same = kept === undefined ? 0 : keptPrefix(kept.told, told, sameTold, from, to);
    const state: DateGroups = same > 0 && kept !== undefined ? kept : { told: [], groups: [] };
    groupDate(state, told, from + same, to);
    dates.set(date, state);
    groups.push(...state.groups);
    from = to;
  }
  if (memo !== undefined) refill(memo, dates);
  return mapped(groups, timelineItem);
}

// `storyEvents`' helpers are made once (module level), not per call: a closure made per call loses its optimised code
// at every major collection, so the first update after a full brief would compile it again (session 23).

/**
 * Dated mentions by date (ISO strings of mixed precision sort year < month < day), then article, then place in the
 * text.
 */
export const byDateThenText = (a: DatedMention, b: DatedMention): number =>
  (a.mention.date < b.mention.date ? -1 : a.mention.date > b.mention.date ? 1 : 0) ||
  a.index - b.index ||
  a.mention.start - b.mention.start;

/**
 * The timeline item of one group of told mentions: the passage of its first mention that stands alone (of the first
 * when none does), its date, and its distinct sources in story order.
 */
function timelineItem({ told: g }: DateGroups['groups'][number]): TimelineItem {
  const first = g.find((x) => !x.leansBack) ?? (g[0] as Told);
  const sources: TimelineSource[] = [];
  const seen = new Set<string>();
  for (const x of g) {
    const key = `${x.source.article}\u0000${String(x.source.start)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push(x.source);
  }
  const time = g.find((x) => x.mention.time !== undefined)?.mention.time;
  return {
    date: first.mention.date,
    precision: first.mention.precision,
    inferred: g.every((x) => x.mention.inferred),
    ...(time !== undefined ? { time } : {}),
    text: first.source.text,
    article: first.source.article,
    start: first.source.start,
    end: first.source.end,
    sources,
  };
}
