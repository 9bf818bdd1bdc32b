import type { ArticleContext } from './context.js';
import type { RawMention } from './lexicon.js';
import { type QuoteSpan, insideQuote } from './quote-spans.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { commaBefore, wordIndexAt, type Word } from './words.js';

/** What may stand between a name and its verb: nothing, or a phrase set off by commas ("Saeed, 19, a student, called"). */
const NEXT_TO = /^\s*$/u;
const SET_OFF = /^\s*,[^.;:!?„“”"«»]{1,80},\s*$/u;
const QUOTE_MARK = /[„“”"«»]/u;

/**
 * Whether a preposition stands between the clause's start (the sentence's, or its last comma's) and the name at word
 * `at`: the name is inside a phrase ("A source close to Roberts told Radar"), not the subject.
 */
function governed(ctx: ArticleContext, from: number, at: number): boolean {
  for (let k = at - 1; k >= from; k--) {
    if (commaBefore(ctx, k + 1)) return false;
    if (ctx.rules.quotes.prepositions.includes((ctx.words[k] as Word).lower)) return true;
  }
  return false;
}

/**
 * Where the subject comes before its verb (English): a quote in a clause whose verb of saying or of labelling stands
 * before it ("Ban Ki-moon called the crackdowns “unacceptable.”", "Hinch described Gurriel as “remorseful.”",
 * "Conner claims Julia inflicted “pure cruelty”") was said by the person named right before that verb, or by the
 * subject pronoun there ("he called it a “work of pure fiction”") — never by the name after it, its object. The verb
 * is the last such word before the quote in its clause (an earlier quote of the sentence closes a clause); a
 * phrasal use ("called for", "called off") is no labelling. Words from `from` (the sentence's first word); none when
 * the language's tables have no `labelVerbs`.
 */
export function subjectBeforeLabel(
  ctx: ArticleContext,
  spans: readonly QuoteSpan[],
  persons: readonly RawMention[],
  span: QuoteSpan,
  from: number,
): SpeakerPhrase | undefined {
  const labels = ctx.rules.quotes.labelVerbs;
  if (!labels) return undefined;
  const o = wordIndexAt(ctx.words, span.open);
  let verb = -1;
  for (let k = o - 1; k > from && verb < 0; k--) {
    const w = ctx.words[k] as Word;
    if (insideQuote(spans, w.start)) return undefined;
    if (labels.verbs.includes(w.lower) || ctx.sets.quoteVerbs.has(w.lower)) verb = k;
  }
  if (verb < 0 || labels.notBefore.includes(ctx.words[verb + 1]?.lower ?? '')) return undefined;
  const before = ctx.words[verb - 1] as Word;
  if (ctx.rules.quotes.nominativePronouns.includes(before.lower))
    return { kind: 'pronoun', at: before.start };
  const floor = (ctx.words[from] as Word).start;
  const at = (ctx.words[verb] as Word).start;
  let named: RawMention | undefined;
  for (const m of persons) {
    if (m.start < floor) continue;
    if (m.end > before.end) break;
    const between = ctx.article.text.slice(m.end, at);
    if (!NEXT_TO.test(between) && !(SET_OFF.test(between) && !insideQuote(spans, m.end + 1))) continue;
    named = governed(ctx, from, m.from) ? undefined : m;
  }
  return named ? { kind: 'name', words: named.text.split(/\s+/u), at: named.start } : undefined;
}

/** A colon and white space only: what stands between a clause and the quote it introduces. */
const COLON_GAP = /^\s*:\s*$/u;

/**
 * A quote a colon introduces, in a sentence that opens with a subject pronoun, after a joiner at most ("And he played
 * hardball: “…”"; English, where `labelVerbs` are read): the pronoun's offset. None when no such pronoun or no colon
 * right before the quote. Words from `from` (the sentence's first word).
 */
export function colonPronoun(ctx: ArticleContext, span: QuoteSpan, from: number): number | undefined {
  if (!ctx.rules.quotes.labelVerbs) return undefined;
  const o = wordIndexAt(ctx.words, span.open);
  const last = ctx.words[o - 1];
  if (last === undefined || o - 1 <= from || !COLON_GAP.test(ctx.article.text.slice(last.end, span.open)))
    return undefined;
  let k = from;
  if (ctx.rules.quotes.joiners.includes(ctx.words[k]?.lower ?? '')) k++;
  const subject = ctx.words[k];
  if (subject === undefined || k >= o - 1 || !ctx.rules.quotes.nominativePronouns.includes(subject.lower))
    return undefined;
  return subject.start;
}

/**
 * Where the subject comes first (English), the person a sentence opens with as its subject ("Michigan Gov. Rick
 * Snyder thanked the agencies …", "In a statement, Jane Doe, the mayor, said …"): a person the recogniser found,
 * after capitalised words of a title only, and a lower-case word (its verb) right after the name or after a phrase
 * set off by commas. An opening prepositional phrase closed by a comma comes first. Sentence `index`; none when its
 * paragraph holds a quotation mark before its end.
 */
export function openingSubject(
  ctx: ArticleContext,
  spans: readonly QuoteSpan[],
  persons: readonly RawMention[],
  index: number,
): SpeakerPhrase | undefined {
  const sentence = ctx.article.sentences[index];
  if (!sentence) return undefined;
  // No quotation mark in its paragraph up to its end: not a sentence of a quotation running over paragraphs.
  const paragraph = ctx.article.text.lastIndexOf('\n', sentence.start) + 1;
  if (QUOTE_MARK.test(ctx.article.text.slice(paragraph, sentence.end))) return undefined;
  const from = wordIndexAt(ctx.words, sentence.start);
  const to = wordIndexAt(ctx.words, sentence.end);
  let k = from;
  if (ctx.rules.quotes.prepositions.includes(ctx.words[k]?.lower ?? '')) {
    while (k < to && !commaBefore(ctx, k + 1)) k++;
    k++;
  }
  const m = persons.find((p) => p.from >= k && p.from < to);
  if (!m || ctx.words.slice(k, m.from).some((w) => !/^\p{Lu}/u.test(w.text))) return undefined;
  let next = m.to;
  const gap = ctx.article.text.slice(m.end, ctx.words[next]?.start ?? m.end);
  if (/^\s*,\s*$/u.test(gap)) {
    // A phrase set off by commas after the name ("Jane Doe, the mayor, said").
    const end = ctx.article.text.indexOf(',', ctx.words[next]?.start ?? m.end);
    if (end < 0 || end > sentence.end || end - m.end > 80) return undefined;
    next = wordIndexAt(ctx.words, end);
    while (next < to && (ctx.words[next] as Word).start < end) next++;
  } else if (!NEXT_TO.test(gap)) return undefined;
  const verb = ctx.words[next];
  if (!verb || next >= to || !/^\p{Ll}/u.test(verb.text)) return undefined;
  if (ctx.rules.quotes.prepositions.includes(verb.lower) || ctx.sets.determiners.has(verb.lower))
    return undefined;
  return { kind: 'name', words: m.text.split(/\s+/u), at: m.start };
}
