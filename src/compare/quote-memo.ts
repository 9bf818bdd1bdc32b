import type { AnalysedArticle } from '../core/types.js';
import type { ArticleContext } from './context.js';
import type { RawMention } from './lexicon.js';
import { findQuotes, type QuoteResult } from './quotes.js';

/**
 * The quotes of one article as found before, with everything of the story they were found with: the article's
 * person mentions, and every answer the story's lexicon (`keyOf`) and canonical names gave while finding them.
 * When the story gives the same answers again, the quotes are the same.
 */
interface KeptQuotes {
  readonly index: number;
  readonly persons: readonly RawMention[];
  readonly keys: readonly (readonly [readonly string[], string | undefined])[];
  readonly names: readonly (readonly [string, string | undefined])[];
  readonly result: QuoteResult;
}

/** Quotes per article, kept between briefs of a growing story (keyed by the article object; the last two). */
export type QuoteMemo = Map<AnalysedArticle, KeptQuotes[]>;

/** Entries kept per article: entity recognition runs twice per brief (before and after speakers are known). */
const KEPT = 2;

const sameMention = (a: RawMention, b: RawMention): boolean =>
  a === b ||
  (a.key === b.key &&
    a.type === b.type &&
    a.article === b.article &&
    a.start === b.start &&
    a.end === b.end &&
    a.text === b.text &&
    a.from === b.from &&
    a.to === b.to);

export interface QuoteStory {
  readonly keyOf: (words: readonly string[]) => string | undefined;
  readonly names: ReadonlyMap<string, string>;
}

function stillValid(
  kept: KeptQuotes,
  index: number,
  persons: readonly RawMention[],
  story: QuoteStory,
): boolean {
  return (
    kept.index === index &&
    kept.persons.length === persons.length &&
    kept.persons.every((m, i) => sameMention(m, persons[i] as RawMention)) &&
    kept.keys.every(([words, key]) => story.keyOf(words) === key) &&
    kept.names.every(([key, name]) => story.names.get(key) === name)
  );
}

/**
 * `findQuotes` for one article, taken from `memo` when the article, its place, its person mentions and every answer
 * of the story's lexicon and names it read are the same (the same quotes), and put there when not.
 */
export function articleQuotes(
  ctx: ArticleContext,
  persons: readonly RawMention[],
  story: QuoteStory,
  memo?: QuoteMemo,
): QuoteResult {
  const kept = memo?.get(ctx.article) ?? [];
  for (const k of kept) if (stillValid(k, ctx.index, persons, story)) return k.result;
  const keys: [readonly string[], string | undefined][] = [];
  const names: [string, string | undefined][] = [];
  const result = findQuotes({
    ctx,
    persons,
    keyOf: (words) => {
      const key = story.keyOf(words);
      keys.push([[...words], key]);
      return key;
    },
    names: {
      get: (key) => {
        const name = story.names.get(key);
        names.push([key, name]);
        return name;
      },
    },
  });
  memo?.set(ctx.article, [{ index: ctx.index, persons, keys, names, result }, ...kept].slice(0, KEPT));
  return result;
}
