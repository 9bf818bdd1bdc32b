/**
 * Names joined to a found name by "und"/"oder" take its type ("mit den Herstellern Siemens und Bombardier",
 * "konnten sich Blatter und Beckenbauer nicht einigen"): a coordination joins like with like. The other side must
 * look like a name on its own: capitalised, no common noun of the language or shaped like one, not written in
 * lower case elsewhere in the article, no title, month or function word, not a sentence's first word.
 */
import { isTitleWord, type ArticleContext } from './context.js';
import { knownWord } from './gazetteer-index.js';
import type { RawMention } from './lexicon.js';
import { isTableName, openers } from './name-rules.js';
import { commonNounWord, compoundNoun } from './persons.js';
import type { EntityType } from './types.js';
import { isAcronym, isNameWord, type Word, lowerCaseWords } from './words.js';

/** A name found by coordination: its words and the type of the name it is joined to. */
export interface CoordinatedName {
  readonly words: readonly string[];
  readonly type: EntityType;
}

/** A plural noun's ending ("Kim und Genossen", "Merkel und Kollegen"): no name unless a known first name. */
const PLURAL = /\p{Ll}en$/u;
const MAX_WORDS = 3;

function nameWord(
  w: Word | undefined,
  ctx: ArticleContext,
  covered: ReadonlySet<number>,
  i: number,
): boolean {
  if (!w || covered.has(i)) return false;
  // "Facebook und Co.": an abbreviation is no name.
  if ((!isNameWord(w.text) || w.text.length < 3) && !isAcronym(w.text)) return false;
  if (openers(ctx).has(w.lower) || ctx.sets.calendar.has(w.lower) || lowerCaseWords(ctx.words).has(w.lower))
    return false;
  if (ctx.sets.notPlaces.has(w.lower) || isTitleWord(w, ctx)) return false;
  if (PLURAL.test(w.text) && !ctx.sets.firstNames.has(w.text)) return false;
  if (compoundNoun(w.lower, ctx)) return false;
  return !commonNounWord(w.text, ctx) && !isTableName(w.text, ctx) && knownWord(w.text) === undefined;
}

/** The words `[from, to)` covered by the article's mentions. */
function coveredWords(mentions: readonly RawMention[]): Set<number> {
  const covered = new Set<number>();
  for (const m of mentions) for (let k = m.from; k < m.to; k++) covered.add(k);
  return covered;
}

/**
 * The names found for a list of mentions, kept per list object with the words and rule sets they were found in (a
 * kept scan of an article gives back its mention list, so a growing story's briefs do not look again).
 */
const found = new WeakMap<
  readonly RawMention[],
  { words: ArticleContext['words']; sets: ArticleContext['sets']; names: readonly CoordinatedName[] }
>();

/** Names joined by "und"/"oder" to a mention of one article, with the mention's type. */
export function coordinatedNames(
  ctx: ArticleContext,
  mentions: readonly RawMention[],
): readonly CoordinatedName[] {
  const kept = found.get(mentions);
  if (kept !== undefined && kept.words === ctx.words && kept.sets === ctx.sets) return kept.names;
  const names = findCoordinated(ctx, mentions);
  found.set(mentions, { words: ctx.words, sets: ctx.sets, names });
  return names;
}

function findCoordinated(ctx: ArticleContext, mentions: readonly RawMention[]): CoordinatedName[] {
  const { words } = ctx;
  const covered = coveredWords(mentions);
  const out: CoordinatedName[] = [];
  const usable = (k: number): boolean =>
    words[k]?.tightBefore === true && nameWord(words[k], ctx, covered, k);
  for (const m of mentions) {
    // "<mention> und X": up to three name words after the joiner, ending where the name words end.
    const after = words[m.to];
    if (after?.tightBefore && ctx.sets.names.nameJoiners.has(after.lower)) {
      let j = m.to + 1;
      while (j - m.to - 1 < MAX_WORDS && usable(j)) j++;
      const ends = !isNameWord(words[j]?.text ?? '') || words[j]?.tightBefore !== true;
      if (j > m.to + 1 && ends && !roleOf(ctx, j))
        out.push({ words: texts(words, m.to + 1, j), type: m.type });
    }
    // "X und <mention>": X must start its phrase (after a word that is no name), never a sentence's first word.
    const joiner = words[m.from - 1];
    if (joiner?.tightBefore && ctx.sets.names.nameJoiners.has(joiner.lower) && words[m.from]?.tightBefore) {
      let k = m.from - 1;
      while (m.from - 1 - k < MAX_WORDS && usable(k - 1)) k--;
      const before = words[k - 1];
      // After an article a person's or place's name is a common noun ("den Heimvorteil und X").
      const article = m.type !== 'organization' && ctx.sets.names.articles.has(before?.lower ?? '');
      const starts = before !== undefined && !isNameWord(before.text) && !isAcronym(before.text) && !article;
      if (k < m.from - 1 && starts && words[k]?.tightBefore)
        out.push({ words: texts(words, k, m.from - 1), type: m.type });
    }
  }
  return out;
}

/**
 * Whether the words from `j` name whose role the word before is: a preposition of the quote tables' `sourceOf`
 * ("von") and a title ("Berater X und Assistent von Ministerpräsident Y": "Assistent" is a role, no name).
 */
function roleOf(ctx: ArticleContext, j: number): boolean {
  const of = ctx.words[j];
  const title = ctx.words[j + 1];
  if (of === undefined || title === undefined || !of.tightBefore || !title.tightBefore) return false;
  return ctx.rules.quotes.sourceOf.includes(of.lower) && isTitleWord(title, ctx);
}

const texts = (words: readonly Word[], from: number, to: number): string[] =>
  words.slice(from, to).map((w) => w.text);
