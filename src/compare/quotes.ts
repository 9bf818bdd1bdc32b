import type { Sentence } from '../core/types.js';
import { attributionOf, type Attribution } from './attribution.js';
import { sentenceAt, type ArticleContext } from './context.js';
import type { RawMention } from './lexicon.js';
import { quoteSpans, type QuoteSpan } from './quote-spans.js';
import type { Quote } from './types.js';
import { scanWords, wordIndexAt, type Word } from './words.js';

/** Fewer words than this in quotation marks is a name or a scare quote ("Daily NK", "Obersten Führer"). */
const MIN_QUOTE_WORDS = 3;

export interface QuoteInput {
  readonly ctx: ArticleContext;
  /** Person mentions of this article, in text order. */
  readonly persons: readonly RawMention[];
  readonly keyOf: (words: readonly string[]) => string | undefined;
  readonly names: ReadonlyMap<string, string>;
}

interface Resolved {
  readonly speaker: string;
  readonly key: string | undefined;
  readonly words: readonly string[];
}

export interface QuoteResult {
  readonly quotes: Quote[];
  /** Names of speakers as written, for entity recognition. */
  readonly speakers: (readonly string[])[];
}

function sentenceWords(ctx: ArticleContext, sentence: Sentence): { from: number; to: number } {
  return { from: wordIndexAt(ctx.words, sentence.start), to: wordIndexAt(ctx.words, sentence.end) };
}

/** Words of a sentence range outside every quote. */
function outsideWords(ctx: ArticleContext, from: number, to: number, quotes: readonly QuoteSpan[]): Word[] {
  return ctx.words.slice(from, to).filter((w) => !quotes.some((q) => w.start > q.open && w.start < q.close));
}

class ArticleQuotes {
  private readonly bySentence = new Map<number, Resolved | null>();
  private readonly spans: QuoteSpan[];

  constructor(private readonly input: QuoteInput) {
    this.spans = quoteSpans(input.ctx.article.text);
  }

  private name(words: readonly string[], key: string | undefined): Resolved {
    const speaker = (key !== undefined ? this.input.names.get(key) : undefined) ?? words.join(' ');
    return { speaker, key, words };
  }

  /** The nearest person mentioned before `offset`, not earlier than `floor`. */
  private nearestPerson(offset: number, floor: number): Resolved | null {
    let best: RawMention | undefined;
    for (const m of this.input.persons) {
      if (m.end > offset) break;
      if (m.start >= floor && !this.spans.some((q) => m.start > q.open && m.start < q.close)) best = m;
    }
    return best ? this.name([best.text], best.key) : null;
  }

  private resolve(a: Attribution | undefined, sentence: number): Resolved | null {
    if (!a) return null;
    if (a.kind !== 'pronoun') return this.name(a.words, a.key);
    const previous = this.speakerOf(sentence - 1);
    if (previous) return previous;
    const sentences = this.input.ctx.article.sentences;
    const floor = (sentences[sentence - 1] ?? sentences[sentence])?.start ?? 0;
    return this.nearestPerson(a.at, floor);
  }

  /** The speaker a sentence attributes (by pattern), memoised; null when none. */
  speakerOf(index: number, depth = 0): Resolved | null {
    if (index < 0 || depth > 2) return null;
    const cached = this.bySentence.get(index);
    if (cached !== undefined) return cached;
    const sentence = this.input.ctx.article.sentences[index];
    if (!sentence) return null;
    const { from, to } = sentenceWords(this.input.ctx, sentence);
    const a = attributionOf({ ctx: this.input.ctx, from, to, quotes: this.spans, keyOf: this.input.keyOf });
    const resolved = a && a.kind === 'pronoun' ? this.resolve(a, index) : this.resolve(a, index);
    this.bySentence.set(index, resolved);
    return resolved;
  }

  /** Whether sentence `i` directly follows sentence `i - 1` (no heading between). */
  private follows(i: number): boolean {
    const s = this.input.ctx.article.sentences;
    const a = s[i - 1];
    const b = s[i];
    return !!a && !!b && b.block - a.block <= 1;
  }

  quotes(): QuoteResult {
    const { ctx } = this.input;
    const { article } = ctx;
    const quotes: Quote[] = [];
    const speakers: (readonly string[])[] = [];
    for (const span of this.spans) {
      let start = span.open + 1;
      let end = span.close;
      while (start < end && /\s/u.test(article.text[start] ?? '')) start++;
      while (end > start && /\s/u.test(article.text[end - 1] ?? '')) end--;
      const first = sentenceAt(article, span.open + 1);
      const last = sentenceAt(article, Math.max(span.open + 1, span.close - 1));
      if (first < 0 || last < 0 || scanWords(article.text, start, end).length < MIN_QUOTE_WORDS) continue;
      const from = wordIndexAt(ctx.words, (article.sentences[first] as Sentence).start);
      const to = wordIndexAt(ctx.words, (article.sentences[last] as Sentence).end);
      const outside = outsideWords(ctx, from, to, this.spans);
      let attribution: Quote['attribution'] = null;
      let resolved: Resolved | null = null;
      const a = attributionOf({ ctx, from, to, quotes: this.spans, keyOf: this.input.keyOf });
      const reported = outside.some((w) => ctx.sets.reportedSpeech.has(w.lower));
      if (a && !(a.kind === 'pronoun' && reported)) {
        resolved = this.resolve(a, first);
        attribution = resolved ? a.kind : null;
      } else if ((outside.length === 0 || reported) && this.follows(first)) {
        resolved = this.speakerOf(first - 1);
        attribution = resolved ? 'continuation' : null;
      }
      if (resolved && resolved.key === undefined) speakers.push(resolved.words);
      quotes.push({
        text: article.text.slice(start, end),
        speaker: resolved?.speaker ?? null,
        attribution,
        article: article.id,
        start,
        end,
      });
    }
    return { quotes, speakers };
  }
}

/**
 * Quotes of one article with their speakers: a verb pattern or marker in the sentence ("sagte X", "so X",
 * "X forderte"); a pronoun resolved to the previous sentence's speaker or the nearest person before it; a quote
 * that is a whole sentence, or reported speech ("bedeute", "hoffe"), continuing the previous sentence's speaker.
 * Anything else keeps `speaker: null`.
 */
export function findQuotes(input: QuoteInput): QuoteResult {
  return new ArticleQuotes(input).quotes();
}
