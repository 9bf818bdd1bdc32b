import { mostFrequent } from '../core/most-frequent.js';
import type { AnalysedArticle } from '../core/types.js';
import { isTitleWord, type ArticleContext } from './context.js';
import { FAMILY_FIRST, KNOWN_NAMES, knownWord } from './gazetteer-index.js';
import { Lexicon, type EntityRule, type LexiconEntry, type RawMention } from './lexicon.js';
import {
  adjectiveNames,
  ambiguousPlaces,
  knownPersonWords,
  ruleOrganisations,
  streetPlaces,
  tableEntries,
  type TaggedName,
} from './name-rules.js';
import { editDistance, genitiveBase, nameKey } from './names.js';
import { personAliases, sameEnds } from './name-aliases.js';
import { acronymNames } from './acronym-names.js';
import { coordinatedNames } from './coordinated-names.js';
import { genitiveNames } from './genitive-names.js';
import { loneFirstNames, relativeNames } from './lone-names.js';
import { sharedFamilyNames, type SharedFamilyKept } from './shared-family.js';
import { subjectNames } from './subject-names.js';
import { clubNames, organisationSeeds, teamNames } from './organisations.js';
import {
  continuedName,
  givenNameBefore,
  insideQuotedName,
  notAnEntity,
  placeInLongerName,
} from './mention-filters.js';
import { commonNounWord, personSeeds, type NameSeed } from './persons.js';
import {
  capitalPlaces,
  discoveredPlaces,
  districtPlaces,
  placeCandidates,
  type PlaceCandidate,
} from './places.js';
import type { Entity, EntityMention, EntityType } from './types.js';
import type { EntityRules } from '../lang/index.js';
import { contextNames } from './context-names.js';
import { opensSentence, repeatedNames } from './repeated-names.js';
import { isCapitalised, isNameWord, SENTENCE_OPENING, type Word } from './words.js';
import { keptPer, keptPrefix, mapped, objects, refill } from '../core/kept.js';
import { listHas, listSet } from './table-lookup.js';

export interface RecognisedEntities {
  readonly entities: readonly Entity[];
  /** Every mention with its entity key, per article index, in text order. */
  readonly mentions: readonly RawMention[];
  /** Canonical name per entity key. */
  readonly names: ReadonlyMap<string, string>;
  /** The entity key a name (as written, one or more words) stands for, if known. */
  keyOf(words: readonly string[]): string | undefined;
}

/**
 * `nameKey`, remembered: a story's briefs key the same names again and again. Pure, so the same keys; forgotten
 * whole past `KEPT_KEYS` names (a long-running process briefs many stories).
 */
const keyOfName = new Map<string, string>();
const KEPT_KEYS = 100_000;

function nameKeyOf(name: string): string {
  let key = keyOfName.get(name);
  if (key === undefined) {
    if (keyOfName.size >= KEPT_KEYS) keyOfName.clear();
    key = nameKey(name);
    keyOfName.set(name, key);
  }
  return key;
}

const personKey = (words: readonly string[]): string => `person:${nameKeyOf(words.join(' '))}`;

/** What the name rules find in one article on its own (the seeds of the story's lexicon). */
export interface ArticleSeeds {
  /** The article's index in the story the seeds were found at (they name it). */
  readonly index: number;
  readonly persons: readonly NameSeed[];
  readonly knownPersons: readonly string[];
  readonly streets: readonly (readonly string[])[];
  readonly ambiguous: readonly string[];
  readonly organisations: readonly TaggedName[];
  readonly organisationNames: readonly TaggedName[];
  /** Sports teams by city and plural ("Chicago Bulls"). */
  readonly teams: readonly TaggedName[];
  /** Places in capitals ("BOCHUM") and city districts ("Berlin-Charlottenburg"). */
  readonly placeForms: readonly TaggedName[];
  readonly adjectiveOrganisations: readonly (readonly string[])[];
  readonly adjectivePlaces: readonly (readonly string[])[];
  readonly places: readonly PlaceCandidate[];
  /** The article's words written in lower case (a capitalised one of them elsewhere is a noun, not a name). */
  readonly lowerWords: readonly string[];
  /** The article's capitalised words that stand somewhere other than at a sentence's start. */
  readonly midSentence: readonly string[];
}

/** Seeds per article, kept between briefs of a growing story (keyed by the article object). */
export type SeedMemo = Map<AnalysedArticle, ArticleSeeds>;

/**
 * An article's mentions as scans of the story's lexicon found them, each with the scan pass it was made in (the
 * pass holds the lexicon's entries at every word the article looks up): a lexicon with the same entries at those
 * words finds the same mentions, one that differs at some finds them again at those words only.
 */
interface KeptScans {
  /** The words the scan looks up (`Lexicon.lookups`), as ids of the memo's words (`ScanIds`). */
  readonly lookups: Int32Array;
  /** For each word of the article, the ids of the word as written and of its genitive base. */
  readonly wordLookups: Int32Array;
  scans: { readonly index: number; readonly pass: ScanPass; readonly mentions: RawMention[] }[];
}

/** Lexicon scans per article, kept between briefs of a growing story (the last four: two per recognition). */
export type ScanMemo = Map<AnalysedArticle, KeptScans>;

const KEPT_SCANS = 4;

/** Ids of the words looked up and of the signatures met with one scan memo (equal ids: equal strings). */
interface ScanIds {
  readonly words: string[];
  readonly wordIds: Map<string, number>;
  readonly signatureIds: Map<string, number>;
  /** The articles (their kept scans) that look up each word, by word id. */
  readonly lookedUpBy: KeptScans[][];
}

const idsOf = new WeakMap<ScanMemo, ScanIds>();

/** The id of `value` in `ids` (a new one when it has none). */
function idOf(ids: Map<string, number>, value: string): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ids.size));
  return id;
}

/** The words whose entries differ between two scan passes, and the articles that look any of them up. */
interface PassChange {
  readonly words: ReadonlySet<number>;
  readonly articles: ReadonlySet<KeptScans>;
}

/**
 * The signature ids of the lexicon as it is during one scan of the story's articles (the lexicon unchanged
 * meanwhile): each word's looked up once. A pass that kept scans were made in keeps the signatures of every word
 * those articles look up.
 */
class ScanPass {
  private sigs = new Int32Array(0);
  private readonly changes = new WeakMap<ScanPass, PassChange>();

  /** The lexicon while the pass lasts (let go at its end: kept passes hold only their signatures). */
  private lexicon: Lexicon | undefined;

  constructor(lexicon: Lexicon) {
    this.lexicon = lexicon;
  }

  /** The lexicon is about to change (or the recognition is done): the pass looks up no more signatures. */
  end(): void {
    this.lexicon = undefined;
  }

  signature(ids: ScanIds, word: number): number {
    if (word >= this.sigs.length) {
      const grown = new Int32Array(Math.max(2 * this.sigs.length, ids.words.length, 1024)).fill(-1);
      grown.set(this.sigs);
      this.sigs = grown;
    }
    let sig = this.sigs[word] as number;
    if (sig < 0) {
      if (this.lexicon === undefined) throw new Error('a scan pass used after its end');
      sig = idOf(ids.signatureIds, this.lexicon.signature(ids.words[word] as string));
      this.sigs[word] = sig;
    }
    return sig;
  }

  /** The words `old` looked up whose signatures differ in this pass, and the articles looking them up (once per pair). */
  changeFrom(ids: ScanIds, old: ScanPass): PassChange {
    let change = this.changes.get(old);
    if (change === undefined) {
      const words = new Set<number>();
      const articles = new Set<KeptScans>();
      const before = old.sigs;
      for (let w = 0; w < before.length; w++) {
        const sig = before[w] as number;
        if (sig < 0 || this.signature(ids, w) === sig) continue;
        words.add(w);
        for (const kept of ids.lookedUpBy[w] ?? []) articles.add(kept);
      }
      change = { words, articles };
      this.changes.set(old, change);
    }
    return change;
  }
}

/**
 * `lexicon.scan(ctx)`, from `memo`: a kept scan at the same index whose pass has the same entries at every word the
 * article looks up, else the kept scan at the same index whose pass differs at the fewest words, scanned again at
 * those words (`Lexicon.rescan`), else a fresh scan.
 */
function scanArticle(
  ctx: ArticleContext,
  memo: ScanMemo | undefined,
  pass: ScanPass,
  lexicon: Lexicon,
): RawMention[] {
  if (memo === undefined) return lexicon.scan(ctx);
  let ids = idsOf.get(memo);
  if (ids === undefined)
    idsOf.set(memo, (ids = { words: [], wordIds: new Map(), signatureIds: new Map(), lookedUpBy: [] }));
  const known = ids;
  const idOfWord = (w: string): number => {
    const before = known.wordIds.size;
    const id = idOf(known.wordIds, w);
    if (id === before) known.words.push(w);
    return id;
  };
  let kept = memo.get(ctx.article);
  if (kept === undefined) {
    // Filled by index: `Int32Array.from` with a mapping function allocates per item.
    const looked = Lexicon.lookups(ctx.words);
    const lookups = new Int32Array(looked.length);
    for (let i = 0; i < looked.length; i++) lookups[i] = idOfWord(looked[i] as string);
    const wordLookups = new Int32Array(2 * ctx.words.length);
    ctx.words.forEach((w, i) => {
      wordLookups[2 * i] = idOfWord(w.text);
      wordLookups[2 * i + 1] = idOfWord(genitiveBase(w.text) ?? '');
    });
    const made: KeptScans = { lookups, wordLookups, scans: [] };
    for (const w of lookups) (known.lookedUpBy[w] ??= []).push(made);
    kept = made;
    memo.set(ctx.article, kept);
  }
  let base: { mentions: RawMention[]; words: ReadonlySet<number> } | undefined;
  for (const scan of kept.scans) {
    if (scan.index !== ctx.index) continue;
    const change = pass.changeFrom(known, scan.pass);
    if (!change.articles.has(kept)) return scan.mentions;
    if (base === undefined || change.words.size < base.words.size)
      base = { mentions: scan.mentions, words: change.words };
  }
  let mentions: RawMention[];
  if (base === undefined) mentions = lexicon.scan(ctx);
  else {
    const { wordLookups } = kept;
    const changed = new Uint8Array(ctx.words.length);
    for (let i = 0; i < changed.length; i++)
      if (base.words.has(wordLookups[2 * i] as number) || base.words.has(wordLookups[2 * i + 1] as number))
        changed[i] = 1;
    mentions = lexicon.rescan(ctx, base.mentions, changed);
  }
  // The pass holds the entries at every word the article looks up (for later passes to compare with).
  for (const w of kept.lookups) pass.signature(known, w);
  kept.scans = [{ index: ctx.index, pass, mentions }, ...kept.scans].slice(0, KEPT_SCANS);
  return mentions;
}

/** Capitalised words of one article not at a sentence's start (the first word, or after a sentence's end). */
function midSentenceWords(ctx: ArticleContext): string[] {
  const { words, article } = ctx;
  const out = new Set<string>();
  words.forEach((w, i) => {
    const prev = words[i - 1];
    if (prev === undefined || !isCapitalised(w.text)) return;
    if (!SENTENCE_OPENING.test(article.text.slice(prev.end, w.start))) out.add(w.text);
  });
  return [...out];
}

/** The seeds of each article, from `memo` when found at the same index (and put there when not). */
export function storySeeds(ctxs: readonly ArticleContext[], memo?: SeedMemo): ArticleSeeds[] {
  return ctxs.map((ctx) => {
    const kept = memo?.get(ctx.article);
    if (kept !== undefined && kept.index === ctx.index) return kept;
    const adjective = adjectiveNames(ctx);
    const found: ArticleSeeds = {
      index: ctx.index,
      persons: [
        ...personSeeds(ctx),
        ...genitiveNames(ctx),
        ...loneFirstNames(ctx),
        ...relativeNames(ctx),
        ...subjectNames(ctx),
        ...repeatedNames(ctx),
        ...contextNames(ctx),
      ],
      knownPersons: knownPersonWords(ctx),
      streets: streetPlaces(ctx),
      ambiguous: ambiguousPlaces(ctx),
      organisations: ruleOrganisations(ctx),
      organisationNames: [...acronymNames(ctx), ...organisationSeeds(ctx)],
      teams: [...teamNames(ctx), ...clubNames(ctx)],
      placeForms: [...capitalPlaces(ctx), ...districtPlaces(ctx)],
      adjectiveOrganisations: adjective.organisations,
      adjectivePlaces: adjective.places,
      lowerWords: [...new Set(ctx.words.filter((w) => w.text === w.lower).map((w) => w.lower))],
      midSentence: midSentenceWords(ctx),
      places: placeCandidates(ctx),
    };
    memo?.set(ctx.article, found);
    return found;
  });
}

/** The word of a full name that stands alone for it: the family name (first for Korean/Chinese names, else last). */
const shortWord = (words: readonly string[]): string =>
  (FAMILY_FIRST.has(words[0] ?? '') ? words[0] : words[words.length - 1]) ?? '';

/** A first word inflected like an adjective ("Arabische Medien", "Unabhängige Experten", "Auswärtige Amt"). */
const ADJECTIVE_SHAPED = /(?:e|en|er|es|em)$/u;

/** A lower-case inflected word: an article, possessive or adjective ("der", "dessen", "russische", "größere"). */
const INFLECTED = /^\p{Ll}+(?:e|en|er|em|es)$/u;

/** The words of each article that stand right after an inflected word, kept per word list and its rule sets. */
const inflectedFollowers = new WeakMap<
  ArticleContext['words'],
  { readonly sets: ArticleContext['sets']; readonly words: ReadonlySet<string> }
>();

/**
 * The words (as written) that stand right after an article, possessive or inflected adjective in an article ("laut
 * der Website", "dessen Rücktritt", "größere Zweifel", "Der Veranstalter"): common nouns there, no one's name alone. A verb of saying
 * in -en ("sagen", "erklärten") is no such word before them. Found once per article's word list.
 */
function wordsAfterInflected(ctx: ArticleContext): ReadonlySet<string> {
  const kept = inflectedFollowers.get(ctx.words);
  if (kept !== undefined && kept.sets === ctx.sets) return kept.words;
  const words = new Set<string>();
  ctx.words.forEach((w, i) => {
    const prev = ctx.words[i - 1];
    if (
      w.tightBefore &&
      prev !== undefined &&
      // An article opening a sentence is capitalised ("Der Veranstalter empfahl …"; not "Auch Müller …").
      (INFLECTED.test(prev.text) ||
        (ctx.sets.names.articles.has(prev.lower) && INFLECTED.test(prev.lower))) &&
      !ctx.sets.quoteVerbs.has(prev.lower)
    )
      words.add(w.text);
  });
  inflectedFollowers.set(ctx.words, { sets: ctx.sets, words });
  return words;
}

/** The words (as written) that stand right after an article of the language ("der Daily Star", "Die Zeitung"). */
const articleFollowers = new WeakMap<ArticleContext['words'], ReadonlySet<string>>();

function wordsAfterArticle(ctx: ArticleContext): ReadonlySet<string> {
  let words = articleFollowers.get(ctx.words);
  if (words === undefined) {
    const found = new Set<string>();
    const nounArticles = listSet(ctx.rules.entities.nounArticles ?? []);
    ctx.words.forEach((w, i) => {
      const prev = ctx.words[i - 1];
      // An inflected determiner ("der", "einem", "the"; not "nun", "auch"), or an article no name follows ("das").
      if (
        w.tightBefore &&
        prev &&
        (inflectedArticle(ctx, prev.lower) || nounArticleBefore(ctx, i, nounArticles))
      )
        found.add(w.text);
    });
    words = found;
    articleFollowers.set(ctx.words, words);
  }
  return words;
}

/**
 * Whether the word at `i` stands after one of the `nounArticles` ("das Erdöl") and opens no longer name: "das
 * Montauk Blue Hotel" names the hotel, not the town.
 */
function nounArticleBefore(ctx: ArticleContext, i: number, nounArticles: ReadonlySet<string>): boolean {
  const prev = ctx.words[i - 1];
  if (prev === undefined || !nounArticles.has(prev.lower)) return false;
  const next = ctx.words[i + 1];
  return !(next?.tightBefore === true && isCapitalised(next.text));
}

/** An inflected determiner ("der", "einem"; not "nun", "auch"). */
const inflectedArticle = (ctx: ArticleContext, lower: string): boolean =>
  ctx.sets.names.articles.has(lower) && INFLECTED.test(lower);

/** The words (as written) that stand right after an inflected article or one fused with a preposition ("im"). */
const determinerFollowers = new WeakMap<ArticleContext['words'], ReadonlySet<string>>();

function wordsAfterDeterminer(ctx: ArticleContext): ReadonlySet<string> {
  let words = determinerFollowers.get(ctx.words);
  if (words === undefined) {
    const found = new Set<string>();
    const contractions = new Set(ctx.rules.entities.articleContractions ?? []);
    const nounArticles = listSet(ctx.rules.entities.nounArticles ?? []);
    ctx.words.forEach((w, i) => {
      const prev = ctx.words[i - 1];
      if (
        w.tightBefore &&
        prev &&
        (contractions.has(prev.lower) ||
          inflectedArticle(ctx, prev.lower) ||
          nounArticleBefore(ctx, i, nounArticles))
      )
        found.add(w.text);
    });
    words = found;
    determinerFollowers.set(ctx.words, words);
  }
  return words;
}

/**
 * Whether a word the place rules discovered stands right after a determiner somewhere in the story ("nach dem
 * Brexit", "im Eiltempo", "im Bulletin"): a common noun, as a town's name stands without one. Not a word ending
 * like a landscape or a place's part, which takes one ("im Stubaital", "im Ostallgäu").
 */
function nounAfterDeterminer(ctxs: readonly ArticleContext[], word: string): boolean {
  return ctxs.some(
    (ctx) =>
      !ctx.nouns.placePart.test(word.toLowerCase()) &&
      ctx.rules.entities.nounsCapitalised === true &&
      wordsAfterDeterminer(ctx).has(word),
  );
}

/** A word in capitals, digits and hyphens with two capitals at least ("DFG-VK", "G7"). */
const ACRONYM_SHAPED = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d-]+$/u;

/** The language's sentence openers (adverbs, pronouns: "dennoch", "indes"), lower-case, as a set per table. */
const openerWords = keptPer(
  (rules: ArticleContext['rules']): ReadonlySet<string> => new Set(rules.entities.sentenceOpeners ?? []),
);

/** A capitalised dative plural in -ern ("Beobachtern", "Spruchbändern"; not "Stern", "Kern"). */
const DATIVE_PLURAL = /^\p{Lu}\p{Ll}{4,}ern$/u;

/** Whether a lower-case word ends in a common noun of six letters or more after two or more letters. */
function longNounEnd(lower: string, ctx: ArticleContext): boolean {
  for (let k = 2; lower.length - k >= 6; k++) if (ctx.commonNouns.has(lower.slice(k))) return true;
  return false;
}

/** Whether any of the sets holds the word. */
function inAny(sets: readonly ReadonlySet<string>[], word: string): boolean {
  for (let i = 0; i < sets.length; i++) if ((sets[i] as ReadonlySet<string>).has(word)) return true;
  return false;
}

/**
 * What the story's words say of a speaker's words, each question asked once per word (a story's speakers repeat the
 * same few names). A class, not closures made per call: a closure made per call loses its optimised code at every
 * major collection, and the code V8 had optimised for the recognition, this inlined, was thrown away ("insufficient
 * type feedback") at the first update after a full brief (session 25).
 */
class SpeakerWords {
  /** Whether a word is written in lower case somewhere in the story (each article's such words kept as a set). */
  private readonly lower = new Map<string, boolean>();
  /** Whether a word is capitalised mid-sentence somewhere in the story. */
  private readonly mid = new Map<string, boolean>();
  private readonly lowerSets: readonly ReadonlySet<string>[];
  private readonly midSets: readonly ReadonlySet<string>[];
  private followers: readonly ReadonlySet<string>[] | undefined;
  private articleFollowers: readonly ReadonlySet<string>[] | undefined;

  constructor(
    private readonly ctxs: readonly ArticleContext[],
    seeds: readonly ArticleSeeds[],
    private readonly ctx: ArticleContext,
  ) {
    // kept per list: an article's seeds live between briefs
    this.lowerSets = mapped(seeds, lowerWordSet);
    this.midSets = mapped(seeds, midSentenceSet);
  }

  private lowerSomewhere(word: string): boolean {
    let found = this.lower.get(word);
    if (found === undefined) {
      found = inAny(this.lowerSets, word);
      this.lower.set(word, found);
    }
    return found;
  }

  private common(word: string): boolean {
    return this.lowerSomewhere(word.toLowerCase()) || commonNounWord(word, this.ctx);
  }

  private midSomewhere(word: string): boolean {
    let found = this.mid.get(word);
    if (found === undefined) {
      found = inAny(this.midSets, word);
      this.mid.set(word, found);
    }
    return found;
  }

  /** Whether a word stands after an inflected word somewhere in the story (each article's such words found once). */
  private afterInflected(word: string): boolean {
    return inAny((this.followers ??= mapped(this.ctxs, wordsAfterInflected)), word);
  }

  private afterArticle(word: string): boolean {
    return inAny((this.articleFollowers ??= mapped(this.ctxs, wordsAfterArticle)), word);
  }

  /** Whether a speaker's words (named only by a verb pattern) look like a person's name. */
  isName(words: readonly string[]): boolean {
    const { ctx } = this;
    const first = words[0] ?? '';
    // Capitals, digits and hyphens ("DFG-VK"): an organisation's acronym, no person.
    let acronym = true;
    for (const w of words)
      if (!ACRONYM_SHAPED.test(w)) {
        acronym = false;
        break;
      }
    if (acronym) return false;
    if (words.length > 1 && ADJECTIVE_SHAPED.test(first) && !ctx.sets.firstNames.has(first)) return false;
    // A lone word capitalised only where a sentence starts ("Genau hier …", "Gerade deshalb …") may be any word.
    if (words.length === 1 && !this.midSomewhere(first)) return false;
    if (words.length === 1 && this.afterInflected(first)) return false;
    // A word sentences open with ("Indes soll …", "Dennoch", "Bald"), capitalised mid-sentence after a heading.
    if (words.length === 1 && openerWords(ctx.rules).has(first.toLowerCase())) return false;
    // After an article a name is a newspaper's, a club's or a company's ("zitierte der Daily Star"), no person's.
    if (words.length > 1 && this.afterArticle(first) && !ctx.sets.firstNames.has(first)) return false;
    // A dative plural ("nach Angaben von Beobachtern", "auf Spruchbändern") or a compound ending in a common noun of
    // six letters or more ("laut Abschlussbericht", "von Oppositionspolitikern"): a noun after a source preposition.
    if (words.length === 1 && (DATIVE_PLURAL.test(first) || longNounEnd(first.toLowerCase(), ctx)))
      return false;
    for (const w of words) if (this.common(w)) return false;
    return true;
  }
}

const lowerWordSet = (s: ArticleSeeds): ReadonlySet<string> => listSet(s.lowerWords);
const midSentenceSet = (s: ArticleSeeds): ReadonlySet<string> => listSet(s.midSentence);

/**
 * Speakers named only by a verb pattern ("…, sagte X") are people when their words look like a name: not a common
 * noun of the language or shaped like one, not lower-case elsewhere in the story, not an adjective and a noun.
 */
function speakerNames(
  ctxs: readonly ArticleContext[],
  seeds: readonly ArticleSeeds[],
  speakers: readonly (readonly string[])[],
): (readonly string[])[] {
  const ctx = ctxs[0];
  const out = objects<readonly string[]>();
  if (!ctx || speakers.length === 0) return out;
  const check = new SpeakerWords(ctxs, seeds, ctx);
  for (const words of speakers) if (check.isName(words)) out.push(words);
  return out;
}

/**
 * How many words of a person's name of three words or more are role nouns before a given name the tables know
 * ("Meteorologin Karla Brandt", "Floridas Gouverneur Tom Miller", "SPD-Fraktionschefin Ute Berg"): each such word is a
 * title, a common noun, a hyphenated compound or a genitive before a title, not itself a given name; two words at
 * least stay (the given name and what follows). 0 when the name does not open that way ("Hanns Martin Kessler": an
 * unknown given name is no noun).
 */
function rolesBeforeGivenName(words: readonly string[], ctx: ArticleContext): number {
  if (words.length < 3) return 0;
  const given = ctx.sets.firstNames;
  for (let g = 1; words.length - g >= 2; g++) {
    const w = words[g] as string;
    const lead = words[g - 1] as string;
    if (given.has(lead) || !isCapitalised(lead)) return 0;
    const noun = roleNoun(lead, ctx) || lead.includes('-');
    const genitiveBeforeTitle = g === 1 && lead.endsWith('s') && words.length - g >= 3;
    if (!noun && !genitiveBeforeTitle) return 0;
    if (noun && (given.has(w) || isNameWord(w))) return g;
  }
  return 0;
}

/** A feminine noun ending ("Ministerin"). */
const FEMININE_IN = /\p{Ll}{3}in$/u;

/** A title or common noun of the tables, or the feminine form of one ("Pfarrerin", "Meteorologin", "Herausgeberin"). */
function roleNoun(word: string, ctx: ArticleContext): boolean {
  // The tables' words only, not a noun by its ending alone ("Aung" ends like "Rettung").
  const title = (text: string): boolean =>
    ctx.commonNouns.has(text.toLowerCase()) ||
    isTitleWord({ start: 0, end: 0, text, lower: text.toLowerCase(), tightBefore: true }, ctx);
  if (title(word)) return true;
  if (!FEMININE_IN.test(word)) return false;
  const base = word.slice(0, -2);
  return title(base) || title(`${base}e`);
}

/** An article's one-word person names, kept per its seeds. */
const onePersons = keptPer((s: ArticleSeeds): readonly TaggedName[] =>
  s.persons.filter((n) => n.words.length === 1),
);

/** Per article's seeds: its person names of two words or more with their keys, and its lone family names. */
interface SeedPersons {
  readonly full: readonly TaggedName[];
  readonly keys: readonly string[];
  readonly lone: readonly (string | undefined)[];
}

const seedPersons = keptPer((s: ArticleSeeds): SeedPersons => {
  const full = s.persons.filter((n) => n.words.length >= 2);
  return {
    full,
    keys: full.map((n) => personKey(n.words)),
    lone: [...onePersons(s).map((n) => n.words[0]), ...s.knownPersons],
  };
});

/** An article's known persons as tagged names, kept per its seeds. */
const knownPersonNames = keptPer((s: ArticleSeeds): readonly TaggedName[] =>
  s.knownPersons.map((w) => ({ words: [w], rule: 'known-person' as const })),
);

/** A name without the role words before its given name ("Pfarrerin Anna Berg" → "Anna Berg"). */
function withoutRoles(n: TaggedName, ctx: ArticleContext | undefined): TaggedName {
  const from = ctx === undefined ? 0 : rolesBeforeGivenName(n.words, ctx);
  return from === 0 ? n : { ...n, words: n.words.slice(from) };
}

/**
 * An article's full names without their role words, kept per article's part (`seedPersons`) and the tables they
 * were cut by (`rolesBeforeGivenName` reads the language's tables only): a growing story cuts each article's once.
 */
const cutNames = new WeakMap<
  SeedPersons,
  { readonly rules: object; readonly nouns: object; readonly names: readonly TaggedName[] }
>();

function rolesCut(p: SeedPersons, ctx: ArticleContext | undefined): readonly TaggedName[] {
  if (ctx === undefined) return p.full;
  const kept = cutNames.get(p);
  if (kept !== undefined && kept.rules === ctx.rules && kept.nouns === ctx.commonNouns) return kept.names;
  const names = p.full.map((n) => withoutRoles(n, ctx));
  cutNames.set(p, { rules: ctx.rules, nouns: ctx.commonNouns, names });
  return names;
}

/**
 * Whether a speaker's words open with a word a sentence opens with and no name does (`sentenceOpeners`: "Zumal
 * Angestellte der Firma erklärten, …", "Wodurch Zeugen sagten …"): the speaker is no person's name.
 */
function opensWithOpener(words: readonly string[], ctx: ArticleContext | undefined): boolean {
  const first = words[0];
  if (ctx === undefined || first === undefined) return false;
  return listHas(ctx.rules.entities.sentenceOpeners ?? [], first.toLowerCase());
}

function fullPersonNames(
  seeds: readonly ArticleSeeds[],
  speakers: readonly (readonly string[])[],
  ctx: ArticleContext | undefined,
): TaggedName[] {
  // Each article's part is found once per seeds object (an article's seeds live between briefs).
  const per = seeds.map(seedPersons);
  const spoken = speakers.filter((words) => words.length >= 2 && !opensWithOpener(words, ctx));
  const names: TaggedName[] = [
    ...per.flatMap((p) => rolesCut(p, ctx)),
    ...spoken.map((words) => withoutRoles({ words, rule: 'speaker' as const }, ctx)),
  ];
  const nameKeys = [...per.flatMap((p) => p.keys), ...spoken.map((words) => personKey(words))];
  // Family names the story names alone ("sagte Clinton", a known person's family name in the text).
  const lone = new Set([
    ...per.flatMap((p) => p.lone),
    ...speakers.filter((words) => words.length === 1).map((words) => words[0]),
  ]);
  // "Hillary Clintons" with "Clinton" alone in the story is the genitive of "Hillary Clinton".
  const based = names.map((n, i): TaggedName => {
    const last = n.words[n.words.length - 1] ?? '';
    if (!(last.length > 3 && last.endsWith('s') && lone.has(last.slice(0, -1)))) return n;
    const words = [...n.words.slice(0, -1), last.slice(0, -1)];
    nameKeys[i] = personKey(words);
    return { ...n, words };
  });
  const keys = new Set(nameKeys);
  // "Kim Jong-uns" is the genitive of "Kim Jong-un": keep only the base.
  return based.filter((_, i) => {
    const k = nameKeys[i] as string;
    return !(k.endsWith('s') && keys.has(k.slice(0, -1)));
  });
}

/** The shared gazetteer's names, then each language table's (in the order given), as one lexicon. */
function gazetteerLexicon(tables: readonly EntityRules[]): Lexicon {
  const lexicon = Lexicon.empty();
  for (const k of KNOWN_NAMES)
    lexicon.add({ words: k.words, key: `${k.type}:${k.canonical}`, type: k.type, rule: 'gazetteer' });
  for (const rules of tables) for (const entry of tableEntries(rules)) lexicon.add(entry);
  return lexicon;
}

/** `gazetteerLexicon([rules])`, made once per language table. */
const oneTableLexicon = keptPer((rules: EntityRules) => gazetteerLexicon([rules]));

/** The gazetteer and language tables' lexicon of a story's tables (kept for a story of one language). */
function tablesLexicon(tables: readonly EntityRules[]): Lexicon {
  const [only] = tables;
  return only !== undefined && tables.length === 1 ? oneTableLexicon(only) : gazetteerLexicon(tables);
}

/** A person's name as a lexicon entry, kept per name object (a growing story's names are mostly the last brief's). */
const personEntry = keptPer(({ words, rule }: TaggedName): LexiconEntry => ({
  words,
  key: personKey(words),
  type: 'person',
  rule,
}));

function baseLexicon(
  ctxs: readonly ArticleContext[],
  seeds: readonly ArticleSeeds[],
  persons: readonly TaggedName[],
  singles: ReadonlySet<string>,
): Lexicon {
  // the persons first, then the gazetteer and the language tables (made once per tables, not per story)
  const lexicon = Lexicon.over(
    tablesLexicon([...new Set(ctxs.map((c) => c.rules.entities))]),
    persons.map(personEntry),
  );
  const personWords = new Set([...persons.flatMap((n) => n.words), ...singles]);
  const ruleNames = (names: readonly TaggedName[], type: 'place' | 'organization'): void => {
    for (const { words, rule } of names) {
      const single = words.length === 1 ? (words[0] as string) : undefined;
      if (single !== undefined && (knownWord(single) || personWords.has(single) || lexicon.has(single)))
        continue;
      lexicon.add({ words, key: `${type}:${nameKeyOf(words.join(' '))}`, type, rule });
    }
  };
  const oneWord = (word: string): string[] => [word];
  const as = (names: readonly (readonly string[])[], rule: EntityRule): TaggedName[] =>
    names.map((words) => ({ words, rule }));
  // In order of trust: the first rule to name a word keeps it.
  const found: [TaggedName[], 'place' | 'organization'][] = [
    [seeds.flatMap((s) => as(s.streets, 'street')), 'place'],
    [seeds.flatMap((s) => as(s.ambiguous.map(oneWord), 'ambiguous-place')), 'place'],
    [seeds.flatMap((s) => s.teams), 'organization'],
    [seeds.flatMap((s) => s.placeForms), 'place'],
    [seeds.flatMap((s) => s.organisations), 'organization'],
    [seeds.flatMap((s) => s.organisationNames), 'organization'],
    [seeds.flatMap((s) => as(s.adjectiveOrganisations, 'adjective-org')), 'organization'],
    [seeds.flatMap((s) => as(s.adjectivePlaces, 'adjective-place')), 'place'],
  ];
  for (const [names, type] of found) ruleNames(names, type);
  const places = discoveredPlaces(
    seeds.flatMap((s) => s.places),
    // A longer name that starts with the word ("Chicago Tribune") leaves the word alone a place.
    (w) => personWords.has(w) || lexicon.hasAlone(w) || nounAfterDeterminer(ctxs, w),
  );
  for (const place of places)
    lexicon.add({
      words: [place],
      key: `place:${nameKeyOf(place)}`,
      type: 'place',
      rule: 'discovered-place',
    });
  return lexicon;
}

/** Adds the names joined to a found one by "und"/"oder", with its type ("Siemens und Bombardier"). */
function addCoordinated(
  lexicon: Lexicon,
  ctxs: readonly ArticleContext[],
  mentions: readonly RawMention[][],
): boolean {
  let added = false;
  ctxs.forEach((ctx, a) => {
    for (const { words, type } of coordinatedNames(ctx, mentions[a] ?? [])) {
      if (words.length === 1 && lexicon.has(words[0] as string)) continue;
      const key = type === 'person' ? personKey(words) : `${type}:${nameKeyOf(words.join(' '))}`;
      lexicon.add({ words, key, type, rule: 'coordinated' });
      added = true;
    }
  });
  return added;
}

/** Adds lone family names ("Putin", "Kim") for the dominant full name they stand for. */
function addShortNames(
  lexicon: Lexicon,
  persons: readonly TaggedName[],
  singleRules: ReadonlyMap<string, EntityRule>,
  counts: Map<string, number>,
): void {
  const byShort = new Map<string, Set<string>>();
  for (const { words: name } of persons) {
    const s = nameKeyOf(shortWord(name));
    const set = byShort.get(s) ?? new Set<string>();
    set.add(personKey(name));
    byShort.set(s, set);
  }
  const surfaces = new Set([...persons.map((n) => shortWord(n.words)), ...singleRules.keys()]);
  for (const surface of surfaces) {
    if (knownWord(surface)) continue;
    const keys = [...(byShort.get(nameKeyOf(surface)) ?? [])].sort(
      (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0),
    );
    const [best, second] = keys;
    if (best === undefined) {
      const rule = singleRules.get(surface);
      if (rule !== undefined)
        lexicon.add({ words: [surface], key: personKey([surface]), type: 'person', rule });
      continue;
    }
    const third = keys[2];
    // Two forms of one name ("Randy W. Lambach", "Randy Lambach") are one person (`personAliases` joins them).
    const variants = second !== undefined && sameEnds(best, second) && third === undefined;
    if (second !== undefined && !variants && (counts.get(best) ?? 0) < 2 * (counts.get(second) ?? 0))
      continue;
    lexicon.add({ words: [surface], key: best, type: 'person', rule: 'short-name' });
  }
}

interface Tally {
  readonly key: string;
  readonly type: EntityType;
  readonly mentions: RawMention[];
}

/** A word that may be a near-spelling of a name: long, shaped like a name, not a known name. */
const fuzzyCandidate = (text: string): boolean => text.length >= 7 && isNameWord(text) && !knownWord(text);

/** The words of an article (by index) that may be near-spellings, and how often each such spelling occurs in it. */
interface FuzzyWords {
  readonly at: readonly number[];
  /** The bucket of each of them (`fuzzyBucket`). */
  readonly buckets: readonly string[];
  readonly counts: ReadonlyMap<string, number>;
}

/** A near-spelling's first letter and last three, which it shares with its name. */
const fuzzyBucket = (text: string): string => `${text[0] ?? ''}|${text.slice(-3)}`;

/** `FuzzyWords` per word list (a pure function of the words; the lists of a story's articles are kept between briefs). */
const fuzzyWordsOf = new WeakMap<readonly Word[], FuzzyWords>();

function fuzzyWords(words: readonly Word[]): FuzzyWords {
  const kept = fuzzyWordsOf.get(words);
  if (kept !== undefined) return kept;
  const at: number[] = [];
  const buckets: string[] = [];
  const counts = new Map<string, number>();
  words.forEach((w, i) => {
    // The length first: it rules out most words without a pattern.
    if (!fuzzyCandidate(w.text)) return;
    at.push(i);
    buckets.push(fuzzyBucket(w.text));
    counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
  });
  const found = { at, buckets, counts };
  fuzzyWordsOf.set(words, found);
  return found;
}

/** The words (by index) where an article's mentions begin (kept per list: a kept scan is the same list). */
const coveredWords: (mentions: readonly RawMention[]) => ReadonlySet<number> = keptPer(
  (mentions) => new Set(mentions.map((m) => m.from)),
);

/** The mentions of `list` that overlap none of `kept` in their article (`list` is short: the fuzzy ones). */
function withoutOverlaps(list: RawMention[], kept: readonly RawMention[]): RawMention[] {
  if (list.length === 0) return list;
  const articles = new Set(list.map((m) => m.article));
  const near = kept.filter((m) => articles.has(m.article));
  return list.filter((f) => !near.some((m) => m.article === f.article && m.start < f.end && f.start < m.end));
}

/**
 * "Wlodiwostok" → "Wladiwostok": an unknown long word close to a more frequent name of the story. Only the words
 * that may be near-spellings are looked at (`fuzzyWords`), and a spelling is counted across the story only when a
 * target could take it (every word of that spelling is such a word, so the count is that of every word).
 */
function fuzzyMentions(
  ctxs: readonly ArticleContext[],
  mentions: readonly (readonly RawMention[])[],
  tallies: ReadonlyMap<string, Tally>,
): RawMention[] {
  const perArticle = ctxs.map((ctx) => fuzzyWords(ctx.words));
  const wordCounts = new Map<string, number>();
  const countOf = (text: string): number => {
    let n = wordCounts.get(text);
    if (n === undefined) {
      n = 0;
      for (const f of perArticle) n += f.counts.get(text) ?? 0;
      wordCounts.set(text, n);
    }
    return n;
  };
  // The targets by first letter and last three (which a near-spelling shares), each list in tally order.
  const targets = new Map<string, { text: string; key: string; type: EntityType; count: number }[]>();
  for (const t of tallies.values()) {
    const texts = new Set(t.mentions.map((m) => m.text).filter((x) => x.length >= 7 && !x.includes(' ')));
    for (const text of texts) {
      const target = { text, key: t.key, type: t.type, count: t.mentions.length };
      const list = targets.get(fuzzyBucket(text));
      if (list === undefined) targets.set(fuzzyBucket(text), [target]);
      else list.push(target);
    }
  }
  const out: RawMention[] = [];
  ctxs.forEach((ctx, a) => {
    const { at, buckets } = perArticle[a] as FuzzyWords;
    for (let k = 0; k < at.length; k++) {
      const i = at[k] as number;
      const w = ctx.words[i] as Word;
      const list = targets.get(buckets[k] as string);
      if (list === undefined || coveredWords(mentions[a] ?? []).has(i)) continue;
      const hit = list.find(
        (t) =>
          t.text !== w.text &&
          t.text[0] === w.text[0] &&
          t.text.slice(-3) === w.text.slice(-3) &&
          t.count > countOf(w.text) &&
          editDistance(t.text, w.text, 2) <= 2,
      );
      if (hit) {
        out.push({
          key: hit.key,
          type: hit.type,
          rule: 'fuzzy',
          article: ctx.index,
          start: w.start,
          end: w.end,
          text: w.text,
          from: i,
          to: i + 1,
        });
      }
    }
  });
  return out;
}

/**
 * The public form of each found mention, kept per mention object (a growing story's kept scans hold the same
 * objects, so its briefs do not make their thousands of mentions again) while its article has the same id.
 */
const publicMentions = new WeakMap<RawMention, EntityMention>();

function publicMention(m: RawMention, article: string): EntityMention {
  const kept = publicMentions.get(m);
  if (kept !== undefined && kept.article === article) return kept;
  const made: EntityMention = { article, start: m.start, end: m.end, text: m.text };
  publicMentions.set(m, made);
  return made;
}

/** The language of the tables' canonical names (src/lang/gazetteer.ts). */
const TABLES_LANGUAGE = 'de';

/** The first known name of each entity key (made once). */
let knownKeys: Map<string, (typeof KNOWN_NAMES)[number]> | undefined;

function knownByKey(): ReadonlyMap<string, (typeof KNOWN_NAMES)[number]> {
  if (knownKeys === undefined) {
    const keys = new Map<string, (typeof KNOWN_NAMES)[number]>();
    for (const k of KNOWN_NAMES) {
      const key = `${k.type}:${k.canonical}`;
      if (!keys.has(key)) keys.set(key, k);
    }
    knownKeys = keys;
  }
  return knownKeys;
}

/** A run of white space. */
const SPACES = /\s+/u;

/**
 * The name an entity is shown by. A place or organisation the tables know is shown by their (German) name when a
 * German article of the story names it (`german`) or the story writes that name, otherwise by the name the story
 * writes most often: an English story says "Britain", not "Großbritannien". An unknown one by the form that is its key; a
 * person by the longest, then most frequent, form.
 */
function canonicalName(t: Tally, german: (article: number) => boolean): string {
  if (t.type !== 'person') {
    const canonical = t.key.slice(t.key.indexOf(':') + 1);
    const known = knownByKey().get(t.key);
    if (known) {
      if (t.mentions.some((m) => german(m.article) || m.text === known.canonical)) return known.canonical;
      return mostFrequent(t.mentions.map((m) => m.text)) ?? known.canonical;
    }
    return t.mentions.find((m) => nameKeyOf(m.text) === canonical)?.text ?? t.mentions[0]?.text ?? canonical;
  }
  const counts = new Map<string, number>();
  for (const m of t.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const words = (s: string): number => s.split(SPACES).length;
  // A full name before the family name alone; of the full names, the one written most often ("Ross Ulbricht" 32
  // times, not "Ross William Ulbricht" once), at a tie the longer.
  const full = (s: string): number => Math.min(words(s), 2);
  return (
    [...counts].sort((a, b) => full(b[0]) - full(a[0]) || b[1] - a[1] || words(b[0]) - words(a[0]))[0]?.[0] ??
    ''
  );
}

/**
 * What a recognition's lexicon is made of besides the story's articles and seeds: its person names as the lexicon
 * keeps them (each key and words once, with the rule of the first) and its one-word names with their rules, in order.
 * Two recognitions of the same articles and seeds with the same inputs find the same mentions.
 */
interface RecognitionInputs {
  readonly persons: string;
  readonly singles: string;
}

const inputsOf = new WeakMap<RecognisedEntities, () => RecognitionInputs>();

/**
 * The mentions of one article's scan that are entities (see `notAnEntity`), kept per list: a growing story's kept
 * scans give the same list of the same article again.
 */
const entityMentions = new WeakMap<readonly RawMention[], readonly RawMention[]>();

function entitiesOf(ctxs: readonly ArticleContext[], list: readonly RawMention[]): readonly RawMention[] {
  let kept = entityMentions.get(list);
  if (kept === undefined) {
    const starts = new Set(list.map((m) => m.from));
    const ends = new Set(list.filter((m) => m.type === 'organization').map((m) => m.to - 1));
    const personEnds = new Set(list.filter((m) => m.type === 'person').map((m) => m.to - 1));
    // An organisation's mention a place right after it ends ("die Diakonie Lindenau", "am Imperial College London"):
    // the place is the last word of the organisation's name, which takes it in (GermEval spans the whole name).
    const orgByEnd = new Map(list.filter((m) => m.type === 'organization').map((m) => [m.to - 1, m]));
    const grown = new Map<RawMention, RawMention>();
    kept = list
      .filter((m) => {
        const ctx = ctxs[m.article] as ArticleContext;
        if (notAnEntity(ctx, m)) return false;
        if (placeInLongerName(ctx, m, ends, personEnds)) {
          const org = orgByEnd.get(m.from - 1);
          if (org !== undefined) grown.set(org, m);
          return false;
        }
        return !continuedName(ctx, m, starts) && !insideQuotedName(ctx, m);
      })
      .map((m) => {
        const place = grown.get(m);
        if (place === undefined) return m;
        const text = (ctxs[m.article] as ArticleContext).article.text.slice(m.start, place.end);
        return { ...m, end: place.end, to: place.to, text };
      });
    entityMentions.set(list, kept);
  }
  return kept;
}

/** A hyphen at a line's end left before a space inside a compound name ("Baden- Württemberg"). */
const BROKEN_HYPHEN = '- ';

/**
 * A one-word mention and the word before or after it that a hyphen and a space part, when their joined form is one
 * name of the lexicon, are that one name ("Baden- Württemberg": a word broken at a
 * line's end in the source); a mention of the other word is taken into it. The same list when there are none.
 */
function joinBrokenNames(
  ctxs: readonly ArticleContext[],
  list: readonly RawMention[],
  lexicon: Lexicon,
): readonly RawMention[] {
  // Whether a one-word mention of the list touches a broken hyphen depends on the list alone (kept per list: a
  // growing story's kept scans give the same list again); only then is the lexicon asked.
  let broken = brokenHyphens.get(list);
  if (broken === undefined) {
    broken = list.some(
      (m) => m.to - m.from === 1 && brokenSides(ctxs[m.article] as ArticleContext, m).length > 0,
    );
    brokenHyphens.set(list, broken);
  }
  if (!broken) return list;
  let out: RawMention[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const m = list[i] as RawMention;
    const joined =
      m.to - m.from === 1 ? brokenName(ctxs[m.article] as ArticleContext, m, lexicon) : undefined;
    if (joined === undefined) {
      out?.push(m);
      continue;
    }
    out ??= list.slice(0, i);
    // A mention of the word before is the joined name's first part; one of the word after, its second.
    while (out.length > 0 && (out[out.length - 1] as RawMention).to > joined.from) out.pop();
    out.push(joined);
    while (i + 1 < list.length && (list[i + 1] as RawMention).from < joined.to) i++;
  }
  return out ?? list;
}

/**
 * The list with each one-word person mention after its given name, that the tables do not know, widened to take it
 * in (`givenNameBefore`: "Ilan Varon", "Dorin Vasile"); the same list when there is none.
 */
function withGivenNames(ctxs: readonly ArticleContext[], list: readonly RawMention[]): readonly RawMention[] {
  let kept = givenNamed.get(list);
  if (kept === undefined) {
    kept = givenNamesOf(ctxs, list);
    givenNamed.set(list, kept);
  }
  return kept;
}

/** `withGivenNames` of one list, kept per list (it reads the list and its article's words only). */
const givenNamed = new WeakMap<readonly RawMention[], readonly RawMention[]>();

function givenNamesOf(ctxs: readonly ArticleContext[], list: readonly RawMention[]): readonly RawMention[] {
  let out: RawMention[] | undefined;
  let ends: ReadonlySet<number> | undefined;
  let named: ReadonlySet<string> | undefined;
  for (let i = 0; i < list.length; i++) {
    const m = list[i] as RawMention;
    const ctx = ctxs[m.article] as ArticleContext;
    if (m.type === 'person' && m.to - m.from === 1) {
      ends ??= new Set(list.map((n) => n.to - 1));
      // A person the story names in full has its given name there: a word opening the sentence before the family
      // name alone is no given name ("Giannis Antetokounmpo" … "Hält Antetokounmpo den Ball, …").
      named ??= new Set(list.filter((n) => n.type === 'person' && n.to - n.from > 1).map((n) => n.key));
      if (!(named.has(m.key) && opensSentence(ctx, m.from - 1)) && givenNameBefore(ctx, m, ends)) {
        const given = ctx.words[m.from - 1] as Word;
        out ??= list.slice(0, i);
        out.push({
          ...m,
          start: given.start,
          text: ctx.article.text.slice(given.start, m.end),
          from: m.from - 1,
        });
        continue;
      }
    }
    out?.push(m);
  }
  return out ?? list;
}

/** Whether a one-word mention of a list touches a broken hyphen, kept per list (see `joinBrokenNames`). */
const brokenHyphens = new WeakMap<readonly RawMention[], boolean>();

/** The word ranges a broken hyphen before or after a one-word mention makes with it (none, mostly). */
function brokenSides(ctx: ArticleContext, m: RawMention): [number, number][] {
  const { words } = ctx;
  const text = ctx.article.text;
  const before = words[m.from - 1];
  const after = words[m.to];
  const sides: [number, number][] = [];
  if (before !== undefined && text.slice(before.end, m.start) === BROKEN_HYPHEN)
    sides.push([m.from - 1, m.to]);
  if (after !== undefined && text.slice(m.end, after.start) === BROKEN_HYPHEN) sides.push([m.from, m.to + 1]);
  return sides;
}

/** The name a one-word mention makes with the word a broken hyphen joins to it, if the lexicon knows it. */
function brokenName(ctx: ArticleContext, m: RawMention, lexicon: Lexicon): RawMention | undefined {
  const { words } = ctx;
  const text = ctx.article.text;
  for (const [from, to] of brokenSides(ctx, m)) {
    const first = words[from] as Word;
    const last = words[to - 1] as Word;
    if (!isCapitalised(last.text)) continue;
    const hit = lexicon.matchWords([`${first.text}-${last.text}`]);
    if (hit === undefined || hit.genitive) continue;
    const { key, type, rule } = hit.entry;
    return {
      key,
      type,
      rule,
      article: m.article,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      from,
      to,
    };
  }
  return undefined;
}

/** The seeds and one-word names of a recognition made without speakers (see `speakersAddNothing`). */
const withoutSpeakers = new WeakMap<
  RecognisedEntities,
  { readonly seeds: readonly ArticleSeeds[]; readonly singles: ReadonlyMap<string, EntityRule> }
>();

/**
 * Whether `speakers` (as `speakerNames` gave them) add nothing to `previous`, a recognition of the same articles
 * and `seeds` made without speakers (`withoutSpeakers` keeps its one-word names and their rules): each name of two
 * words or more is a name of a seed in the same words (the same full names: a duplicate is dropped where the first
 * is kept), and each one-word name is one a seed's person gave the one-word names (so no new lone family name and
 * no new one-word name). The recognition with them is then the one without (a cheap check before the full one of
 * `recognitionInputs`; the second recognition of a brief is mostly such).
 */
function speakersAddNothing(
  previous: RecognisedEntities,
  seeds: readonly ArticleSeeds[],
  speakers: readonly (readonly string[])[],
): boolean {
  const without = withoutSpeakers.get(previous);
  if (without === undefined || without.seeds !== seeds) return false;
  const { singles } = without;
  let full: Set<string> | undefined;
  for (const words of speakers) {
    if (words.length === 0) continue;
    if (words.length === 1) {
      const rule = singles.get(words[0] as string);
      if (rule === undefined || rule === 'known-person') return false;
      continue;
    }
    if (full === undefined) {
      full = new Set();
      for (const s of seeds)
        for (const p of s.persons) if (p.words.length >= 2) full.add(p.words.join('\u0000'));
    }
    if (!full.has(words.join('\u0000'))) return false;
  }
  return true;
}

/** What the shared family names of a recognition were found from (see `SharedFamilyKept`). */
const sharedKept = new WeakMap<RecognisedEntities, SharedFamilyKept>();

function recognitionInputs(
  persons: readonly TaggedName[],
  singleRules: ReadonlyMap<string, EntityRule>,
): RecognitionInputs {
  // The lexicon adds an entry of a key and words it holds no more (`Lexicon.over`): a later duplicate changes nothing.
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const { words, rule } of persons) {
    const id = `${personKey(words)}\u0000${words.join(' ')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    kept.push(`${id}\u0000${rule}`);
  }
  return {
    persons: kept.join('\n'),
    singles: [...singleRules].map(([word, rule]) => `${word}\u0000${rule}`).join('\n'),
  };
}

/** An entity as the story's last list of entities made it, with its mentions, their articles' ids and its variants. */
interface KeptEntity {
  readonly mentions: readonly RawMention[];
  readonly ids: readonly string[];
  /** How often each variant is written (in the order first met). */
  readonly counts: ReadonlyMap<string, number>;
  readonly entity: Entity;
}

/**
 * The entities of a story's last list, by key, kept between briefs of a growing story: an entity of the same name
 * and type whose mentions are the same (as written, at the same places of articles with the same ids) is the same;
 * one whose mentions begin with the kept ones counts only the mentions after them.
 */
export type EntityMemo = Map<string, KeptEntity>;

/**
 * How many of `mentions` (from the first) are the kept entity's, in order: all of its, or none (0). A kept mention
 * is the same as written at the same place of an article with the same id.
 */
function keptMentions(kept: KeptEntity, mentions: readonly RawMention[], ids: readonly string[]): number {
  return keptPrefix(
    kept.mentions,
    mentions,
    (a, b, i) =>
      kept.ids[i] === ids[i] && (a === b || (a.start === b.start && a.end === b.end && a.text === b.text)),
  );
}

function keptEntity(t: Tally, name: string, ids: readonly string[], old: KeptEntity | undefined): KeptEntity {
  const from = old === undefined ? 0 : keptMentions(old, t.mentions, ids);
  if (
    old !== undefined &&
    from === t.mentions.length &&
    old.entity.name === name &&
    old.entity.type === t.type
  )
    return { mentions: t.mentions, ids, counts: old.counts, entity: old.entity };
  const counts = new Map<string, number>(from > 0 && old !== undefined ? old.counts : []);
  for (let i = from; i < t.mentions.length; i++) {
    const text = (t.mentions[i] as RawMention).text;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  // Pushed (see `mapped`): the kept entity's mentions and a new tail are joined into one list, of one kind.
  const tail = mapped(t.mentions.slice(from), (m, i) => publicMention(m, ids[from + i] as string));
  return {
    mentions: t.mentions,
    ids,
    counts,
    entity: {
      name,
      type: t.type,
      variants: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v),
      mentions: from > 0 && old !== undefined ? [...old.entity.mentions, ...tail] : tail,
    },
  };
}

/**
 * The entities of a recognition's tallies, most mentioned first; an entity kept in `made` whose mentions are the
 * same is taken as it was (and `made` then keeps this list's).
 */
function entitiesOfTallies(
  ctxs: readonly ArticleContext[],
  tallies: ReadonlyMap<string, Tally>,
  names: ReadonlyMap<string, string>,
  made: EntityMemo | undefined,
): Entity[] {
  const list: Entity[] = [];
  const keep: [string, KeptEntity][] = [];
  const storyIds = ctxs.map((c) => c.article.id);
  for (const t of tallies.values()) {
    const name = names.get(t.key) as string;
    const ids = t.mentions.map((m) => storyIds[m.article] as string);
    const found = keptEntity(t, name, ids, made?.get(t.key));
    keep.push([t.key, found]);
    list.push(found.entity);
  }
  if (made !== undefined) refill(made, keep);
  return list.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** How many mentions of each key a scan's list holds, kept per list (a growing story's kept scans are the same). */
const keyCounts = new WeakMap<readonly RawMention[], ReadonlyMap<string, number>>();

function keyCountsOf(list: readonly RawMention[]): ReadonlyMap<string, number> {
  let counts = keyCounts.get(list);
  if (counts === undefined) {
    const made = new Map<string, number>();
    for (const m of list) made.set(m.key, (made.get(m.key) ?? 0) + 1);
    keyCounts.set(list, (counts = made));
  }
  return counts;
}

/** Mentions in story order: by article, then by start. */
const inText = (a: RawMention, b: RawMention): number => a.article - b.article || a.start - b.start;

const inOrder = (list: readonly RawMention[]): boolean => {
  for (let i = 1; i < list.length; i++)
    if (inText(list[i - 1] as RawMention, list[i] as RawMention) > 0) return false;
  return true;
};

/** `list.sort(inText)` (a stable sort, in place), without sorting a list already in order. */
function sortInText(list: RawMention[]): RawMention[] {
  return inOrder(list) ? list : list.sort(inText);
}

/**
 * `[...a, ...b].sort(inText)`: when both are in order, merged (a mention of `a` first on a tie, as the stable sort
 * keeps it).
 */
function mergedInText(a: readonly RawMention[], b: readonly RawMention[]): RawMention[] {
  if (!inOrder(a) || !inOrder(b)) return [...a, ...b].sort(inText);
  const out: RawMention[] = new Array<RawMention>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length)
    out[k++] =
      inText(b[j] as RawMention, a[i] as RawMention) < 0 ? (b[j++] as RawMention) : (a[i++] as RawMention);
  while (i < a.length) out[k++] = a[i++] as RawMention;
  while (j < b.length) out[k++] = b[j++] as RawMention;
  return out;
}

// `recogniseEntities`' helpers are made once (module level), not per call: a closure made per call loses its optimised
// code at every major collection, so the first update after a full brief would compile it again (session 23).

/** The words that stand after an article somewhere in the story, asked once per word (see `nounElsewhere`). */
interface NounsElsewhere {
  readonly ctxs: readonly ArticleContext[];
  followers: readonly ReadonlySet<string>[] | undefined;
  readonly asked: Map<string, boolean>;
}

/** Whether `word` stands after an article somewhere in the story (a common noun there). */
function nounElsewhere(nouns: NounsElsewhere, word: string): boolean {
  let found = nouns.asked.get(word);
  if (found === undefined) {
    found = inAny((nouns.followers ??= mapped(nouns.ctxs, wordsAfterArticle)), word);
    nouns.asked.set(word, found);
  }
  return found;
}

/** Rules whose one-word names need not to stand after an article elsewhere. */
const weakRule = (rule: EntityRule): boolean => rule === 'subject' || rule === 'genitive';

/**
 * Rules that take a one-word name for a person by the words around it alone (its place in the sentence, a verb of
 * saying): an organisation noun right before the word ("die Gewerkschaft Tarvo") says more.
 */
const placedRule = (rule: EntityRule): boolean =>
  weakRule(rule) || rule === 'speech-verb' || rule === 'speaker';

/**
 * The one-word names an organisation noun stands right before in some article ("die Gewerkschaft Tarvo"). A place
 * noun is no such evidence: "der Metropole Tel Aviv" would take "Aviv" from the person of that name.
 */
const organisationNounNames = (seeds: readonly ArticleSeeds[]): ReadonlySet<string> =>
  new Set(
    seeds.flatMap((s) =>
      s.organisationNames
        .filter((n) => n.rule === 'org-noun' && n.words.length === 1)
        .map((n) => n.words[0] as string),
    ),
  );

/** The shortest common noun at the end of a compound that makes it a noun and no one's name ("Stadtgeschichte"). */
const LONG_HEAD = 9;

/**
 * Whether a one-word name is shaped like a noun, not a person's name: a compound of three parts or more joined by
 * hyphens ("Star-Wars-Set") or one that ends in a long common noun of the language after two letters or more
 * ("Stadtgeschichte"; a short head is a family name's ending as often: "Hoffmann", "Althaus", "Hofmeister").
 */
function nounShapedName(word: string, ctx: ArticleContext | undefined): boolean {
  if (word.split('-').length >= 3) return true;
  if (ctx === undefined) return false;
  const lower = word.toLowerCase();
  for (let k = 2; lower.length - k >= LONG_HEAD; k++) if (ctx.commonNouns.has(lower.slice(k))) return true;
  return false;
}

/** How often each person key is mentioned. */
function personCounts(tallies: ReadonlyMap<string, Tally>): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tallies.values()) if (t.type === 'person') out.set(t.key, t.mentions.length);
  return out;
}

/** A mention counted in its key's tally. */
function tally(tallies: Map<string, Tally>, m: RawMention): void {
  const t = tallies.get(m.key) ?? { key: m.key, type: m.type, mentions: [] };
  t.mentions.push(m);
  tallies.set(m.key, t);
}

/** The entity key the lexicon gives a name (its words), asked once per name (`keys`). */
function keyIn(
  lexicon: Lexicon,
  keys: Map<string, string | undefined>,
  words: readonly string[],
): string | undefined {
  if (words.some((w) => w.includes('\u0000'))) return matchKey(lexicon, words);
  const joined = words.join('\u0000');
  if (keys.has(joined)) return keys.get(joined);
  const key = matchKey(lexicon, words);
  keys.set(joined, key);
  return key;
}

/** The entity key of the lexicon's entry that matches exactly these words, if any. */
const matchKey = (lexicon: Lexicon, words: readonly string[]): string | undefined =>
  lexicon.matchWords(words)?.entry.key;

/**
 * People, places and organisations of a story, consolidated across articles: rule-found names (titles, first
 * names, family-first names, speakers), the gazetteer, places after place prepositions, organisation words; lone
 * family names joined to their full name; near-spellings joined to a more frequent name. With `previous`, a
 * recognition of the same articles and seeds: when the speakers add no person name and no one-word name the previous
 * one did not have, it is returned as it is (its mentions are the ones a new recognition would find; the second
 * recognition of a brief is mostly such).
 */
export function recogniseEntities(
  ctxs: readonly ArticleContext[],
  allSpeakers: readonly (readonly string[])[] = objects(),
  seeds: readonly ArticleSeeds[] = storySeeds(ctxs),
  scans?: ScanMemo,
  previous?: RecognisedEntities,
  made?: EntityMemo,
): RecognisedEntities {
  const speakers = speakerNames(ctxs, seeds, allSpeakers);
  if (previous !== undefined && speakersAddNothing(previous, seeds, speakers)) return previous;
  const full = fullPersonNames(seeds, speakers, ctxs[0]);
  // The second recognition of a brief reads the same articles: the first's shared family names are kept for it.
  const shared: SharedFamilyKept = (previous !== undefined ? sharedKept.get(previous) : undefined) ?? {};
  const persons = [...full, ...sharedFamilyNames(ctxs, full, shortWord, shared)];
  // One-word names and the rule that found each (the first that did).
  const singleRules = new Map<string, EntityRule>();
  // (The one-word ones only: the loop below passes over the others. Each article's kept per its seeds.)
  const named: TaggedName[] = [
    ...seeds.flatMap(onePersons),
    ...speakers.filter((words) => words.length === 1).map((words) => ({ words, rule: 'speaker' as const })),
    ...seeds.flatMap(knownPersonNames),
  ];
  // A club's name word alone ("bei Partizan") is the club's, not a person's.
  const clubs = new Set(
    seeds.flatMap((s) => s.teams.filter((t) => t.words.length === 1).map((t) => t.words[0])),
  );
  // A word an organisation noun names ("die Gewerkschaft Tarvo") is no person by its place in the sentence or a verb
  // of saying alone.
  let organisations: ReadonlySet<string> | undefined;
  // A word the subject or genitive rule took that stands after an article somewhere in the story is a common noun
  // ("Gegenoffensive ist …" and "die Gegenoffensive"; not "legte Judy", "über Judy").
  // Asked once per word (the articles' seeds give the same word again and again).
  const nouns: NounsElsewhere = { ctxs, followers: undefined, asked: new Map() };
  for (const { words, rule } of named) {
    const word = words[0] as string;
    if (words.length !== 1 || singleRules.has(word) || clubs.has(word)) continue;
    if (placedRule(rule) && (organisations ??= organisationNounNames(seeds)).has(word)) continue;
    // "schreibt Stadtgeschichte", "beim Kauf von Star-Wars-Sets": a noun, not a name its place in the sentence gives.
    if (placedRule(rule) && nounShapedName(word, ctxs[0])) continue;
    if (weakRule(rule) && nounElsewhere(nouns, word)) continue;
    // "heißt es im Bulletin", "laut Bulletin": a word after an article somewhere is a noun, for any placed rule.
    if (placedRule(rule) && ctxs.some((c) => wordsAfterDeterminer(c).has(word))) continue;
    singleRules.set(word, rule);
  }
  // The inputs are joined only when a later recognition compares with them (most do not: `speakersAddNothing`).
  let joined: RecognitionInputs | undefined;
  const inputs = (): RecognitionInputs => (joined ??= recognitionInputs(persons, singleRules));
  const earlier = previous !== undefined ? inputsOf.get(previous)?.() : undefined;
  if (previous !== undefined && earlier?.persons === inputs().persons && earlier.singles === inputs().singles)
    return previous;
  const singles = new Set(singleRules.keys());
  const lexicon = baseLexicon(ctxs, seeds, persons, singles);
  const counts = new Map<string, number>();
  const before = new ScanPass(lexicon);
  for (const c of ctxs) {
    const list = scanArticle(c, scans, before, lexicon);
    // A kept scan's list is counted once (its counts kept with it); a fresh scan's counted here.
    if (scans === undefined) for (const m of list) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
    else for (const [key, n] of keyCountsOf(list)) counts.set(key, (counts.get(key) ?? 0) + n);
  }
  before.end();
  addShortNames(lexicon, persons, singleRules, counts);
  // The short names are in the lexicon now: its signatures are looked up again.
  let after = new ScanPass(lexicon);
  let perArticle = ctxs.map((c) => scanArticle(c, scans, after, lexicon));
  after.end();
  if (addCoordinated(lexicon, ctxs, perArticle)) {
    // Names joined to found ones are in the lexicon too: the articles are scanned once more.
    after = new ScanPass(lexicon);
    perArticle = ctxs.map((c) => scanArticle(c, scans, after, lexicon));
    after.end();
  }
  const scanned = perArticle.flatMap((list) =>
    withGivenNames(ctxs, joinBrokenNames(ctxs, entitiesOf(ctxs, list), lexicon)),
  );
  let tallies = new Map<string, Tally>();
  for (const m of scanned) tally(tallies, m);
  // (Not inside a mention the given-name rule made longer: "Thomas Schaefer" has no mention "Schaefer" too.)
  const fuzzy = withoutOverlaps(fuzzyMentions(ctxs, perArticle, tallies), scanned);
  for (const m of fuzzy) tally(tallies, m);
  let mentions = mergedInText(scanned, fuzzy);
  // A person's name with and without a middle initial, and the given name alone, are one person (`personAliases`).
  const aliases = personAliases(personCounts(tallies));
  if (aliases.size > 0) {
    mentions = mentions.map((m) => {
      const key = aliases.get(m.key);
      return key === undefined ? m : { ...m, key };
    });
    tallies = new Map();
    for (const m of mentions) tally(tallies, m);
  }
  const names = new Map<string, string>();
  for (const t of tallies.values()) {
    sortInText(t.mentions);
    names.set(
      t.key,
      canonicalName(t, (a) => ctxs[a]?.article.language === TABLES_LANGUAGE),
    );
  }
  // The entities are made when asked for (the first recognition of a brief only gives its mentions and names).
  const entityList = (): Entity[] => entitiesOfTallies(ctxs, tallies, names, made);
  // The lexicon no longer changes: each name's key is looked up once (kept quotes ask again for every article).
  const keys = new Map<string, string | undefined>();
  const keyOf = (words: readonly string[]): string | undefined => {
    const key = keyIn(lexicon, keys, words);
    return key === undefined ? undefined : (aliases.get(key) ?? key);
  };
  let entities: Entity[] | undefined;
  const recognised: RecognisedEntities = {
    get entities(): Entity[] {
      return (entities ??= entityList());
    },
    mentions,
    names,
    keyOf,
  };
  inputsOf.set(recognised, inputs);
  if (speakers.length === 0) withoutSpeakers.set(recognised, { seeds, singles: singleRules });
  sharedKept.set(recognised, shared);
  return recognised;
}
