/**
 * How the store keeps an analysed article (`articles.analysed`): JSON, with each token packed as
 * `[start, end, flags]` or `[start, end, flags, stem]` — `norm` is the token's text lower-cased (as `tokenize` makes
 * it), `stem` is kept only where it differs from `norm`, flags bit 1 = stopword, bit 2 = number. About a third of
 * the size of the plain JSON, so storing and reading it back cost less than cleaning and analysing again.
 */
import type { AnalysedArticle, Sentence, Token } from '../core/types.js';
import { lowerCase } from '../core/lower-case.js';

type PackedToken = readonly [number, number, number] | readonly [number, number, number, string];
type PackedSentence = Omit<Sentence, 'tokens'> & { readonly tokens: readonly PackedToken[] };

const STOP = 1;
const NUMBER = 2;

function packToken(t: Token): PackedToken {
  const flags = (t.stop ? STOP : 0) | (t.kind === 'number' ? NUMBER : 0);
  return t.stem === t.norm ? [t.start, t.end, flags] : [t.start, t.end, flags, t.stem];
}

function unpackToken(text: string, p: PackedToken): Token {
  // read by index: destructuring a list goes through its iterator where the code is not optimised
  const start = p[0];
  const end = p[1];
  const flags = p[2];
  const norm = lowerCase(text.slice(start, end));
  return {
    start,
    end,
    norm,
    stem: p[3] ?? norm,
    stop: (flags & STOP) !== 0,
    kind: (flags & NUMBER) !== 0 ? 'number' : 'word',
  };
}

/** The stored form of an analysed article. */
export function packAnalysed(article: AnalysedArticle): string {
  return JSON.stringify({
    ...article,
    sentences: article.sentences.map((s) => ({ ...s, tokens: s.tokens.map(packToken) })),
  });
}

/** The analysed article back from its stored form (throws on JSON that is not one). */
export function unpackAnalysed(json: string): AnalysedArticle {
  const stored = JSON.parse(json) as Omit<AnalysedArticle, 'sentences'> & {
    readonly sentences?: readonly PackedSentence[];
  };
  const { text, sentences } = stored;
  if (typeof text !== 'string' || sentences === undefined)
    throw new TypeError('the stored analysed article has no text or sentences');
  return {
    ...stored,
    sentences: sentences.map((s) => ({ ...s, tokens: s.tokens.map((p) => unpackToken(text, p)) })),
  };
}
