/**
 * Adverbials between a verb of saying and its subject ("„…“, sagte am Montag der Minister", "Dazu sagte auf Nachfrage
 * eine Sprecherin: „…“"): the noun of a prepositional phrase there is no speaker, nor is a genitive after it ("auf
 * Anfrage der Zeitung"); the phrase after them is the subject.
 */
import type { ArticleContext } from './context.js';
import { roleGender } from './speaker-gender.js';
import { breakBefore, particleNameAt, type SpeakerPhrase } from './speaker-phrase.js';
import { isRoleNoun } from './speaker-roles.js';

/** Most lower-case words (article, adjectives) between a preposition and its noun ("an diesem späten Abend"). */
const MAX_LOWER = 3;

/**
 * The index of the word after a prepositional phrase opening at word `k` ("auf Nachfrage", "am Montag", "im
 * Interview", "am 3. März"): the preposition, up to three lower-case words, then one capitalised word, or a number
 * and a word of the calendar after it. -1 when word `k` is no preposition of the tables (or opens a name: "von der
 * Leyen"), the language reads no subject after an adverbial, or no such phrase ends before `limit`.
 */
export function pastAdverbial(ctx: ArticleContext, k: number, limit: number): number {
  const { prepositions, adverbialGenitives } = ctx.rules.quotes;
  const w = ctx.words[k];
  if (!w || !adverbialGenitives || !prepositions.includes(w.lower) || particleNameAt(ctx, k, limit) >= 0)
    return -1;
  let j = k + 1;
  while (j < limit && j - k <= MAX_LOWER && /^\p{Ll}/u.test(ctx.words[j]?.text ?? '') && !breakBefore(ctx, j))
    j++;
  const head = ctx.words[j];
  if (!head || j >= limit || breakBefore(ctx, j) || !/^[\p{Lu}\d]/u.test(head.text)) return -1;
  // "am 3. März", "im Mai 2020": the number or month and the word of the calendar or year after it.
  const next = ctx.words[j + 1];
  const dated =
    next !== undefined &&
    j + 1 < limit &&
    ((/^\d+$/u.test(head.text) && ctx.sets.calendar.has(next.lower)) ||
      (ctx.sets.calendar.has(head.lower) && /^\d{4}$/u.test(next.text)));
  return dated ? j + 2 : j + 1;
}

/**
 * Whether `phrase`, found at word `k` right after an adverbial, is a genitive of the adverbial's noun ("auf Anfrage
 * der Zeitung", "im Auftrag des Ministeriums"): opened by a genitive article, or by an article of
 * `adverbialGenitives` before anything but a masculine noun of a person ("sagte am Montag der Minister").
 */
export function genitiveAfterAdverbial(ctx: ArticleContext, k: number, phrase: SpeakerPhrase): boolean {
  const { adverbialGenitives = [], genitiveForms } = ctx.rules.quotes;
  const first = ctx.words[k];
  if (!first || phrase.kind === 'pronoun') return false;
  if (genitiveForms?.articles.includes(first.lower) === true) return true;
  if (!adverbialGenitives.includes(first.lower)) return false;
  const head = phrase.kind === 'role' ? phrase.head : phrase.role?.at(-1)?.toLowerCase();
  const word = ctx.words.slice(k, k + 8).find((w) => w.lower === head);
  return !(word !== undefined && isRoleNoun(ctx, word) && roleGender(ctx, word.lower, word.start) !== 'f');
}
