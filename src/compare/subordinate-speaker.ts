import type { ArticleContext } from './context.js';
import { type QuoteSpan, insideQuote } from './quote-spans.js';
import { speakerPhraseAt, type SpeakerPhrase } from './speaker-phrase.js';
import { objectCase } from './sentence-subject.js';
import { wordIndexAt, type Word } from './words.js';

/**
 * A verb of saying of the tables, or the participle with "ge-" of a weak one whose past form the tables hold
 * ("gefragt" of "fragte").
 */
function saying(ctx: ArticleContext, lower: string): boolean {
  const { quoteVerbs, reportingVerbs } = ctx.rules.quotes;
  const said = (w: string): boolean => quoteVerbs.includes(w) || reportingVerbs.includes(w);
  if (said(lower)) return true;
  // Only with "ge-": "bekannt" is an adjective, not the participle of "bekannte".
  return /^ge\p{Ll}{3,}t$/u.test(lower) && said(`${lower.slice(2)}e`);
}

/**
 * The subject of a subordinate clause that holds a quote and closes with a verb of saying of its own: "…, weil der
 * Minister die Lage als „…“ bezeichnet hat", "Als die Sprecherin „…“ rief, …", "…, dass X „…“ gesagt habe". The
 * clause opens after a comma (or at the sentence start) with a subordinating conjunction or complementiser and its
 * subject comes right after that word; the verb of saying follows the quote (the clause is verb-final, "Als
 * Begründung sagte X: „…“" is a main clause). A quote in an indirect question ("…, dass X sie gefragt habe, was sie
 * „…“") takes the subject of the clause of asking right before it. Words `[from, to)` are the sentence;
 * `personish` decides whether a phrase can be a speaker.
 */
export function subordinateSpeaker(
  ctx: ArticleContext,
  spans: readonly QuoteSpan[],
  span: QuoteSpan,
  from: number,
  to: number,
  personish: (p: SpeakerPhrase) => boolean,
): SpeakerPhrase | undefined {
  const { clauseOpeners, complementisers, questionWords = [] } = ctx.rules.quotes;
  const gap = (k: number): string =>
    ctx.article.text.slice(ctx.words[k - 1]?.end ?? 0, ctx.words[k]?.start ?? 0);
  const outside = (w: Word): boolean => !insideQuote(spans, w.start);
  /** The first word of the clause that ends before word `k`: after the last comma, else the sentence start. */
  const clauseStart = (k: number): number => {
    for (let j = k; j > from; j--) if (/,/u.test(gap(j))) return j;
    return from;
  };
  /** The subject right after a subordinating word at `start`, in words before `limit`. */
  const subject = (start: number, limit: number): { phrase: SpeakerPhrase; to: number } | undefined => {
    const opener = ctx.words[start]?.lower ?? '';
    const subordinating =
      (clauseOpeners.includes(opener) && !ctx.sets.determiners.has(opener)) ||
      complementisers.includes(opener);
    if (!subordinating || start + 1 >= limit) return undefined;
    const found = speakerPhraseAt(ctx, start + 1, spans, limit);
    return found && !objectCase(ctx, found.phrase) && personish(found.phrase) ? found : undefined;
  };
  const o = wordIndexAt(ctx.words, span.open);
  const c = wordIndexAt(ctx.words, span.close);
  const start = clauseStart(o);
  if (questionWords.includes(ctx.words[start]?.lower ?? '') && start > from) {
    // An indirect question: the clause before it asks, its verb of saying last ("dass X sie gefragt habe, was …").
    const asking = clauseStart(start - 1);
    const found = subject(asking, start);
    const verbs = ctx.words.slice(found?.to ?? start, start).slice(-2);
    return found && verbs.some((w) => outside(w) && saying(ctx, w.lower)) ? found.phrase : undefined;
  }
  const found = subject(start, o);
  if (!found) return undefined;
  // The clause ends at the next comma, colon or sentence end after the quote; its verb of saying comes after the quote.
  let end = c;
  while (end < to && !/[,;:.!?]/u.test(gap(end))) end++;
  return ctx.words.slice(c, end).some((w) => outside(w) && saying(ctx, w.lower)) ? found.phrase : undefined;
}
