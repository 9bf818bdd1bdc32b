import type { ArticleContext } from './context.js';
import { type QuoteSpan, insideQuote } from './quote-spans.js';
import {
  apposition,
  breakBefore,
  nounAfter,
  openingNonSpeaker,
  particleNameAt,
  speakerPhraseAt,
  type SpeakerPhrase,
} from './speaker-phrase.js';
import { commaBefore, type Word } from './words.js';

const capitalised = (w: Word | undefined): boolean => /^[\p{Lu}\d]/u.test(w?.text ?? '');

/**
 * The end of a prepositional phrase opening a sentence at `k` (the preposition): articles, adjectives, numbers and
 * nouns, with more prepositional phrases chained ("In einem Gespräch mit dem Umweltminister"); the index of the
 * first word after it.
 */
function afterPrepositional(
  ctx: ArticleContext,
  quotes: readonly QuoteSpan[],
  k: number,
  limit: number,
): number {
  const { prepositions } = ctx.rules.quotes;
  const coordinators = ctx.rules.quotes.coordinators ?? [];
  let noun = false;
  for (let j = k + 1; j < limit; j++) {
    const w = ctx.words[j] as Word;
    // Quoted words as the phrase's noun ("Von einem „schweren Eingriff“ spricht …", "Von „…“ oder „…“ sprechen …"):
    // the phrase goes on after the closing mark.
    const q = !noun ? quotes.find((x) => w.start > x.open && w.start < x.close) : undefined;
    if (q && /^\s*$/u.test(ctx.article.text.slice(ctx.words[j - 1]?.end ?? 0, q.open))) {
      while (j < limit && (ctx.words[j] as Word).start < q.close) j++;
      j--;
      noun = true;
      continue;
    }
    if (noun && coordinators.includes(w.lower) && insideQuote(quotes, ctx.words[j + 1]?.start ?? -1)) {
      noun = false;
      continue;
    }
    // A relative clause after the phrase's noun ("In einem Bericht, der … veröffentlicht wurde, rechtfertigte …"): the
    // verb after its closing comma.
    if (noun && commaBefore(ctx, j) && ctx.rules.quotes.clauseOpeners.includes(w.lower)) {
      let c = j + 1;
      while (c < limit && !commaBefore(ctx, c)) c++;
      return c < limit && !insideQuote(quotes, (ctx.words[c] as Word).start) ? c : -1;
    }
    if (insideQuote(quotes, w.start) || (j > k + 1 && breakBefore(ctx, j))) return noun ? j : -1;
    // A genitive article after the noun opens another noun phrase ("An die Adresse der europäischen Wächter").
    if (prepositions.includes(w.lower) || (noun && ctx.sets.determiners.has(w.lower))) noun = false;
    else if (capitalised(w)) noun = true;
    // Articles, and adjectives or adverbs before the noun ("in einem kurzen Gespräch"); after it, the verb.
    else if (noun && !ctx.sets.determiners.has(w.lower)) return j;
  }
  return -1;
}

/** The finite verb of a sentence opened by a phrase that is not the subject, or -1. */
function verbAfterOpening(
  ctx: ArticleContext,
  quotes: readonly QuoteSpan[],
  k: number,
  limit: number,
): number {
  const w = ctx.words[k] as Word;
  const {
    prepositions,
    notSpeakers,
    clauseOpeners,
    infinitiveMarkers,
    questionWords = [],
  } = ctx.rules.quotes;
  // A subordinate or infinitive clause opening the sentence ("Als ein Fluggast zu Hilfe eilte, biss der Randalierer
  // …", "Um die Zeit zu gewinnen, will Oettinger …"): the verb right after its comma.
  const subordinate = clauseOpeners.includes(w.lower) && !ctx.sets.determiners.has(w.lower);
  if (subordinate || prepositions.includes(w.lower)) {
    let c = k + 2;
    while (
      c < limit &&
      !/,/u.test(ctx.article.text.slice(ctx.words[c - 1]?.end ?? 0, ctx.words[c]?.start ?? 0))
    )
      c++;
    const infinitive = infinitiveMarkers.includes(ctx.words[c - 2]?.lower ?? '');
    if (c < limit && !insideQuote(quotes, (ctx.words[c] as Word).start) && (subordinate || infinitive))
      return c;
  }
  if (prepositions.includes(w.lower)) return afterPrepositional(ctx, quotes, k, limit);
  // An adverb opening the sentence ("Dazu gab …", "Zuvor hatte …"): the verb right after it.
  if (notSpeakers.includes(w.lower) || /^\d/u.test(w.text)) return k + 1;
  // Any other adverb the tables know as a sentence opener ("Gleichzeitig weist er darauf hin, …"); a quantifier
  // before a noun opens the subject ("Zwei Wachen blieben …").
  const verb =
    (ctx.rules.entities.singularVerbs ?? []).includes(w.lower) ||
    (ctx.rules.quotes.verbFirstOpeners ?? []).includes(w.lower);
  const question = questionWords.includes(w.lower);
  if (!question && !verb && openingNonSpeaker(ctx, k) && !nounAfter(ctx, k)) return k + 1;
  return -1;
}

/** Whether a phrase is written in a case that is not the subject's ("den Iran", "dem Minister"). */
export function objectCase(ctx: ArticleContext, p: SpeakerPhrase): boolean {
  if (p.kind === 'pronoun') return false;
  const first = ctx.words.find((w) => w.start === p.at);
  if (ctx.rules.quotes.objectArticles.includes(first?.lower ?? '')) return true;
  // A word alone that stands for what was said ("Ähnliches hatte auch X gesagt:"): the object fronted.
  const [word, more] = p.words;
  return more === undefined && (ctx.rules.quotes.saidObjects ?? []).includes(word?.toLowerCase() ?? '');
}

/**
 * The subject of the sentence that holds a quote with no verb of saying and no other frame: the noun phrase that
 * opens the sentence before its finite verb ("Der Bürgermeister von New Orleans forderte … „…“"), or the one right
 * after the verb when an adverbial opens it ("Im Kongress warb Obama … „…“", "In der ARD zeigt sich der
 * Bundestrainer zufrieden: „…“"). Words from `from` up to the opening mark's word `limit`; never a phrase in an
 * object case. `auxiliary`: an auxiliary or copula counts as the verb ("X war eingeweiht").
 */
export function sentenceSubject(
  ctx: ArticleContext,
  quotes: readonly QuoteSpan[],
  from: number,
  limit: number,
  auxiliary = false,
): SpeakerPhrase | undefined {
  const { focusAdverbs, conjunctions, reflexives, prepositions, auxiliaries } = ctx.rules.quotes;
  // With `auxiliary`, an auxiliary is a verb too ("Georg Ratzinger war … eingeweiht").
  const notVerb = (w: Word): boolean =>
    capitalised(w) ||
    (conjunctions.includes(w.lower) && !(auxiliary && auxiliaries.includes(w.lower))) ||
    prepositions.includes(w.lower) ||
    ctx.sets.determiners.has(w.lower);
  let k = from;
  // A clause after a colon ("Steuern: Die SPD will …", "Die so genannte „Reichensteuer“: Die SPD will …"): its subject.
  for (let j = from + 1; j < limit; j++)
    if (
      !insideQuote(quotes, (ctx.words[j] as Word).start) &&
      /:/u.test(ctx.article.text.slice(ctx.words[j - 1]?.end ?? 0, (ctx.words[j] as Word).start))
    )
      k = j;
  while (k < limit && focusAdverbs.includes(ctx.words[k]?.lower ?? '')) k++;
  if (k >= limit || insideQuote(quotes, (ctx.words[k] as Word).start)) return undefined;
  const verb = verbAfterOpening(ctx, quotes, k, limit);
  if (verb < 0) {
    // A preposition opens no subject, unless it is the particle of a name ("Von der Leyen betonte").
    if (prepositions.includes(ctx.words[k]?.lower ?? '') && particleNameAt(ctx, k, limit) < 0)
      return undefined;
    const found = speakerPhraseAt(ctx, k, quotes, limit);
    if (!found) return undefined;
    const phrase = apposition(ctx, found.to, quotes) ?? found.phrase;
    let v = found.to;
    // An apposition or a party in brackets after the subject: "Wolfgang Hürter, Aufsichtsvorsitzender von SWB, nennt".
    if (
      phrase !== found.phrase ||
      /[,(]/u.test(ctx.article.text.slice(ctx.words[v - 1]?.end ?? 0, ctx.words[v]?.start ?? 0))
    )
      for (let j = v; j < Math.min(limit, v + 16); j++)
        if (
          /[,)]\s*$/u.test(ctx.article.text.slice(ctx.words[j - 1]?.end ?? 0, ctx.words[j]?.start ?? 0)) &&
          j > v &&
          // A relative clause inside the apposition runs to the next comma ("Sadiq Khan, eines der Mitglieder, die den
          // Brief unterschrieben, verurteilte").
          !(ctx.rules.quotes.clauseOpeners.includes(ctx.words[j]?.lower ?? '') && !capitalised(ctx.words[j]))
        ) {
          v = j;
          break;
        }
    // A prepositional phrase after the subject ("Ein Sprecher in Berlin sagte"): the verb follows it.
    if (prepositions.includes(ctx.words[v]?.lower ?? '')) v = afterPrepositional(ctx, quotes, v, limit);
    const w = ctx.words[v];
    if (!w || v < 0 || v >= limit || notVerb(w)) return undefined;
    return objectCase(ctx, phrase) ? undefined : phrase;
  }
  const v = ctx.words[verb];
  if (!v || verb >= limit || notVerb(v)) return undefined;
  let s = verb + 1;
  while (s < limit && reflexives.includes(ctx.words[s]?.lower ?? '')) s++;
  if (s >= limit || breakBefore(ctx, s)) return undefined;
  const found = speakerPhraseAt(ctx, s, quotes, limit);
  if (!found) return undefined;
  const phrase = apposition(ctx, found.to, quotes) ?? found.phrase;
  return objectCase(ctx, phrase) ? undefined : phrase;
}
