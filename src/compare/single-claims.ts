/**
 * "Nur in einer Quelle": the few most important claims that rest on one source, ranked — not every sentence no
 * other source carries. A claim is a sentence of enough words (`MIN_WORDS`) that no other publisher carries; it
 * ranks by how central its content is to the story (the share of the other articles that use each of its terms,
 * averaged, and scaled down for short sentences), raised for the figures and names it states, lowered the later
 * it stands in its article, and scaled by its article's weight (the story stage counts previews and opinion
 * pieces less). Questions and sentences whose every term is in every article are left out, and a story of one
 * article has none (every claim of it rests on one source).
 */
import type { AnalysedArticle, Corroboration, Sentence } from '../core/types.js';
import { contentTerms, wordCount } from '../summarise/index.js';
import type { CoverageHints, SingleClaim } from './types.js';
import { keptPer } from '../core/kept.js';
import { shownSentences, type SentenceSet } from './shown-lines.js';

/** Claims shown at most. */
export const MAX_SINGLE_CLAIMS = 5;
/** Shortest claim, in words. */
const MIN_WORDS = 8;
/** Terms a claim needs for its centrality to count in full. */
const FULL_TERMS = 8;

const words = wordCount;

/** Figures (numbers) and names (capitalised words after the first) a sentence states. */
function detail(sentence: Sentence, text: string): number {
  let figures = 0;
  let names = 0;
  sentence.tokens.forEach((t, i) => {
    if (t.kind === 'number') figures++;
    else if (i > 0 && !t.stop) {
      const c = text[t.start];
      if (c !== undefined && c !== c.toLowerCase()) names++;
    }
  });
  return 1 + 0.3 * Math.min(figures, 3) + 0.15 * Math.min(names, 4);
}

/** Each article's distinct content terms (the article alone decides them; kept while the article object lives). */
export const articleTerms: (article: AnalysedArticle) => ReadonlySet<string> = keptPer(
  (article) => new Set(article.sentences.flatMap(contentTerms)),
);

/** What a sentence is as a claim on its own: its text, distinct content terms and detail (see `detail`). */
interface OwnClaim {
  readonly text: string;
  readonly terms: readonly string[];
  readonly detail: number;
}

/**
 * Each article's sentences as claims (undefined: too short or a question), kept per article object and made when
 * first asked: a growing story's briefs do not read its sentences again.
 */
const ownClaims = new WeakMap<AnalysedArticle, (OwnClaim | null | undefined)[]>();

function claimOf(article: AnalysedArticle, s: number): OwnClaim | undefined {
  let list = ownClaims.get(article);
  if (list === undefined) {
    list = [];
    ownClaims.set(article, list);
  }
  const kept = list[s];
  if (kept !== undefined) return kept ?? undefined;
  const sentence = article.sentences[s] as Sentence;
  const text = article.text.slice(sentence.start, sentence.end);
  const claim =
    words(text) < MIN_WORDS || text.trim().endsWith('?')
      ? null
      : { text, terms: [...new Set(contentTerms(sentence))], detail: detail(sentence, article.text) };
  list[s] = claim;
  return claim ?? undefined;
}

/**
 * The story's single-source claims, best first. `publishers[i]` is the independent publisher of article `i`
 * (undefined: unknown); a sentence carried only by other articles of its own publisher (or wire copies of the same
 * text) is still single-source; one carried by any other article is not, an unknown outlet's included — it is not
 * confirmed (the consensus does not count it), but it is not in one source only. Without `publishers`, any other
 * article that carries a sentence takes it off the list.
 */
export function singleSourceClaims(
  articles: readonly AnalysedArticle[],
  corroboration: Corroboration,
  hints: CoverageHints = {},
  max = MAX_SINGLE_CLAIMS,
  shown: SentenceSet = shownSentences(corroboration, hints),
): SingleClaim[] {
  // With one article every claim rests on one source: the list would only repeat the article.
  if (articles.length < 2) return [];
  const publishers = hints.publishers ?? [];
  const others = Math.max(1, articles.length - 1);
  let df = hints.termCounts;
  if (df === undefined) {
    const counts = new Map<string, number>();
    for (const article of articles)
      for (const t of articleTerms(article)) counts.set(t, (counts.get(t) ?? 0) + 1);
    df = counts;
  }
  const everywhere = (t: string): boolean => (df.get(t) ?? 0) >= articles.length && articles.length > 1;
  // Another article carries a claim unless it is known to be of the claim's own publisher (an outlet's other
  // article, a copy of the same wire text): an article of an unknown outlet confirms nothing (consensus does not
  // count it), but the claim then stands in two texts, not "only in one source".
  const elsewhere = (b: number, a: number): boolean => {
    if (b === a) return false;
    const own = publishers[a];
    return own === undefined || publishers[b] !== own;
  };
  const found: { claim: SingleClaim; order: number; article: number; sentence: number }[] = [];
  let order = 0;
  articles.forEach((article, a) => {
    article.sentences.forEach((sentence, s) => {
      order++;
      const carriers = corroboration[a]?.[s] ?? [];
      if (carriers.some((c) => elsewhere(c.article, a))) return;
      const claim = claimOf(article, s);
      if (claim === undefined) return;
      const { text, terms } = claim;
      if (terms.length === 0 || terms.every(everywhere)) return;
      const central = terms.reduce((sum, t) => sum + ((df.get(t) ?? 1) - 1) / others, 0) / terms.length;
      const score =
        ((central * Math.min(1, terms.length / FULL_TERMS) * claim.detail) / (1 + s) ** 0.3) *
        (hints.weights?.[a] ?? 1);
      found.push({
        claim: {
          text,
          article: article.id,
          start: sentence.start,
          end: sentence.end,
          score: Math.round(score * 1e4) / 1e4,
          ...(hints.labels?.[a] !== undefined ? { label: hints.labels[a] } : {}),
        },
        order,
        article: a,
        sentence: s,
      });
    });
  });
  // Best first; a claim whose fact another publisher states in other words (the fact matcher) is not single.
  // Checked only down the ranking until `max` are found, so the cost stays in proportion to the story.
  const ranked = found.sort((x, y) => y.claim.score - x.claim.score || x.order - y.order);
  const { sameFact, sameFactAs, someSameFact } = hints;
  const confirms = (f: (typeof found)[number], b: number): boolean => elsewhere(b, f.article);
  const stated = (f: (typeof found)[number]): boolean =>
    someSameFact !== undefined
      ? someSameFact({ article: f.article, sentence: f.sentence }, (at) => confirms(f, at.article))
      : sameFactAs !== undefined
        ? sameFactAs({ article: f.article, sentence: f.sentence }).some((at) => confirms(f, at.article))
        : sameFact !== undefined &&
          articles.some(
            (other, b) =>
              confirms(f, b) &&
              other.sentences.some((_, t) =>
                sameFact({ article: f.article, sentence: f.sentence }, { article: b, sentence: t }),
              ),
          );
  // Nor is a claim listed whose fact a line of the brief already states (`shown`: see `shownSentences`), nor one
  // that says again what a claim listed above says (the same words, or the same fact by the fact matcher: an
  // article that repeats its teaser as its first sentence listed it twice).
  const out: SingleClaim[] = [];
  const listed: (typeof found)[number][] = [];
  const again = (f: (typeof found)[number]): boolean =>
    listed.some(
      (l) =>
        l.claim.text === f.claim.text ||
        (sameFact !== undefined &&
          sameFact(
            { article: l.article, sentence: l.sentence },
            { article: f.article, sentence: f.sentence },
          )),
    );
  for (const f of ranked) {
    if (out.length >= max) break;
    if (shown.has(f.article, f.sentence)) continue;
    // the cheap check first: a repeat is passed over without asking the fact matcher about every other article
    if (again(f) || stated(f)) continue;
    out.push(f.claim);
    listed.push(f);
  }
  return out;
}
