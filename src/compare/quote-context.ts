import type { ArticleContext } from './context.js';
import type { RawMention } from './lexicon.js';
import { commonNounWord } from './persons.js';
import { type QuoteSpan, insideQuote } from './quote-spans.js';
import { invertedSubject } from './reported.js';
import { objectCase, sentenceSubject } from './sentence-subject.js';
import { apposition, breakBefore, speakerPhraseAt, type SpeakerPhrase } from './speaker-phrase.js';
import { isCapitalised, isNameWord, wordIndexAt, type Word } from './words.js';

/**
 * Speakers a quote's surroundings give when no verb of saying stands next to it: a medium named in quotation marks,
 * a person whose view a clause gives, the next sentence pointing back at the quote, the named subject of the
 * sentence before. What each reads of the article.
 */
export interface QuoteSurroundings {
  readonly ctx: ArticleContext;
  readonly spans: readonly QuoteSpan[];
  /** Person mentions of the article, in text order. */
  readonly persons: readonly RawMention[];
  readonly keyOf: (words: readonly string[]) => string | undefined;
  /** Whether a phrase can be a speaker (see `ArticleQuotes.personish`). */
  readonly personish: (p: SpeakerPhrase, subject: boolean) => boolean;
}

/** Whether a word is shaped like a finite verb form of the language (`finiteVerbs`; "said" is in the tables). */
export const finite = (ctx: ArticleContext, text: string): boolean => ctx.sets.finiteVerb.test(text);

const quoted = (near: QuoteSurroundings, w: Word): boolean => insideQuote(near.spans, w.start);

function sentenceRange(near: QuoteSurroundings, index: number): { from: number; to: number } | undefined {
  const sentence = near.ctx.article.sentences[index];
  if (!sentence) return undefined;
  return { from: wordIndexAt(near.ctx.words, sentence.start), to: wordIndexAt(near.ctx.words, sentence.end) };
}

/**
 * A capitalised name of up to four words in quotation marks whose first word is word `k` or the one after an
 * article there ("die „Computerwoche“", "„Die Zeit“").
 */
export function quotedName(near: QuoteSurroundings, k: number): SpeakerPhrase | undefined {
  const { ctx, spans } = near;
  const first = ctx.words[k];
  const at = first && !quoted(near, first) && ctx.sets.determiners.has(first.lower) ? k + 1 : k;
  const w = ctx.words[at];
  const q = w && spans.find((x) => x.open < w.start && x.close > w.start);
  if (!w || !q || ctx.article.text.slice(q.open + 1, w.start).trim() !== '') return undefined;
  if (at > k && !/^\s*$/u.test(ctx.article.text.slice(ctx.words[k]?.end ?? 0, q.open))) return undefined;
  const words = ctx.words.filter((x) => x.start > q.open && x.end <= q.close);
  if (words.length === 0 || words.length > 4 || !isCapitalised(w.text)) return undefined;
  return { kind: 'name', words: words.map((x) => x.text), at: w.start };
}

/**
 * The person whose view a clause gives: "Für den Theologen Hans Küng sei der Rücktritt „…“", "Was für die Ministerin
 * eine „…“ ist". An opinion preposition opening the sentence or a clause before the quote (after a comma or "was"),
 * then a name or a role word of the tables; a group ("für die Kinder") is none.
 */
export function opinionOf(near: QuoteSurroundings, span: QuoteSpan, from: number): SpeakerPhrase | undefined {
  const { ctx, spans } = near;
  const { opinionMarkers, opinionLeads } = ctx.rules.quotes;
  const o = wordIndexAt(ctx.words, span.open);
  for (let k = o - 1; k >= from; k--) {
    const w = ctx.words[k] as Word;
    if (quoted(near, w) || !opinionMarkers.includes(w.lower)) continue;
    const opens = k === from || breakBefore(ctx, k) || opinionLeads.includes(ctx.words[k - 1]?.lower ?? '');
    if (!opens) continue;
    const found = speakerPhraseAt(ctx, k + 1, spans, o);
    if (!found) continue;
    const p = apposition(ctx, found.to, spans) ?? found.phrase;
    if (p.kind === 'pronoun') continue;
    // A role that ends in a given name and a family name ("den Theologen Hans Küng").
    const [given, family] = p.words.slice(-2);
    const named = given !== undefined && ctx.sets.firstNames.has(given) && isNameWord(family ?? '');
    const trailing = roleName(ctx, p);
    const person =
      p.kind === 'name'
        ? p.words.length >= 2 || near.keyOf(p.words) !== undefined || p.role !== undefined
        : p.title || named || trailing !== undefined;
    if (!person) continue;
    // The name of a person after a role noun is the speaker, the role words its role.
    if (trailing && p.kind === 'role' && !p.title && trailing.at < span.open) return trailing;
    return p;
  }
  return undefined;
}

/**
 * The name that ends a role phrase the tables do not read as a title, as a name phrase with the role words before it:
 * two name words after the role noun, neither a common noun nor shaped like one ("den Theologen Talo Brunsvik", "Die
 * Studentin Mara Quell": a given name the tables do not know too).
 */
export function roleName(ctx: ArticleContext, p: SpeakerPhrase): SpeakerPhrase | undefined {
  if (p.kind !== 'role' || p.words.length < 3) return undefined;
  const [given, family] = p.words.slice(-2);
  const nameWord = (w: string | undefined): w is string =>
    w !== undefined && isNameWord(w) && !commonNounWord(w, ctx);
  if (!nameWord(given) || !nameWord(family)) return undefined;
  const g = ctx.words.findIndex(
    (w, j) => w.start > p.at && w.text === given && ctx.words[j + 1]?.text === family,
  );
  const at = ctx.words[g]?.start;
  return at === undefined
    ? undefined
    : { kind: 'name', words: [given, family], role: p.words.slice(0, -2), at };
}

/**
 * The speaker a sentence gives for the quote before it when a demonstrative opens it and the verb follows: the
 * subject after the verb, a name, a role word of the tables or a source noun ("die zentrale Aussage einer Studie").
 */
export function saidInNext(near: QuoteSurroundings, index: number): SpeakerPhrase | undefined {
  const { ctx, spans } = near;
  const range = sentenceRange(near, index);
  if (!range) return undefined;
  const { from, to } = range;
  const { quoteDemonstratives, sourceNouns } = ctx.rules.quotes;
  const verb = ctx.words[from + 1];
  if (!quoteDemonstratives.includes(ctx.words[from]?.lower ?? '') || !verb || from + 1 >= to)
    return undefined;
  if (!finite(ctx, verb.text) || breakBefore(ctx, from + 1)) return undefined;
  const p = invertedSubject(ctx, spans, from + 1);
  if (!p || p.kind === 'pronoun' || objectCase(ctx, p)) return undefined;
  if (p.kind === 'name') return near.personish(p, false) ? p : undefined;
  return p.title || sourceNouns.includes(p.head) ? p : undefined;
}

/** The subject of sentence `index` when it is a named person (a recognised one, or a name of two words or more). */
export function namedSubject(near: QuoteSurroundings, index: number): SpeakerPhrase | undefined {
  const range = sentenceRange(near, index);
  if (!range) return undefined;
  const found = sentenceSubject(near.ctx, near.spans, range.from, range.to, true);
  // A role with a name at its end ("Die Studentin Mara Quell war dabei."): the name.
  const subject = found ? (roleName(near.ctx, found) ?? found) : undefined;
  if (subject?.kind !== 'name') return undefined;
  const known =
    near.keyOf(subject.words) !== undefined ||
    near.persons.some((m) => m.start <= subject.at && m.end > subject.at);
  return known || (subject.words.length >= 2 && subject.words.every((w) => isNameWord(w)))
    ? subject
    : undefined;
}

/** The subject of sentence `index` when it is a personal pronoun ("Er war dem Sieg nie so nah."): its phrase. */
export function pronounSubject(near: QuoteSurroundings, index: number): SpeakerPhrase | undefined {
  const range = sentenceRange(near, index);
  if (!range) return undefined;
  const subject = sentenceSubject(near.ctx, near.spans, range.from, range.to, true);
  return subject?.kind === 'pronoun' ? subject : undefined;
}

/**
 * The subject of sentence `index` when it is a role with a role word of the tables or a noun of a person and a
 * definite article ("Der Bürgermeister hat die Vorwürfe zurückgewiesen.", "Der Mann lebt in Köln."): who a pronoun
 * after it may stand for when no person is named near.
 */
export function roleSubject(near: QuoteSurroundings, index: number): SpeakerPhrase | undefined {
  const range = sentenceRange(near, index);
  if (!range) return undefined;
  const subject = sentenceSubject(near.ctx, near.spans, range.from, range.to, true);
  if (subject?.kind !== 'role' || !subject.definite) return undefined;
  // A role word, or a noun of a person ("Der Mann …"): someone the text has moved on to, named or not.
  const personNoun = (near.ctx.rules.quotes.personNouns ?? []).includes(subject.head);
  return subject.title || personNoun ? subject : undefined;
}
