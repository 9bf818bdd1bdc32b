import type { Sentence } from '../core/types.js';
import type { ArticleContext } from './context.js';
import { type QuoteSpan, insideQuote } from './quote-spans.js';
import { objectCase, sentenceSubject } from './sentence-subject.js';
import {
  apposition,
  breakBefore,
  particleNameAt,
  speakerPhraseAt,
  type SpeakerPhrase,
} from './speaker-phrase.js';
import { genitiveAfterAdverbial, pastAdverbial } from './quote-adverbials.js';
import { commaBefore, isCapitalised, wordIndexAt, type Word } from './words.js';

/**
 * Reported (indirect) speech in one sentence: what is reported (`start`–`end` in the cleaned text) and who reports
 * it, as the text writes it. `speaker: 'previous'` continues the speaker of the last reported sentence (a sentence
 * in Konjunktiv I right after one: "Er sagte, … . Dies sei …").
 */
export interface ReportedFrame {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  /** The frame's speaker phrase; `previous` for a continuation; null when the frame names none. */
  readonly speaker: SpeakerPhrase | 'previous' | null;
  /** How it is framed: a verb of saying ("X sagte, dass …"), a source marker ("laut X", "X zufolge"), a continuation. */
  readonly cue: 'verb' | 'source' | 'continuation';
  /** The phrase right after the verb, when the speaker was read before it (an adverb may stand there: "Offiziell"). */
  readonly alternative?: SpeakerPhrase;
  /** Most of the content is in quotation marks: the direct quote says it, the frame only gives its speaker. */
  readonly quoted?: true;
}

/** A speaker phrase at `k`, also after "das" (a determiner the tables keep from starting a speaker: "Das Ministerium"). */
function phraseAt(
  ctx: ArticleContext,
  k: number,
  quotes: readonly QuoteSpan[],
  limit?: number,
): ReturnType<typeof speakerPhraseAt> {
  const found = speakerPhraseAt(ctx, k, quotes, limit);
  if (found || !ctx.sets.determiners.has(ctx.words[k]?.lower ?? '')) return found;
  const next = ctx.words[k + 1];
  return next && isCapitalised(next.text) ? speakerPhraseAt(ctx, k + 1, quotes, limit) : undefined;
}

interface Frames {
  readonly ctx: ArticleContext;
  readonly quotes: readonly QuoteSpan[];
  readonly verbs: ReadonlySet<string>;
  readonly subjunctive: ReadonlySet<string>;
}

/** The words of a sentence, `[from, to)`. */
function range(ctx: ArticleContext, s: Sentence): { from: number; to: number } {
  return { from: wordIndexAt(ctx.words, s.start), to: wordIndexAt(ctx.words, s.end) };
}

/** The text range of words `[a, b)` (b exclusive), trailing punctuation left out. */
function span(ctx: ArticleContext, a: number, b: number): { start: number; end: number } | undefined {
  const first = ctx.words[a];
  const last = ctx.words[b - 1];
  if (!first || !last || b <= a) return undefined;
  let end = last.end;
  // A closing quotation mark right after the last word belongs to the content.
  while (/[“”"«»‘’]/u.test(ctx.article.text[end] ?? '')) end++;
  return { start: first.start, end };
}

/**
 * An infinitive with its marker after a separable prefix ("vorzugehen", "stattzugeben", "einzufangen"); the caller
 * keeps nouns out ("die Auszubildenden").
 */
function infixedInfinitive(ctx: ArticleContext, word: string): boolean {
  const { separablePrefixes = [], infinitiveMarkers } = ctx.rules.quotes;
  return separablePrefixes.some((prefix) =>
    infinitiveMarkers.some(
      (marker) =>
        word.startsWith(prefix + marker) &&
        word.length >= prefix.length + marker.length + 4 &&
        /(en|ern|eln)$/u.test(word),
    ),
  );
}

/**
 * Whether word `k` may be an infinitive after its marker (table `infinitiveForms`): not a lower-case word without an
 * infinitive's ending or one of its words ("zu spät", "zu früher", "zu weit" are adverbs; "zu sein", "zu erhöhen"
 * are infinitives). An article after the marker is left as it was read before ("zu den …").
 */
function infinitive(ctx: ArticleContext, k: number): boolean {
  const w = ctx.words[k];
  const forms = ctx.rules.quotes.infinitiveForms;
  if (forms === undefined || w === undefined || forms.words.includes(w.text)) return true;
  if (!/^\p{Ll}/u.test(w.text) || ctx.sets.determiners.has(w.lower)) return true;
  return forms.endings.some((e) => w.lower.endsWith(e));
}

/** Whether words `[a, b)` read as reported content: a conjunction first, a subjunctive, or an infinitive with "zu". */
function content(f: Frames, a: number, b: number): boolean {
  const { ctx } = f;
  const { complementisers, infinitiveMarkers } = ctx.rules.quotes;
  const first = ctx.words[a];
  if (!first || b - a < 3) return false;
  if (complementisers.includes(first.lower)) return true;
  for (let k = a; k < b; k++) {
    const w = ctx.words[k] as Word;
    if (k > a && commaBefore(ctx, k) && !f.subjunctive.has(w.lower)) break;
    if (
      f.subjunctive.has(w.lower) ||
      (infinitiveMarkers.includes(w.lower) && k > a && infinitive(ctx, k + 1))
    )
      return true;
    if (/^\p{Ll}/u.test(w.text) && infixedInfinitive(ctx, w.lower)) return true;
  }
  return false;
}

/**
 * Whether the clause at `k` reads as a main clause opening with its subject ("…, die Entdeckung werfe …", "…, er
 * wird …"): an article and a noun, a subject pronoun, or a capitalised word that is no clause opener; at least
 * three words. Right after a verb of saying and its comma, such a clause is what was said, in any mood.
 */
function declarative(f: Frames, k: number, to: number): boolean {
  const { ctx } = f;
  const first = ctx.words[k];
  const next = ctx.words[k + 1];
  if (!first || !next || to - k < 3 || insideQuote(f.quotes, first.start)) return false;
  if (ctx.sets.determiners.has(first.lower)) return isCapitalised(next.text) && !breakBefore(ctx, k + 1);
  if (ctx.sets.names.subjectPronouns.has(first.lower)) return true;
  const { clauseOpeners, conjunctions, prepositions } = ctx.rules.quotes;
  return (
    isCapitalised(first.text) &&
    !clauseOpeners.includes(first.lower) &&
    !conjunctions.includes(first.lower) &&
    !prepositions.includes(first.lower)
  );
}

/**
 * The subject of a verb of saying at `v`: the noun phrase that opens the clause right before it ("Der Staatsanwalt
 * sagte", "John Kline, ein Repräsentant aus Minnesota, sagte"), else the one right after it ("Am Donnerstag sagte
 * General Michael Hagee", "Wie die Polizei mitteilte", "erklärte er"). With `adverbials`, past a prepositional phrase
 * after the verb ("sagte auf Nachfrage der Sprecher"; see `invertedSubject`).
 */
export function clauseSubject(
  ctx: ArticleContext,
  quotes: readonly QuoteSpan[],
  from: number,
  v: number,
  adverbials = false,
): SpeakerPhrase | undefined {
  const { prepositions, sourceBefore, conjunctions, clauseOpeners } = ctx.rules.quotes;
  // A word that opens the clause before its subject: a conjunction ("…, da sie"), a subordinating one ("…, zumal
  // Verteidiger X betont hatte"), not a relative pronoun that is also an article ("…, die Polizei").
  const opener = (w: string): boolean =>
    conjunctions.includes(w) || (clauseOpeners.includes(w) && !ctx.sets.determiners.has(w));
  const gap = (k: number): string =>
    ctx.article.text.slice(ctx.words[k - 1]?.end ?? 0, ctx.words[k]?.start ?? 0);
  const lower = (k: number): boolean => /^\p{Ll}/u.test(ctx.words[k]?.text ?? '');
  // "Die Bürger forderte er auf, …", "Das Angebot lehnt er ab, …": a pronoun that is only a subject ("er") right after
  // the verb is its subject; the phrase before the verb is an object.
  const next = ctx.words[v + 1];
  if (
    next &&
    !breakBefore(ctx, v + 1) &&
    !insideQuote(quotes, next.start) &&
    ctx.rules.quotes.nominativePronouns.includes(next.lower)
  )
    return { kind: 'pronoun', at: next.start };
  // The clause of the verb: from the sentence start, or from the last comma before it ("…, da sie befürchtete").
  const starts = [from];
  for (let k = v - 1; k > from; k--)
    if (/,/u.test(gap(k))) {
      starts.push(opener(ctx.words[k]?.lower ?? '') ? k + 1 : k);
      break;
    }
  for (let start of starts) {
    // "Auch die Ministerin äußerte …": a focus adverb before the subject.
    while (start < v && ctx.rules.quotes.focusAdverbs.includes(ctx.words[start]?.lower ?? '')) start++;
    const lead = ctx.words[start]?.lower ?? '';
    // A preposition opens no subject, unless it is the particle of a name ("Von der Leyen betonte").
    const preposition = prepositions.includes(lead) && particleNameAt(ctx, start, v) < 0;
    if (start >= v || preposition || sourceBefore.includes(lead)) continue;
    const antecedent = start > from ? relativeAntecedent(ctx, quotes, start) : undefined;
    if (antecedent) return antecedent;
    const found = phraseAt(ctx, start, quotes, v);
    if (!found) continue;
    // A word alone for what was said, fronted ("Ähnliches hatte auch X gesagt"): the object; the subject follows.
    const [one, more] = found.phrase.kind === 'pronoun' ? [] : found.phrase.words;
    if (more === undefined && (ctx.rules.quotes.saidObjects ?? []).includes(one?.toLowerCase() ?? ''))
      continue;
    // A role set off by commas after a name ("Jane Doe, the agency's chief officer, told …"): the name speaks.
    const role = found.phrase.kind === 'role' ? found.phrase : undefined;
    const named = role && start > from ? nameBeforeComma(ctx, quotes, from, start) : undefined;
    if (role && named) return { ...named, role: role.words };
    const appos = apposition(ctx, found.to, quotes);
    let to = found.to;
    let closed = false;
    // An apposition or a parenthesis closed before the verb: "John Kline, ein Repräsentant …, sagte",
    // "Kristina Schröder (CDU) sagte", "X, Y, hatte jedoch erklärt".
    if (to < v && /[,(]/u.test(gap(to)))
      for (let k = v; k > to; k--) {
        if (/[,)]/u.test(gap(k))) {
          to = k;
          closed = true;
          break;
        }
        if (!lower(k - 1)) break;
      }
    // The rest of the subject and adverbs before the verb, with no comma ("Ein Sprecher des deutschen
    // Bundesumweltministeriums sagte", "Der BGH widersprach allerdings", "hat erklärt"); after a closed
    // apposition the comma that closes it comes first ("X, Y, hat angekündigt").
    let k = closed && to < v ? to + 1 : to;
    while (k < v && k - to < 8 && !/[,;:]/u.test(gap(k))) k++;
    if (k === v) return appos ?? found.phrase;
  }
  return invertedSubject(ctx, quotes, v, adverbials) ?? auxiliarySubject(ctx, quotes, starts, v);
}

/**
 * The noun a relative pronoun at word `r` stands for when an object follows it ("Es gibt Stimmen, die dem Kardinal
 * vorwerfen, …": "Stimmen"): the capitalised word right before its comma, outside quotation marks.
 */
function relativeAntecedent(
  ctx: ArticleContext,
  quotes: readonly QuoteSpan[],
  r: number,
): SpeakerPhrase | undefined {
  const { clauseOpeners, objectArticles } = ctx.rules.quotes;
  const w = ctx.words[r] as Word;
  const noun = ctx.words[r - 1];
  if (!ctx.sets.determiners.has(w.lower) || !clauseOpeners.includes(w.lower)) return undefined;
  if (!objectArticles.includes(ctx.words[r + 1]?.lower ?? '') || !noun || !isCapitalised(noun.text))
    return undefined;
  if (insideQuote(quotes, noun.start) || ctx.sets.determiners.has(noun.lower)) return undefined;
  return {
    kind: 'role',
    words: [noun.text],
    head: noun.lower,
    definite: false,
    title: false,
    at: noun.start,
  };
}

/**
 * The subject between a finite auxiliary and the participle of saying at `v`, when an adverbial opens the clause
 * ("Am Montag hat die Regierung erklärt, …", "Zuvor hatte er gesagt, …", "Bereits vor Wochen hatte X erklärt"):
 * the opening is one word or starts with a preposition (or has one second), the auxiliary follows it, then a
 * phrase that is no object ("hatte seinen Kandidaten …") and only adverbs up to `v`, with no comma or conjunction.
 */
function auxiliarySubject(
  ctx: ArticleContext,
  quotes: readonly QuoteSpan[],
  starts: readonly number[],
  v: number,
): SpeakerPhrase | undefined {
  const { auxiliaries, prepositions, conjunctions, objectArticles } = ctx.rules.quotes;
  const start = starts[starts.length - 1] ?? v;
  const lower = (k: number): string => ctx.words[k]?.lower ?? '';
  const gap = (k: number): string =>
    ctx.article.text.slice(ctx.words[k - 1]?.end ?? 0, ctx.words[k]?.start ?? 0);
  let a = start + 1;
  while (a < v && !auxiliaries.includes(lower(a))) a++;
  const adverbial =
    a === start + 1 || prepositions.includes(lower(start)) || prepositions.includes(lower(start + 1));
  if (a >= v - 1 || !adverbial || objectArticles.includes(lower(a + 1))) return undefined;
  for (let k = start + 1; k <= v; k++) if (/[,;:]/u.test(gap(k))) return undefined;
  // Adverbs after the auxiliary ("hatte zuvor auch X gesagt"): lower-case words that are no function words.
  let s = a + 1;
  while (s < a + 3 && s < v && adverbWord(ctx, s)) s++;
  const found = phraseAt(ctx, s, quotes, v);
  if (!found || v - found.to > 4) return undefined;
  for (let k = found.to; k < v; k++)
    if (conjunctions.includes(lower(k)) || !/^\p{Ll}/u.test(ctx.words[k]?.text ?? '')) return undefined;
  return found.phrase;
}

/** Whether word `k` is a lower-case word that is no function word of the tables: an adverb ("zuvor", "auch"). */
function adverbWord(ctx: ArticleContext, k: number): boolean {
  const w = ctx.words[k];
  const { prepositions, conjunctions, notSpeakers, objectArticles } = ctx.rules.quotes;
  return (
    w !== undefined &&
    /^\p{Ll}+$/u.test(w.text) &&
    !ctx.sets.determiners.has(w.lower) &&
    !ctx.sets.pronouns.has(w.lower) &&
    ![prepositions, conjunctions, notSpeakers, objectArticles].some((t) => t.includes(w.lower))
  );
}

/** A name of one to four words ending right before a comma in front of word `start`, not before `from`. */
function nameBeforeComma(
  ctx: ArticleContext,
  quotes: readonly QuoteSpan[],
  from: number,
  start: number,
): Extract<SpeakerPhrase, { kind: 'name' }> | undefined {
  if (
    !/^\s*,\s*$/u.test(ctx.article.text.slice(ctx.words[start - 1]?.end ?? 0, ctx.words[start]?.start ?? 0))
  )
    return undefined;
  for (let j = Math.max(from, start - 4); j < start; j++) {
    // The name opens the clause: at its start, after punctuation, or after a conjunction ("…, and Jane Doe, …").
    const lead = ctx.words[j - 1]?.lower ?? '';
    const { conjunctions, joiners } = ctx.rules.quotes;
    if (j > from && !breakBefore(ctx, j) && !conjunctions.includes(lead) && !joiners.includes(lead)) continue;
    const found = speakerPhraseAt(ctx, j, quotes, start);
    if (found?.to === start && found.phrase.kind === 'name' && found.phrase.words.length >= 2)
      return found.phrase;
  }
  return undefined;
}

/**
 * The subject after a verb: skip "sich" and adverbs ("Am Donnerstag sagte General X", "sagt die Regierung"); with
 * `adverbials` also prepositional phrases and a genitive after them ("sagte auf Anfrage der Zeitung ein Sprecher":
 * the frame of a direct quote; reported speech reads its frames without).
 */
export function invertedSubject(
  ctx: ArticleContext,
  quotes: readonly QuoteSpan[],
  v: number,
  adverbials = false,
): SpeakerPhrase | undefined {
  const { notSpeakers, reflexives, conjunctions, addresseeVerbs } = ctx.rules.quotes;
  // The name after a verb of saying to someone is the addressee ("The source told Radar:"), not the subject.
  if (addresseeVerbs?.includes(ctx.words[v]?.lower ?? '') === true) return undefined;
  const lower = (k: number): boolean => /^\p{Ll}/u.test(ctx.words[k]?.text ?? '');
  let reach = v + 6;
  let adverbial = false;
  for (let k = v + 1; k < Math.min(ctx.words.length, reach); k++) {
    const w = ctx.words[k] as Word;
    if (insideQuote(quotes, w.start) || breakBefore(ctx, k)) return undefined;
    // "berichteten unter Berufung auf X, …": the noun of citing a source is no subject (table `citingNouns`).
    if (citing(ctx, k)) return undefined;
    // A phrase first: "das" may open one ("gab das russische Außenministerium bekannt").
    const found = phraseAt(ctx, k, quotes);
    // After an adverbial, a genitive of its noun ("sagte auf Anfrage der Zeitung ein Sprecher") is passed over.
    if (found && adverbial && genitiveAfterAdverbial(ctx, k, found.phrase)) {
      k = found.to - 1;
      continue;
    }
    if (found) return apposition(ctx, found.to, quotes) ?? found.phrase;
    // A prepositional phrase ("auf Nachfrage", "am Montag"): its noun is no subject; the subject may follow it.
    const past = adverbials ? pastAdverbial(ctx, k, ctx.words.length) : -1;
    if (past > 0) {
      reach += past - k - 1;
      adverbial = true;
      k = past - 1;
      continue;
    }
    if (reflexives.includes(w.lower) || (notSpeakers.includes(w.lower) && w.lower !== 'es')) continue;
    if (!lower(k) || ctx.sets.determiners.has(w.lower) || conjunctions.includes(w.lower)) return undefined;
  }
  return undefined;
}

/** Whether word `k` is a preposition before a noun of citing a source ("unter Berufung", "mit Verweis"). */
function citing(ctx: ArticleContext, k: number): boolean {
  const { prepositions, citingNouns = [] } = ctx.rules.quotes;
  return (
    prepositions.includes(ctx.words[k]?.lower ?? '') &&
    citingNouns.includes(ctx.words[k + 1]?.lower ?? '') &&
    !breakBefore(ctx, k + 1)
  );
}

/**
 * The verb that closes a clause opened by "Wie" ("Wie der Vorsitzende Richter, Ottmar Breidling, ausführte, …",
 * "Wie Norman Paech, der … anwesend war, dazu feststellt, …"): the first finite-looking lower-case word with a comma
 * after it, outside an apposition or a relative clause; -1 when none.
 */
function asClauseVerb(f: Frames, from: number, to: number): number {
  const { ctx, quotes } = f;
  let relative = false;
  for (let k = from + 2; k < to - 1; k++) {
    const w = ctx.words[k] as Word;
    if (insideQuote(quotes, w.start)) return -1;
    if (commaBefore(ctx, k) && ctx.rules.quotes.clauseOpeners.includes(w.lower)) relative = true;
    if (!commaBefore(ctx, k + 1)) continue;
    // a finite verb by its ending ("ausführte", "feststellt", "erläuterten")
    if (!relative && ctx.sets.finiteEnding.test(w.text)) return k;
    relative = false;
  }
  return -1;
}

/** Whether word `k` is the noun of a view held ("Ansicht" of "ist der Ansicht"): it frames like a verb of saying. */
function opinionNoun(f: Frames, k: number): boolean {
  const frames = f.ctx.rules.quotes.opinionFrames;
  const lower = (i: number): string => f.ctx.words[i]?.lower ?? '';
  if (frames === undefined) return false;
  // "ist zuversichtlich", "ist hingegen überzeugt": an adjective of a view a copula and up to one adverb before.
  if ((frames.adjectives ?? []).includes(f.ctx.words[k]?.text ?? '') && !breakBefore(f.ctx, k)) {
    const adverb = /^\p{Ll}/u.test(f.ctx.words[k - 1]?.text ?? '') && !breakBefore(f.ctx, k - 1);
    return frames.copulas.includes(lower(k - 1)) || (adverb && frames.copulas.includes(lower(k - 2)));
  }
  return (
    frames.nouns.includes(lower(k)) &&
    frames.articles.includes(lower(k - 1)) &&
    frames.copulas.includes(lower(k - 2)) &&
    !breakBefore(f.ctx, k) &&
    !breakBefore(f.ctx, k - 1)
  );
}

/**
 * Who a clause opened by "Wie" at `from` names before its verb at `v`: the phrase right after "Wie", or after one
 * adverb or a preposition of a source there ("Wie schon die WHO sagte", "Wie aus Regierungskreisen verlautete", "Wie von der
 * Polizei mitgeteilt wurde"); a day or month alone is none ("Wie am Montag bekannt wurde").
 */
function asSubject(f: Frames, from: number, v: number): ReturnType<typeof speakerPhraseAt> {
  const { ctx, quotes } = f;
  const found = phraseAt(ctx, from + 1, quotes, v);
  const w = ctx.words[from + 1];
  if (found || !w || from + 2 >= v || breakBefore(ctx, from + 2) || !/^\p{Ll}/u.test(w.text)) return found;
  const { conjunctions, prepositions, documentPrepositions, afterQuoteVerbs, auxiliaries } = ctx.rules.quotes;
  // Not a verb ("Wie hat der Aufbruch … verändert" is a question).
  if (ctx.sets.determiners.has(w.lower) || conjunctions.includes(w.lower) || auxiliaries.includes(w.lower))
    return undefined;
  if (f.verbs.has(w.lower) || (afterQuoteVerbs?.modal ?? []).includes(w.lower)) return undefined;
  // Of prepositions only those of a source or an agent ("aus", "in", "von"; not "mit dem Aufbruch …").
  const source = documentPrepositions.includes(w.lower) || (afterQuoteVerbs?.agent ?? []).includes(w.lower);
  if (prepositions.includes(w.lower) && !source) return undefined;
  const next = phraseAt(ctx, from + 2, quotes, v);
  const words = next?.phrase.kind === 'pronoun' ? [] : (next?.phrase.words ?? []);
  if (words.length === 1 && ctx.sets.calendar.has(words[0]?.toLowerCase() ?? '')) return undefined;
  return next;
}

/** "X sagte, dass …", "X sagte, die Astronauten würden …", "Wie die Polizei mitteilte, wurden …". */
function verbFrame(f: Frames, index: number, from: number, to: number): ReportedFrame | undefined {
  const { ctx, quotes } = f;
  // Not before a word of degree: "Wie viele Menschen dort waren, …" asks, it names no speaker.
  const wie =
    ctx.rules.quotes.asMarkers.includes(ctx.words[from]?.lower ?? '') &&
    !(ctx.rules.quotes.degreeWords ?? []).includes(ctx.words[from + 1]?.lower ?? '');
  // "Wie X ausführte, …" with a verb outside the tables: the clause says that what follows is reported.
  const closing = wie ? asClauseVerb(f, from, to) : -1;
  if (closing > 0 && !f.verbs.has(ctx.words[closing]?.lower ?? '')) {
    const at = span(ctx, closing + 1, to);
    const found = asSubject(f, from, closing);
    const speaker = found ? (apposition(ctx, found.to, quotes) ?? found.phrase) : null;
    return at && speaker ? { sentence: index, ...at, speaker, cue: 'verb' } : undefined;
  }
  for (let v = from; v < to; v++) {
    const w = ctx.words[v] as Word;
    if (insideQuote(quotes, w.start) || !(f.verbs.has(w.lower) || opinionNoun(f, v))) continue;
    // "Zudem findet ein Gewinnspiel statt, bei dem …": another verb.
    if (otherVerb(ctx, v)) continue;
    // "Es gibt Stimmen, die ihm vorwerfen, …": a verb that frames nothing here leaves the sentence to a later one.
    const held = particleHeld(ctx, v);
    if (!held && !thatAfter(ctx, v, to)) continue;
    // A verb that reports only with "dass" ("geht davon aus, dass"; "geht es darum, … zu" reports nothing).
    const thatOnly =
      ctx.rules.quotes.thatOnlyVerbs.includes(w.lower) || !reflexiveHeld(ctx, v, from) || !held;
    // The content: after the first comma that follows the verb and opens a reported clause.
    for (let k = v + 1; k < to; k++) {
      if (!commaBefore(ctx, k)) continue;
      if (thatOnly && !ctx.rules.quotes.complementisers.includes(ctx.words[k]?.lower ?? '')) break;
      // The verb, or its separable prefix, closes the clause before the comma ("erklärte, …", "gab … an, …").
      const closes =
        k === v + 1 || (ctx.rules.quotes.separablePrefixes ?? []).includes(ctx.words[k - 1]?.lower ?? '');
      if (wie || content(f, k, to) || (closes && declarative(f, k, to))) {
        const at = span(ctx, k, to);
        if (!at) return undefined;
        const speaker = wie
          ? (asSubject(f, from, v)?.phrase ?? null)
          : (causee(f, v) ?? quotedSubject(f, from, v) ?? clauseSubject(ctx, quotes, from, v) ?? null);
        const alternative = wie ? undefined : invertedSubject(ctx, quotes, v);
        return {
          sentence: index,
          ...at,
          speaker,
          cue: 'verb',
          ...(alternative && alternative !== speaker ? { alternative } : {}),
        };
      }
      if (k - v > 12) break;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The object pronoun between "lassen" and the verb at `v` ("Die Informationen lassen sie vermuten, dass …": "sie";
 * table `causativeVerbs`): who reports the clause.
 */
function causee(f: Frames, v: number): SpeakerPhrase | undefined {
  const { ctx } = f;
  const causative = ctx.rules.quotes.causativeVerbs;
  const object = ctx.words[v - 1];
  if (!causative || !object || breakBefore(ctx, v) || breakBefore(ctx, v - 1)) return undefined;
  if (!causative.verbs.includes(ctx.words[v - 2]?.lower ?? '') || !causative.objects.includes(object.lower))
    return undefined;
  return { kind: 'pronoun', at: object.start };
}

/** A name in quotation marks opening the clause right before its verb at `v` ("„BBC News“ berichtet, …"). */
function quotedSubject(f: Frames, from: number, v: number): SpeakerPhrase | undefined {
  const named = quotedName(f, from);
  const verb = f.ctx.words[v];
  const q = named && f.quotes.find((x) => x.open < named.at && x.close > named.at);
  return q && verb && f.ctx.article.text.slice(q.close + 1, verb.start).trim() === '' ? named : undefined;
}

/** A domain written as a source ("laut ndr.de", "laut faz.net"). */
const DOMAIN = /^[\p{L}\d-]+(\.[\p{L}\d-]+)*\.\p{L}{2,}$/u;

/** The words of a short name in quotation marks opening at word `k` ("laut „BBC News“"), or undefined. */
function quotedName(f: Frames, k: number): SpeakerPhrase | undefined {
  const { ctx, quotes } = f;
  const w = ctx.words[k];
  const q = w && quotes.find((x) => x.open < w.start && x.close > w.start);
  if (!w || !q || ctx.article.text.slice(q.open + 1, w.start).trim() !== '') return undefined;
  const words = ctx.words.filter((x) => x.start > q.open && x.end <= q.close);
  if (words.length === 0 || words.length > 4) return undefined;
  return { kind: 'name', words: words.map((x) => x.text), at: w.start };
}

/**
 * The noun phrase of a source after a marker ("laut der New York Times", "nach Angaben der Polizei"), also a name
 * in quotation marks ("laut „Reuters“"), a domain ("laut ndr.de"); right after the marker (`marker`) also a phrase
 * opened by adjectives ("laut israelischen Medien").
 */
function sourceAfter(f: Frames, k: number, to: number, marker = false): SpeakerPhrase | undefined {
  const { ctx, quotes } = f;
  let start = ctx.rules.quotes.sourceOf.includes(ctx.words[k]?.lower ?? '') ? k + 1 : k;
  const first = ctx.words[start];
  // "laut denen …": a relative pronoun (a clause opener that is no article) names no source here.
  const relative = (w: Word): boolean =>
    ctx.rules.quotes.clauseOpeners.includes(w.lower) && !ctx.sets.determiners.has(w.lower);
  if (!first || start >= to || relative(first)) return undefined;
  const article = (w: Word | undefined): boolean =>
    w !== undefined &&
    (ctx.sets.determiners.has(w.lower) || ctx.rules.quotes.objectArticles.includes(w.lower));
  // Also after its article ("laut dem „Tagesblatt“", "nach Angaben des „Tagesblatts“").
  const named = quotedName(f, start) ?? (article(first) ? quotedName(f, start + 1) : undefined);
  if (named) return named;
  if (DOMAIN.test(first.text) && !insideQuote(quotes, first.start))
    return { kind: 'name', words: [first.text], at: first.start };
  // Right after a source noun with no article, only a phrase that shows its genitive is the source (table
  // `bareGenitive`): "nach Angaben Moskaus", "nach Angaben westlicher Behörden", not "nach eigenen Angaben
  // Einladungen verschickt".
  const bare = !marker && start === k && !article(first) ? ctx.rules.quotes.bareGenitive : undefined;
  const ends = (w: Word | undefined, endings: readonly string[]): boolean =>
    w !== undefined && endings.some((e) => w.lower.endsWith(e));
  // An adjective right before its noun ("westlicher Behörden"; not the adverb of "nach Angaben wieder einen …").
  const genitiveAdjective =
    bare !== undefined &&
    /^\p{Ll}/u.test(first.text) &&
    ends(first, bare.adjectiveEndings) &&
    ctx.sets.adjectives.hyphened.test(first.text) &&
    isCapitalised(ctx.words[start + 1]?.text ?? '') &&
    !breakBefore(ctx, start + 1);
  // Adjectives right after the marker, or after an indefinite genitive article ("eines russischen Senders").
  const opened = marker || (start > k && article(ctx.words[k])) || genitiveAdjective;
  // Not past an article that looks like one ("laut dem Minister": the phrase keeps it and is definite).
  while (
    opened &&
    start < to - 1 &&
    ctx.sets.adjectives.hyphened.test(ctx.words[start]?.text ?? '') &&
    !ctx.sets.determiners.has(ctx.words[start]?.lower ?? '') &&
    !breakBefore(ctx, start + 1)
  )
    start++;
  const found = phraseAt(ctx, start, quotes, to);
  // After a source noun only a genitive or "von" names the source: "nach israelischen Angaben dem Transport von …"
  // goes on with an object.
  if (!found || (!marker && start === k && objectCase(ctx, found.phrase) && !genitive(ctx, start)))
    return undefined;
  if (bare && !genitiveAdjective && !ends(ctx.words[found.to - 1], bare.nameEndings)) return undefined;
  return apposition(ctx, found.to, quotes) ?? found.phrase;
}

/** Whether word `k` is a genitive article ("des", "der"). */
const genitive = (ctx: ArticleContext, k: number): boolean =>
  ctx.rules.quotes.genitiveArticles.includes(ctx.words[k]?.lower ?? '');

/** A source noun, also at the end of a compound ("Behördenangaben", "UNO-Angaben", "Zeugenaussagen"). */
function sourceNoun(f: Frames, w: Word): boolean {
  const nouns = f.ctx.rules.quotes.sourceNouns;
  if (nouns.includes(w.lower)) return true;
  return isCapitalised(w.text) && nouns.some((n) => n.length >= 6 && w.lower.endsWith(n));
}

/**
 * Whose words a noun of something said right after a marker names: "laut Angaben der Polizei", "laut einer
 * Mitteilung des Ministeriums", "gemäß dem Vorschlag von X" — the genitive or "von" phrase after the noun.
 */
function ownerAfter(f: Frames, k: number, to: number): SpeakerPhrase | undefined {
  const { ctx } = f;
  let n = ctx.sets.determiners.has(ctx.words[k]?.lower ?? '') ? k + 1 : k;
  while (
    n < to - 1 &&
    ctx.sets.adjectives.hyphened.test(ctx.words[n]?.text ?? '') &&
    !breakBefore(ctx, n + 1)
  )
    n++;
  const noun = ctx.words[n];
  const said = ctx.rules.quotes.speechNouns?.nouns ?? [];
  if (!noun || n + 1 >= to || breakBefore(ctx, n) || breakBefore(ctx, n + 1) || !isCapitalised(noun.text))
    return undefined;
  if (!ctx.rules.quotes.sourceNouns.includes(noun.lower) && !said.includes(noun.lower)) return undefined;
  const of = ctx.words[n + 1]?.lower ?? '';
  return genitive(ctx, n + 1) || ctx.rules.quotes.sourceOf.includes(of)
    ? sourceAfter(f, n + 1, to)
    : undefined;
}

/** Whether a comma stands before one of the words `(from, to]`. */
function commaIn(ctx: ArticleContext, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (commaBefore(ctx, k)) return true;
  return false;
}

/** "laut X …", "X zufolge …", "nach Angaben von X …", "…, so X.": the whole sentence is reported. */
function sourceFrame(f: Frames, index: number, from: number, to: number): ReportedFrame | undefined {
  const { ctx, quotes } = f;
  const {
    sourceBefore,
    sourceAfter: after,
    sourceNouns,
    sourceNounLeads,
    attributionMarkers,
  } = ctx.rules.quotes;
  const whole = span(ctx, from, to);
  if (!whole) return undefined;
  for (let k = from; k < to; k++) {
    const w = ctx.words[k] as Word;
    if (insideQuote(quotes, w.start)) continue;
    let speaker: SpeakerPhrase | undefined;
    if (sourceBefore.includes(w.lower)) speaker = ownerAfter(f, k + 1, to) ?? sourceAfter(f, k + 1, to, true);
    else if (sourceNounLeads.includes(w.lower)) {
      // "nach (ersten, eigenen) Angaben (von|der) X": the source noun within three words.
      for (let n = k + 1; n < Math.min(to, k + 4); n++) {
        const noun = ctx.words[n] as Word;
        if (breakBefore(ctx, n)) break;
        if (!sourceNoun(f, noun)) continue;
        // Without a named source the phrase itself is the source ("nach ersten Untersuchungen"); a compound names
        // its source ("nach Zeugenaussagen der Ehemann": no genitive source follows).
        const compound = !sourceNouns.includes(noun.lower);
        // "nach seiner Einschätzung", "nach ihren Angaben": the owner, a pronoun still to resolve.
        const owner = ctx.words[k + 1] as Word;
        if ((ctx.rules.quotes.possessiveOwners ?? []).includes(owner.lower)) {
          speaker = { kind: 'pronoun', at: owner.start };
          break;
        }
        // "Nach eigenen Angaben hat er …", "Tesla will nach eigenen Angaben …": the sentence's subject, when the
        // phrase stands in its first clause (a later clause has a subject of its own).
        const own = (ctx.rules.quotes.ownOwners ?? []).includes(owner.lower) && !commaIn(ctx, from, k);
        speaker = own ? sentenceSubject(ctx, quotes, from, to) : undefined;
        if (speaker) break;
        speaker = (compound ? undefined : sourceAfter(f, n + 1, to)) ?? {
          kind: 'role',
          words: ctx.words.slice(k + 1, n + 1).map((x) => x.text),
          head: noun.lower,
          definite: false,
          title: false,
          at: (ctx.words[k + 1] as Word).start,
        };
        break;
      }
    } else if (after.includes(w.lower) && k > from) {
      // "Berichten zufolge", "der Polizei zufolge": the phrase before, back to a break.
      let a = k - 1;
      while (a > from && !breakBefore(ctx, a) && k - a < 5) a--;
      for (let s = a; s < k; s++) {
        const found = phraseAt(ctx, s, quotes, k);
        if (found && found.to === k) {
          speaker = found.phrase;
          break;
        }
      }
    } else if (attributionMarkers.includes(w.lower) && commaBefore(ctx, k) && k > from + 1) {
      // "…, so X." at the end of the sentence: the part before is reported; also with an apposition or a place
      // after X ("so Celebi, die …", "so X im Fernsehen") and inside the sentence ("…, so der Bericht, möglich …").
      const found = phraseAt(ctx, k + 1, quotes, to);
      if (found) {
        const phrase = apposition(ctx, found.to, quotes) ?? found.phrase;
        const at = found.to >= to - 1 || !commaBefore(ctx, found.to) ? span(ctx, from, k) : whole;
        if (at) return { sentence: index, ...at, speaker: phrase, cue: 'source' };
      }
    }
    if (speaker) return { sentence: index, ...whole, speaker, cue: 'source' };
  }
  return undefined;
}

/**
 * "Die Wahlkommission gab ein Ergebnis bekannt. Demnach hat …": a source adverb opening a sentence after one with a
 * verb of saying or reporting reports it from the subject of that sentence (else from its reported speaker).
 */
function adverbFrame(f: Frames, index: number, from: number, to: number): ReportedFrame | undefined {
  const { ctx, quotes } = f;
  const { sourceAdverbs } = ctx.rules.quotes;
  // Only opening the sentence ("Es ist demnach …" infers, it reports nothing), after a sentence that reports.
  const first = ctx.words[from];
  const at = span(ctx, from, to);
  const prev = ctx.article.sentences[index - 1];
  if (!first || !sourceAdverbs.includes(first.lower) || !at || !prev) return undefined;
  const p = range(ctx, prev);
  let reports = false;
  for (let k = p.from; k < p.to && !reports; k++) reports = f.verbs.has(ctx.words[k]?.lower ?? '');
  if (!reports) return undefined;
  const subject = sentenceSubject(ctx, quotes, p.from, p.to);
  return subject
    ? { sentence: index, ...at, speaker: subject, cue: 'source' }
    : { sentence: index, ...at, speaker: 'previous', cue: 'continuation' };
}

/** Whether word `k` is an adverb between a verb and its phrase ("steht deshalb in …"): lower case, no function word. */
function adverb(f: Frames, k: number): boolean {
  const w = f.ctx.words[k];
  const { prepositions, conjunctions } = f.ctx.rules.quotes;
  return (
    !!w &&
    !breakBefore(f.ctx, k) &&
    /^\p{Ll}/u.test(w.text) &&
    !f.ctx.sets.determiners.has(w.lower) &&
    !prepositions.includes(w.lower) &&
    !conjunctions.includes(w.lower)
  );
}

/** Whether word `k` is a relative pronoun with no noun after it ("…, auf dem geschrieben stand"). */
function relative(f: Frames, k: number): boolean {
  const { ctx } = f;
  const w = ctx.words[k];
  return (
    !!w &&
    ctx.sets.determiners.has(w.lower) &&
    ctx.rules.quotes.clauseOpeners.includes(w.lower) &&
    !isCapitalised(ctx.words[k + 1]?.text ?? '')
  );
}

/** The noun a relative clause opening at word `a` refers to: the capitalised word before its comma. */
function antecedent(f: Frames, a: number): SpeakerPhrase | undefined {
  // Back over a verb at the end of the clause before ("ein Zettel kleben, auf dem …").
  for (let k = a - 1; k >= Math.max(0, a - 3); k--) {
    const w = f.ctx.words[k] as Word;
    if (insideQuote(f.quotes, w.start) || (k < a - 1 && breakBefore(f.ctx, k + 1))) return undefined;
    if (isCapitalised(w.text))
      return { kind: 'role', words: [w.text], head: w.lower, definite: false, title: false, at: w.start };
  }
  return undefined;
}

/**
 * A noun after an article written with a lower-case first part ("auf der documenta-Homepage"), which the phrase
 * reader takes for no noun.
 */
function lowerCompound(f: Frames, k: number): SpeakerPhrase | undefined {
  const { ctx } = f;
  const w = ctx.words[k + 1];
  if (!ctx.sets.determiners.has(ctx.words[k]?.lower ?? '') || !w || breakBefore(ctx, k + 1)) return undefined;
  if (!/^\p{Ll}[\p{L}\d]*-\p{Lu}/u.test(w.text) || insideQuote(f.quotes, w.start)) return undefined;
  return { kind: 'role', words: [w.text], head: w.lower, definite: true, title: false, at: w.start };
}

/**
 * The document of a prepositional phrase opening the sentence, when a relative clause stands between it and the verb
 * ("Im letzten Satz der Anordnung, die … zugestellt wurde, heißt es: „…“").
 */
function openingDocument(f: Frames, from: number, v: number): SpeakerPhrase | undefined {
  const { ctx } = f;
  if (!ctx.rules.quotes.documentPrepositions.includes(ctx.words[from]?.lower ?? '')) return undefined;
  let c = from + 1;
  while (c < v && !commaBefore(ctx, c)) c++;
  if (c >= v || !ctx.rules.quotes.clauseOpeners.includes(ctx.words[c]?.lower ?? '')) return undefined;
  return sourceAfter(f, from + 1, c, true);
}

/**
 * The document a pronominal adverb before the verb points back to ("Die Behörde gab eine Stellungnahme ab. Darin
 * steht: „…“"): the last source noun of the sentence before.
 */
function pointedDocument(f: Frames, index: number, a: number): SpeakerPhrase | undefined {
  const { ctx, quotes } = f;
  const pointer = ctx.words[a];
  const prev = ctx.article.sentences[index - 1];
  if (!pointer || !prev || !(ctx.rules.quotes.documentAdverbs ?? []).includes(pointer.lower))
    return undefined;
  const p = range(ctx, prev);
  for (let k = p.to - 1; k >= p.from; k--) {
    const w = ctx.words[k] as Word;
    if (!insideQuote(quotes, w.start) && sourceNoun(f, w))
      return { kind: 'role', words: [w.text], head: w.lower, definite: false, title: false, at: w.start };
  }
  return undefined;
}

/**
 * A text that says something, with no person as subject: "So heißt es in dem Schreiben: „…“", "In einer Erklärung
 * hatte es geheißen, …", "…, heißt es in einer Pressemitteilung des CCC", "Aus Paris hieß es, …", "Derzeit steht in
 * dem Gesetzentwurf der Passus: „…“". The phrase after the preposition (`documentPrepositions`) in the verb's clause
 * is the source; "es" stands by the verb, or (`writtenVerbs`) the phrase does and a colon or "dass" follows the
 * clause. The content is the rest of the sentence.
 */
function documentFrame(f: Frames, index: number, from: number, to: number): ReportedFrame | undefined {
  const { ctx, quotes } = f;
  const { documentVerbs, writtenVerbs, documentPrepositions, impersonalSubjects, complementisers } =
    ctx.rules.quotes;
  for (let v = from; v < to; v++) {
    const w = ctx.words[v] as Word;
    if (insideQuote(quotes, w.start)) continue;
    const written = writtenVerbs.includes(w.lower);
    if (!written && !documentVerbs.includes(w.lower)) continue;
    // The verb's clause: back and forth to the nearest punctuation or quotation mark.
    let a = v;
    while (a > from && !breakBefore(ctx, a)) a--;
    let b = v + 1;
    while (b < to && !breakBefore(ctx, b)) b++;
    // "es" by the verb, or right after the "wie" that opens the clause ("Wie es in einer Mitteilung hieß, …").
    const opensAs =
      ctx.rules.quotes.asMarkers.includes(ctx.words[a]?.lower ?? '') &&
      impersonalSubjects.includes(ctx.words[a + 1]?.lower ?? '');
    const impersonal =
      opensAs ||
      [v - 2, v - 1, v + 1].some(
        (k) => k >= a && k < b && impersonalSubjects.includes(ctx.words[k]?.lower ?? ''),
      );
    // "steht in dem Entwurf der Passus: „…“", "Im Vertrag steht, dass …": a colon or "dass" after the clause.
    const end = ctx.words[b - 1] as Word;
    // Or the verb opens the clause right after a quote ("„…“, steht in dem Papier").
    const afterQuote =
      a === v &&
      a > from &&
      /[“”"»«]\s*,\s*$/u.test(ctx.article.text.slice(ctx.words[a - 1]?.end ?? 0, w.start));
    const introduces =
      afterQuote ||
      /^\s*:/u.test(ctx.article.text.slice(end.end)) ||
      complementisers.includes(ctx.words[b]?.lower ?? '');
    // A written verb always needs that: "es stehe im Gegensatz zur „…“" names no text.
    if (written ? !introduces : !impersonal) continue;
    let speaker: SpeakerPhrase | undefined;
    // The preposition right after the verb, past adverbs ("steht deshalb in dem Gesetzentwurf").
    let next = v + 1;
    while (next < b && adverb(f, next)) next++;
    for (let k = a; k < b && !speaker; k++) {
      if (k === v || !documentPrepositions.includes(ctx.words[k]?.lower ?? '')) continue;
      const found = phraseAt(ctx, k + 1, quotes, b);
      const named = quotedName(f, k + 1);
      if (!impersonal && k !== next && found?.to !== v && !(k === a && relative(f, k + 1))) continue;
      speaker =
        named ??
        (found ? (apposition(ctx, found.to, quotes) ?? found.phrase) : undefined) ??
        (k === a && commaBefore(ctx, a) && relative(f, k + 1) ? antecedent(f, a) : undefined) ??
        lowerCompound(f, k + 1);
    }
    // A text named before the verb's clause (a relative clause's noun, the opening phrase, "Darin"): what is
    // reported follows the clause, not the words before it.
    const before =
      speaker !== undefined && speaker.kind !== 'pronoun' && speaker.at < (ctx.words[a] as Word).start;
    speaker ??=
      a === v && commaBefore(ctx, v)
        ? openingDocument(f, from, v)
        : a === v - 1
          ? pointedDocument(f, index, a)
          : undefined;
    if (!speaker) continue;
    const earlier = before || (speaker.kind !== 'pronoun' && speaker.at < (ctx.words[a] as Word).start);
    const at =
      a > from + 2 && !earlier ? span(ctx, from, a) : b < to - 2 ? span(ctx, b, to) : span(ctx, from, to);
    return at ? { sentence: index, ...at, speaker, cue: 'source' } : undefined;
  }
  return undefined;
}

/**
 * The frame after the content: "Es drohe ein Wettlauf, hatte Obama gesagt", "Die Ursache sei unklar, verlautbarte
 * X": a clause with a Konjunktiv I form, then a comma, a verb of saying or an auxiliary, and its subject.
 */
function trailingFrame(f: Frames, index: number, from: number, to: number): ReportedFrame | undefined {
  const { ctx, quotes } = f;
  const { auxiliaries } = ctx.rules.quotes;
  for (let k = from + 2; k < to; k++) {
    const w = ctx.words[k] as Word;
    if (!commaBefore(ctx, k) || insideQuote(quotes, w.start)) continue;
    if (!f.verbs.has(w.lower) && !auxiliaries.includes(w.lower)) continue;
    if (!subjunctive(f, from, k)) return undefined;
    // Not an auxiliary that goes on with the main clause after a relative one ("Fast jedes Problem, unter dem sie
    // leide, habe mit der Zuwanderung zu tun"): no frame.
    if (!f.verbs.has(w.lower) && afterRelative(f, from, k)) return undefined;
    const speaker = invertedSubject(ctx, quotes, k);
    const at = span(ctx, from, k);
    return speaker && at ? { sentence: index, ...at, speaker, cue: 'verb' } : undefined;
  }
  return undefined;
}

/**
 * Whether the comma before word `k` closes a relative clause opened by an earlier comma of the sentence: a clause
 * opener after it, or a preposition and one ("Fast jedes Problem, unter dem sie leide, …").
 */
function afterRelative(f: Frames, from: number, k: number): boolean {
  const { ctx } = f;
  const { clauseOpeners, prepositions } = ctx.rules.quotes;
  const opens = (j: number): boolean => clauseOpeners.includes(ctx.words[j]?.lower ?? '');
  for (let c = k - 1; c > from; c--) {
    if (!commaBefore(ctx, c)) continue;
    return opens(c) || (prepositions.includes(ctx.words[c]?.lower ?? '') && opens(c + 1));
  }
  return false;
}

/**
 * A frame that closes the sentence after its last comma: "Das Beben erreichte 7,4, teilte der USGS in Denver mit",
 * "Es gab Tote, sagte Gouverneur X", "…, hatte X erklärt". The content before it is reported in any mood: a verb of
 * saying (or an auxiliary with a participle of saying at the end), its subject, then at most a few more words
 * (a particle, an adverb, a place) to the sentence end, with no other comma.
 */
function finalFrame(f: Frames, index: number, from: number, to: number): ReportedFrame | undefined {
  const { ctx, quotes } = f;
  const { auxiliaries, clauseOpeners, prepositions, reportingVerbs } = ctx.rules.quotes;
  // Only where the language's tables recognise reported speech.
  if (reportingVerbs.length === 0) return undefined;
  let k = to - 1;
  while (k > from && !commaBefore(ctx, k)) k--;
  const w = ctx.words[k];
  if (!w || k - from < 4 || to - k > 10 || insideQuote(quotes, w.start)) return undefined;
  const auxiliary = auxiliaries.includes(w.lower) && !f.verbs.has(w.lower);
  if (!auxiliary && !f.verbs.has(w.lower)) return undefined;
  if (auxiliary && !f.verbs.has(ctx.words[to - 1]?.lower ?? '')) return undefined;
  const s = k + 1;
  const found = speakerPhraseAt(ctx, s, quotes, to);
  if (!found || breakBefore(ctx, s)) return undefined;
  // The subject's apposition ("…, sagte Anna Roth, die Sprecherin des Amtes.") may hold the one more comma.
  const appos = apposition(ctx, found.to, quotes);
  if (!appos && to - found.to > 3) return undefined;
  for (let j = found.to; j < to; j++) {
    const word = ctx.words[j] as Word;
    if (insideQuote(quotes, word.start) || (commaBefore(ctx, j) && !appos)) return undefined;
    // "…, sagte Raab laut Spiegel Online": the source marker frames the sentence.
    if (ctx.rules.quotes.sourceBefore.includes(word.lower)) return undefined;
  }
  // The part before the comma is an apposition of the sentence's subject ("Die Sprecherin, Petra Pau, forderte"),
  // a relative clause ("Umfragen, in denen …, haben … prognostiziert") or a subordinate one ("Falls …, droht …").
  let c = k - 1;
  while (c > from && !commaBefore(ctx, c)) c--;
  if (c > from && speakerPhraseAt(ctx, c, quotes, k)?.to === k) return undefined;
  const opens = (j: number): boolean => clauseOpeners.includes(ctx.words[j]?.lower ?? '');
  if (
    c > from ? opens(c) || (prepositions.includes(ctx.words[c]?.lower ?? '') && opens(c + 1)) : opens(from)
  ) {
    // At the sentence start "der", "die", … are articles, not relative pronouns ("Die Lage sei ernst, …").
    if (c > from || !ctx.rules.quotes.definiteArticles.includes(ctx.words[from]?.lower ?? ''))
      return undefined;
  }
  const at = span(ctx, from, k);
  return at ? { sentence: index, ...at, speaker: appos ?? found.phrase, cue: 'verb' } : undefined;
}

/**
 * Whether a sentence is a reported one by its verb: a Konjunktiv form outside quotation marks; with `strict`, one that
 * is not also a conditional ("sei", not "würde").
 */
function subjunctive(f: Frames, from: number, to: number, strict = false): boolean {
  for (let k = from; k < to; k++) {
    const w = f.ctx.words[k] as Word;
    if (insideQuote(f.quotes, w.start) || !f.subjunctive.has(w.lower)) continue;
    if (!strict || !f.ctx.rules.quotes.conditionalForms.includes(w.lower)) return true;
  }
  return false;
}

/** Whether a frame's clause is a comparison with an unreal verb ("als würde es …", "als ob"): no reported speech. */
function unrealComparison(f: Frames, frame: ReportedFrame): boolean {
  const unreal = f.ctx.rules.quotes.unrealComparisons;
  if (!unreal) return false;
  const k = wordIndexAt(f.ctx.words, frame.start);
  const opener = f.ctx.words[k];
  const next = f.ctx.words[k + 1];
  if (!opener || !next || opener.start !== frame.start || !unreal.openers.includes(opener.lower))
    return false;
  return f.subjunctive.has(next.lower) || unreal.joiners.includes(next.lower);
}

/** Whether most of a frame's content is inside quotation marks (the direct quote already says it). */
function quoted(f: Frames, frame: ReportedFrame): boolean {
  let n = 0;
  for (const q of f.quotes)
    n += Math.max(0, Math.min(frame.end, q.close) - Math.max(frame.start, q.open + 1));
  return n >= 0.8 * (frame.end - frame.start);
}

/**
 * The subject of a sentence with a verb of saying or reporting outside quotation marks ("Wieczorek-Zeul sprach sich
 * gegen Gewalt aus", "An die Adresse Brüssels hatte Steinbrück Positives zu vermelden"), when it is a name or a
 * role word of the tables; undefined otherwise.
 */
function reportingSubject(f: Frames, s: Sentence): SpeakerPhrase | undefined {
  const { ctx, quotes } = f;
  const { from, to } = range(ctx, s);
  let reports = false;
  for (let k = from; k < to && !reports; k++) {
    const w = ctx.words[k] as Word;
    reports = f.verbs.has(w.lower) && !insideQuote(quotes, w.start);
  }
  if (!reports) return undefined;
  const subject = sentenceSubject(ctx, quotes, from, to);
  if (!subject || subject.kind === 'pronoun') return subject;
  return subject.kind === 'name' || subject.title ? subject : undefined;
}

/**
 * A sentence that the next one points back at as something said: "Der neue Airbus startet am Mittwoch. Dies gab
 * Airbus in Toulouse bekannt." — a demonstrative, a verb of saying or reporting, its subject after it.
 */
function pointedFrame(f: Frames, index: number, from: number, to: number): ReportedFrame | undefined {
  const { ctx, quotes } = f;
  const s = ctx.article.sentences[index];
  const next = ctx.article.sentences[index + 1];
  if (!s || !next || next.block !== s.block) return undefined;
  const n = wordIndexAt(ctx.words, next.start);
  // A phrase pointing back ("Mit diesen Worten eröffnete X …"; table `quotePointers`), before any verb.
  const pointer =
    (ctx.rules.quotes.quotePointers ?? [])
      .map((phrase) => phrase.split(' '))
      .find((parts) =>
        parts.every((p, k) => ctx.words[n + k]?.lower === p && (k === 0 || !breakBefore(ctx, n + k))),
      )?.length ?? 0;
  const v = n + Math.max(1, pointer);
  const verb = ctx.words[v];
  if (!verb || (pointer === 0 && !ctx.rules.quotes.quoteDemonstratives.includes(ctx.words[n]?.lower ?? '')))
    return undefined;
  // A verb in lower case ("Das Gehen bereite …" opens with a noun; "Dies geht aus einer Mitteilung hervor" reports).
  const fits = pointer > 0 ? /^\p{Ll}/u.test(verb.text) : f.verbs.has(verb.text);
  if (!fits || breakBefore(ctx, v)) return undefined;
  const speaker = invertedSubject(ctx, quotes, v);
  const at = span(ctx, from, to);
  if (!speaker || !at || objectCase(ctx, speaker)) return undefined;
  return { sentence: index, ...at, speaker, cue: 'verb' };
}

/** Words after a verb its particle may stand in ("gab der Leiter der Dienststelle, X, am Montag bekannt"). */
const PARTICLE_REACH = 12;

/**
 * Whether the verb at `v` reports any clause after its comma: not a verb of `particleVerbs` without one of its
 * particles closing its clause — right before it ("Wie die Bank bekannt gab, …") or after it before a comma or the
 * sentence's end ("gab an, …", "gab der Leiter, X, bekannt, …"). Without one it reports only with "dass" ("Es gibt
 * Zweifel daran, ob …"): "Es gibt mehrere Schwierigkeiten, … anzugreifen" does not, its "zu" opens an infinitive.
 */
function particleHeld(ctx: ArticleContext, v: number): boolean {
  const { particleVerbs } = ctx.rules.quotes;
  if (!particleVerbs?.verbs.includes(ctx.words[v]?.lower ?? '')) return true;
  return particleCloses(ctx, v, particleVerbs.particles);
}

/**
 * Whether one of `particles` closes the clause of the verb at `v`: right before it ("Wie die Bank bekannt gab") or
 * after it before a comma or the sentence's end ("gab der Leiter, X, am Montag bekannt, …").
 */
function particleCloses(ctx: ArticleContext, v: number, particles: readonly string[]): boolean {
  const particle = (k: number): boolean => particles.includes(ctx.words[k]?.lower ?? '');
  if (particle(v - 1) && !breakBefore(ctx, v)) return true;
  for (let k = v + 1; k <= v + PARTICLE_REACH; k++) {
    const w = ctx.words[k];
    if (w === undefined) return false;
    if (particle(k) && (commaBefore(ctx, k + 1) || breakBefore(ctx, k + 1))) return true;
  }
  return false;
}

/**
 * Whether the verb at `v` is another verb with a particle closing its clause (`otherVerbParticles`: "findet … statt"
 * is "stattfinden", no verb of holding a view): it reports nothing.
 */
function otherVerb(ctx: ArticleContext, v: number): boolean {
  const other = ctx.rules.quotes.otherVerbParticles;
  return (
    other !== undefined &&
    other.verbs.includes(ctx.words[v]?.lower ?? '') &&
    particleCloses(ctx, v, other.particles)
  );
}

/** Whether the first comma after word `v`, before `to`, opens a clause with "dass" (`complementisers`). */
function thatAfter(ctx: ArticleContext, v: number, to: number): boolean {
  for (let k = v + 1; k < to; k++)
    if (commaBefore(ctx, k)) return ctx.rules.quotes.complementisers.includes(ctx.words[k]?.lower ?? '');
  return false;
}

/** Words around a verb its reflexive pronoun may stand in ("zeigte sich", "der sich zuversichtlich zeigte"). */
const REFLEXIVE_REACH = 4;

/**
 * Whether the verb at `v` reports any clause after its comma: not a verb of `thatUnlessReflexiveVerbs` without a
 * reflexive pronoun near it in its clause, from the sentence's word `from` on ("zeigte sich zuversichtlich, …"
 * reports; "zeigte keinerlei Anzeichen, sich … aufzulehnen" only with "dass": the pronoun there is the next clause's).
 */
function reflexiveHeld(ctx: ArticleContext, v: number, from: number): boolean {
  const { thatUnlessReflexiveVerbs = [], reflexives } = ctx.rules.quotes;
  const verb = ctx.words[v] as Word;
  if (!thatUnlessReflexiveVerbs.includes(verb.lower)) return true;
  for (let k = v + 1; k <= v + REFLEXIVE_REACH; k++) {
    const w = ctx.words[k];
    if (w === undefined || commaBefore(ctx, k)) break;
    if (reflexives.includes(w.lower)) return true;
  }
  for (let k = v - 1; k >= Math.max(from, v - REFLEXIVE_REACH); k--) {
    const w = ctx.words[k] as Word;
    if (reflexives.includes(w.lower)) return true;
    if (commaBefore(ctx, k)) break;
  }
  return false;
}

const verbCache = new WeakMap<
  ArticleContext['rules']['quotes'],
  { verbs: Set<string>; subjunctive: Set<string> }
>();

/** Reported speech of an article, one frame a sentence at most, in text order (also frames of direct quotes). */
export function reportedFrames(ctx: ArticleContext, quotes: readonly QuoteSpan[]): ReportedFrame[] {
  const rules = ctx.rules.quotes;
  let sets = verbCache.get(rules);
  if (!sets) {
    sets = {
      verbs: new Set([...rules.quoteVerbs, ...rules.reportingVerbs, ...rules.thatOnlyVerbs]),
      subjunctive: new Set(rules.reportedSpeech),
    };
    verbCache.set(rules, sets);
  }
  const f: Frames = { ctx, quotes, ...sets };
  const out: ReportedFrame[] = [];
  let last = -10;
  ctx.article.sentences.forEach((s, index) => {
    const { from, to } = range(ctx, s);
    if (to - from < 4) return;
    const frame =
      documentFrame(f, index, from, to) ??
      sourceFrame(f, index, from, to) ??
      finalFrame(f, index, from, to) ??
      verbFrame(f, index, from, to) ??
      trailingFrame(f, index, from, to) ??
      adverbFrame(f, index, from, to) ??
      pointedFrame(f, index, from, to);
    if (frame && unrealComparison(f, frame)) return;
    if (frame) {
      out.push(quoted(f, frame) ? { ...frame, quoted: true } : frame);
      last = index;
      return;
    }
    // A sentence holding a quote of its own ("In einem Statement sagte der 48-Jährige: „…“"): a sentence with a
    // Konjunktiv I form after it goes on with its speaker ("Das sei nicht seine Absicht gewesen."; not "würde").
    const holdsQuote = (i: number): boolean => {
      const t = ctx.article.sentences[i];
      return (
        t !== undefined && quotes.some((q) => q.open >= t.start && q.open < t.end && q.close - q.open > 20)
      );
    };
    if (index - last > 1 && holdsQuote(index - 1) && subjunctive(f, from, to, true)) last = index - 1;
    const prev = ctx.article.sentences[index - 1];
    if (!prev || s.block - prev.block > 1 || !subjunctive(f, from, to)) return;
    // After a sentence that reports without a frame of its own ("X sprach sich gegen Gewalt aus. Zwar sei …"):
    // the subject of that sentence, when this one has a Konjunktiv I form ("Nordkorea würde wohl …" may be the
    // writer's own guess).
    const speaker =
      index - last === 1
        ? 'previous'
        : subjunctive(f, from, to, true)
          ? reportingSubject(f, prev)
          : undefined;
    if (speaker) {
      const at = span(ctx, from, to);
      if (at) {
        const frame: ReportedFrame = { sentence: index, ...at, speaker, cue: 'continuation' };
        out.push(quoted(f, frame) ? { ...frame, quoted: true } : frame);
        last = index;
      }
    }
  });
  return out;
}
