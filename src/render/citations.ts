import type { Brief } from '../brief/types.js';
import type { BriefArticle, BriefSentence } from '../core/types.js';
import type { Labels } from './labels.js';

/** Citation numbers (1-based) in the order of `brief.articles`. */
export function citationNumbers(brief: Brief): Map<string, number> {
  return new Map(brief.articles.map((a, i) => [a.id, i + 1]));
}

/** The article a line comes from first, then the others that carry it, ascending. */
export function citedArticles(sentence: BriefSentence, numbers: ReadonlyMap<string, number>): number[] {
  const own = numbers.get(sentence.article);
  const others = sentence.support
    .map((id) => numbers.get(id))
    .filter((n): n is number => n !== undefined && n !== own)
    .sort((a, b) => a - b);
  return own === undefined ? others : [own, ...others];
}

/** A stated time of day, as the page wrote it: `2025-12-12T05:07:47+01:00` → day, hours and minutes. */
const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/u;

/**
 * A publication date for the reader: a day as it is ("2019-04-26"); a time stamp as its day and its clock time as
 * the page stated it ("2025-12-12 05:07"), which is the publisher's local time, marked UTC when stated so; a stamp
 * at midnight to the second as its day alone.
 */
export function shownDate(published: string): string {
  const m = STAMP.exec(published);
  if (m === null) return published;
  const [, day = published, clock, seconds, zone] = m;
  // Midnight to the second is how a day without a time is stamped ("2019-04-25T00:00:00"): the day alone.
  if (clock === '00:00' && (seconds === undefined || seconds === '00')) return day;
  return `${day} ${clock ?? ''}${zone === 'Z' ? ' UTC' : ''}`;
}

/** The article's date as shown: "2019-04-26", "2019-04-24 (erschlossen)" when inferred, or "ohne Datum". */
export function dateOf(article: BriefArticle, labels: Labels): string {
  if (article.published === undefined) return labels.undated;
  const shown = shownDate(article.published);
  return article.publishedInferred === true ? `${shown} (${labels.inferred})` : shown;
}

/** The kind of an article as shown ("Bericht", "Vorbericht", "Meinung"). */
export function kindOf(article: BriefArticle, labels: Labels): string {
  return labels.kinds[article.kind] ?? article.kind;
}

/**
 * What a brief line shows of its source: outlet (or "Quelle unbekannt"), date, kind — "SZ, 2019-04-26, Bericht" —
 * and the wire service when the article is its copy.
 */
export function lineSource(article: BriefArticle, labels: Labels): string {
  const parts = [
    article.source ?? labels.unknownSource,
    dateOf(article, labels),
    kindOf(article, labels),
    article.wire !== undefined ? `${labels.wireCopy} ${article.wire}` : undefined,
  ];
  return parts.filter((p): p is string => p !== undefined).join(', ');
}

/** "2 unabhängige Quellen" after a line that several independent publishers carry; '' for fewer than two. */
export function independentNote(sentence: BriefSentence, labels: Labels): string {
  const n = sentence.sources?.length ?? 0;
  return n >= 2 ? labels.independentSources(n) : '';
}

/** "SZ, 2019-04-26, Bericht, Silke Bigalke: Kim und Putin … (002_….txt)" */
export function sourceLine(article: BriefArticle, labels: Labels): { outlet: string; rest: string } {
  const outlet = article.source ?? labels.unknownSource;
  const parts = [
    dateOf(article, labels),
    kindOf(article, labels),
    article.wire !== undefined ? `${labels.wireCopy} ${article.wire}` : undefined,
    article.author,
  ].filter((p): p is string => p !== undefined);
  const title = article.title !== undefined ? `: „${article.title}“` : '';
  const where = article.url ?? article.file;
  return { outlet, rest: `${parts.join(', ')}${title}${where !== undefined ? ` (${where})` : ''}` };
}

/**
 * A line's text around the person its opening pronoun stands for (`refersTo`): `opening` ("Er"), the `referent`'s
 * name ("Wladimir Putin", shown in square brackets as an editor's insertion) and the `rest` (" schlug … vor.").
 * A line that is only a quotation is all `opening`, its speaker the `referent` after it ("«…» [Sergio Llull]").
 * Without a referent the whole text is `opening` and the other two are empty.
 */
export function lineParts(line: BriefSentence): { opening: string; referent: string; rest: string } {
  if (line.refersTo === undefined) return { opening: line.text, referent: '', rest: '' };
  const word = /^\p{L}+/u.exec(line.text)?.[0];
  if (word === undefined) return { opening: line.text, referent: line.refersTo.name, rest: '' };
  return { opening: word, referent: line.refersTo.name, rest: line.text.slice(word.length) };
}

/** A line's text as shown in plain text and Markdown: "Er [Wladimir Putin] schlug … vor." (`lineParts`). */
export function shownLineText(line: BriefSentence): string {
  const { opening, referent, rest } = lineParts(line);
  return referent === '' ? opening : `${opening} [${referent}]${rest}`;
}
