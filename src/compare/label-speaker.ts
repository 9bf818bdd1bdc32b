import type { ArticleContext } from './context.js';
import type { RawMention } from './lexicon.js';
import { type QuoteSpan, insideQuote } from './quote-spans.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { wordIndexAt, type Word } from './words.js';

/** What may stand between a name and its verb: nothing, or a phrase set off by commas ("Saeed, 19, a student, called"). */
const NEXT_TO = /^\s*$/u;
const SET_OFF = /^\s*,[^.;:!?„“”"«»]{1,80},\s*$/u;

/**
 * Whether a preposition stands between the clause's start (the sentence's, or its last comma's) and the name at word
 * `at`: the name is inside a phrase ("A source close to Roberts told Radar"), not the subject.
 */
function governed(ctx: ArticleContext, from: number, at: number): boolean {
  for (let k = at - 1; k >= from; k--) {
    const w = ctx.words[k] as Word;
    if (/,/u.test(ctx.article.text.slice(w.end, ctx.words[k + 1]?.start ?? w.end))) return false;
    if (ctx.rules.quotes.prepositions.includes(w.lower)) return true;
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
