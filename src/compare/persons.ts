import { isTitleWord, type ArticleContext } from './context.js';
import { FAMILY_FIRST } from './gazetteer-index.js';
import { isTableName } from './name-rules.js';
import { isNameWord, type Word } from './words.js';

/** A name found by a rule: word indices `[from, to)` of one article. */
export interface NameSeed {
  readonly article: number;
  readonly from: number;
  readonly to: number;
  readonly words: readonly string[];
  readonly rule: 'title' | 'first-name' | 'family-first' | 'speaker';
}

const HYPHEN_GIVEN = /^\p{L}\p{Ll}+-\p{L}\p{Ll}+$/u;
const SHORT_SYLLABLE = /^\p{Lu}\p{Ll}{0,3}$/u;

/** A capitalised word that may be part of a person's name here (not a place, month, article, role word). */
export function personWord(word: Word | undefined, ctx: ArticleContext): word is Word {
  if (!word || !isNameWord(word.text)) return false;
  if (isTableName(word.text, ctx)) return false;
  if (ctx.sets.calendar.has(word.lower) || ctx.sets.determiners.has(word.lower)) return false;
  if (ctx.sets.notPlaces.has(word.lower)) return false;
  return !isTitleWord(word, ctx);
}

function seed(ctx: ArticleContext, from: number, to: number, rule: NameSeed['rule']): NameSeed {
  const words = ctx.words.slice(from, to).map((w) => w.text);
  return { article: ctx.index, from, to, words, rule };
}

/** "Präsident Wladimir Putin", "Staatschef Putin", "Berater Juri Uschakow": up to three name words after a title. */
function afterTitle(ctx: ArticleContext, i: number): NameSeed | undefined {
  const { words } = ctx;
  let j = i + 1;
  while (j < words.length && words[j]?.tightBefore && isTitleWord(words[j] as Word, ctx)) j++;
  let k = j;
  while (k < words.length && k - j < 3 && words[k]?.tightBefore && personWord(words[k], ctx)) k++;
  if (k === j) return undefined;
  // A family-first name ends with given-name syllables ("Kim Jong Un"): keep those; otherwise at most 3 words.
  return seed(ctx, j, k, 'title');
}

/** "Kim Jong-un", "Kim Jong Un", "Choe Son Hui": a family name written first, then given-name syllables. */
function familyFirst(ctx: ArticleContext, i: number): NameSeed | undefined {
  const { words } = ctx;
  const next = words[i + 1];
  if (!next?.tightBefore) return undefined;
  const given = next.text.replace(/s$/u, '');
  if (HYPHEN_GIVEN.test(next.text) || HYPHEN_GIVEN.test(given)) return seed(ctx, i, i + 2, 'family-first');
  const third = words[i + 2];
  if (
    SHORT_SYLLABLE.test(next.text) &&
    third?.tightBefore &&
    SHORT_SYLLABLE.test(third.text.replace(/s$/u, '')) &&
    personWord(next, ctx) &&
    personWord(third, ctx)
  ) {
    return seed(ctx, i, i + 3, 'family-first');
  }
  return undefined;
}

/** Lower-case particles inside a name ("Ursula von der Leyen", "Rafael van der Vaart"). */
const PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'di',
  'da',
  'du',
  'del',
  'zu',
  'ten',
  'ter',
  'le',
  'la',
]);

/**
 * The end of a name that starts with a first name at `i` (the next word is a person word): up to three more name
 * words ("Franz Josef Jung", "Florian David Fitz"), with particles before the last ("Franz von Papen").
 */
function afterFirstName(ctx: ArticleContext, i: number): number {
  const { words } = ctx;
  let end = i + 2;
  let k = end;
  while (k < words.length && k - i < 6 && words[k]?.tightBefore) {
    const w = words[k] as Word;
    if (PARTICLES.has(w.text)) {
      k++;
      continue;
    }
    if (!personWord(w, ctx) || end - i >= 4) break;
    end = k + 1;
    k = end;
  }
  return end;
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
    if (ctx.sets.firstNames.has(w.text) && personWord(words[i + 1], ctx) && words[i + 1]?.tightBefore) {
      const to = afterFirstName(ctx, i);
      out.push(seed(ctx, i, to, 'first-name'));
      i = to - 1;
      continue;
    }
    if (isTitleWord(w, ctx)) {
      const s = afterTitle(ctx, i);
      if (s) out.push(s);
    }
  }
  return out;
}
