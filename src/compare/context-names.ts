/**
 * Persons whose given name the tables do not know, found by what stands beside a full name in one sentence (German
 * text names people the name tables do not list; GermEval's held-out recall falls most on them): two or three name
 * words right before an age or a match minute in brackets ("Lena Okafor (37) bleibt …", "traf Joao Pereira (30.)"),
 * or right after a verb of saying and ending its clause ("…, sagt Kemal Aydin, Inhaber der …", "erklärte Kemal Aydin
 * am Donnerstag"). The words are no nouns, places or organisations of the tables, and the given name is one the
 * first-name rule does not read (it reads the known ones).
 */
import type { ArticleContext } from './context.js';
import { knownWord } from './gazetteer-index.js';
import type { NameSeed } from './persons.js';
import { FAMILY, GIVEN, knownPhrase, nameBefore, shapesOf, unknownNameWord } from './repeated-names.js';
import { type Word } from './words.js';

/** An age or a match minute in brackets right after a name: " (37)", " (30.)". */
const AGE_AFTER = /^ \(\d{1,3}\.?\)/u;
/** What ends a speaker's name after a verb of saying: punctuation, or a space and a lower-case word. */
const CLAUSE_AFTER = /^(?:[,.;:!?]|\s+\p{Ll})/u;
/** A word in the place-adjective ending whose stem the shared gazetteer knows as a place ("Duisburger", "Kölner"). */
function placeAdjective(ctx: ArticleContext, word: string): boolean {
  const ending = shapesOf(ctx).placeAdjectiveEnding;
  return ending !== '' && word.endsWith(ending) && knownWord(word.slice(0, -ending.length))?.type === 'place';
}
/** A number in digits, a verb form after which is an adjective ("416 bestätigte Fälle"). */
const DIGITS = /^\d[\d.,]*$/u;

/** The end of two or three unknown name words from word `i` ("Kemal Aydin", "Ana Lucia Pereira"), or -1. */
function nameRun(ctx: ArticleContext, i: number): number {
  const { words } = ctx;
  const first = words[i] as Word;
  if (!unknownNameWord(ctx, i, GIVEN) || ctx.sets.firstNames.has(first.text)) return -1;
  // "-4 Grad Celsius (0)": a unit after a number; "Kölner Seniorin (75)": a place's adjective.
  if (DIGITS.test(words[i - 1]?.text ?? '') || placeAdjective(ctx, first.text)) return -1;
  let to = i + 1;
  while (to - i < 3 && words[to]?.tightBefore === true && unknownNameWord(ctx, to, FAMILY)) to++;
  if (to - i < 2) return -1;
  const rest = words.slice(i + 1, to);
  // "sagte Schmidt Große Resonanz …" (a text without its full stops): an adjective inside is no name's.
  if (rest.slice(0, -1).some((w) => ctx.sets.adjectives.lowerTwo.test(w.lower))) return -1;
  // A known given name inside is the first-name rule's ("Kletterer Paul Berg": a role before it); a feminine
  // agent noun is a role ("Seniorin", "Studentin"; not "Putin", "Franklin").
  if (
    rest.some((w) => ctx.sets.firstNames.has(w.text)) ||
    shapesOf(ctx).feminineAgent.test((words[to - 1] as Word).text)
  )
    return -1;
  // "kritisierte Amnesty International am Montag": a known organisation's or place's name.
  if (knownPhrase(ctx, i, to)) return -1;
  const next = words[to];
  // A capitalised word right after: a longer name ("Kemal Aydin Holding").
  return next?.tightBefore === true && /^\p{Lu}/u.test(next.text) ? -1 : to;
}

/** The person names of one article found by an age, a minute or a verb of saying beside them (see above). */
export function contextNames(ctx: ArticleContext): NameSeed[] {
  if (ctx.rules.entities.unknownNames === undefined) return [];
  const { words } = ctx;
  const { text } = ctx.article;
  const out: NameSeed[] = [];
  const push = (from: number, to: number): void => {
    out.push({
      article: ctx.index,
      from,
      to,
      words: words.slice(from, to).map((w) => w.text),
      rule: 'context',
    });
  };
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as Word;
    if (ctx.sets.quoteVerbs.has(w.lower)) {
      const before = words[i - 1];
      // "416 bestätigte Fälle", "die gemeldeten Fälle": an adjective, no verb of saying ("Das sagte …" is one).
      if (before !== undefined && DIGITS.test(before.text)) continue;
      if (
        before !== undefined &&
        ctx.sets.determiners.has(before.lower) &&
        shapesOf(ctx).participleAdjective.test(w.lower)
      )
        continue;
      if (words[i + 1]?.tightBefore !== true) continue;
      const to = nameRun(ctx, i + 1);
      const end = (words[to - 1] as Word | undefined)?.end ?? 0;
      if (to > 0 && CLAUSE_AFTER.test(text.slice(end, end + 3))) {
        push(i + 1, to);
        i = to - 1;
      }
      continue;
    }
    // The shape first (`nameRun` asks it too): most words are no capitalised word of four to ten letters.
    if (!GIVEN.test(w.text) || nameBefore(ctx, i)) continue;
    const to = nameRun(ctx, i);
    if (to > 0 && AGE_AFTER.test(text.slice((words[to - 1] as Word).end, (words[to - 1] as Word).end + 8))) {
      push(i, to);
      i = to - 1;
    }
  }
  return out;
}
