/**
 * The story's timeline as events: for each dated mention, the clause that carries the date (shortened to a few
 * dozen words) is what happened then; mentions of the same date whose clauses share content words (two or more,
 * date words aside) are one event, told by all their sources. Every passage is a slice of its article's cleaned
 * text (`{article, start, end}`), never rewritten.
 */
import type { AnalysedArticle, Token } from '../core/types.js';
import type { TimelineEvent, TimelineItem, TimelineSource } from './types.js';

/** Most words of an event's passage. */
const MAX_WORDS = 24;
/** Fewest words of a clause that stands alone; a shorter one is read with its whole sentence. */
const MIN_WORDS = 7;
/** Content words two passages of the same date must share to be one event. */
const SHARED = 2;

/**
 * Where a clause ends inside a sentence: a semicolon, a colon or a dash, or a comma before a conjunction that opens
 * a clause of its own (German and English). Relative and "dass" clauses stay with their main clause.
 */
const CLAUSE_BREAK =
  /[;:]\s|\s[–—]\s|\s-\s|,\s(?=(?:aber|doch|sondern|während|nachdem|bevor|weil|obwohl|but|while|after|before|because|although)\s)/giu;

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const EDGE_START = /^[\s"'„“”«»‚‘’([–—-]+/u;
const EDGE_END = /[\s"'„“”«»‚‘’)\],;:.!?–—-]+$/u;

/** The clause of `[from, to)` (a sentence) that holds `[at, atEnd)`: its start and end offsets. */
function clauseOf(text: string, from: number, to: number, at: number, atEnd: number): [number, number] {
  const sentence = text.slice(from, to);
  let start = from;
  let end = to;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const b = from + (m.index ?? 0);
    if (b + m[0].length <= at) start = b + m[0].length;
    else if (b >= atEnd) {
      end = b;
      break;
    }
  }
  const words = text.slice(start, end).match(WORD) ?? [];
  return words.length < MIN_WORDS ? [from, to] : [start, end];
}

/** `[start, end)` cut to at most `MAX_WORDS` words around `[at, atEnd)`, edges without quotes and punctuation. */
function shorten(text: string, start: number, end: number, at: number, atEnd: number): [number, number] {
  const words = [...text.slice(start, end).matchAll(WORD)].map((m) => ({
    s: start + (m.index ?? 0),
    e: start + (m.index ?? 0) + m[0].length,
  }));
  let s = start;
  let e = end;
  if (words.length > MAX_WORDS) {
    const first = words.findIndex((w) => w.e > at);
    const last = words.findIndex((w) => w.e >= atEnd);
    let from = 0;
    if (last >= MAX_WORDS) from = Math.max(0, Math.min(first - 4, words.length - MAX_WORDS));
    const to = Math.min(words.length, from + MAX_WORDS);
    s = from === 0 ? start : (words[from]?.s ?? start);
    e = words[to - 1]?.e ?? end;
  }
  const slice = text.slice(s, e);
  const lead = EDGE_START.exec(slice)?.[0].length ?? 0;
  const trail = EDGE_END.exec(slice.slice(lead))?.[0].length ?? 0;
  return [s + lead, e - trail];
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

interface Told {
  readonly mention: TimelineEvent;
  readonly source: TimelineSource;
  readonly stems: ReadonlySet<string>;
  readonly index: number;
}

/** The passage of one dated mention: the clause that carries it, shortened. */
export function eventSource(article: AnalysedArticle, mention: TimelineEvent): TimelineSource {
  const { text } = article;
  const [cs, ce] = clauseOf(text, mention.sentence.start, mention.sentence.end, mention.start, mention.end);
  const [start, end] = shorten(text, cs, ce, mention.start, mention.end);
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

const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

/**
 * The timeline of a story: one item per event (date + what happened), sources merged, sorted by date (ISO strings
 * of mixed precision sort year < month < day), then by the first source's place in the story.
 */
export function storyEvents(
  articles: readonly AnalysedArticle[],
  mentions: readonly TimelineEvent[],
): TimelineItem[] {
  const indexOf = new Map(articles.map((a, i) => [a.id, i]));
  const told: Told[] = mentions.flatMap((mention) => {
    const index = indexOf.get(mention.article);
    const article = index === undefined ? undefined : articles[index];
    if (!article || index === undefined) return [];
    const { source, stems } = passage(article, mention);
    return [{ mention, source, stems, index }];
  });
  told.sort(
    (a, b) =>
      (a.mention.date < b.mention.date ? -1 : a.mention.date > b.mention.date ? 1 : 0) ||
      a.index - b.index ||
      a.mention.start - b.mention.start,
  );
  // Sorted by date, the groups of a date are the last ones made: a mention looks only at those.
  const groups: { told: Told[]; places: Set<string> }[] = [];
  let firstOfDate = 0;
  for (const t of told) {
    if (
      groups.length > 0 &&
      (groups[groups.length - 1] as (typeof groups)[number]).told[0]?.mention.date !== t.mention.date
    )
      firstOfDate = groups.length;
    const place = `${String(t.index)}:${String(t.source.start)}`;
    let group: (typeof groups)[number] | undefined;
    for (let g = firstOfDate; g < groups.length && group === undefined; g++) {
      const candidate = groups[g] as (typeof groups)[number];
      const first = candidate.told[0] as Told;
      if (candidate.places.has(place) || shared(first.stems, t.stems) >= SHARED) group = candidate;
    }
    if (group) {
      group.told.push(t);
      group.places.add(place);
    } else groups.push({ told: [t], places: new Set([place]) });
  }
  return groups.map(({ told: g }) => {
    const first = g[0] as Told;
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
  });
}
