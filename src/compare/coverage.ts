import type { AnalysedArticle, Carrier, Corroboration, LineLabel, Sentence, Span } from '../core/types.js';
import { singleSourceClaims } from './single-claims.js';
import type {
  ArticleCoverage,
  ConsensusClaim,
  Coverage,
  CoverageHints,
  CorroboratedSpan,
  CoverageSpan,
} from './types.js';

/** Two places in different articles known to report the same thing (e.g. agreeing figures). */
export type EvidenceLink = readonly [Span, Span];

const NONE: readonly Carrier[] = [];

const carriersOf = (corroboration: Corroboration, article: number, sentence: number): readonly Carrier[] =>
  corroboration[article]?.[sentence] ?? NONE;

/**
 * The claims most sources carry, each listed once with its carriers: without `publishers`, at least half the
 * articles and at least two; with them, at least half the independent publishers the story knows and at least
 * two (an outlet's several articles and one wire text count once, an unknown outlet not at all).
 */
function consensusOf(
  articles: readonly AnalysedArticle[],
  corroboration: Corroboration,
  max: number,
  hints: CoverageHints,
): ConsensusClaim[] {
  const { publishers, labels } = hints;
  const labelOf = (article: number): LineLabel | undefined => labels?.[article];
  const known = publishers !== undefined ? new Set(publishers.filter((p) => p !== undefined)).size : 0;
  const need = Math.max(2, Math.ceil((publishers !== undefined ? known : articles.length) / 2));
  // Only the sentences carried widely enough, each with its place among all sentences (the last tie-break).
  const items: {
    article: number;
    sentence: number;
    by: readonly Carrier[];
    count: number;
    independent: string[];
    index: number;
  }[] = [];
  // Each article's publisher as a number (-1: unknown), so that a sentence's distinct publishers are counted with
  // a stamp per publisher (the sentence's index) before any list of them is made.
  const publisherIds = new Map<string, number>();
  const publisherOf = (publishers ?? []).map((p) => {
    if (p === undefined) return -1;
    let id = publisherIds.get(p);
    if (id === undefined) publisherIds.set(p, (id = publisherIds.size));
    return id;
  });
  const stamp = new Int32Array(publisherIds.size).fill(-1);
  const mark = (article: number, at: number): number => {
    const p = publisherOf[article] ?? -1;
    if (p < 0 || stamp[p] === at) return 0;
    stamp[p] = at;
    return 1;
  };
  let index = 0;
  articles.forEach((a, article) => {
    const carried = corroboration[article];
    for (let sentence = 0; sentence < a.sentences.length; sentence++) {
      const by = carried?.[sentence] ?? NONE;
      const at = index++;
      if (by.length + 1 < need) continue;
      let count = by.length + 1;
      if (publishers !== undefined) {
        count = mark(article, at);
        for (let k = 0; k < by.length; k++) count += mark((by[k] as Carrier).article, at);
      }
      if (count < need) continue;
      let independent: string[] = [];
      if (publishers !== undefined) {
        const seen = new Set<string>();
        const own = publishers[article];
        if (own !== undefined) seen.add(own);
        for (const c of by) {
          const p = publishers[c.article];
          if (p !== undefined) seen.add(p);
        }
        independent = [...seen];
      }
      items.push({ article, sentence, by, count, independent, index: at });
    }
  });
  // Among claims carried as widely, one told by a report comes before a preview's or an opinion piece's wording.
  const labelled = (item: { article: number }): number => (labelOf(item.article) === undefined ? 0 : 1);
  const order = items.sort(
    (x, y) =>
      y.count - x.count || y.by.length - x.by.length || labelled(x) - labelled(y) || x.index - y.index,
  );
  const covered = new Set<string>();
  const key = (article: number, sentence: number): string => `${article}:${sentence}`;
  const out: ConsensusClaim[] = [];
  for (const item of order) {
    if (out.length >= max) break;
    if (covered.has(key(item.article, item.sentence))) continue;
    covered.add(key(item.article, item.sentence));
    for (const c of item.by) covered.add(key(c.article, c.sentence));
    const article = articles[item.article] as AnalysedArticle;
    const { start, end } = article.sentences[item.sentence] as Sentence;
    out.push({
      text: article.text.slice(start, end),
      article: article.id,
      start,
      end,
      sources: [article.id, ...item.by.map((c) => (articles[c.article] as AnalysedArticle).id)],
      ...(publishers !== undefined ? { publishers: item.independent } : {}),
      ...sharedLabel([item.article, ...item.by.map((c) => c.article)].map(labelOf)),
    });
  }
  return out;
}

/** The label every carrier shares (all previews, or all opinion pieces), as `{label}`; else nothing. */
function sharedLabel(labels: readonly (LineLabel | undefined)[]): { label?: LineLabel } {
  const [first] = labels;
  return first !== undefined && labels.every((l) => l === first) ? { label: first } : {};
}

/**
 * The corroborated span of each carrier list (a sentence's carriers, the same list object while its sentence's
 * choices stay: see the story stage's corroboration), kept so that a growing story's briefs do not make its hundreds
 * of thousands of carrier ids again. Used only when it is still the sentence's span with the carriers' ids.
 */
const spans = new WeakMap<readonly Carrier[], CorroboratedSpan>();

function corroboratedSpan(
  articles: readonly AnalysedArticle[],
  sentence: CoverageSpan,
  by: readonly Carrier[],
): CorroboratedSpan {
  const kept = spans.get(by);
  if (kept !== undefined && kept.start === sentence.start && kept.end === sentence.end) {
    let same = kept.by.length === by.length;
    for (let k = 0; same && k < by.length; k++)
      same = kept.by[k] === articles[(by[k] as Carrier).article]?.id;
    if (same) return kept;
  }
  const span: CorroboratedSpan = {
    start: sentence.start,
    end: sentence.end,
    by: by.map((c) => (articles[c.article] as AnalysedArticle).id),
  };
  spans.set(by, span);
  return span;
}

/**
 * Which sentences other sources corroborate and which rest on one source, a source × source overlap matrix, the
 * claims most sources carry and the most important claims only one source makes — all read from the story's one
 * corroboration (see `Corroboration`); the story stage's `hints` (independent publishers, the fact matcher) make
 * consensus and single-source claims count publishers, not articles.
 */
export function storyCoverage(
  articles: readonly AnalysedArticle[],
  corroboration: Corroboration,
  maxConsensus: number,
  hints: CoverageHints = {},
): Coverage {
  const counts = articles.map(() => articles.map(() => 0));
  const perArticle: ArticleCoverage[] = articles.map((a, ai) => {
    const corroborated: CorroboratedSpan[] = [];
    const single: CoverageSpan[] = [];
    a.sentences.forEach((sentence, si) => {
      const by = carriersOf(corroboration, ai, si);
      const row = counts[ai] as number[];
      for (let k = 0; k < by.length; k++) {
        const other = (by[k] as Carrier).article;
        row[other] = (row[other] ?? 0) + 1;
      }
      if (by.length > 0) corroborated.push(corroboratedSpan(articles, sentence, by));
      else single.push({ start: sentence.start, end: sentence.end });
    });
    return { article: a.id, corroborated, single };
  });
  const matrix = articles.map((a, i) =>
    articles.map((_, j) => {
      if (i === j) return 1;
      const total = a.sentences.length;
      return total === 0 ? 0 : Math.round((((counts[i] as number[])[j] ?? 0) / total) * 1000) / 1000;
    }),
  );
  return {
    articles: perArticle,
    matrix,
    consensus: consensusOf(articles, corroboration, maxConsensus, hints),
    singleClaims: singleSourceClaims(articles, corroboration, hints),
  };
}
