import type { Sentence } from '../core/types.js';
import { rulesFor } from '../lang/index.js';
import { attributionOf, type Attribution } from './attribution.js';
import { genitiveAfterAdverbial, pastAdverbial } from './quote-adverbials.js';
import { isTitleWord, isWorkNoun, sentenceAt, type ArticleContext } from './context.js';
import type { RawMention } from './lexicon.js';
import { commonNounWord } from './persons.js';
import { isRoleNoun } from './speaker-roles.js';
import { colonPronoun, openingSubject, subjectBeforeLabel } from './label-speaker.js';
import { agrees, nameGender, pronounGender, roleGender, type Gender } from './speaker-gender.js';
import {
  finite,
  namedSubject,
  opinionOf,
  pronounSubject,
  roleSubject,
  quotedName,
  saidInNext,
  type QuoteSurroundings,
} from './quote-context.js';
import {
  insideQuote,
  lastClosingBefore,
  opensParagraphQuote,
  quoteSpans,
  type QuoteSpan,
} from './quote-spans.js';
import { clauseSubject, invertedSubject, reportedFrames, type ReportedFrame } from './reported.js';
import {
  ageWord,
  apposition,
  breakBefore,
  epithetNameAt,
  particleNameAt,
  sentenceStart,
  speakerPhraseAt,
  type SpeakerPhrase,
} from './speaker-phrase.js';
import { objectCase, sentenceSubject } from './sentence-subject.js';
import { subordinateSpeaker } from './subordinate-speaker.js';
import type { Quote } from './types.js';
import { isCapitalised, isNameWord, lowerCaseWords, scanWords, wordIndexAt, type Word } from './words.js';

/** A colon, then white space, right before a quote ("X kommentiert: „…“"). */
const COLON_BEFORE = /:\s*$/u;
/** The feminine ending of a noun of a person ("Sprecherin", "Sprecherinnen"). */
const FEMININE_ENDING = /innen$|in$/u;
/** How many sentences back a pronoun before its verb may find its person at most ("Er sagte: „…“"). */
const PRONOUN_REACH = 4;
/** Nothing but white space (or nothing). */
const ONLY_SPACE = /^\s*$/u;
/**
 * Whether the text between a paragraph's quotation that runs on and the next one is the paragraph's end and the
 * next opening mark: white space holding a line break, one opening mark, white space.
 */
function runsOn(gap: string): boolean {
  const mark = gap.trim();
  return mark.length === 1 && opensParagraphQuote(mark) && gap.slice(0, gap.indexOf(mark)).includes('\n');
}

/** Whether a text is white space around at most one of `.`, `!`, `?`. */
function onlyClauseEnd(text: string): boolean {
  const rest = text.trim();
  return rest === '' || rest === '.' || rest === '!' || rest === '?';
}
/** A word opening in lower case. */
const LOWER_FIRST = /^\p{Ll}/u;
/** A dash between a quote and the name that signs it ("„…“ – Jana Beispiel"). */
const SIGNING_DASH = /^ *[–—] *$/u;
/** A line break or a quotation mark between a signing name and what follows it. */
const SIGNATURE_END = /\n|[„“"»«]/u;

/** Fewer words than this in quotation marks is a name or a scare quote ("Daily NK", "Obersten Führer"). */
const MIN_QUOTE_WORDS = 3;
/** Most characters from a role to the name set off after it by a comma ("Die Vorsitzende des Gremiums, X"). */
const APPOSITION_REACH = 90;

/** Fewest words of a quoted clause closing a sentence that continues the speaker before ("„der Populismus hat …“"). */
const MIN_CLAUSE_WORDS = 4;

export interface QuoteInput {
  readonly ctx: ArticleContext;
  /** Person mentions of this article, in text order. */
  readonly persons: readonly RawMention[];
  readonly keyOf: (words: readonly string[]) => string | undefined;
  /** The canonical name of an entity key (only looked up). */
  readonly names: { get(key: string): string | undefined };
}

interface Resolved {
  readonly speaker: string;
  readonly key: string | undefined;
  readonly words: readonly string[];
  /** The role the text gives the speaker where it names or refers to them ("mexikanische Präsident"). */
  readonly role?: string;
  /** Resolved from a phrase of a part played that refers back ("der Gast"): its role is not one for a later "er". */
  readonly referred?: boolean;
}

/** The person of a resolved speaker without the role of a phrase that referred to them ("der Gast" → Kim). */
const personOf = (r: Resolved): Resolved =>
  r.referred ? { speaker: r.speaker, key: r.key, words: r.words } : r;

export interface QuoteResult {
  readonly quotes: Quote[];
  /** Names of speakers as written, for entity recognition. */
  readonly speakers: (readonly string[])[];
}

function sentenceWords(ctx: ArticleContext, sentence: Sentence): { from: number; to: number } {
  return { from: wordIndexAt(ctx.words, sentence.start), to: wordIndexAt(ctx.words, sentence.end) };
}

/** Words of a sentence range outside every quote. */
function outsideWords(ctx: ArticleContext, from: number, to: number, quotes: readonly QuoteSpan[]): Word[] {
  return ctx.words.slice(from, to).filter((w) => !insideQuote(quotes, w.start));
}

const SENTENCE_END = /[.!?…](\s|$)/u;

/** Most words of an appositive between a name and its verb of saying (English: '"…," Jane Doe, the …, said'). */
const APPOSITIVE_WORDS = 25;
/** A possessive: "Fargo's", "Amazon’s". */
const POSSESSIVE = /['’]s$/u;

/** A capitalised word, or an inflected adjective ("iranischen"): part of the role phrase before a name. */
const ROLE_PHRASE_WORD = /^(\p{Lu}|\p{Ll}+(e|en|er|es|em)$)/u;

/**
 * Back from word `k` (a name) over its role and adjectives, not past `floor` nor a break: the index of the first
 * word of that run, so that the word before it decides the name's case ("an den iranischen Präsidenten X").
 */
function caseWordAfter(ctx: ArticleContext, k: number, floor: number): number {
  let at = k;
  while (at > floor && !breakBefore(ctx, at) && ROLE_PHRASE_WORD.test(ctx.words[at - 1]?.text ?? '')) at--;
  return at;
}

/**
 * Whether quotation marks hold a name or a title, not a quote: up to eight words, no sentence end (where the
 * language sets it inside the marks, a full stop or comma last is none), and either
 * every word capitalised or a function word of a title ("Department of Vertebrate Zoology", "Ode an die Freude"),
 * or a noun for a work or a name right before the marks ("den Film „…“", "das Motto „…“").
 */
export function titleLike(ctx: ArticleContext, span: QuoteSpan, words: readonly Word[]): boolean {
  const { titleFunctionWords } = ctx.rules.quotes;
  const text = ctx.article.text.slice(span.open + 1, span.close);
  // English sets the full stop or comma after a title inside the marks ("on MSNBC's “The Last Word.”").
  const inside = ctx.rules.quotes.stopInsideMarks === true ? text.trim().replace(/[.,]$/u, '') : text.trim();
  if (words.length > 8 || SENTENCE_END.test(inside)) return false;
  if (afterWorkNoun(ctx, span)) return true;
  const before = ctx.words[wordIndexAt(ctx.words, span.open) - 1];
  if (before && span.open - before.end <= 1) {
    if (words.length === 1 && mediumAddressed(ctx, wordIndexAt(ctx.words, span.open) - 1)) return true;
  }
  if (epithetNameAt(ctx, span) >= 0) return true;
  if (words.length < 2 || !/^[\p{Lu}\d]/u.test(words[0]?.text ?? '')) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w.text) || titleFunctionWords.includes(w.lower));
}

/** Whether a noun for a work or a name stands right before the quotation marks ("den Film „…“", "Buch „…“"). */
function afterWorkNoun(ctx: ArticleContext, span: QuoteSpan): boolean {
  const before = ctx.words[wordIndexAt(ctx.words, span.open) - 1];
  if (!before || span.open - before.end > 1) return false;
  return isWorkNoun(before.lower, ctx);
}

/** Most words between a verb of saying and the article of the medium it addresses ("sagte Karl Brenner der"). */
const MEDIUM_REACH = 5;

/**
 * Whether word `k` is an article of `mediumArticles` with a verb of saying at most `MEDIUM_REACH` words before it in
 * the same clause and no preposition between ("sagte X der „Welt“"): the one word in quotation marks after it names
 * a medium.
 */
function mediumAddressed(ctx: ArticleContext, k: number): boolean {
  const article = ctx.words[k];
  if (!article || !(ctx.rules.quotes.mediumArticles ?? []).includes(article.lower)) return false;
  for (let j = k - 1; j >= Math.max(0, k - MEDIUM_REACH); j--) {
    // Not across a comma ("sagte, der „Aufschwung“ …"), nor after a preposition ("sprach von der „Wende“").
    const w = ctx.words[j]?.lower ?? '';
    if (breakBefore(ctx, j + 1) || ctx.rules.quotes.prepositions.includes(w)) return false;
    if (ctx.sets.quoteVerbs.has(w)) return true;
  }
  return false;
}

class ArticleQuotes {
  private readonly bySentence = new Map<number, Resolved | null>();
  private readonly spans: QuoteSpan[];

  /** Whether each span holds at least `MIN_QUOTE_WORDS` words (counted once per span, not once per quote after it). */
  private readonly longSpans = new Map<QuoteSpan, boolean>();

  /** What the helpers that read a quote's surroundings need. */
  private readonly near: QuoteSurroundings;

  constructor(private readonly input: QuoteInput) {
    this.spans = quoteSpans(input.ctx.article.text);
    this.near = {
      ctx: input.ctx,
      spans: this.spans,
      persons: input.persons,
      keyOf: input.keyOf,
      personish: (p, subject) => this.personish(p, subject),
    };
  }

  private long(q: QuoteSpan): boolean {
    let long = this.longSpans.get(q);
    if (long === undefined) {
      long = scanWords(this.input.ctx.article.text, q.open, q.close).length >= MIN_QUOTE_WORDS;
      this.longSpans.set(q, long);
    }
    return long;
  }

  private name(words: readonly string[], key: string | undefined): Resolved {
    const speaker = (key !== undefined ? this.input.names.get(key) : undefined) ?? words.join(' ');
    return { speaker, key, words };
  }

  /**
   * Whether a person mention may be the one a pronoun or a speech verb points to: not before `floor`, outside
   * quotation marks, of a gender agreeing with `gender`.
   */
  private candidate(m: RawMention, floor: number, gender: Gender | undefined): boolean {
    return m.start >= floor && !insideQuote(this.spans, m.start) && this.agreesWith(m, gender);
  }

  /** The nearest person mentioned before `offset`, not earlier than `floor`, of a gender agreeing with `gender`. */
  private nearestPerson(offset: number, floor: number, gender?: Gender): Resolved | null {
    let best: RawMention | undefined;
    // A person named after a preposition ("an Jacques Chirac") is an object: "er" or "sie" (one person) stands for
    // one who is not, when there is one ("sagten sie" after "X sprach mit Y" may be both).
    let free: RawMention | undefined;
    for (const m of this.input.persons) {
      if (m.end > offset) break;
      if (!this.candidate(m, floor, gender)) continue;
      best = m;
      if (gender !== undefined && !this.afterPreposition(m.start)) free = m;
    }
    const chosen = free ?? best;
    return chosen ? this.name([chosen.text], chosen.key) : null;
  }

  /**
   * The person sentence `index` gives a verb of saying to, right before or after it ("…, Pontecorvo said,
   * considering that Almario …", "said Pontecorvo"), of a gender agreeing with `gender`: the last such one outside
   * quotes, or null. The one who spoke there is whom "he said" after the next quote means, not a person named after
   * the verb.
   */
  private saidIn(index: number, gender: Gender | undefined): Resolved | null {
    const { ctx } = this.input;
    const sentence = ctx.article.sentences[index];
    if (sentence === undefined) return null;
    let found: RawMention | undefined;
    for (const m of this.input.persons) {
      if (m.start >= sentence.end) break;
      if (!this.candidate(m, sentence.start, gender)) continue;
      const after = ctx.words[m.to];
      const before = ctx.words[m.from - 1];
      const verbAfter =
        after !== undefined && after.start < sentence.end && ctx.sets.quoteVerbs.has(after.lower);
      const verbBefore =
        before !== undefined && before.start >= sentence.start && ctx.sets.quoteVerbs.has(before.lower);
      if (verbAfter || verbBefore) found = m;
    }
    return found ? this.name([found.text], found.key) : null;
  }

  /**
   * Where the subject comes first (English): the nearest person before `offset`, not earlier than `floor`, of a
   * gender agreeing with `gender`, written where a subject stands — first in its sentence or clause (after a comma or
   * a joiner), or after a lower-case role ("spokesman Jason Miller"), a title's capitalised words before it aside — not
   * after any other word, where it is an object ("Miller called Michael Wolff …", "said that Perry was …", "under
   * President Clinton").
   */
  private nearestSubject(offset: number, floor: number, gender?: Gender): Resolved | null {
    const { ctx } = this.input;
    const roles = ctx.rules.quotes.lowerCaseRoles?.nouns ?? [];
    let best: RawMention | undefined;
    for (const m of this.input.persons) {
      if (m.end > offset) break;
      if (!this.candidate(m, floor, gender)) continue;
      // Past the capitalised words of a title ("under President Clinton": the word before the title decides).
      const start = ctx.article.sentences[sentenceAt(ctx.article, m.start)]?.start ?? 0;
      let k = m.from - 1;
      while (k >= 0 && isCapitalised(ctx.words[k]?.text ?? '') && (ctx.words[k]?.start ?? 0) >= start) k--;
      const before = ctx.words[k];
      const gap = ctx.article.text.slice(before?.end ?? 0, ctx.words[k + 1]?.start ?? m.start);
      const opens =
        before === undefined ||
        before.end <= start ||
        /[,;:(]/u.test(gap) ||
        ctx.rules.quotes.joiners.includes(before.lower) ||
        roles.includes(before.lower);
      if (opens) best = m;
    }
    return best ? this.name([best.text], best.key) : null;
  }

  /**
   * Whether a subject phrase names a thing, not someone who could say anything: its head an abstract noun by its
   * ending (the language's `abstract` endings after a letter: "Die Erzählung", "Infiltrationen"; "Dieser Vorschlag"
   * is not: no such ending), unless a role word, a known entity or a noun of an institution ("Regierung",
   * "Kommission"; table `institutionEndings`); or any one of a kind ("Jeder Lehrer", table `genericDeterminers`).
   */
  private thingNamed(p: SpeakerPhrase): boolean {
    if (p.kind === 'pronoun') return false;
    // Any one of a kind ("Jeder Lehrer", "kein Minister"), a title too.
    if (this.generic(p)) return true;
    if (p.kind === 'role' && p.title) return false;
    if (p.kind === 'name' && (p.words.length > 1 || p.role !== undefined)) return false;
    if (this.input.keyOf(p.words) !== undefined) return false;
    const head = p.kind === 'role' ? p.head : (p.words[0] ?? '').toLowerCase();
    // Only where the tables list institutions (German); elsewhere no phrase is ruled out here.
    const institutions = this.input.ctx.rules.quotes.institutionEndings;
    if (institutions === undefined || institutions.some((e) => head.endsWith(e))) return false;
    return this.input.ctx.ownNouns.abstractAfterLetter.test(head);
  }

  /** Whether a name at `at` follows a preposition, back over its role and adjectives ("an den Präsidenten X"). */
  private afterPreposition(at: number): boolean {
    const { ctx } = this.input;
    const k = caseWordAfter(ctx, wordIndexAt(ctx.words, at), 0);
    return !breakBefore(ctx, k) && ctx.rules.quotes.prepositions.includes(ctx.words[k - 1]?.lower ?? '');
  }

  /** Whether a person (a mention or a resolved speaker) may be of `gender`, by their given name. */
  private agreesWith(p: RawMention | Resolved, gender: Gender | undefined): boolean {
    if (gender === undefined) return true;
    const name = 'speaker' in p ? p.speaker : (this.input.names.get(p.key) ?? p.text);
    return agrees(gender, nameGender(this.input.ctx, name));
  }

  /**
   * "der Kapitän von Real", "die Sprecherin": the one person (of an agreeing gender) named in the sentence before or
   * in this one before the phrase, outside quotes; null when none or several are named there.
   */
  private soleNamed(p: { readonly at: number; readonly head: string }, sentence: number): Resolved | null {
    const sentences = this.input.ctx.article.sentences;
    // "Die Vorsitzende des Gremiums, Jane Doe, …": the name set off by a comma after the role is the one meant.
    const { text } = this.input.ctx.article;
    const end = sentences[sentence]?.end ?? text.length;
    const next = this.input.persons.find((m) => m.start > p.at && m.start < end);
    if (next && next.start - p.at <= APPOSITION_REACH && /,\s*$/u.test(text.slice(p.at, next.start)))
      return insideQuote(this.spans, next.start) ? null : this.name([next.text], next.key);
    const gender = roleGender(this.input.ctx, p.head, p.at);
    // The one person the sentence names before the role ("Kaum hatte Kim … betreten, kündigte der Gast an"), else
    // the one person named since the sentence before.
    for (const back of [0, 1]) {
      const floor = (sentences[sentence - back] ?? sentences[sentence])?.start ?? 0;
      const only = this.onlyPersonBetween(floor, p.at, gender);
      if (only === undefined) return null;
      if (only !== null) return this.name([only.text], only.key);
    }
    // No person named there at all: the sentence before's subject when it is a name the entity stage did not read
    // ("Talo Brunsvik ist Präsident des Vereins. „…“, sagte der Präsident"), of an agreeing gender.
    const floor = (sentences[sentence - 1] ?? sentences[sentence])?.start ?? 0;
    if (this.onlyPersonBetween(floor, p.at) !== null) return null;
    const subject = this.namedBefore(sentence);
    if (subject && this.agreesWith(subject, gender)) return subject;
    // The sentence before opens with a pronoun of an agreeing gender ("Trump ist … unterwegs. Er deutet an, … .
    // „…“, twitterte der Präsident"): the one person named in the sentence before that.
    const pronoun = this.follows(sentence) ? pronounSubject(this.near, sentence - 1) : undefined;
    const before = sentences[sentence - 2];
    if (
      pronoun === undefined ||
      before === undefined ||
      !this.follows(sentence - 1) ||
      !agrees(gender, pronounGender(this.input.ctx, pronoun.at))
    )
      return null;
    const only = this.onlyPersonBetween(before.start, before.end, gender);
    return only ? this.name([only.text], only.key) : null;
  }

  /** The one person named between two offsets (outside quotes); undefined for several, null for none. */
  private onlyPersonBetween(from: number, to: number, gender?: Gender): RawMention | undefined | null {
    let only: RawMention | null = null;
    for (const m of this.input.persons) {
      if (m.start >= to) break;
      // A person of the other gender is not counted ("die Sängerin" after "X schrieb dem Anwalt Daniel Y").
      if (!this.candidate(m, from, gender)) continue;
      if (only && only.key !== m.key) return undefined;
      only = m;
    }
    return only;
  }

  /**
   * Whether a speaker is a source noun of the tables as written ("Medienberichten" of "Medienberichten zufolge", "den
   * Berichten"):
   * a source of a report, no one a pronoun after it stands for.
   */
  private sourceNoun(r: Resolved): boolean {
    // Past an article ("Nach den Berichten …").
    const [word, more] = r.words.filter((w) => !this.input.ctx.sets.determiners.has(w.toLowerCase()));
    return (
      r.key === undefined &&
      more === undefined &&
      word !== undefined &&
      this.input.ctx.rules.quotes.sourceNouns.includes(word.toLowerCase())
    );
  }

  private resolve(a: Attribution | undefined, sentence: number): Resolved | null {
    if (!a) return null;
    if (a.kind !== 'pronoun') return this.name(a.words, a.key);
    const gender = pronounGender(this.input.ctx, a.at);
    const previous = this.speakerOf(sentence - 1);
    if (previous && this.agreesWith(previous, gender) && !this.sourceNoun(previous)) return previous;
    const sentences = this.input.ctx.article.sentences;
    const floor = (sentences[sentence - 1] ?? sentences[sentence])?.start ?? 0;
    return this.nearestPerson(a.at, floor, gender) ?? this.namedBefore(sentence);
  }

  /**
   * The subject of the sentence before `sentence` when it is a name of two name words or more the entity stage did
   * not read as a person (a given name the tables do not know: "Talo Brunsvik äußerte sich zufrieden. Er sagte:
   * „…“"): whom a pronoun after it stands for when no person is named there. Only where the tables read sentence
   * subjects (German).
   */
  private namedBefore(sentence: number): Resolved | null {
    if (!this.input.ctx.rules.quotes.sentenceSubjects || !this.follows(sentence)) return null;
    const subject = namedSubject(this.near, sentence - 1);
    if (subject?.kind !== 'name' || subject.words.length < 2) return null;
    return this.nameWords(subject.words) ? this.resolvePhrase(subject, sentence - 1) : null;
  }

  /**
   * Whether words are all name words: none a common noun or shaped like one, written in lower case elsewhere in the
   * article, or a preposition, article or sentence opener ("Laut Ausrichter war alles ausverkauft.").
   */
  private nameWords(words: readonly string[]): boolean {
    const { ctx } = this.input;
    const { prepositions, sourceBefore } = ctx.rules.quotes;
    const openers = ctx.rules.entities.sentenceOpeners ?? [];
    const lower = lowerCaseWords(ctx.words);
    return words.every((w) => {
      const l = w.toLowerCase();
      return (
        isNameWord(w) &&
        !commonNounWord(w, ctx) &&
        !lower.has(l) &&
        ![prepositions, sourceBefore, openers].some((t) => t.includes(l)) &&
        !ctx.sets.determiners.has(l)
      );
    });
  }

  /** The speaker a sentence attributes (by pattern), memoised; null when none. */
  speakerOf(index: number, depth = 0): Resolved | null {
    if (index < 0 || depth > 2) return null;
    const cached = this.bySentence.get(index);
    if (cached !== undefined) return cached;
    const sentence = this.input.ctx.article.sentences[index];
    if (!sentence) return null;
    const { from, to } = sentenceWords(this.input.ctx, sentence);
    const a = attributionOf({ ctx: this.input.ctx, from, to, quotes: this.spans, keyOf: this.input.keyOf });
    const resolved = a && a.kind === 'pronoun' ? this.resolve(a, index) : this.resolve(a, index);
    this.bySentence.set(index, resolved);
    return resolved;
  }

  /** Pronouns before their verb after a quote ('"…," she said'), resolved only to someone near. */
  private readonly pronounFirst = new WeakSet<SpeakerPhrase>();

  /** Speakers that are a role as written ("Ein Polizeisprecher"): not names for entity recognition. */
  private readonly roles = new WeakSet<Resolved>();
  private lastSpeaker: { resolved: Resolved; sentence: number } | null = null;

  /** A name as written, canonical when a recognised person's key fits its last one to three words. */
  private named(words: readonly string[]): Resolved {
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const key = this.input.keyOf(words.slice(words.length - n));
      if (key !== undefined) return this.name(words.slice(words.length - n), key);
    }
    // A known person followed by a noun of the sentence ("hatte Steinbrück Positives zu vermelden"); not a genitive
    // before its noun ("Obamas Wahlkampfteam"), not the first word of an organisation ("BBC News").
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      if (/s$/u.test(words[n - 1] ?? '')) continue;
      const key = this.input.keyOf(words.slice(0, n));
      if (key?.startsWith('person:') === true) return this.name(words.slice(0, n), key);
    }
    return this.name(words, undefined);
  }

  /** "der Minister": the person named before `at` with that role word just before the name. */
  private withRole(head: string, at: number): Resolved | null {
    const { text } = this.input.ctx.article;
    let best: RawMention | undefined;
    for (const m of this.input.persons) {
      if (m.start >= at) break;
      // The role word (or a compound ending in it: "Innenminister") among the three words before the name.
      const before = scanWords(text, Math.max(0, m.start - 60), m.start).slice(-3);
      if (before.some((w) => w.lower === head || (head.length >= 5 && w.lower.endsWith(head)))) best = m;
    }
    return best ? this.name([best.text], best.key) : null;
  }

  /** The head word of a role phrase in the text. */
  private headWord(p: { readonly at: number; readonly head: string }): Word | undefined {
    const { words } = this.input.ctx;
    const i = wordIndexAt(words, p.at);
    return words.slice(i, i + 8).find((w) => w.lower === p.head);
  }

  /** Whether a role phrase's head is a noun of the language's role table ("der Experte"). */
  private roleWord(p: { readonly at: number; readonly head: string }): boolean {
    const head = this.headWord(p);
    return head !== undefined && isRoleNoun(this.input.ctx, head);
  }

  /** Whether a role phrase's head is a noun of a source person ("Wissenschaftler", "Forscherin", "Polizeiarzt"). */
  private speakerNoun(p: { readonly at: number; readonly head: string }): boolean {
    const nouns = this.input.ctx.rules.quotes.speakerNouns ?? [];
    const head = p.head.replace(/innen$|in$/u, '');
    return nouns.some((n) => p.head === n || head === n || (n.length >= 5 && head.endsWith(n)));
  }

  /**
   * A role phrase's words with its head in the nominative: after a genitive article of the tables ("des", "eines")
   * the head loses its genitive ending when what is left is a word of the tables ("eines Sprechers der Polizei" →
   * "Sprecher der Polizei", "des Ministeriums" → "Ministerium").
   */
  private nominative(p: {
    readonly words: readonly string[];
    readonly head: string;
    readonly at: number;
  }): readonly string[] {
    const { ctx } = this.input;
    const forms = ctx.rules.quotes.genitiveForms;
    // The article opens the phrase, or stands right before it ("laut eines Sprechers": the source read after it).
    const k = wordIndexAt(ctx.words, p.at);
    const article = [ctx.words[k], breakBefore(ctx, k) ? undefined : ctx.words[k - 1]].find(
      (w) => w !== undefined && w.start <= p.at && forms?.articles.includes(w.lower) === true,
    );
    if (!forms || !article) return p.words;
    const known = (lower: string): boolean => {
      const w: Word = { text: lower, lower, start: 0, end: 0, tightBefore: false };
      return isTitleWord(w, ctx) || isRoleNoun(ctx, w) || ctx.sets.organisationNounEnding.test(lower);
    };
    const i = p.words.findIndex((w) => w.toLowerCase() === p.head);
    const head = p.words[i];
    const ending = forms.endings.find((e) => p.head.endsWith(e) && known(p.head.slice(0, -e.length)));
    if (head === undefined || ending === undefined) return p.words;
    return p.words.map((w, n) => (n === i ? head.slice(0, -ending.length) : w));
  }

  /** Who a speaker phrase stands for; a pronoun is the last speaker (two sentences back at most) or person. */
  private resolvePhrase(p: SpeakerPhrase, sentence: number): Resolved | null {
    if (p.kind === 'name') {
      // One role word in the genitive read as a name ("laut eines Sprechers"): the role in the nominative.
      const words =
        p.words.length === 1 ? this.nominative({ ...p, head: p.words[0]?.toLowerCase() ?? '' }) : p.words;
      const named = this.named(words);
      return p.role ? { ...named, role: p.role.join(' ') } : named;
    }
    if (p.kind === 'role') {
      // "Der Vorsitzende Richter Klaus Tolksdorf": a known first name and a name word end the phrase.
      const [given, family] = p.words.slice(-2);
      if (given && family && this.input.ctx.sets.firstNames.has(given) && isNameWord(family))
        return this.named([given, family]);
      // "der 70-jährige Brenner": adjectives in lower case before a person the story knows.
      const capital = p.words.findIndex((w) => isCapitalised(w));
      const tail = p.words.slice(capital);
      if (capital > 0 && tail.every((w) => isCapitalised(w))) {
        const key = this.input.keyOf(tail);
        if (key?.startsWith('person:') === true) return this.name(tail, key);
        // A name the story does not know, a given and a family name at the end ("der 45-jährige Talo Brunsvik"),
        // the words before it its role.
        const name = p.words.slice(-2);
        if (tail.length >= 2 && this.input.ctx.rules.quotes.sentenceSubjects && this.nameWords(name))
          return { ...this.name(name, undefined), role: p.words.slice(0, -2).join(' ') };
      }
      // Any other noun only with an age ("der 35 Jahre alte Aufbauspieler") or a noun of a person ("der Mann"):
      // "der Bericht" is no person.
      const personNoun = (this.input.ctx.rules.quotes.personNouns ?? []).includes(
        p.words.at(-1)?.toLowerCase() ?? '',
      );
      if (
        p.definite &&
        (p.title ||
          this.roleWord(p) ||
          personNoun ||
          p.words.some((w) => /^\d+$/u.test(w) || ageWord(this.input.ctx, w) !== undefined))
      ) {
        // A noun of a person or an age alone ("der junge Mann", "die 27-Jährige") describes again who spoke just
        // before, when no one is named near.
        // So does a role word when the sentence before named no one and its speaker was described too ("Dennoch
        // betont der Übergangstrainer: „…“ … „…“, so der Interimscoach der Meidericher").
        // Not when the sentence names someone after the role ("Der Wahlkampfleiter der SVP, Nationalrat X, sagte").
        const sentences = this.input.ctx.article.sentences;
        const floor = sentences[sentence - 1]?.start;
        const end = sentences[sentence]?.end ?? p.at;
        const described =
          floor !== undefined &&
          this.onlyPersonBetween(floor, end) === null &&
          this.lastSpeaker?.sentence === sentence - 1;
        const again =
          (!p.title && !this.roleWord(p)) || described ? this.lastNamedSpeaker(p, sentence) : null;
        const person = (p.title ? this.withRole(p.head, p.at) : null) ?? this.soleNamed(p, sentence) ?? again;
        // A function ("der Innenminister") stays the person's role for a pronoun after it; a part they play there
        // ("der Gast") does not.
        const head = this.headWord(p);
        const part = head === undefined || !isTitleWord(head, this.input.ctx);
        const words = this.nominative(p);
        if (person) return { ...person, role: words.join(' '), ...(part ? { referred: true } : {}) };
      }
      const role = this.name(this.nominative(p), undefined);
      this.roles.add(role);
      return role;
    }
    const gender = pronounGender(this.input.ctx, p.at);
    const last =
      this.lastSpeaker &&
      this.agreesWith(this.lastSpeaker.resolved, gender) &&
      !this.sourceNoun(this.lastSpeaker.resolved)
        ? this.lastSpeaker
        : null;
    // A pronoun stands for the person; a role phrase that referred to them ("der Gast") was the text's there only.
    const recent = last && sentence - last.sentence <= 2 ? personOf(last.resolved) : undefined;
    if (this.pronounFirst.has(p)) {
      // English order after the quote ('"…," he said'): a person named since the previous sentence, else the speaker
      // of the last two sentences, else a person named in the sentence before that ("…, Linnell said. But … is on
      // the rise. "…," he said"; on Multi-News 15 of 17 quotes so given were right); nobody further back (the story
      // may have moved on to someone unnamed).
      const previous =
        this.input.ctx.article.sentences[sentence - 1] ?? this.input.ctx.article.sentences[sentence];
      const before = this.input.ctx.article.sentences[sentence - 2] ?? previous;
      return (
        this.saidIn(sentence - 1, gender) ??
        this.nearestPerson(p.at, previous?.start ?? 0, gender) ??
        recent ??
        this.nearestPerson(p.at, before?.start ?? 0, gender) ??
        this.chained(p.at, sentence - 2, gender)
      );
    }
    const sentences = this.input.ctx.article.sentences;
    // Where the subject comes first (English), a person named since the sentence before comes before the last speaker
    // ("… , Trump spokesman Jason Miller told reporters. Perry … also had … . That was the origin of Perry's moment,
    // when he said … that “…”").
    const named = this.input.ctx.rules.quotes.sentenceSubjects
      ? null
      : this.nearestSubject(p.at, (sentences[sentence - 1] ?? sentences[sentence])?.start ?? 0, gender);
    if (named) return named;
    // A named speaker of the last two sentences; an unnamed role ("der Gast") only when no person is named there.
    if (recent && !this.roles.has(recent)) return recent;
    const floor = (sentences[sentence - 2] ?? sentences[sentence - 1] ?? sentences[sentence])?.start ?? 0;
    // Further back: a role that is the subject of the sentence before ("Der Bürgermeister hat … zurückgewiesen.
    // „…“, betonte er"), else the last speaker, else the last person named before, both within
    // `PRONOUN_REACH` sentences where the tables read sentence subjects (German): further back the text has moved
    // on, perhaps to someone it does not name ("Der Mann …"), and no speaker is better than a guess.
    const bounded = this.input.ctx.rules.quotes.sentenceSubjects;
    const reach = bounded ? (sentences[Math.max(0, sentence - PRONOUN_REACH)]?.start ?? 0) : 0;
    return (
      this.nearestPerson(p.at, floor, gender) ??
      recent ??
      this.namedBefore(sentence) ??
      this.roleBefore(sentence, gender) ??
      (last && (!bounded || sentence - last.sentence <= PRONOUN_REACH)
        ? personOf(last.resolved)
        : undefined) ??
      this.nearestPerson(p.at, reach, gender)
    );
  }

  /**
   * Past the sentences a pronoun after its quote reaches (English order; `from` the earliest searched): sentences that
   * each speak of someone by the same pronoun, hold no quote and name no one carry the person named before them ("While in prison,
   * Bunch said she … . She earned … . And now she has … . "…," she said"), `PRONOUN_REACH` sentences more at most.
   */
  private chained(at: number, from: number, gender: Gender | undefined): Resolved | null {
    const { ctx } = this.input;
    const pronouns =
      gender === 'm' ? ctx.rules.quotes.genders?.malePronouns : ctx.rules.quotes.genders?.femalePronouns;
    if (gender === undefined || !pronouns) return null;
    const sentences = ctx.article.sentences;
    const same = (s: number): boolean => {
      const sentence = sentences[s];
      // A sentence of its own about them, no quote's (whose pronoun may be anyone's).
      if (!sentence || this.spans.some((q) => q.open >= sentence.start && q.open < sentence.end))
        return false;
      const words = ctx.words.slice(
        wordIndexAt(ctx.words, sentence.start),
        wordIndexAt(ctx.words, sentence.end),
      );
      return words.some((w) => pronouns.includes(w.lower) && !insideQuote(this.spans, w.start));
    };
    for (let s = from; s > 0 && s >= from - PRONOUN_REACH && same(s); s--) {
      const found = this.nearestPerson(at, sentences[s - 1]?.start ?? 0, gender);
      if (found) return found;
    }
    return null;
  }

  /**
   * The person who spoke in this sentence or the one before (a person the story knows), of a gender agreeing with
   * role phrase `p`'s.
   */
  private lastNamedSpeaker(
    p: { readonly at: number; readonly head: string },
    sentence: number,
  ): Resolved | null {
    const last = this.lastSpeaker;
    if (!last || sentence - last.sentence > 1 || last.resolved.key?.startsWith('person:') !== true)
      return null;
    const gender = roleGender(this.input.ctx, p.head, p.at);
    return this.agreesWith(last.resolved, gender) ? personOf(last.resolved) : null;
  }

  /** The role that is the subject of the sentence before `sentence`, of a gender agreeing with `gender`, resolved. */
  private roleBefore(sentence: number, gender: Gender | undefined): Resolved | null {
    const role = this.follows(sentence) ? roleSubject(this.near, sentence - 1) : undefined;
    if (role?.kind !== 'role' || !agrees(gender, roleGender(this.input.ctx, role.head, role.at))) return null;
    return this.resolvePhrase(role, sentence - 1);
  }

  /**
   * A phrase written without an article (it opens with its first word) whose words the story knows as a name, right
   * before a verb of saying ('"…," MTV said'; not "WHO assistant director-general X says").
   */
  private knownBare(p: SpeakerPhrase & { kind: 'role' }): boolean {
    const { ctx } = this.input;
    const first = p.words[0];
    if (first === undefined || !ctx.article.text.startsWith(first, p.at)) return false;
    const verb = ctx.words[wordIndexAt(ctx.words, p.at) + p.words.length];
    return (
      verb !== undefined && ctx.sets.quoteVerbs.has(verb.lower) && this.input.keyOf(p.words) !== undefined
    );
  }

  /** Whether a phrase opens with a determiner of any one of a kind, or follows one ("Jeder Lehrer", "kein Minister"). */
  private generic(p: SpeakerPhrase): boolean {
    const { ctx } = this.input;
    const generic = ctx.rules.quotes.genericDeterminers ?? [];
    const k = wordIndexAt(ctx.words, p.at);
    return (
      generic.includes(ctx.words[k]?.lower ?? '') ||
      (generic.includes(ctx.words[k - 1]?.lower ?? '') && !breakBefore(ctx, k))
    );
  }

  /**
   * Whether a phrase can be a speaker: a pronoun, a recognised person or a name of two or more words, a role
   * word of the tables; with `subject`, also any noun phrase with a definite article ("Die SPD").
   */
  private personish(p: SpeakerPhrase, subject: boolean): boolean {
    if (p.kind === 'pronoun') return true;
    if (this.generic(p)) return false;
    // With an indefinite article also a role noun or a noun of a source person ("sagte ein Wissenschaftler:").
    // As a subject also a name the story knows written without an article ('"…," MTV said'; German writes one).
    if (p.kind === 'role')
      return (
        p.title ||
        (subject && (p.definite || this.knownBare(p))) ||
        (!p.definite && (this.roleWord(p) || this.speakerNoun(p)))
      );
    if (p.words.length >= 2 || this.input.keyOf(p.words) !== undefined) return true;
    // One capitalised word: a name unless the article also writes it in lower case ("Ähnlich" / "ähnlich"), or a
    // word of the calendar ("am 20. August").
    const lower = p.words[0]?.toLowerCase() ?? '';
    if (this.input.ctx.sets.calendar.has(lower)) return false;
    // A noun of a point in time ("Ende 2018 …", "Mitte der Woche erklärte …"), a complementiser or conjunction opening
    // the sentence ("Dass der Preis verdient war, davon …").
    const { timeNouns = [], complementisers, conjunctions } = this.input.ctx.rules.quotes;
    if (timeNouns.includes(lower) || complementisers.includes(lower) || conjunctions.includes(lower))
      return false;
    // A word opening the sentence right before a subject pronoun is its verb ("Kämen sie dem nicht nach, …").
    const k = wordIndexAt(this.input.ctx.words, p.at);
    const next = this.input.ctx.words[k + 1];
    if (sentenceStart(this.input.ctx, k) && next && !breakBefore(this.input.ctx, k + 1)) {
      if (this.input.ctx.sets.names.subjectPronouns.has(next.text))
        return this.input.keyOf(p.words) !== undefined;
      // Nor an adjective joined to a lower-case one of the same ending ("Soziale und wirtschaftliche Folgen …:").
      if (this.joinedAdjective(k)) return this.input.keyOf(p.words) !== undefined;
    }
    if (!this.input.ctx.words.some((w) => w.text === lower)) return true;
    return this.input.persons.some((m) => m.start <= p.at && m.end > p.at);
  }

  /**
   * Whether word `k` is an adjective joined by a coordinator to a lower-case adjective of the same ending ("Soziale
   * und wirtschaftliche Folgen"; tables `coordinators` and the entity tables' `adjectiveEndings`).
   */
  private joinedAdjective(k: number): boolean {
    const { ctx } = this.input;
    const [w, joiner, other] = [ctx.words[k], ctx.words[k + 1], ctx.words[k + 2]];
    if (!w || !joiner || !other || breakBefore(ctx, k + 2)) return false;
    if (!(ctx.rules.quotes.coordinators ?? []).includes(joiner.lower)) return false;
    const ending = (ctx.rules.entities.adjectiveEndings ?? []).find((e) => w.text.endsWith(e));
    return ending !== undefined && ctx.sets.adjectives.lower.test(other.text) && other.text.endsWith(ending);
  }

  /**
   * The word after a name and an appositive set off by commas right after it ('"…," Jane Doe, the agriculture
   * secretary, said'; "Hope Hardison, Wells Fargo's director of human resources, said"; "Dr. Nicole Prause, an
   * assistant research scientist in the department of psychiatry at UCLA and one of the investigators, said": the
   * word after the second comma, within `APPOSITIVE_WORDS` words, no quotation inside, opening with an article or a
   * possessive name); else the word after the phrase. Only for a name, and only where roles are written in lower
   * case (English).
   */
  private pastAppositive(found: { phrase: SpeakerPhrase; to: number }, limit: number): number {
    const { ctx } = this.input;
    if (found.phrase.kind !== 'name' || ctx.rules.quotes.lowerCaseRoles === undefined) return found.to;
    const first = ctx.words[found.to];
    const last = ctx.words[found.to - 1];
    if (!first || !last || !/^\s*,\s*$/u.test(ctx.article.text.slice(last.end, first.start))) return found.to;
    // An article, a possessive name, a role noun or a lower-case noun with its preposition opens it ("the agriculture
    // secretary", "Wells Fargo’s director", "spokesman for the city", "producer of the Hollywood Walk of Fame").
    const roles = ctx.rules.quotes.lowerCaseRoles.nouns;
    const headed =
      /^\p{Ll}+$/u.test(first.text) &&
      ctx.rules.quotes.prepositions.includes(ctx.words[found.to + 1]?.lower ?? '');
    if (
      !ctx.sets.determiners.has(first.lower) &&
      !roles.includes(first.text) &&
      !headed &&
      !this.possessiveAhead(found.to)
    )
      return found.to;
    for (let k = found.to + 1; k < Math.min(limit, found.to + APPOSITIVE_WORDS); k++) {
      const w = ctx.words[k] as Word;
      const gap = ctx.article.text.slice(ctx.words[k - 1]?.end ?? w.start, w.start);
      if (insideQuote(this.spans, w.start) || /[.;:!?"“”]/u.test(gap)) return found.to;
      if (/,/u.test(gap)) return k;
    }
    return found.to;
  }

  /** Whether the capitalised words from word `k` end in a possessive ("Wells Fargo's", "Amazon’s"): an appositive's start. */
  private possessiveAhead(k: number): boolean {
    const { words } = this.input.ctx;
    for (let at = k; at < k + 4; at++) {
      const w = words[at];
      if (!w || !isCapitalised(w.text) || (at > k && !w.tightBefore)) return false;
      if (POSSESSIVE.test(w.text)) return true;
    }
    return false;
  }

  /**
   * Where the languages that write roles in lower case have one within three lower-case words from word `j`
   * ("campaign manager", "turnpike spokesman"), its index; else `j`.
   */
  private lowerRoleAhead(j: number, limit: number): number {
    const { ctx } = this.input;
    const roles = ctx.rules.quotes.lowerCaseRoles?.nouns;
    if (roles === undefined) return j;
    for (let r = j; r < Math.min(limit, j + 3); r++) {
      const w = ctx.words[r];
      if (!w || (r > j && breakBefore(ctx, r)) || !/^\p{Ll}[\p{Ll}-]*$/u.test(w.text)) return j;
      if (ctx.sets.pronouns.has(w.lower) || ctx.sets.determiners.has(w.lower)) return j;
      if (roles.includes(w.lower)) return r > j ? r : j;
    }
    return j;
  }

  /**
   * The speaker phrase right after a quote: "„…“, sagte X", "„…“, so X", "„…“, hatte X erklärt", '"…," X said'; or the
   * name right before a quote in parentheses ("X („…“)").
   */
  private phraseAfter(span: QuoteSpan, limit: number): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    const named = this.parenthesised(span);
    if (named) return named;
    const j = wordIndexAt(ctx.words, span.close + 1);
    const w = ctx.words[j];
    if (!w) return undefined;
    if (SIGNING_DASH.test(ctx.article.text.slice(span.close + 1, w.start)))
      return this.signedBy(j) ?? this.pointedAfter(j, limit);
    if (j >= limit) return undefined;
    if (!/^[\s,]*$/u.test(ctx.article.text.slice(span.close + 1, w.start))) return undefined;
    // "„…“, mit diesen Worten meldete er sich zurück".
    const pointed = this.pointedAfter(j, limit);
    if (pointed) return pointed;
    const { quotes } = ctx.rules;
    // English order: the speaker, then the verb ('"…," Jane Doe said', '"…," he said', '"…," a spokeswoman said').
    const capital = isCapitalised(w.text);
    // Lower-case words before a lower-case role ('"…," turnpike spokesman Jane Doe said'): the phrase from the role.
    const role = capital ? j : this.lowerRoleAhead(j, limit);
    if (capital || role > j || ctx.sets.pronouns.has(w.lower) || ctx.sets.determiners.has(w.lower)) {
      const found = speakerPhraseAt(ctx, role, this.spans, limit) ?? this.afterDeterminer(j, limit);
      const verb = found ? ctx.words[this.pastAppositive(found, limit)] : undefined;
      if (found && verb && ctx.sets.quoteVerbs.has(verb.lower) && this.personish(found.phrase, true)) {
        if (found.phrase.kind === 'pronoun') this.pronounFirst.add(found.phrase);
        return found.phrase;
      }
      if (capital) return undefined;
    }
    // A modal verb ("„…“, wollen die Anwohner wissen"), or a passive auxiliary when a verb of saying closes the clause
    // ("„…“, wird X zitiert"; not "„…“ wird sein Leitsatz"): its subject comes next.
    const after = quotes.afterQuoteVerbs;
    const clauseVerb =
      after !== undefined &&
      (after.modal.includes(w.lower) ||
        (after.passive.includes(w.lower) && this.closedBySaying(j + 1, limit)));
    if (!clauseVerb && (quotes.conjunctions.includes(w.lower) || ctx.sets.determiners.has(w.lower)))
      return undefined;
    if (quotes.prepositions.includes(w.lower)) return undefined;
    // The first word is a verb (or "so"): a clause of the writer's own ("…“, hierzu wolle man …") names no speaker.
    const verbish =
      clauseVerb ||
      ctx.sets.quoteVerbs.has(w.lower) ||
      quotes.reportingVerbs.includes(w.lower) ||
      quotes.attributionMarkers.includes(w.lower) ||
      quotes.auxiliaries.includes(w.lower) ||
      finite(ctx, w.text);
    if (!verbish) return undefined;
    // A verb of quoting: whom it quotes ("„…“, zitiert die Zeitung den Minister").
    const quoted = this.cited(j, limit, false);
    if (quoted) return quoted;
    // The verb (or "so"), then up to three more lower-case words ("so charakterisierte ihn der …"), and after a verb
    // of saying prepositional phrases ("„…“, sagte am Montag der Minister", past a genitive of their noun).
    const saying = ctx.sets.quoteVerbs.has(w.lower);
    let reach = j + 5;
    let adverbial = false;
    for (let k = j + 1; k < Math.min(limit, reach); k++) {
      // A medium's name in quotation marks ("„…“, schreibt die „Computerwoche“", "schrieb „Die Zeit“").
      const medium = quotedName(this.near, k);
      if (medium) return medium;
      if (breakBefore(ctx, k)) return undefined;
      const found = speakerPhraseAt(ctx, k, this.spans, limit);
      if (found && adverbial && genitiveAfterAdverbial(ctx, k, found.phrase)) {
        k = found.to - 1;
        continue;
      }
      const past = saying && !found ? pastAdverbial(ctx, k, limit) : -1;
      if (past > 0) {
        reach += past - k - 1;
        adverbial = true;
        k = past - 1;
        continue;
      }
      if (found) {
        // A role, then the name set off by commas ("sagte die Sprecherin, Karoline Leavitt."); a full name keeps its
        // name before a role set off the same way ("wird Mike Downey, Leiter der Abteilung, zitiert").
        const full = found.phrase.kind === 'name' && found.phrase.words.length >= 2;
        // '"…," said Harvard biologist E.O. Wilson', 'said Obama adviser David Axelrod': the full name speaks.
        const titled = full ? undefined : this.nameAfterRole(found.phrase, found.to, limit);
        if (titled) return titled;
        const phrase = (full ? undefined : apposition(ctx, found.to, this.spans)) ?? found.phrase;
        if (this.personish(phrase, true)) return phrase;
        // Right after a verb of saying, a noun after a nominative indefinite article is its subject, any noun ("„…“,
        // sagte eine Anwohnerin, die …"; table `subjectIndefinites`).
        return saying && k === j + 1 && this.indefinite(phrase, ctx.words[k]) ? phrase : undefined;
      }
      const v = ctx.words[k] as Word;
      // A capital, a preposition or a conjunction ("… verpasst und so das Entstehen …") ends the frame.
      if (isCapitalised(v.text) || quotes.prepositions.includes(v.lower) || quotes.joiners.includes(v.lower))
        return undefined;
    }
    return undefined;
  }

  /**
   * Where a language writes roles in lower case before a name (English): after a one-word name at `p`, one or two
   * lower-case words and a full name of two words or more ("Harvard biologist E.O. Wilson", "Obama adviser David
   * Axelrod"): that name, the words before it its role. Words up to `limit`.
   */
  private nameAfterRole(p: SpeakerPhrase, to: number, limit: number): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    const { quotes } = ctx.rules;
    if (p.kind !== 'name' || quotes.lowerCaseRoles === undefined) return undefined;
    let r = to;
    while (r < Math.min(limit, to + 2)) {
      const w = ctx.words[r] as Word;
      if (breakBefore(ctx, r) || !/^\p{Ll}+$/u.test(w.text)) break;
      if (quotes.prepositions.includes(w.lower) || quotes.joiners.includes(w.lower)) return undefined;
      if (ctx.sets.determiners.has(w.lower) || ctx.sets.pronouns.has(w.lower)) return undefined;
      if (ctx.sets.quoteVerbs.has(w.lower)) return undefined;
      r++;
    }
    if (r === to || r >= limit || breakBefore(ctx, r)) return undefined;
    const found = speakerPhraseAt(ctx, r, this.spans, limit);
    if (found?.phrase.kind !== 'name' || found.phrase.words.length < 2 || found.phrase.role !== undefined)
      return undefined;
    const role = [...p.words, ...ctx.words.slice(to, r).map((w) => w.text)];
    return { ...found.phrase, role };
  }

  /**
   * Where the words after a quote may name its speaker: the end of its sentence, or of the next one when a question
   * or exclamation mark ended the sentence inside the quote ('"Why now?" Jane Doe asked.').
   */
  private afterLimit(span: QuoteSpan, last: number, to: number): number {
    const { article, words } = this.input.ctx;
    const sentence = article.sentences[last];
    const next = article.sentences[last + 1];
    if (!sentence || !next || sentence.end > span.close + 1 || next.start < span.close) return to;
    if (!/[?!]\s*$/u.test(article.text.slice(span.open + 1, span.close))) return to;
    // Only a short frame: its first clause opens or closes with the verb ("Jane Doe asked.", "asks Jane Doe, …"),
    // not a sentence of its own ("Greenpeace fordert die Vernichtung …").
    const from = wordIndexAt(words, next.start);
    let end = from;
    while (end < words.length && end - from < 7 && (words[end]?.start ?? Infinity) < next.end) {
      end++;
      if (/^[^,;:]*[,;:]/u.test(article.text.slice(words[end - 1]?.end ?? 0, words[end]?.start ?? 0))) break;
    }
    const { ctx } = this.input;
    const verb = (k: number): boolean => ctx.sets.quoteVerbs.has(words[k]?.lower ?? '');
    // Or a speaker and the verb, then a preposition or nothing ("Jane Doe says in the clip").
    const found = speakerPhraseAt(ctx, from, this.spans, end);
    const framed =
      found !== undefined &&
      verb(found.to) &&
      (found.to + 1 >= end || ctx.rules.quotes.prepositions.includes(words[found.to + 1]?.lower ?? ''));
    return end > from && (verb(from) || verb(end - 1) || framed) ? wordIndexAt(words, next.end) : to;
  }

  /**
   * Whether a comma right before the verb at `verb`, after a word in lower case, closes a clause with its verb last
   * after the subject ("Eine Anwohnerin, die ihren Namen nicht nennen wollte, sagte:"; an apposition ends in its
   * noun): a relative pronoun or conjunction after a comma opens that clause, whose words are no subject of the verb.
   */
  private closedBefore(verb: number, start: number): boolean {
    const { words, article } = this.input.ctx;
    return (
      verb > start + 1 &&
      LOWER_FIRST.test(words[verb - 1]?.text ?? '') &&
      /,/u.test(article.text.slice(words[verb - 1]?.end ?? 0, words[verb]?.start ?? 0))
    );
  }

  /** Whether a role phrase opens with a nominative indefinite article (`subjectIndefinites`: "eine Anwohnerin"). */
  private indefinite(p: SpeakerPhrase, article: Word | undefined): boolean {
    const articles = this.input.ctx.rules.quotes.subjectIndefinites ?? [];
    return p.kind === 'role' && article !== undefined && articles.includes(article.lower);
  }

  /**
   * After a dash, a phrase pointing back at the quote, a verb and its subject ("„…“ – mit diesen Worten eröffnete X die
   * Sitzung"; table `quotePointers`): that subject.
   */
  private pointedAfter(j: number, limit: number): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    const pointer = (ctx.rules.quotes.quotePointers ?? [])
      .map((phrase) => phrase.split(' '))
      .find((parts) =>
        parts.every((p, k) => ctx.words[j + k]?.lower === p && (k === 0 || !breakBefore(ctx, j + k))),
      );
    const v = j + (pointer?.length ?? 0);
    const verb = ctx.words[v];
    if (!pointer || !verb || v >= limit || !/^\p{Ll}/u.test(verb.text) || breakBefore(ctx, v))
      return undefined;
    const subject = invertedSubject(ctx, this.spans, v);
    return subject && this.personish(subject, false) && !objectCase(ctx, subject) ? subject : undefined;
  }

  /** A role phrase after an article that `speakerPhraseAt` does not read as one ("a spokeswoman", "the official"). */
  private afterDeterminer(j: number, limit: number): ReturnType<typeof speakerPhraseAt> {
    const { ctx } = this.input;
    if (!ctx.sets.determiners.has(ctx.words[j]?.lower ?? '') || breakBefore(ctx, j + 1)) return undefined;
    const found = speakerPhraseAt(ctx, j + 1, this.spans, limit);
    if (found?.phrase.kind !== 'role') return found;
    const definite = ctx.rules.quotes.definiteArticles.includes(ctx.words[j]?.lower ?? '');
    return { ...found, phrase: { ...found.phrase, definite, at: ctx.words[j]?.start ?? found.phrase.at } };
  }

  /**
   * Whether a verb of saying closes a clause in words `[k, limit)` (before a comma or the sentence end): "wird X,
   * Leiter der Abteilung, zitiert."
   */
  private closedBySaying(k: number, limit: number): boolean {
    const { ctx } = this.input;
    for (let end = k + 1; end < limit; end++) {
      const w = ctx.words[end] as Word;
      if (
        ctx.sets.quoteVerbs.has(w.lower) &&
        /^\s*(?:[,.;!?]|$)/u.test(ctx.article.text.slice(w.end, w.end + 2))
      )
        return true;
    }
    return false;
  }

  /**
   * The agent of a passive clause that holds a quote: a passive auxiliary, then "von"/"vom" and a noun phrase before
   * the quote, and a participle closing the clause right after it ("Die Lage wird vom Landesamt als „sehr
   * ernst“ eingestuft."). The last such phrase before the quote ("die Gefahr von Bränden vom Wetterdienst").
   */
  private passiveAgent(span: QuoteSpan, from: number): { agent?: SpeakerPhrase } | undefined {
    const { ctx } = this.input;
    const verbs = ctx.rules.quotes.afterQuoteVerbs;
    if (!verbs) return undefined;
    const o = wordIndexAt(ctx.words, span.open);
    const c = wordIndexAt(ctx.words, span.close);
    // The participle: the word after the closing mark, ending the clause.
    const participle = ctx.words[c];
    if (
      (!participle ||
        !this.participle(participle.text) ||
        !/^[\s]*$/u.test(ctx.article.text.slice(span.close + 1, participle.start)) ||
        !/^\s*(?:[,.;!?]|$)/u.test(ctx.article.text.slice(participle.end, participle.end + 2))) &&
      !this.elidedParticiple(span, from)
    )
      return undefined;
    // The clause of the quote: from the last comma before it.
    let start = from;
    for (let k = o - 1; k > from; k--)
      if (/,/u.test(ctx.article.text.slice(ctx.words[k - 1]?.end ?? 0, ctx.words[k]?.start ?? 0))) {
        start = k;
        break;
      }
    const auxiliary = ctx.words.slice(start, o).findIndex((w) => verbs.passive.includes(w.lower));
    if (auxiliary < 0) return undefined;
    let agent: SpeakerPhrase | undefined;
    // After the auxiliary, or fronted before it ("Vom Bürgermeister wurde der Plan als „…“ verteidigt").
    for (let k = start; k + 1 < o; k++) {
      if (k === start + auxiliary) continue;
      if (!verbs.agent.includes((ctx.words[k] as Word).lower)) continue;
      const found = speakerPhraseAt(ctx, k + 1, this.spans, o);
      // An article (also in "vom"), a role word, a full or known name: "von Anfang an" is no agent.
      const p = found?.phrase;
      const article = verbs.agentWithArticle.includes((ctx.words[k] as Word).lower);
      const named =
        p?.kind === 'role'
          ? p.definite || p.title || article
          : p?.kind === 'name' &&
            (p.words.length >= 2 ||
              article ||
              this.input.keyOf(p.words) !== undefined ||
              this.input.persons.some((m) => m.start <= p.at && m.end > p.at));
      if (p && named) agent = p;
    }
    // A passive of quoting ("Die Ministerin wurde mit den Worten „…“ zitiert"): its subject is whom it quotes.
    const cited = ctx.rules.quotes.citingVerbs?.verbs.includes(participle?.lower ?? '') === true;
    const quoted = !agent && cited ? sentenceSubject(ctx, this.spans, start, o, true) : undefined;
    if (quoted && this.personish(quoted, true)) return { agent: quoted };
    return agent ? { agent } : {};
  }

  /**
   * Whether a quote after "als" closing its clause follows a participle and a coordinator in the same clause ("Auf
   * Plakaten wurde Y als „…“ bezeichnet und X als „…“."): the passive's participle is left out before it.
   */
  private elidedParticiple(span: QuoteSpan, from: number): boolean {
    const { ctx } = this.input;
    const { label = [] } = ctx.rules.quotes.afterQuoteVerbs ?? {};
    const coordinators = ctx.rules.quotes.coordinators ?? [];
    const o = wordIndexAt(ctx.words, span.open);
    if (!label.includes(ctx.words[o - 1]?.lower ?? '') || breakBefore(ctx, o - 1)) return false;
    if (!/^\s*(?:[.;!?]|$)/u.test(ctx.article.text.slice(span.close + 1, span.close + 3))) return false;
    for (let k = o - 2; k > from; k--) {
      const w = ctx.words[k] as Word;
      if (breakBefore(ctx, k + 1)) return false;
      if (this.participle(w.text) && coordinators.includes(ctx.words[k + 1]?.lower ?? '')) return true;
    }
    return false;
  }

  /** Whether a lower-case word is shaped like a past participle ("gesagt", "eingestuft", "bezeichnet", "kritisiert"). */
  private participle(word: string): boolean {
    const shape = this.input.ctx.rules.quotes.afterQuoteVerbs?.participle;
    if (!shape || !/^\p{Ll}{4,}$/u.test(word)) return false;
    if (shape.foreign.some((e) => word.endsWith(e))) return true;
    if (!shape.endings.some((e) => word.endsWith(e))) return false;
    const [ge] = shape.prefixes;
    return shape.prefixes.some((p) => word.startsWith(p)) || (ge !== undefined && word.indexOf(ge, 2) > 0);
  }

  /**
   * A quote in reported speech right after a noun of something said and whose it is ("Auf den Vorwurf der Partei, es
   * handele sich um einen „…“, …", "die Warnung von X, die Lage sei „…“"): that genitive or "von" phrase, closed by
   * the comma that opens the quote's clause, which holds a Konjunktiv I form or a complementiser ("dass").
   */
  private speechNounClause(span: QuoteSpan, from: number): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    const { speechNouns, genitiveArticles, complementisers } = ctx.rules.quotes;
    if (!speechNouns) return undefined;
    const o = wordIndexAt(ctx.words, span.open);
    const gap = (k: number): string =>
      ctx.article.text.slice(ctx.words[k - 1]?.end ?? 0, ctx.words[k]?.start ?? 0);
    let c = -1;
    for (let k = o; k > from; k--)
      if (/,/u.test(gap(k))) {
        c = k;
        break;
      }
    if (c < 0) return undefined;
    const clause = ctx.words.slice(c, o);
    if (!clause.some((w) => ctx.sets.reportedSpeech.has(w.lower) || complementisers.includes(w.lower)))
      return undefined;
    for (let n = Math.max(from, c - 6); n + 2 <= c; n++) {
      const noun = ctx.words[n] as Word;
      const next = (ctx.words[n + 1] as Word).lower;
      if (!isCapitalised(noun.text) || !speechNouns.nouns.includes(noun.lower)) continue;
      const genitive = genitiveArticles.includes(next);
      if ((!genitive && !speechNouns.by.includes(next)) || breakBefore(ctx, n + 1)) continue;
      const found = speakerPhraseAt(ctx, genitive ? n + 1 : n + 2, this.spans, c);
      if (found && found.to === c && this.personish(found.phrase, true)) return found.phrase;
    }
    return undefined;
  }

  /**
   * Whether a phrase is one common noun of the language written without an article, not a known person, before a
   * finite verb and a subject pronoun at word `to` ("Touristen hat sie …"): a fronted object.
   */
  private frontedNoun(p: SpeakerPhrase, to: number): boolean {
    const { ctx } = this.input;
    if (p.kind !== 'name') return false;
    const [word, more] = p.words;
    if (word === undefined || more !== undefined) return false;
    if (!ctx.commonNouns.has(word.toLowerCase()) || this.input.keyOf(p.words) !== undefined) return false;
    const verb = ctx.words[to];
    const pronoun = ctx.words[to + 1];
    return (
      verb !== undefined &&
      pronoun !== undefined &&
      LOWER_FIRST.test(verb.text) &&
      !breakBefore(ctx, to) &&
      !breakBefore(ctx, to + 1) &&
      ctx.sets.names.subjectPronouns.has(pronoun.lower)
    );
  }

  /** A verb of saying or reporting ("sagte", "meldete", "würdigte"). */
  private sayingVerb(lower: string): boolean {
    return (
      this.input.ctx.sets.quoteVerbs.has(lower) || this.input.ctx.rules.quotes.reportingVerbs.includes(lower)
    );
  }

  /** A named person after a noun of something said and its preposition ("Antwort von X") in words `[start, o)`. */
  private speechNounSpeaker(start: number, o: number): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    const speech = ctx.rules.quotes.speechNouns;
    if (!speech) return undefined;
    for (let k = start; k + 2 < o; k++) {
      const noun = ctx.words[k] as Word;
      const by = ctx.words[k + 1] as Word;
      if (!isCapitalised(noun.text) || !speech.nouns.includes(noun.lower) || !speech.by.includes(by.lower))
        continue;
      if (breakBefore(ctx, k + 1) || breakBefore(ctx, k + 2)) continue;
      const found = speakerPhraseAt(ctx, k + 2, this.spans, o);
      if (!found || found.phrase.kind !== 'name' || !this.personish(found.phrase, false)) continue;
      // A person: a name of two words, one with a role, or one the story knows as a person ("Antwort von Peskow").
      const { at, words, role } = found.phrase;
      const known = this.input.persons.some((m) => m.start <= at && at < m.end);
      if (words.length >= 2 || role !== undefined || known) return found.phrase;
    }
    return undefined;
  }

  /**
   * The speaker a clause names before its verb of saying at `verb` (words from `start`, the quote at `o`): whom a verb
   * of quoting quotes, else the clause's subject when it is a person, not an object fronted before the verb, and no
   * name or subject pronoun after the verb takes its place.
   */
  private beforeVerb(verb: number, start: number, o: number): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    const subject = clauseSubject(ctx, this.spans, start, verb, true);
    // A verb of quoting: whom it quotes, not who passes the words on ("Das Blatt zitiert den Pfarrer: „…“").
    const quoted = this.cited(verb, o, subject !== undefined);
    if (quoted) return quoted;
    // A phrase before the verb that is no person may be an object ("Der Zeitung sagte Filep Karma", "Ähnlich
    // äußerte sich X"): a name after the verb wins, or a pronoun that is only a subject ("er"; "nannte sie" may be
    // an object).
    const named = this.nominativeAfter(verb, o) !== undefined;
    // "Kim lobte er als „…“": before a subject-only pronoun after the verb, the first phrase is the object.
    const pronoun = named && this.nominativeAfter(verb, o)?.kind === 'pronoun';
    // Not an object fronted before the verb ("Den Preis sieht der Soldat X jeden Tag: „…“").
    const fronted = subject !== undefined && objectCase(ctx, subject);
    return subject &&
      this.personish(subject, true) &&
      !fronted &&
      !pronoun &&
      !(this.weakOpener(subject) && named)
      ? subject
      : undefined;
  }

  /**
   * The speaker phrase in the clause before a quote, when the clause introduces it (a colon before the opening
   * mark, or a verb of saying): "X sagte: „…“", "Dem Blatt sagte X: „…“", "X sagte, der Sohn habe sich „…“".
   */
  private phraseBefore(span: QuoteSpan, from: number): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    const o = wordIndexAt(ctx.words, span.open);
    let start = from;
    // A clause starts after an earlier quote of the sentence (not after a name in quotation marks).
    const floor = ctx.words[from]?.start ?? 0;
    for (const q of this.spans)
      if (q.close < span.open && q.close >= floor && this.long(q)) start = wordIndexAt(ctx.words, q.close);
    if (o <= start) return undefined;
    const last = ctx.words[o - 1] as Word;
    const colon = /:/u.test(ctx.article.text.slice(last.end, span.open));
    const { quotes } = ctx.rules;
    let verb = -1;
    for (let k = start; k < o; k++) if (this.sayingVerb((ctx.words[k] as Word).lower)) verb = k;
    if (!colon && verb < 0) return undefined;
    // The clause's subject: before the verb ("McCarthy nannte X „…“"), else after it ("Dazu sagte X: „…“").
    // A second verb of the sentence ("befand X … und nannte Y „…“"): the sentence's subject says it.
    if (
      verb > start &&
      quotes.joiners.includes(ctx.words[verb - 1]?.lower ?? '') &&
      quotes.sentenceSubjects
    ) {
      // The subject right after a first verb of saying, up to the joiner ("sagte der Minister und klagte:").
      const joined = this.subjectBeforeJoiner(verb - 1, start);
      if (joined) return joined;
      const subject = sentenceSubject(ctx, this.spans, start, o);
      if (subject && this.personish(subject, true)) return subject;
    }
    if (verb >= 0) {
      const before = this.beforeVerb(verb, start, o);
      if (before) return before;
    }
    // Inverted order: a name or pronoun right after the verb ("sagte Filep Karma:", "erklärte er:", "äußerte sich X:");
    // not after a verb whose next name is the addressee ("The source told Radar:").
    const addressee = (k: number): boolean =>
      quotes.addresseeVerbs?.includes(ctx.words[k]?.lower ?? '') === true;
    if (verb >= 0 && !addressee(verb)) {
      const s = this.afterReflexive(verb + 1, o);
      const after = speakerPhraseAt(ctx, s, this.spans, o);
      if (
        after &&
        !breakBefore(ctx, s) &&
        this.personish(after.phrase, false) &&
        !objectCase(ctx, after.phrase)
      )
        return after.phrase;
    }
    // With a colon, what someone said named by a noun: "… an einer Antwort von Kremlsprecher X ablesen: „…“".
    const said = colon ? this.speechNounSpeaker(start, o) : undefined;
    if (said) return said;
    // The subject at the clause start ("Der Vorsitzende Richter Klaus Tolksdorf sagte:"), or after a comma.
    let weak: SpeakerPhrase | undefined;
    const closedBefore = this.closedBefore(verb, start);
    for (let k = start; k < (verb >= 0 ? verb : o); k++) {
      if (k > start && !breakBefore(ctx, k)) continue;
      const w = ctx.words[k] as Word;
      if (quotes.prepositions.includes(w.lower) && particleNameAt(ctx, k, o) < 0) continue;
      if (k > start && closedBefore && quotes.clauseOpeners.includes(w.lower)) continue;
      const found = speakerPhraseAt(ctx, k, this.spans, o);
      if (!found) continue;
      // "Sein Fazit: „…“", "Seine Zuversicht gründet sich darauf:": the owner speaks, when someone spoke in the last
      // two sentences (a pronoun would also take a person only named there).
      const p = found.phrase;
      if (
        colon &&
        k === start &&
        p.kind === 'role' &&
        !p.title &&
        quotes.possessiveLabels?.includes(w.lower) &&
        this.lastSpeaker !== null &&
        sentenceAt(ctx.article, span.open) - this.lastSpeaker.sentence <= 2
      )
        return { kind: 'pronoun', at: w.start };
      const next = ctx.words[found.to];
      const phrase = apposition(ctx, found.to, this.spans) ?? found.phrase;
      // A noun after a nominative indefinite article opening the clause, right before the verb of saying or the
      // clause closed before it, with a colon ("Eine Anwohnerin, die … wollte, sagte:"): the subject, any noun.
      const reaches = verb > k && (found.to === verb || closedBefore);
      if (colon && k === start && reaches && this.indefinite(phrase, w)) return phrase;
      // An object fronted before the verb ("Den Unmut der CDU brachte X zum Ausdruck:") is no subject.
      if (!this.personish(phrase, true) || objectCase(ctx, found.phrase)) continue;
      // Nor a common noun alone before the verb and a subject pronoun ("Touristen hat sie stets gemieden:"): the
      // pronoun is the subject, the noun the object.
      if (k === start && this.frontedNoun(phrase, found.to)) continue;
      // Nor, with a colon, a phrase opening the clause that is no person when a person follows the first verb ("Das
      // Angebot lehnt X ab:"): that person is the subject, else the phrase after all.
      if (colon && k === start && phrase === found.phrase && this.weakOpener(phrase)) {
        weak ??= phrase;
        continue;
      }
      if (found.to >= o && colon) return phrase; // "BKA-Präsident Ziercke: „…“"
      // A role set off by commas after a name is that name's apposition ("blickte auch Mwaivu Kaluka, Vorsitzender
      // der Partei, in seiner Rede:"): the name speaks.
      const named = k > start ? this.nameBeforeRole(phrase, k, start) : undefined;
      if (named) return named;
      if (next && !isCapitalised(next.text)) return phrase;
      if (apposition(ctx, found.to, this.spans)) return phrase;
    }
    // With a colon and no subject first: a name or pronoun after the first verb ("Ähnlich äußerte sich X:").
    for (let k = start + 1; k < o && colon; k++) {
      const w = ctx.words[k] as Word;
      if (!finite(ctx, w.text) || ctx.sets.determiners.has(w.lower) || breakBefore(ctx, k) || addressee(k))
        continue;
      const found = speakerPhraseAt(ctx, k + 1, this.spans, o);
      if (found && this.personish(found.phrase, false) && !objectCase(ctx, found.phrase)) return found.phrase;
      // Only the first verb where the tables read sentence subjects (German, verb second): a later word of that
      // shape is a participle before a noun of the object ("rechtfertigte die vom Präsidenten abgesegnete Aktion:"),
      // and the noun after it no subject.
      if (quotes.sentenceSubjects) break;
    }
    // With a colon, else the first person the clause names, not after a preposition or in an object case ("Die das
    // Unglück überlebende Alice Kakamara, 30, beschrieb den Hergang: „…“").
    const floorAt = ctx.words[start]?.start ?? 0;
    for (const m of colon ? this.input.persons : []) {
      if (m.start < floorAt) continue;
      if (m.start >= span.open) break;
      const at = wordIndexAt(ctx.words, m.start);
      // A pronoun before it is the subject ("Dabei griff sie den Präsidenten X an:").
      if (ctx.words.slice(start, at).some((w) => ctx.sets.pronouns.has(w.text))) break;
      const k = caseWordAfter(ctx, at, start);
      const lead = ctx.words[k - 1]?.lower ?? '';
      if (k > start && (quotes.prepositions.includes(lead) || quotes.objectArticles.includes(lead))) continue;
      // Nor whom the words were said to ("The source told Radar:").
      if (at > start && addressee(at - 1)) continue;
      if (insideQuote(this.spans, m.start)) continue;
      return { kind: 'name', words: [m.text], at: m.start };
    }
    // A weak opener with a clause set off after it ("Das Angebot, Verletzte … zu behandeln, lehnt er ab:"): a
    // subject-only pronoun right after a finite verb is the subject.
    if (weak && colon)
      for (let k = start + 2; k < o; k++) {
        const w = ctx.words[k] as Word;
        if (
          quotes.nominativePronouns.includes(w.lower) &&
          finite(ctx, ctx.words[k - 1]?.text ?? '') &&
          !breakBefore(ctx, k)
        )
          return { kind: 'pronoun', at: w.start };
      }
    return weak;
  }

  /**
   * The speaker in the sentence before or around a quote: the subject of a subordinate clause holding the quote with
   * its own verb of saying ("…, weil X es als „…“ bezeichnet hat"), before a verb of saying of the clause it depends
   * on ("Die Zeitung berichtet, dass X … gefragt habe, was …"); else the phrase before the quote.
   */
  private clauseSpeaker(span: QuoteSpan, from: number, to: number): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    const subordinate = subordinateSpeaker(ctx, this.spans, span, from, to, (p) => this.personish(p, true));
    return subordinate ?? this.phraseBefore(span, from);
  }

  /**
   * The phrase between a verb of saying and the joiner at `joiner` ("sagte der Minister und klagte"), when it is a
   * person: the subject of both verbs.
   */
  private subjectBeforeJoiner(joiner: number, start: number): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    for (let v = joiner - 1; v >= Math.max(start, joiner - 6); v--) {
      if (!this.sayingVerb((ctx.words[v] as Word).lower)) continue;
      const found = speakerPhraseAt(ctx, v + 1, this.spans, joiner);
      return found && found.to === joiner && !breakBefore(ctx, v + 1) && this.personish(found.phrase, true)
        ? found.phrase
        : undefined;
    }
    return undefined;
  }

  /** The first word from `k` on that is no reflexive pronoun ("äußerte sich der Minister"). */
  private afterReflexive(k: number, limit: number): number {
    const { ctx } = this.input;
    let s = k;
    while (s < limit && ctx.rules.quotes.reflexives.includes(ctx.words[s]?.lower ?? '')) s++;
    return s;
  }

  /**
   * The person a verb of quoting at `verb` quotes: the phrase after the verb in an object case or an object pronoun
   * ("zitiert das Portal den Minister", "zitierte ihn"), the second of two phrases after it ("zitierte die Zeitung
   * Merkel"), or, with a subject before the verb, the first ("Das Blatt zitiert den Pfarrer mit den Worten „…“").
   * Undefined when the verb is none of quoting or quotes nobody named there (the one passing the words on then speaks).
   */
  private cited(verb: number, limit: number, subjectBefore: boolean): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    const citing = ctx.rules.quotes.citingVerbs;
    if (!citing?.verbs.includes(ctx.words[verb]?.lower ?? '')) return undefined;
    let k = verb + 1;
    for (let n = 0; n < 2 && k < limit && !breakBefore(ctx, k); n++) {
      const w = ctx.words[k] as Word;
      if (citing.objectPronouns.includes(w.lower)) return { kind: 'pronoun', at: w.start };
      const found = speakerPhraseAt(ctx, k, this.spans, limit);
      if (!found) return undefined;
      if (n === 1 || subjectBefore || objectCase(ctx, found.phrase))
        return this.personish(found.phrase, true) ? found.phrase : undefined;
      k = found.to;
    }
    return undefined;
  }

  /** A name or a subject-only pronoun ("er") right after the verb at `verb` (past a reflexive): the subject there. */
  private nominativeAfter(verb: number, limit: number): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    const s = this.afterReflexive(verb + 1, limit);
    const after = speakerPhraseAt(ctx, s, this.spans, limit);
    if (!after || breakBefore(ctx, s)) return undefined;
    const p = after.phrase;
    const nominative =
      p.kind === 'name' ||
      (p.kind === 'pronoun' && ctx.rules.quotes.nominativePronouns.includes(ctx.words[s]?.lower ?? ''));
    return nominative ? p : undefined;
  }

  /**
   * A phrase before the verb that is no person: a noun without a role word ("Das neue Angebot"), or one capitalised
   * word at a sentence start the story knows neither as a person nor writes capitalised elsewhere ("Ähnlich").
   */
  private weakOpener(p: SpeakerPhrase): boolean {
    if (p.kind === 'role') return !p.title && !this.knownAfterAdjectives(p);
    return p.kind === 'name' && p.role === undefined && !this.plausible(p);
  }

  /**
   * Whether a role phrase ends in a person the story knows after words in lower case ("der 1955 geborene Heusgen",
   * "der frühere Heusgen"): that person, as `resolvePhrase` reads it.
   */
  private knownAfterAdjectives(p: SpeakerPhrase & { kind: 'role' }): boolean {
    const capital = p.words.findIndex((w) => isCapitalised(w));
    const tail = p.words.slice(capital);
    return (
      capital > 0 &&
      tail.every((w) => isCapitalised(w)) &&
      this.input.keyOf(tail)?.startsWith('person:') === true
    );
  }

  /**
   * The subject of the sentence around a quote (words `[from, to)`); a quote inside the prepositional phrase that
   * opens the sentence ("Von „…“ sprechen Medienberichte"): the subject after the verb that follows it.
   */
  private aroundSubject(span: QuoteSpan, from: number, to: number): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    return this.pastObject(
      sentenceSubject(ctx, this.spans, from, wordIndexAt(ctx.words, span.open)) ??
        (ctx.rules.quotes.prepositions.includes(ctx.words[from]?.lower ?? '')
          ? sentenceSubject(ctx, this.spans, from, to)
          : undefined),
    );
  }

  /**
   * A phrase before the verb that is no person with a name right after the verb ("Entspannung findet Jane Doe auf
   * der Insel"): the fronted phrase is an object, the name the subject.
   */
  private pastObject(p: SpeakerPhrase | undefined): SpeakerPhrase | undefined {
    if (!p || !this.weakOpener(p)) return p;
    const { ctx } = this.input;
    const found = speakerPhraseAt(ctx, wordIndexAt(ctx.words, p.at), this.spans);
    const verb = found ? ctx.words[found.to] : undefined;
    if (!found || !verb || !finite(ctx, verb.text) || breakBefore(ctx, found.to)) return p;
    const after = this.nominativeAfter(found.to, ctx.words.length);
    return after?.kind === 'name' ? after : p;
  }

  /**
   * A quote signed with a dash and a full name that ends its line or stands before the next quote ("„…“ – Jana Beispiel
   * „…“"): that person. Only where the tables read sentence subjects (German).
   */
  private signedBy(j: number): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    if (!ctx.rules.quotes.sentenceSubjects) return undefined;
    const found = speakerPhraseAt(ctx, j, this.spans, ctx.words.length);
    const p = found?.phrase;
    if (!found || p?.kind !== 'name' || p.words.length < 2 || !p.words.every((x) => isNameWord(x)))
      return undefined;
    const end = ctx.words[found.to - 1]?.end ?? 0;
    const next = ctx.words[found.to]?.start ?? ctx.article.text.length;
    const gap = ctx.article.text.slice(end, next);
    return next >= ctx.article.text.length || SIGNATURE_END.test(gap) ? p : undefined;
  }

  /** A single word the article also writes after another name word ("Edmund Stoiber" … "Stoiber"). */
  private writtenWithGivenName(words: readonly string[]): boolean {
    const [only] = words;
    if (words.length !== 1 || only === undefined) return false;
    const all = this.input.ctx.words;
    return all.some(
      (w, i) =>
        w.text === only &&
        i > 0 &&
        w.tightBefore &&
        isNameWord(all[i - 1]?.text ?? '') &&
        !breakBefore(this.input.ctx, i),
    );
  }

  /**
   * A quote inside a sentence with no verb of saying: the sentence's subject, when it opens the sentence before
   * a verb ("Stoiber begründete seinen Rückzug mit einer „veränderten Lage“"), or a pronoun right after that
   * verb ("Kim lobte er als „…“").
   */
  private subjectOf(span: QuoteSpan, from: number): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    const o = wordIndexAt(ctx.words, span.open);
    if (o <= from || ctx.rules.quotes.prepositions.includes(ctx.words[from]?.lower ?? '')) return undefined;
    const found = speakerPhraseAt(ctx, from, this.spans, o);
    if (!found) return undefined;
    const verb = ctx.words[found.to];
    if (!verb || found.to >= o || isCapitalised(verb.text) || breakBefore(ctx, found.to)) return undefined;
    const after = ctx.words[found.to + 1];
    if (after && found.to + 1 < o && ctx.sets.pronouns.has(after.lower))
      return { kind: 'pronoun', at: after.start };
    // Without a verb of saying, only a recognised person, a full name or a role word counts.
    const p = found.phrase;
    if (this.thingNamed(p)) return undefined;
    const strong =
      p.kind === 'role'
        ? p.title || (p.definite && !ctx.rules.quotes.conjunctions.includes(verb.lower))
        : p.kind === 'name' &&
          (this.input.keyOf(p.words) !== undefined ||
            this.input.persons.some((m) => m.start <= p.at && m.end > p.at) ||
            (p.words.length >= 2 && p.words.every((w) => isNameWord(w))) ||
            this.writtenWithGivenName(p.words));
    return strong ? p : undefined;
  }

  /** Whether sentence `i` directly follows sentence `i - 1` (no heading between). */
  /**
   * The speaker of sentence `first - 2` for a quote that is the whole of sentence `first`, when the sentence between
   * has a pronoun of one person (German "er", not "sie": also "they") agreeing with them as its subject and names
   * nobody ("„…“, sagt X. Er war nie so nah am Sieg. „…“"); else null.
   */
  private carriedPast(
    first: number,
    before: { resolved: Resolved; sentence: number } | null,
  ): Resolved | null {
    const { ctx } = this.input;
    const between = ctx.article.sentences[first - 1];
    if (!between || !this.follows(first) || !ctx.rules.quotes.sentenceSubjects) return null;
    const pronoun = pronounSubject(this.near, first - 1);
    const one = rulesFor(ctx.article.language).lines?.personPronouns ?? [];
    if (!pronoun || !one.includes(ctx.words[wordIndexAt(ctx.words, pronoun.at)]?.lower ?? '')) return null;
    // No speaker right before: the one person named in the sentence before the pronoun's, or that sentence's named
    // subject ("X ist Präsident des Vereins. Er ist zufrieden. „…“"); no one further back, whom a noun phrase between
    // may have replaced ("Nietzsche befand, … . Der moderne Mensch … . Er nimmt … . „…“").
    if (!before || before.sentence < first - 2) {
      const floor = ctx.article.sentences[first - 2]?.start;
      const only = floor === undefined ? undefined : this.onlyPersonBetween(floor, pronoun.at);
      if (only) return this.name([only.text], only.key);
      return only === null && this.follows(first - 1) ? this.namedBefore(first - 1) : null;
    }
    if (
      before.sentence !== first - 2 ||
      !this.follows(first - 1) ||
      !this.agreesWith(before.resolved, pronounGender(ctx, pronoun.at)) ||
      this.onlyPersonBetween(between.start, between.end) !== null
    )
      return null;
    return personOf(before.resolved);
  }

  /**
   * The name right before the comma that opens role phrase `p` at word `k` ("Mwaivu Kaluka, Vorsitzender der
   * Partei"), with the role; a name of two words or more or one the story knows, after word `floor`.
   */
  private nameBeforeRole(p: SpeakerPhrase, k: number, floor: number): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    if (p.kind !== 'role' || !p.title) return undefined;
    const last = ctx.words[k - 1];
    if (!last || !/^\s*,\s*$/u.test(ctx.article.text.slice(last.end, ctx.words[k]?.start ?? last.end)))
      return undefined;
    let i = k - 1;
    while (i - 1 > floor && k - i < 3 && !breakBefore(ctx, i) && isNameWord(ctx.words[i - 1]?.text ?? ''))
      i--;
    const found = speakerPhraseAt(ctx, i, this.spans, k);
    if (found?.phrase.kind !== 'name' || found.to !== k || found.phrase.role !== undefined) return undefined;
    const { words } = found.phrase;
    const known = this.input.keyOf(words)?.startsWith('person:') === true;
    if (!known && !(words.length >= 2 && this.nameWords(words))) return undefined;
    return { ...found.phrase, role: p.words };
  }

  /** Where a personal pronoun of one person ("er"; the lines' `personPronouns`) stands between two offsets, if any. */
  private personPronounIn(from: number, to: number): number | undefined {
    const { ctx } = this.input;
    const one = rulesFor(ctx.article.language).lines?.personPronouns ?? [];
    for (let k = wordIndexAt(ctx.words, from); k < ctx.words.length; k++) {
      const w = ctx.words[k] as Word;
      if (w.start >= to) break;
      if (one.includes(w.lower) && !insideQuote(this.spans, w.start)) return w.start;
    }
    return undefined;
  }

  private follows(i: number): boolean {
    const s = this.input.ctx.article.sentences;
    const a = s[i - 1];
    const b = s[i];
    return !!a && !!b && b.block - a.block <= 1;
  }

  private readonly out: Quote[] = [];
  private readonly speakerWords: (readonly string[])[] = [];

  private record(resolved: Resolved | null, sentence: number): void {
    if (resolved) this.lastSpeaker = { resolved, sentence };
    if (resolved && resolved.key === undefined && !this.roles.has(resolved))
      this.speakerWords.push(resolved.words);
  }

  /** The speaker given to each direct quote's span. */
  private readonly spanSpeakers = new Map<QuoteSpan, Resolved | null>();

  /**
   * Who a quote standing alone after sentence `index` continues: that sentence's speaker by its pattern; but when a
   * quote of that sentence was given another person, that person ('"…," said Spain coach Fernando Hierro. "…"': the
   * quote's speaker is Fernando Hierro, the pattern reads "Spain"). The same person by both ("Lee Horwich" and
   * "Horwich") keeps the pattern's words.
   */
  /**
   * The words of a quote's sentence outside it, none when they are only words that lead on to a further quote before a
   * colon right before it ("Und weiter: „…“", table `continuingLeads`): the quote stands alone, continuing the speaker
   * before.
   */
  private pastLead(span: QuoteSpan, outside: readonly Word[]): readonly Word[] {
    const leads = this.input.ctx.rules.quotes.continuingLeads ?? [];
    const last = outside.at(-1);
    if (
      outside.length === 0 ||
      !last ||
      last.end > span.open ||
      outside.some((w) => !leads.includes(w.lower))
    )
      return outside;
    return /^\s*:\s*$/u.test(this.input.ctx.article.text.slice(last.end, span.open)) ? [] : outside;
  }

  /**
   * The speaker a quote continues from the sentence before; else, for a quote with no words outside it in its
   * sentence, the one an introduction ending in a colon gives (`colonIntro`).
   */
  private continuedOrIntroduced(
    span: QuoteSpan,
    sentence: number,
    alone: boolean,
  ): { resolved: Resolved | null; attribution: Quote['attribution'] } {
    const resolved = this.continuedFrom(sentence - 1);
    if (resolved) return { resolved, attribution: 'continuation' };
    return alone ? this.colonIntro(span, sentence) : { resolved: null, attribution: null };
  }

  /**
   * A sentence that ends in a colon right before the quote introduces it ("Der Bürgermeister erklärte dazu: ¶ „…“"):
   * its speaker phrase, read as for a quote in the same sentence (a role too, which the pattern does not read). Only
   * where the tables read sentence subjects (German).
   */
  private colonIntro(
    span: QuoteSpan,
    sentence: number,
  ): { resolved: Resolved | null; attribution: Quote['attribution'] } {
    const none = { resolved: null, attribution: null };
    const { ctx } = this.input;
    const before = ctx.article.sentences[sentence - 1];
    if (!before || !ctx.rules.quotes.sentenceSubjects) return none;
    const last = ctx.words[wordIndexAt(ctx.words, span.open) - 1];
    if (!last || last.start < before.start || !/^\s*:\s*$/u.test(ctx.article.text.slice(last.end, span.open)))
      return none;
    const intro = this.phraseBefore(span, sentenceWords(ctx, before).from);
    const resolved = intro ? this.resolvePhrase(intro, sentence - 1) : null;
    if (!intro || !resolved) return none;
    return { resolved, attribution: intro.kind === 'pronoun' ? 'pronoun' : 'verb' };
  }

  private continuedFrom(index: number): Resolved | null {
    const quoted = this.lastSpeaker?.sentence === index ? this.lastSpeaker.resolved : null;
    const pattern = this.speakerOf(index);
    return quoted && pattern?.words.at(-1) !== quoted.words.at(-1) ? quoted : pattern;
  }

  /**
   * A quote set in parentheses right after a person's name set off by a comma or opening the sentence ("…, der Leiter
   * der Behörde, Jane Doe („…“), und …"): that person said it. Not a name inside a clause ("wie er X behandeln würde
   * („…“)"), which may be whom the words are about.
   */
  private parenthesised(span: QuoteSpan): SpeakerPhrase | undefined {
    const { text } = this.input.ctx.article;
    // The bracket before the opening mark and after the closing one, white space between (read by offsets: a
    // slice of the text up to each quote made an article of many quotes quadratic).
    let before = span.open;
    while (before > 0 && /\s/u.test(text[before - 1] ?? '')) before--;
    let after = span.close + 1;
    while (after < text.length && /\s/u.test(text[after] ?? '')) after++;
    if (text[before - 1] !== '(' || text[after] !== ')') return undefined;
    const name = this.input.persons.find(
      (m) => m.end < before && ONLY_SPACE.test(text.slice(m.end, before - 1)),
    );
    if (!name || insideQuote(this.spans, name.start)) return undefined;
    const k = wordIndexAt(this.input.ctx.words, name.start);
    const setOff = /[,;:–—]\s*$/u.test(text.slice(this.input.ctx.words[k - 1]?.end ?? 0, name.start));
    return setOff || sentenceStart(this.input.ctx, k)
      ? { kind: 'name', words: [name.text], at: name.start }
      : undefined;
  }

  /** The speaker of the quote right before `span` when only a coordinator stands between them ("„…“ und „…“"). */
  private joinedTo(span: QuoteSpan): Resolved | null {
    const { ctx } = this.input;
    const coordinators = ctx.rules.quotes.coordinators ?? [];
    const before = lastClosingBefore(this.spans, span.open);
    if (!before) return null;
    const between = ctx.article.text
      .slice(before.close + 1, span.open)
      .trim()
      .toLowerCase();
    return coordinators.includes(between) ? (this.spanSpeakers.get(before) ?? null) : null;
  }

  /** One pair of quotation marks: a direct quote with its speaker, or nothing (a name, a title, a scare quote). */
  private direct(span: QuoteSpan): void {
    const { ctx } = this.input;
    const { article } = ctx;
    let start = span.open + 1;
    let end = span.close;
    while (start < end && /\s/u.test(article.text[start] ?? '')) start++;
    while (end > start && /\s/u.test(article.text[end - 1] ?? '')) end--;
    const first = sentenceAt(article, span.open + 1);
    const last = sentenceAt(article, Math.max(span.open + 1, span.close - 1));
    const words = scanWords(article.text, start, end);
    if (first < 0 || last < 0 || words.length === 0) return;
    const from = wordIndexAt(ctx.words, (article.sentences[first] as Sentence).start);
    const to = wordIndexAt(ctx.words, (article.sentences[last] as Sentence).end);
    const outside = this.pastLead(span, outsideWords(ctx, from, to, this.spans));
    let attribution: Quote['attribution'] = null;
    let resolved: Resolved | null = null;
    const a = attributionOf({ ctx, from, to, quotes: this.spans, keyOf: this.input.keyOf });
    const reported = outside.some((w) => ctx.sets.reportedSpeech.has(w.lower));
    const phraseAfter = this.phraseAfter(span, this.afterLimit(span, last, to));
    // A pronoun after the quote ("„…“, betont sie") stands for the name that introduced it ("X sagte: „…“").
    const introduced = phraseAfter?.kind === 'pronoun' ? this.phraseBefore(span, from) : undefined;
    const explicit =
      (introduced?.kind === 'name' ? introduced : phraseAfter) ?? this.clauseSpeaker(span, from, to);
    // A name or title in quotation marks is no quote unless a speaker follows it („…“, sagte X).
    const saying = outside.some(
      (w) => ctx.sets.quoteVerbs.has(w.lower) || ctx.sets.commaMarkers.has(w.lower),
    );
    // Right after a noun for a work it is the title even then ("Brenners Buch „…“ hatte sie „…“ genannt").
    if ((!(phraseAfter && saying) || afterWorkNoun(ctx, span)) && titleLike(ctx, span, words)) return;
    // One or two words are a quote only with a verb of saying and its speaker ("bezeichnete es als „Gesindel“").
    // Lower-case words ("„haltlos“", "„völlig unrealistisch“") are someone's wording, never a name.
    const wording =
      /^\p{Ll}[\p{Ll}-]*$/u.test(words[0]?.text ?? '') && !/\.\p{L}/u.test(article.text.slice(start, end));
    // A source the sentence names ("heißt es in dem Bericht", "laut der Zeitung", "nach Angaben der Polizei") is the
    // speaker unless a verb of saying next to the quote names one; so is the frame of reported speech that holds
    // the quote ("…, habe ihr einen „Ruck“ verpasst …, sagte Jane Greaves").
    const sentenceFrame = this.frames.find((f) => f.sentence === first);
    // A Konjunktiv I sentence continuing reported speech holds its quotes too ("Die Klauseln seien „alarmierend“"):
    // its subject is what is reported on, not who says it.
    const holds =
      sentenceFrame !== undefined &&
      (sentenceFrame.cue === 'verb' || sentenceFrame.cue === 'continuation') &&
      sentenceFrame.speaker !== null &&
      span.open >= sentenceFrame.start - 1 &&
      // The closing mark may follow the sentence's full stop ("… Abschusses.“").
      (span.close <= sentenceFrame.end ||
        /^[\s.!?…]*$/u.test(article.text.slice(sentenceFrame.end, span.close)));
    // A person (a name, a pronoun, a role word) next to the quote wins over the source; any other phrase does not.
    const person = explicit !== undefined && (explicit.kind !== 'role' || explicit.title);
    // A person whose view the clause gives ("Für den Theologen Hans Küng sei der Rücktritt „…“") beats a phrase that is
    // no person and a verb's or continuation's frame, not a named source.
    const opinion = person || sentenceFrame?.cue === 'source' ? undefined : opinionOf(this.near, span, from);
    // A passive clause names who said it after "von", if at all ("… wird vom Wetterdienst als „sehr hoch“ eingestuft"),
    // never its subject; "Auf den Vorwurf der Partei, es handele sich um einen „…“": whose the noun of speech is.
    const passive = explicit || a ? undefined : this.passiveAgent(span, from);
    const said = explicit ? undefined : this.speechNounClause(span, from);
    const source =
      !sentenceFrame || opinion
        ? undefined
        : sentenceFrame.cue === 'source' && !person
          ? sentenceFrame
          : holds && !explicit && !passive?.agent && !said
            ? sentenceFrame
            : undefined;
    if (words.length < MIN_QUOTE_WORDS && !((explicit || holds) && saying) && !wording) return;
    const phrase = source
      ? undefined
      : (opinion ??
        explicit ??
        said ??
        (a ? undefined : passive ? passive.agent : this.subjectOf(span, from)));
    if (source) ({ resolved, attribution } = this.frameSpeaker(source));
    else if (phrase) {
      resolved = this.resolvePhrase(phrase, first);
      attribution = resolved ? (phrase.kind === 'pronoun' ? 'pronoun' : 'verb') : null;
    } else if (a && !(a.kind === 'pronoun' && reported)) {
      resolved = this.resolve(a, first);
      attribution = resolved ? a.kind : null;
    } else if ((outside.length === 0 || reported) && this.follows(first)) {
      ({ resolved, attribution } = this.continuedOrIntroduced(span, first, outside.length === 0));
    }
    // The reported-speech frame of the sentence ("Nach Angaben von X …„…“", "X sagte, sie seien „…“").
    // Not a verb's frame whose content starts after the quote in another clause ("Zwar würde sie „persönlich“ …,
    // zumal X betont hatte, …").
    const earlier =
      sentenceFrame?.cue === 'verb' &&
      span.close < sentenceFrame.start &&
      /,/u.test(article.text.slice(span.close, sentenceFrame.start - 1));
    const frame = resolved || earlier ? undefined : sentenceFrame;
    if (frame) ({ resolved, attribution } = this.frameSpeaker(frame));
    // Else the subject of the sentence around the quote ("Im Kongress warb Obama … mit den Worten: „…“"); not in a
    // passive clause, whose subject is what is talked about.
    if (!resolved && !passive && outside.length > 0 && ctx.rules.quotes.sentenceSubjects) {
      const subject = this.aroundSubject(span, from, to);
      if (subject && this.personish(subject, true) && !this.thingNamed(subject)) {
        resolved = this.resolvePhrase(subject, first);
        attribution = resolved ? (subject.kind === 'pronoun' ? 'pronoun' : 'verb') : null;
      }
    }
    // Else, where the subject comes first, the person right before the clause's verb of saying or labelling.
    if (!resolved && !passive) [resolved, attribution] = this.labelled(span, from, first);
    // A quote standing alone (or a quoted main clause closing its sentence) right after a sentence with a speaker
    // continues it.
    const before = this.lastSpeaker;
    if (
      !resolved &&
      (outside.length === 0 || reported || (!saying && this.closingClause(span, words, last))) &&
      this.follows(first) &&
      before &&
      before.sentence >= first - 1
    ) {
      resolved = before.resolved;
      attribution = 'continuation';
    }
    // A quote that is a whole sentence, and the next one points back at it: "„…“. Das musste Minister X einräumen."
    if (!resolved && outside.length === 0 && this.follows(last + 1)) {
      const said = saidInNext(this.near, last + 1);
      if (said) {
        resolved = this.resolvePhrase(said, last + 1);
        attribution = resolved ? (said.kind === 'pronoun' ? 'pronoun' : 'verb') : null;
      }
    }
    // A quote that is a whole sentence after one whose subject is a named person: that person goes on ("Sadiq Khan,
    // …, verurteilte die Haltung der Regierung. „…“").
    if (!resolved && outside.length === 0 && this.follows(first)) {
      const subject = this.namedSubjectOf(first - 1);
      if (subject) {
        resolved = this.resolvePhrase(subject, first);
        attribution = resolved ? 'continuation' : null;
      }
    }
    // A quote that is a whole sentence after one about the speaker before it ("„…“, sagt X. Er war … . „…“").
    if (!resolved && outside.length === 0) {
      resolved = this.carriedPast(first, before);
      if (resolved) attribution = 'continuation';
    }
    // A quote joined by "und" to the quote right before it ("X erklärte: „…“ und „…“"): the same speaker.
    const joined = resolved ? null : this.joinedTo(span);
    if (joined) [resolved, attribution] = [joined, 'continuation'];
    if (
      resolved &&
      attribution === 'verb' &&
      !saying &&
      !sentenceFrame &&
      this.noOne(resolved, span, outside)
    )
      [resolved, attribution] = [null, null];
    this.emit(span, first, start, end, resolved, attribution);
  }

  /** The named person sentence `index` has for its subject: around its verb (verb second), else opening it. */
  private namedSubjectOf(index: number): SpeakerPhrase | undefined {
    const { ctx } = this.input;
    return ctx.rules.quotes.sentenceSubjects
      ? namedSubject(this.near, index)
      : openingSubject(ctx, this.spans, this.input.persons, index);
  }

  /** The speaker `subjectBeforeLabel` finds for a quote (English: "X called Y „…“"), resolved, and how. */
  private labelled(span: QuoteSpan, from: number, sentence: number): [Resolved | null, Quote['attribution']] {
    const subject = subjectBeforeLabel(this.input.ctx, this.spans, this.input.persons, span, from);
    const resolved = subject ? this.resolvePhrase(subject, sentence) : null;
    if (resolved || subject)
      return [resolved, resolved ? (subject?.kind === 'pronoun' ? 'pronoun' : 'verb') : null];
    // "And he played hardball: “…”": the person the sentence before opens with, of the pronoun's gender.
    const at = colonPronoun(this.input.ctx, span, from);
    const opening = at === undefined ? undefined : this.namedSubjectOf(sentence - 1);
    const person = opening ? this.resolvePhrase(opening, sentence - 1) : null;
    return person && at !== undefined && this.agreesWith(person, pronounGender(this.input.ctx, at))
      ? [person, 'pronoun']
      : [null, null];
  }

  /** A direct quote with the speaker found for it: kept for the quotes after it, and given out. */
  private emit(
    span: QuoteSpan,
    sentence: number,
    start: number,
    end: number,
    resolved: Resolved | null,
    attribution: Quote['attribution'],
  ): void {
    const { article } = this.input.ctx;
    this.spanSpeakers.set(span, resolved);
    this.record(resolved, sentence);
    // A comma that ends the quoted words leads on to the sentence around them (English sets it inside the marks:
    // “I will stay here forever,” says Saleh): the sentence's, not the speaker's.
    const shown = end - 1 > start && article.text[end - 1] === ',' ? end - 1 : end;
    this.out.push({
      text: article.text.slice(start, shown),
      speaker: resolved?.speaker ?? null,
      ...(resolved?.role !== undefined ? { role: resolved.role } : {}),
      attribution,
      article: article.id,
      start,
      end: shown,
    });
  }

  /**
   * Whether a speaker read with no verb of saying and no reported speech around names no one, for a quote inside its
   * sentence: no entity key, no role, and either words opening in lower case ("Die neuen Mächte üben „…“ Druck aus")
   * or one abstract noun or adverb ("Die „…“ erfreut sich großer Beliebtheit"). Only where the tables read sentence
   * subjects (German).
   */
  private noOne(r: Resolved, span: QuoteSpan, outside: readonly Word[]): boolean {
    if (!this.input.ctx.rules.quotes.sentenceSubjects || outside.length === 0) return false;
    // "X kommentiert: „…“": a colon before the quote sets off its speaker.
    if (COLON_BEFORE.test(this.input.ctx.article.text.slice(Math.max(0, span.open - 3), span.open)))
      return false;
    if (r.key !== undefined || r.role !== undefined) return false;
    const { ctx } = this.input;
    const { personNouns = [], speakerNouns = [] } = ctx.rules.quotes;
    // Words in lower case before a noun of a person or a role ("der junge Mann", "die neue Sprecherin") are someone.
    // The head is a word of the sentence, outside the quote: looked up there, not in the whole article.
    const head = r.words.at(-1) ?? '';
    const noun = head.toLowerCase().replace(FEMININE_ENDING, '');
    const word = outside.find((w) => w.text === head);
    if (personNouns.includes(noun) || speakerNouns.includes(noun) || (word && isRoleNoun(ctx, word)))
      return false;
    if (LOWER_FIRST.test(r.words[0] ?? '')) return true;
    if (this.namedByQuote(r, span, outside)) return true;
    // A first word that opens sentences and names no one ("Ihm", "Mehr Kritik"); not an inflected quantifier, which
    // opens a group ("Beide Seiten", "Viele Anwohner").
    const opening = (r.words[0] ?? '').toLowerCase();
    if (
      (ctx.rules.entities.sentenceOpeners ?? []).includes(opening) &&
      (r.words.length === 1 || !(ctx.rules.quotes.groupOpenerEndings ?? []).some((e) => opening.endsWith(e)))
    )
      return true;
    // One word: an abstract noun by its ending ("Beliebtheit", "Zustimmung") or a word the article also writes in
    // lower case (a sentence adverb: "Offiziell"); a noun of a group or a source ("Polizei", "Medienberichte") stays.
    const [only] = r.words;
    if (r.words.length !== 1 || only === undefined) return false;
    const lower = only.toLowerCase();
    const institution = (ctx.rules.quotes.institutionEndings ?? []).some((e) => lower.endsWith(e));
    return (
      (ctx.ownNouns.abstractAfterLetter.test(lower) && !institution) || lowerCaseWords(ctx.words).has(lower)
    );
  }

  /**
   * Whether the quote stands right after the words of `r`, nothing between: it names or describes what they name
   * ("das Experiment „…“", "der Artikel „…“", "die Petition „…“"), and they are not who said it.
   */
  private namedByQuote(r: Resolved, span: QuoteSpan, outside: readonly Word[]): boolean {
    const { text } = this.input.ctx.article;
    const last = outside.find(
      (w) => w.end <= span.open && w.text === r.words.at(-1) && ONLY_SPACE.test(text.slice(w.end, span.open)),
    );
    return last !== undefined;
  }

  private lastReported: { resolved: Resolved; sentence: number } | null = null;

  /**
   * Whether a quote is a clause of at least `MIN_CLAUSE_WORDS` words opening in lower case after a comma and closing
   * its sentence (only an end mark after it): the main clause of a sentence whose words before are subordinate
   * ("„…“, sagte X. Die Frage, wie …, „der Populismus hat keine Antwort“.").
   */
  private closingClause(span: QuoteSpan, words: readonly Word[], sentence: number): boolean {
    const { ctx } = this.input;
    // Only where the tables read sentence subjects (German).
    if (!ctx.rules.quotes.sentenceSubjects) return false;
    const { text } = ctx.article;
    const prev = ctx.words[wordIndexAt(ctx.words, span.open) - 1];
    const end = ctx.article.sentences[sentence]?.end ?? text.length;
    const [opening, second] = words;
    // Not a subordinate clause: no conjunction first, nor a relative pronoun ("„der nie erwartet hatte …“"; an
    // article goes on with a noun or an adjective: "„der Populismus …“", "„die neue Regel …“").
    const subordinate =
      (ctx.rules.quotes.clauseOpeners.includes(opening?.lower ?? '') &&
        !ctx.sets.determiners.has(opening?.lower ?? '')) ||
      (ctx.sets.determiners.has(opening?.lower ?? '') &&
        !/^(\p{Lu}|\p{Ll}{3,}(e|en|er|es|em)$)/u.test(second?.text ?? ''));
    return (
      words.length >= MIN_CLAUSE_WORDS &&
      /^\p{Ll}/u.test(opening?.text ?? '') &&
      !subordinate &&
      prev !== undefined &&
      /^\s*,\s*$/u.test(text.slice(prev.end, span.open)) &&
      onlyClauseEnd(text.slice(span.close + 1, end))
    );
  }

  /** Reported speech: kept when its speaker is known (a continuation takes the last reported speaker). */
  private readonly frameSpeakers = new Map<ReportedFrame, Resolved | null>();

  /** Who a reported-speech frame names, resolved once (a continuation takes the last reported speaker). */
  private frameSpeaker(frame: ReportedFrame): {
    resolved: Resolved | null;
    attribution: Quote['attribution'];
  } {
    const cached = this.frameSpeakers.get(frame);
    let resolved: Resolved | null = null;
    let attribution: Quote['attribution'] = null;
    if (frame.speaker === 'previous') {
      const last = this.lastReported;
      if (cached !== undefined) resolved = cached;
      else if (last && frame.sentence - last.sentence <= 1) resolved = last.resolved;
      // Right after a direct quote's sentence ("„…“, sagte X der Zeitung. Der Steuersatz liege …"): its speaker.
      else if (this.lastSpeaker?.sentence === frame.sentence - 1) resolved = this.lastSpeaker.resolved;
      attribution = 'continuation';
    } else if (frame.speaker !== null) {
      // A sentence adverb read as the subject ("Offiziell sagt die Regierung"): the phrase after the verb.
      const phrase =
        frame.cue === 'source' || this.plausible(frame.speaker) ? frame.speaker : frame.alternative;
      if (phrase) {
        resolved = cached !== undefined ? cached : this.resolvePhrase(phrase, frame.sentence);
        attribution = phrase.kind === 'pronoun' ? 'pronoun' : frame.cue === 'source' ? 'marker' : 'verb';
      }
    }
    this.frameSpeakers.set(frame, resolved);
    if (resolved) this.lastReported = { resolved, sentence: frame.sentence };
    else if (frame.sentence !== this.lastReported?.sentence) this.lastReported = null;
    return { resolved, attribution };
  }

  private indirect(frame: ReportedFrame): void {
    const { article } = this.input.ctx;
    const { resolved, attribution } = this.frameSpeaker(frame);
    if (!resolved || frame.quoted) return;
    // A source's report about someone else ("Nach Angaben der Polizei war er zu schnell"): a pronoun after it stands
    // for that one, not the source ("Er sagte: „…“"); the source is no speaker to carry on, the pronoun's person is.
    const about = frame.cue === 'source' ? this.personPronounIn(frame.start, frame.end) : undefined;
    if (about === undefined) this.record(resolved, frame.sentence);
    else {
      const person = this.resolvePhrase({ kind: 'pronoun', at: about }, frame.sentence);
      if (person) this.record(person, frame.sentence);
    }
    this.out.push({
      text: article.text.slice(frame.start, frame.end),
      speaker: resolved.speaker,
      ...(resolved.role !== undefined ? { role: resolved.role } : {}),
      attribution,
      article: article.id,
      start: frame.start,
      end: frame.end,
      kind: 'indirect',
    });
  }

  /**
   * Whether a reported-speech speaker is plausible: a single capitalised word at a sentence start ("Kaum",
   * "Offiziell") only when it is a recognised person or written capitalised elsewhere in the text too.
   */
  private plausible(p: SpeakerPhrase): boolean {
    if (p.kind !== 'name' || p.words.length > 1 || this.input.keyOf(p.words) !== undefined) return true;
    if (this.input.persons.some((m) => m.start <= p.at && m.end > p.at)) return true;
    const { ctx } = this.input;
    const i = wordIndexAt(ctx.words, p.at);
    if (
      !breakBefore(ctx, i) ||
      // A sentence start also after a quotation that ends the sentence before ("… months.“ Sinngemäß hofft …").
      !/[.!?:][“”"»«]?\s*$|^\s*$/u.test(ctx.article.text.slice(ctx.words[i - 1]?.end ?? 0, p.at))
    )
      return this.personish(p, true);
    const word = p.words[0] ?? '';
    return ctx.words.some((w, k) => k !== i && w.text === word && !breakBefore(ctx, k));
  }

  private frames: readonly ReportedFrame[] = [];

  /**
   * A paragraph of a quotation that runs on into the next one (no closing mark: see `quoteSpans`) is said by whom the
   * next paragraph's quotation is given to: the speaker of a quotation over several paragraphs is named at its end
   * ('"… cured. ¶ "However, … patients," said Morris.'). Taken from the last paragraph back, so a chain of them gets
   * the one speaker; only where the paragraph's own sentence named no one.
   */
  private runOnSpeakers(): void {
    const { text } = this.input.ctx.article;
    const direct = this.out
      .map((q, at) => ({ q, at }))
      .filter(({ q }) => q.kind === undefined)
      .sort((x, y) => x.q.start - y.q.start);
    // The quote of `entry` takes the speaker of `donor` when it names none and the text between them, from `from`
    // to `to`, runs the quotation on.
    const inherit = (entry: { q: Quote; at: number }, donor: Quote, from: number, to: number): void => {
      const { q } = entry;
      if (q.speaker !== null || donor.speaker === null || to <= from) return;
      if (!runsOn(text.slice(from, to))) return;
      entry.q = {
        ...q,
        speaker: donor.speaker,
        ...(donor.role !== undefined ? { role: donor.role } : {}),
        attribution: 'continuation',
      };
      this.out[entry.at] = entry.q;
    };
    for (let k = direct.length - 2; k >= 0; k--) {
      const entry = direct[k] as { q: Quote; at: number };
      const next = (direct[k + 1] as { q: Quote }).q;
      inherit(entry, next, entry.q.end, next.start);
    }
    // Then forward: a quotation whose speaker is named before it, at its start ("In seiner Rede sagte X: ¶ „… ¶ „… ¶
    // „…“"), gives that speaker to the paragraphs it runs on into that named no one.
    for (let k = 1; k < direct.length; k++) {
      const entry = direct[k] as { q: Quote; at: number };
      const before = (direct[k - 1] as { q: Quote }).q;
      inherit(entry, before, before.end, entry.q.start);
    }
  }

  quotes(): QuoteResult {
    const frames = reportedFrames(this.input.ctx, this.spans);
    this.frames = frames;
    const events = [
      ...this.spans.map((span) => ({ at: span.open, run: () => this.direct(span) })),
      ...frames.map((frame) => ({ at: frame.start, run: () => this.indirect(frame) })),
    ].sort((x, y) => x.at - y.at);
    for (const e of events) e.run();
    this.runOnSpeakers();
    // Direct quotes first, then reported speech, each in text order.
    const quotes = [
      ...this.out.filter((q) => q.kind === undefined),
      ...this.out.filter((q) => q.kind === 'indirect'),
    ];
    return { quotes, speakers: this.speakerWords };
  }
}

/**
 * Quotes of one article with their speakers: a verb pattern or marker in the sentence ("sagte X", "so X",
 * "X forderte"); a pronoun resolved to the previous sentence's speaker or the nearest person before it; a quote
 * that is a whole sentence, or reported speech ("bedeute", "hoffe"), continuing the previous sentence's speaker.
 * Anything else keeps `speaker: null`.
 */
export function findQuotes(input: QuoteInput): QuoteResult {
  return new ArticleQuotes(input).quotes();
}
