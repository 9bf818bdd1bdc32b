import type { ArticleContext } from './context.js';
import { isAcronym, isNameWord, type Word } from './words.js';

/**
 * Organisations found by rule in one article: the name after an organisation noun ("Nachrichtenagentur Tass")
 * and compounds with an organisation ending ("Außenministerium", "US-Botschaft").
 */
export function organisationSeeds(ctx: ArticleContext): string[] {
  const out: string[] = [];
  const { words, rules } = ctx;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const next = words[i + 1];
    if (
      ctx.sets.organisationNouns.has(w.lower) &&
      next?.tightBefore &&
      (isNameWord(next.text) || isAcronym(next.text))
    ) {
      out.push(next.text);
    }
    if (
      /^\p{Lu}/u.test(w.text) &&
      rules.entities.organisationEndings.some((e) => w.lower.endsWith(e) && w.lower.length > e.length + 1)
    ) {
      out.push(w.text);
    }
  }
  return out;
}
