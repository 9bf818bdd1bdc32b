import { isTitleWord, type ArticleContext } from './context.js';
import { FAMILY_FIRST } from './gazetteer-index.js';
import { type QuoteSpan, insideQuote } from './quote-spans.js';
import { particleFamilyEnd } from './speaker-phrase.js';
import { isCapitalised, isNameWord, type Word } from './words.js';

/** Who a sentence attributes speech to: a name (words as written) or a pronoun still to resolve. */
export type Attribution =
  | { readonly kind: 'verb' | 'marker'; readonly words: readonly string[]; readonly key: string | undefined }
  | { readonly kind: 'pronoun'; readonly at: number };

export interface AttributionInput {
  readonly ctx: ArticleContext;
  /** Word indices `[from, to)` of the sentence. */
  readonly from: number;
  readonly to: number;
  readonly quotes: readonly QuoteSpan[];
  readonly keyOf: (words: readonly string[]) => string | undefined;
}

/** The gap text before word `i` (punctuation and quote marks between it and the previous word). */
function gapBefore(ctx: ArticleContext, i: number, from: number): string {
  const w = ctx.words[i] as Word;
  const prev = i > from ? ctx.words[i - 1] : undefined;
  return ctx.article.text.slice(prev ? prev.end : Math.max(0, w.start - 3), w.start);
}

const CLAUSE_GAP = /[,:"“”„«»‚‘]/u;
/** A comma in a gap (before a `commaMarkers` word). */
const COMMA = /,/u;

/** A name of one or more tight name words starting at `i`; accepted when known or shaped like a full name. */
function nameAt(
  input: AttributionInput,
  i: number,
): { words: string[]; key: string | undefined; to: number } | undefined {
  const { ctx } = input;
  const words: string[] = [];
  let k = i;
  while (k < input.to && words.length < 4) {
    const w = ctx.words[k] as Word;
    // "Karl von Brenn": the particles and the family name end the name.
    const family = k > i ? particleFamilyEnd(ctx, k) : -1;
    if (family > 0 && family <= input.to) {
      words.push(...ctx.words.slice(k, family).map((x) => x.text));
      k = family;
      break;
    }
    if (!isNameWord(w.text) || (k > i && !w.tightBefore) || insideQuote(input.quotes, w.start)) break;
    if (isTitleWord(w, ctx)) break;
    words.push(w.text);
    k++;
  }
  if (words.length === 0) return undefined;
  // "Putins Berater Juri Uschakow": a genitive before a role word is not the speaker.
  const after = ctx.words[k];
  if (after && k < input.to && after.tightBefore && isTitleWord(after, ctx)) return undefined;
  const key = input.keyOf(words);
  const first = words[0] ?? '';
  const shaped = words.length >= 2 && (ctx.sets.firstNames.has(first) || FAMILY_FIRST.has(first));
  return key !== undefined || shaped ? { words, key, to: k } : undefined;
}

/** After a verb of saying: skip articles, adjectives and role words to the speaker's name or a pronoun. */
function speakerAfter(input: AttributionInput, i: number): Attribution | undefined {
  const { ctx } = input;
  for (let k = i; k < Math.min(input.to, i + 7); k++) {
    const w = ctx.words[k] as Word;
    if (insideQuote(input.quotes, w.start) || (k > i && /[.;!?]/u.test(gapBefore(ctx, k, input.from))))
      return undefined;
    if (ctx.sets.pronouns.has(w.text)) return { kind: 'pronoun', at: w.start };
    const name = nameAt(input, k);
    if (name) return { kind: 'verb', words: name.words, key: name.key };
    const skippable = ctx.sets.determiners.has(w.lower) || !isCapitalised(w.text) || isTitleWord(w, ctx);
    if (!skippable && !/s$/u.test(w.text)) return undefined;
  }
  return undefined;
}

/**
 * The speaker a sentence names, from the tables' patterns: "…, sagte X" / "sagte er" / "…, so X" / "laut X" /
 * "X sagte, …" / "…," X said / according to X. Words inside quotes are never the speaker.
 */
export function attributionOf(input: AttributionInput): Attribution | undefined {
  const { ctx } = input;
  const markers = ctx.rules.quotes.attributionMarkers.map((m) => m.split(' '));
  for (let i = input.from; i < input.to; i++) {
    const w = ctx.words[i] as Word;
    if (insideQuote(input.quotes, w.start)) continue;
    const gap = gapBefore(ctx, i, input.from);
    const clauseStart = i === input.from || CLAUSE_GAP.test(gap);
    for (const marker of markers) {
      const hit = marker.every((m, k) => ctx.words[i + k]?.lower === m);
      if (!hit || (ctx.sets.commaMarkers.has(marker[0] as string) && !COMMA.test(gap))) continue;
      const name = nameAt(input, i + marker.length);
      if (name) return { kind: 'marker', words: name.words, key: name.key };
    }
    if (ctx.sets.quoteVerbs.has(w.lower) && clauseStart) {
      const found = speakerAfter(input, i + 1);
      if (found) return found;
    }
    if (clauseStart) {
      if (ctx.sets.pronouns.has(w.lower) && ctx.sets.quoteVerbs.has(ctx.words[i + 1]?.lower ?? '')) {
        return { kind: 'pronoun', at: w.start };
      }
      const name = nameAt(input, i);
      const verb = name ? ctx.words[name.to] : undefined;
      if (name && verb && name.to < input.to && ctx.sets.quoteVerbs.has(verb.lower)) {
        return { kind: 'verb', words: name.words, key: name.key };
      }
    }
  }
  return undefined;
}
