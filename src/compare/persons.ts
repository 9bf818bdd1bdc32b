import { keptPer } from '../core/kept.js';
import { isTitleWord, type ArticleContext } from './context.js';
import { FAMILY_FIRST, knownWord } from './gazetteer-index.js';
import { isTableName } from './name-rules.js';
import { tableValue } from './table-lookup.js';
import { isCapitalised, isNameWord, lowerCaseWords, type Word } from './words.js';

/** A name found by a rule: word indices `[from, to)` of one article. */
export interface NameSeed {
  readonly article: number;
  readonly from: number;
  readonly to: number;
  readonly words: readonly string[];
  readonly rule:
    | 'title'
    | 'first-name'
    | 'family-first'
    | 'speaker'
    | 'speech-verb'
    | 'genitive'
    | 'first-name-alone'
    | 'subject'
    | 'relative'
    | 'repeated'
    | 'context';
}

const INITIAL = /^\p{Lu}$/u;
const HYPHEN_GIVEN = /^\p{L}\p{Ll}+-\p{L}\p{Ll}+$/u;
const SHORT_SYLLABLE = /^\p{Lu}\p{Ll}{0,3}$/u;
/** Titles written abbreviated with a full stop. */
const ABBREVIATED = /^(?:Dr|Prof|Hr|Fr|Mr|Mrs|Ms)$/u;
/**
 * A plural in "-en" ("Angaben", "Studien", "Minderheiten"), though not in "-sen", which ends family names too
 * ("Jensen", "Hansen"). Logic, not an ending list (the letter before the ending decides), so it stays here; read on
 * text of every language, as the abstract endings are.
 */
export const PLURAL_EN = /[^s]en$/u;

/**
 * A capitalised word that is a common noun of the language or shaped like one (not a known first name): an abstract
 * noun of any language (`abstract` endings) or a plural in "-en".
 */
export function commonNounWord(word: string, ctx: ArticleContext): boolean {
  const lower = word.toLowerCase();
  return (
    ctx.commonNouns.has(lower) ||
    ctx.sets.notPlaces.has(lower) ||
    ctx.sets.titles.has(lower) ||
    (!ctx.sets.firstNames.has(word) && (ctx.nouns.abstract.test(lower) || PLURAL_EN.test(lower)))
  );
}

/** The shortest last part of a compound that is read as a common noun ("Weinkauf", "Atomkraft"). */
const MIN_PART = 4;

/**
 * Whether a lower-case word ends in a common noun of the language after at least two letters ("betriebsrat",
 * "atomkraft", "meinungsbild") or in a short head noun of the tables after three letters or more ("aufzug"): a
 * compound noun, no name on that shape alone.
 */
export function compoundNoun(lower: string, ctx: ArticleContext): boolean {
  for (let k = 2; lower.length - k >= MIN_PART; k++) if (ctx.commonNouns.has(lower.slice(k))) return true;
  // A short head noun after three or more letters ("betriebsrat", "aufzug").
  return lower.length >= 6 && ctx.sets.names.shortNounHeads.has(lower.slice(-3));
}

const notFamilyNames = keptPer(
  (entities: ArticleContext['rules']['entities']): ReadonlySet<string> => new Set(entities.notFamilyNames),
);

const placeOpeners = keptPer(
  (entities: ArticleContext['rules']['entities']): ReadonlySet<string> => new Set(entities.placeOpeners),
);

/** A capitalised word that may be part of a person's name here (not a place, month, article, role word). */
export function personWord(word: Word | undefined, ctx: ArticleContext): word is Word {
  if (!word || !isNameWord(word.text)) return false;
  if (notFamilyNames(ctx.rules.entities).has(word.text)) return false;
  if (isTableName(word.text, ctx)) return false;
  if (ctx.sets.calendar.has(word.lower) || ctx.sets.determiners.has(word.lower)) return false;
  if (ctx.sets.notPlaces.has(word.lower)) return false;
  return !isTitleWord(word, ctx);
}

function seed(ctx: ArticleContext, from: number, to: number, rule: NameSeed['rule']): NameSeed {
  const words = ctx.words.slice(from, to).map((w) => w.text);
  return { article: ctx.index, from, to, words, rule };
}

/**
 * Whether word `k`, the third after a title, ends no name: a common noun or shaped like one ("Donald Trump
 * Diskussionen", "Dunja Hayali Anzeige"), a number word of the language's figure tables or the word before it once more ("Putin Putin").
 */
function notThirdName(ctx: ArticleContext, k: number): boolean {
  const w = ctx.words[k] as Word;
  return (
    commonNounWord(w.text, ctx) ||
    compoundNoun(w.lower, ctx) ||
    tableValue(ctx.rules.figures.numberWords, w.lower) !== undefined ||
    w.text === ctx.words[k - 1]?.text
  );
}

/** "Präsident Wladimir Putin", "Staatschef Putin", "Berater Juri Uschakow": up to three name words after a title. */
function afterTitle(ctx: ArticleContext, i: number): NameSeed | undefined {
  const { words } = ctx;
  // "Dr. Meier", "Prof. Dr. Schmidt": an abbreviated title keeps its full stop.
  const joined = (k: number): boolean => {
    const w = words[k];
    const prev = words[k - 1];
    if (!w || !prev) return false;
    if (w.tightBefore) return true;
    return ABBREVIATED.test(prev.text) && ctx.article.text.slice(prev.end, w.start) === '. ';
  };
  let j = i + 1;
  while (j < words.length && joined(j) && isTitleWord(words[j] as Word, ctx)) j++;
  let k = j;
  while (
    k < words.length &&
    k - j < 3 &&
    joined(k) &&
    personWord(words[k], ctx) &&
    !(k - j === 2 && notThirdName(ctx, k))
  )
    k++;
  if (k === j) return undefined;
  // A family-first name ends with given-name syllables ("Kim Jong Un"): keep those; otherwise at most 3 words.
  return seed(ctx, j, particleAfter(ctx, k) ?? k, 'title');
}

/** Most capitalised words of the genitive after a title ("des Weißen Hauses", "der Deutschen Bank"). */
const MAX_GENITIVE = 3;

/** A gap of a comma and spaces only. */
const COMMA_GAP = /^,\s*$/u;

/**
 * "Sprecherin des Weißen Hauses, Karoline Leavitt,", "Chef der Deutschen Bank, Christian Sewing.": two or three name
 * words set off by a comma after a title and its genitive, ending the clause.
 */
function afterTitleGenitive(ctx: ArticleContext, i: number): NameSeed | undefined {
  const { words } = ctx;
  const article = words[i + 1];
  if (!article?.tightBefore || !ctx.rules.quotes.genitiveArticles.includes(article.lower)) return undefined;
  let j = i + 2;
  while (
    j < words.length &&
    j - i - 2 < MAX_GENITIVE &&
    words[j]?.tightBefore &&
    isCapitalised(words[j]?.text ?? '')
  )
    j++;
  const first = words[j];
  const before = words[j - 1];
  if (j === i + 2 || !first || !before || !COMMA_GAP.test(ctx.article.text.slice(before.end, first.start)))
    return undefined;
  let k = j;
  while (k < words.length && k - j < 3 && (k === j || words[k]?.tightBefore) && personWord(words[k], ctx))
    k++;
  const last = words[k - 1] as Word;
  if (k - j < 2 || !CLAUSE_END.test(ctx.article.text.slice(last.end, last.end + 1))) return undefined;
  return seed(ctx, j, k, 'title');
}

/** A final "s" (a genitive ending). */
const FINAL_S = /s$/u;

/** "Kim Jong-un", "Kim Jong Un", "Choe Son Hui": a family name written first, then given-name syllables. */
function familyFirst(ctx: ArticleContext, i: number): NameSeed | undefined {
  const { words } = ctx;
  const next = words[i + 1];
  if (!next?.tightBefore) return undefined;
  const given = next.text.replace(FINAL_S, '');
  if (HYPHEN_GIVEN.test(next.text) || HYPHEN_GIVEN.test(given)) return seed(ctx, i, i + 2, 'family-first');
  const third = words[i + 2];
  if (
    SHORT_SYLLABLE.test(next.text) &&
    third?.tightBefore &&
    SHORT_SYLLABLE.test(third.text.replace(FINAL_S, '')) &&
    personWord(next, ctx) &&
    personWord(third, ctx)
  ) {
    return seed(ctx, i, i + 3, 'family-first');
  }
  return undefined;
}

/** The end of a particle run and family name at `k` ("von der Leyen"), or -1 when there is none. */
function particleName(ctx: ArticleContext, k: number): number {
  const { words } = ctx;
  const { firstParticles, secondParticles, articleParticles, articlelessParticles } = ctx.sets.names;
  if (!words[k]?.tightBefore || !firstParticles.has(words[k]?.text ?? '')) return -1;
  let j = k + 1;
  // "zu" takes no article ("sagte zu den Anschuldigungen" is a preposition; "Karl-Theodor zu Guttenberg" is not).
  if (words[j]?.tightBefore && secondParticles.has(words[j]?.text ?? '')) {
    if (articlelessParticles.has(words[k]?.text ?? '') && articleParticles.has(words[j]?.text ?? ''))
      return -1;
    j++;
  }
  return words[j]?.tightBefore && personWord(words[j], ctx) ? j + 1 : -1;
}

/**
 * The end of a family name with particles right after a name that ends at `k` ("Heinrich Gottlob von Miltitz",
 * "Fernando Collor de Mello": a second given name or a first family name before the particle), when the word after
 * the particles is no common or organisation noun; not "zu" or "von der" (prepositions after a whole name: "Eric
 * Cantona zu United", "Peter Meier von der Polizei").
 */
function particleAfter(ctx: ArticleContext, k: number): number | undefined {
  // "zu" and an article after "von" are prepositions after a whole name ("Cantona zu United", "Meier von der Firma").
  const { articleParticles, articlelessParticles } = ctx.sets.names;
  if (
    articlelessParticles.has(ctx.words[k]?.text ?? '') ||
    articleParticles.has(ctx.words[k + 1]?.text ?? '')
  )
    return undefined;
  const end = particleName(ctx, k);
  if (end < 0) return undefined;
  const family = ctx.words[end - 1] as Word;
  if (commonNounWord(family.text, ctx) || compoundNoun(family.lower, ctx)) return undefined;
  // "Anna Berger von Amnesty International": a longer name after "von" is an organisation's.
  const after = ctx.words[end];
  if (after?.tightBefore && isCapitalised(after.text)) return undefined;
  return ctx.sets.organisationNounEnding.test(family.lower) ? undefined : end;
}

/**
 * The end of a name that starts with a first name at `i`: more first names ("Franz Josef", "Florian David"), then
 * one family name, with particles before it ("Franz von Papen", "Ursula von der Leyen"); -1 when none follows.
 */
function afterFirstName(ctx: ArticleContext, i: number): number {
  const { words } = ctx;
  // "San Francisco Chronicle", "San Antonio Spurs": a given name after the first word of a place's name.
  const before = words[i - 1];
  if (before !== undefined && placeOpeners(ctx.rules.entities).has(before.text)) {
    // "St. Louis": an abbreviated opener keeps its full stop.
    const gap = ctx.article.text.slice(before.end, (words[i] as Word).start);
    if (gap === ' ' || gap === '. ') return -1;
  }
  const first = (k: number): boolean =>
    words[k]?.tightBefore === true &&
    ctx.sets.firstNames.has(words[k]?.text ?? '') &&
    words[k + 1]?.tightBefore === true &&
    personWord(words[k + 1], ctx);
  let k = i + 1;
  while (k - i < 3 && first(k)) k++;
  const initial = words[k];
  if (initial?.tightBefore && INITIAL.test(initial.text) && ctx.article.text[initial.end] === '.') {
    // "George W. Bush"; "Nico G." (a name shortened to its initial).
    const next = words[k + 1];
    const joined = next !== undefined && ctx.article.text.slice(initial.end, next.start) === '. ';
    if (!joined || !personWord(next, ctx)) return k + 1;
    // "Peter J. Van Dyke", "Anna M. De Luca": a particle written with a capital before the family name.
    const family = words[k + 2];
    return ctx.sets.names.firstParticles.has(next.lower) && family?.tightBefore && personWord(family, ctx)
      ? k + 3
      : k + 2;
  }
  const particle = particleName(ctx, k);
  if (particle > 0) return particle;
  if (words[k]?.tightBefore && personWord(words[k], ctx)) {
    const end = middleName(ctx, i, k) ? k + 2 : k + 1;
    // "John Jay College", "Ann Arbor Hospital": a name before an institution's end noun names the institution.
    const after = words[end];
    if (after?.tightBefore && ctx.sets.names.organisationEndNouns.has(after.text)) return -1;
    return particleAfter(ctx, end) ?? end;
  }
  return k === i + 1 && tableFamilyName(ctx, i) ? k + 1 : -1;
}

/**
 * Whether the name word at `k` (read as the family name) is a middle name followed by the family name, in a language
 * that writes them ("Philip Seymour Hoffman", "Lisa Roberts Gillan"): one more name word, no common noun, and no
 * further capitalised word right before or after it (a line in title case: "Half-Sister Nancy Found Dead").
 */
function middleName(ctx: ArticleContext, i: number, k: number): boolean {
  if (ctx.rules.entities.middleNames !== true) return false;
  const { words } = ctx;
  const before = words[i - 1];
  if (
    words[i]?.tightBefore &&
    before !== undefined &&
    isCapitalised(before.text) &&
    !isTitleWord(before, ctx)
  )
    return false;
  const family = words[k + 1];
  const after = words[k + 2];
  if (!family?.tightBefore || !personWord(family, ctx) || commonNounWord(family.text, ctx)) return false;
  // "Kevin Bailey Exonerated!": a word the article writes in lower case elsewhere is no family name.
  if (ctx.sets.firstNames.has(family.text) || lowerCaseWords(words).has(family.lower)) return false;
  // "David Geffen School": an institution named after a person.
  if (
    ctx.sets.names.organisationEndNouns.has(family.text) ||
    ctx.sets.names.organisationForms.has(family.text)
  )
    return false;
  return !(after?.tightBefore && isCapitalised(after.text));
}

/** A capital and lower-case letters only ("Müller"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether the word after the first name at `i` is a family name that the language's tables know as a town or company
 * ("Uta Hagen", "Thomas Metz", "Olaf Henkel": German family names often come from towns) or that the shared
 * gazetteer knows as an organisation ("Michael Bloomberg", "Nikola Tesla"): one capitalised word (no acronym) ending
 * the name, not a place of the shared gazetteer (countries and world cities: "dass Ludwig Paris nicht mochte"), the
 * first name not after a place preposition ("in Santa Cruz").
 */
function tableFamilyName(ctx: ArticleContext, i: number): boolean {
  const { words } = ctx;
  const family = words[i + 1];
  const next = words[i + 2];
  const prev = words[i - 1];
  if (
    !family?.tightBefore ||
    !TITLE_CASE.test(family.text) ||
    !isTableName(family.text, ctx) ||
    knownWord(family.text)?.type === 'place'
  )
    return false;
  if (next?.tightBefore && isCapitalised(next.text)) return false;
  return !(prev?.tightBefore && ctx.sets.names.namePrepositions.has(prev.lower));
}

/** Person names found by rules in one article: after titles, known first names, family-first names. */
export function personSeeds(ctx: ArticleContext): NameSeed[] {
  const out: NameSeed[] = [];
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (FAMILY_FIRST.has(w.text)) {
      const s = familyFirst(ctx, i);
      if (s) {
        out.push(s);
        continue;
      }
    }
    const to = ctx.sets.firstNames.has(w.text) ? afterFirstName(ctx, i) : -1;
    if (to > 0) {
      out.push(seed(ctx, i, to, 'first-name'));
      i = to - 1;
      continue;
    }
    if (isTitleWord(w, ctx)) {
      const s = afterTitle(ctx, i) ?? afterTitleGenitive(ctx, i);
      if (s) out.push(s);
    } else if (ctx.sets.quoteVerbs.has(w.lower)) {
      const s = afterSpeechVerb(ctx, i);
      if (s) out.push(s);
    }
  }
  return out;
}

/** A capital inside a word after a lower-case letter ("LiveScience", "MailOnline", "ProSieben"): a brand or medium. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** Family names with a capital inside ("McCain", "MacGraw", "DeVos", "DelBene", "LeBlanc", "VanDyke"). */
const NAME_PREFIX = /^(?:Mc|Mac|De|Del|Di|Da|La|Le|Van|Von)\p{Lu}/u;

/** Whether a single word names a medium or brand by its shape, not a person ("told MailOnline."). */
const medium = (word: string): boolean => INNER_CAPITAL.test(word) && !NAME_PREFIX.test(word);

/** Punctuation (or the end) right after a name that ends a clause: ", sagte Möller." */
const CLAUSE_END = /^(?:$|[,.;:!?)])/u;

/** A number written in digits ("416", "1.200"): a verb form after one is an adjective ("416 bestätigte Fälle"). */
const DIGITS = /^\d[\d.,]*$/u;

/**
 * "…, sagte Möller.", "erklärt van der Vaart, …": one name word (or a particle name) right after a verb of saying
 * and ending the clause; not a common noun or shaped like one, and not after a verb form that stands after a
 * number or a determiner (an adjective then: "416 bestätigte Fälle.", "die gemeldeten Fälle").
 */
function afterSpeechVerb(ctx: ArticleContext, i: number): NameSeed | undefined {
  const { words } = ctx;
  const before = words[i - 1];
  if (
    before !== undefined &&
    (words[i] as Word).tightBefore &&
    (DIGITS.test(before.text) || ctx.sets.determiners.has(before.lower))
  )
    return undefined;
  const particle = particleName(ctx, i + 1);
  const w = words[i + 1];
  const end = particle > 0 ? particle : i + 2;
  if (
    particle < 0 &&
    (!w?.tightBefore || !personWord(w, ctx) || commonNounWord(w.text, ctx) || medium(w.text))
  )
    return undefined;
  const last = words[end - 1] as Word;
  if (!CLAUSE_END.test(ctx.article.text.slice(last.end, last.end + 1))) return undefined;
  return seed(ctx, i + 1, end, 'speech-verb');
}
