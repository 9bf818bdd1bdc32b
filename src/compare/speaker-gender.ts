/**
 * Gender cues for who a pronoun or a role stands for: "sie" (with a verb of one person: "sagte sie") and "she" are a
 * woman, "er" and "he" a man, "die Sprecherin" a woman; a named person is a woman or a man by their given name
 * (`src/lang/<code>/given-names.ts`). Anything not told leaves the gender open: it excludes nobody.
 */
import type { GenderRules } from '../lang/compare-rules.js';
import { endsInTitle, type ArticleContext } from './context.js';
import { wordIndexAt, type Word } from './words.js';

export type Gender = 'f' | 'm';

interface GenderSets {
  readonly rules: GenderRules;
  readonly female: ReadonlySet<string>;
  readonly male: ReadonlySet<string>;
}

const setsCache = new WeakMap<GenderRules, GenderSets>();

function setsOf(rules: GenderRules): GenderSets {
  let sets = setsCache.get(rules);
  if (!sets) {
    sets = { rules, female: new Set(rules.femaleNames), male: new Set(rules.maleNames) };
    setsCache.set(rules, sets);
  }
  return sets;
}

/** The gender a person's name tells by its given name (the first word); undefined when the name does not tell. */
export function nameGender(ctx: ArticleContext, name: string): Gender | undefined {
  const rules = ctx.rules.quotes.genders;
  if (!rules) return undefined;
  const sets = setsOf(rules);
  const given = name.split(/[\s-]+/u)[0] ?? '';
  const female = sets.female.has(given);
  const male = sets.male.has(given);
  return female === male ? undefined : female ? 'f' : 'm';
}

/** A word in lower case only. */
const LOWER_WORD = /^\p{Ll}+$/u;

/** Whether `w` is a verb of saying or of reporting. */
const speechVerb = (ctx: ArticleContext, w: Word): boolean =>
  ctx.sets.quoteVerbs.has(w.lower) || ctx.rules.quotes.reportingVerbs.includes(w.lower);

/** Whether `w` may be a verb in the plural: a lower-case word with a plural verb ending. */
const mayBePluralVerb = (rules: GenderRules, w: Word): boolean =>
  LOWER_WORD.test(w.text) && rules.pluralVerbEndings.some((e) => w.lower.endsWith(e));

/** Whether a word right before or after word `i` passes `test`. */
function nextTo(ctx: ArticleContext, i: number, test: (w: Word) => boolean): boolean {
  const before = ctx.words[i - 1];
  const after = ctx.words[i + 1];
  return (before !== undefined && test(before)) || (after !== undefined && test(after));
}

/** The gender of the pronoun at text offset `at`; undefined when it may be plural or is no gendered pronoun. */
export function pronounGender(ctx: ArticleContext, at: number): Gender | undefined {
  const rules = ctx.rules.quotes.genders;
  if (!rules) return undefined;
  const i = wordIndexAt(ctx.words, at);
  const w = ctx.words[i];
  if (!w || w.start !== at) return undefined;
  if (rules.malePronouns.includes(w.lower)) return 'm';
  if (!rules.femalePronouns.includes(w.lower)) return undefined;
  // A plural verb of saying next to it ("sagten sie"): "they".
  if (nextTo(ctx, i, (n) => speechVerb(ctx, n) && mayBePluralVerb(rules, n))) return undefined;
  // "sie" is a woman next to a verb of saying of one person ("sagte sie", "sie erklärte"); elsewhere too, never a
  // man named before ("Karl Brenner … Die Kanzlerin … Nachdem sie „…“"), unless a lower-case word next to it may be a
  // plural verb ("Sie dürften": "they").
  const verbNext = nextTo(ctx, i, (n) => speechVerb(ctx, n));
  return verbNext || !nextTo(ctx, i, (n) => mayBePluralVerb(rules, n)) ? 'f' : undefined;
}

/**
 * The gender a role phrase tells: its article as a subject ("der Kapitän", "die Vorsitzende"), else a feminine form
 * of a role word ("Sprecherin", "Ministerin"); else undefined. `at` is where the phrase starts.
 */
export function roleGender(ctx: ArticleContext, head: string, at: number): Gender | undefined {
  const rules = ctx.rules.quotes.genders;
  const first = ctx.words[wordIndexAt(ctx.words, at)];
  if (rules && first?.start === at) {
    if (rules.maleArticles.includes(first.lower)) return 'm';
    if (rules.femaleArticles.includes(first.lower)) return 'f';
  }
  const ending = rules?.femaleRoleEnding;
  if (ending === undefined || !head.endsWith(ending)) return undefined;
  const stem = head.slice(0, -ending.length);
  const last = stem.slice(stem.lastIndexOf('-') + 1);
  const title =
    ctx.sets.titles.has(stem) ||
    ctx.sets.titles.has(last) ||
    endsInTitle(stem, ctx.rules.entities.titleEndings);
  return stem.length >= 3 && title ? 'f' : undefined;
}

/** Whether two genders agree: an unknown one agrees with any. */
export const agrees = (a: Gender | undefined, b: Gender | undefined): boolean =>
  a === undefined || b === undefined || a === b;
