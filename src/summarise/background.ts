import type { LineRules } from '../lang/types.js';

/** Words and the clause marks between them, lower case, in order. */
const TOKENS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[,;:.!?()–—]/gu;

function tokens(text: string): string[] {
  return text.toLowerCase().match(TOKENS) ?? [];
}

const isWord = (t: string): boolean => /^[\p{L}\p{N}]/u.test(t);

/** Whether `words` holds `phrase` (words, lower case) as a run of whole words. */
function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  const first = phrase[0];
  if (first === undefined) return false;
  for (
    let i = words.indexOf(first);
    i >= 0 && i + phrase.length <= words.length;
    i = words.indexOf(first, i + 1)
  )
    if (phrase.every((w, k) => words[i + k] === w)) return true;
  return false;
}

/**
 * Whether a pluperfect auxiliary (`had`, `hatte`) has a past participle after it in the same clause, within `reach`
 * words: the sentence tells what had happened before the story's events ("In February Kim had talked with Trump").
 */
function inPluperfect(words: readonly string[], rules: NonNullable<LineRules['pluperfect']>): boolean {
  // whether a subordinator opened the clause read so far ("than had been estimated", "if he had stayed"): an
  // auxiliary there is no main verb
  let subordinate = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (!isWord(word)) subordinate = false;
    else if (rules.subordinators.includes(word)) subordinate = true;
    if (subordinate || !rules.auxiliaries.includes(word)) continue;
    for (let k = i + 1; k <= i + rules.reach && k < words.length; k++) {
      const w = words[k] as string;
      if (!isWord(w)) break;
      if (rules.participles.includes(w) || rules.participleShapes.some((shape) => shape.test(w))) return true;
    }
  }
  return false;
}

/** The phrases of the tables split into words, once per table. */
const phraseWords = new WeakMap<readonly string[], readonly (readonly string[])[]>();

function phrasesOf(phrases: readonly string[]): readonly (readonly string[])[] {
  let split = phraseWords.get(phrases);
  if (split === undefined) {
    split = phrases.map(tokens);
    phraseWords.set(phrases, split);
  }
  return split;
}

/**
 * Whether a sentence is background rather than a development of the story: it says what someone or something is known
 * for or has long been (`backgroundPhrases`: "gilt als", "is known for", "for years"), or what had happened before
 * (its verb in the pluperfect). Such a line goes after the story's other lines of its kind (src/summarise/select.ts).
 */
export function isBackground(text: string, lines: LineRules | undefined): boolean {
  if (lines === undefined || (lines.backgroundPhrases === undefined && lines.pluperfect === undefined))
    return false;
  const words = tokens(text);
  if (
    lines.backgroundPhrases !== undefined &&
    phrasesOf(lines.backgroundPhrases).some((p) => holdsPhrase(words, p))
  )
    return true;
  return lines.pluperfect !== undefined && inPluperfect(words, lines.pluperfect);
}
