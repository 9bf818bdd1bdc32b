import {
  lineLabelOf,
  type AnalysedArticle,
  type ArticleKind,
  type BriefSentence,
  type Carrier,
  type Corroboration,
  type Span,
} from '../core/types.js';
import { rulesFor } from '../lang/index.js';
import { pointsBack } from '../lang/lines.js';
import { collectCandidates, MAX_CANDIDATES, type Candidate, type CandidateMemo } from './candidates.js';
import { chooseHeadline, type TitleTerms } from './headline.js';
import type { NormalisedSummaryOptions } from './options.js';
import { similarityGraph } from './graph.js';
import { scoreCandidates, type Scored } from './scoring.js';
import { displayOrder, selectSentences } from './select.js';
import { contentTerms } from './vectors.js';
import { isQuestion, openingWord, opensQuotation } from './features.js';
import { isBackground } from './background.js';
import { keptPer } from '../core/kept.js';

/** What the story stage knows beyond the wording, handed to the summary (every field optional). */
export interface StoryHints {
  /** Whether two sentences of the story state the same fact (the story stage's fact matcher). */
  readonly sameFact?: (a: Carrier, b: Carrier) => boolean;
  /**
   * Every other sentence of the story that states the fact of a sentence (`sameFact` with it first), in article
   * order: what an index finds without comparing the sentence with every other one. Without it, every sentence is
   * compared.
   */
  readonly sameFactAs?: (a: Carrier) => readonly Carrier[];
  /** The independent publisher of an article (index); undefined when its outlet is unknown (counts none). */
  readonly publisherOf?: (article: number) => string | undefined;
}

export interface StorySummary {
  readonly headline: string;
  readonly sentences: readonly BriefSentence[];
  /** The sentence each line is (article and sentence index), in line order. */
  readonly shown: readonly Carrier[];
}

const NONE: readonly Carrier[] = [];

/** Sentences from an article's start that are never its back half, however short it is. */
const FRONT = 3;

/**
 * Whether every carrier of a line stands in the back half of its article, and at least `FRONT` sentences in: the
 * place where reports give shared context ("Die 2009 eröffnete Botschaft ist die größte …") rather than their news.
 */
function inBackHalf(articles: readonly AnalysedArticle[], carriers: readonly Carrier[]): boolean {
  return carriers.every((c) => {
    const count = articles[c.article]?.sentences.length ?? 0;
    return c.sentence >= FRONT && 2 * c.sentence >= count;
  });
}

/**
 * Whether a sentence cannot open the brief on its own: it opens with a pronoun or a connective that points back
 * (`personPronouns`, `backPronouns`, `backConnectives` of the line tables: "She was sentenced on Monday …",
 * "However, people …") or with a quotation mark (someone's words, not what happened: "“I am so deeply honored …,”
 * Cox said"), or it is a question ("Is sexual addiction the real deal?") or a photo caption (`captionMarks`: "Joey
 * Wilson, left, rings up …").
 */
function weakLead(article: AnalysedArticle, sentence: Pick<Span, 'start' | 'end'>): boolean {
  const text = article.text.slice(sentence.start, sentence.end);
  if (opensQuotation(text) || isQuestion(text)) return true;
  const lines = rulesFor(article.language).lines;
  if (lines?.captionMarks?.some((mark) => text.includes(mark)) === true) return true;
  const word = openingWord(text);
  return word !== undefined && pointsBack(word, lines);
}

/**
 * The articles of a carrier list, kept per list object (the story stage keeps a sentence's list while its carriers
 * stay, so a growing story's briefs do not list them again).
 */
const carrierArticles: (carriers: readonly Carrier[]) => readonly number[] = keptPer((carriers) =>
  carriers.map((carrier) => carrier.article),
);

function articleFactor(kind: ArticleKind | undefined, options: NormalisedSummaryOptions): number {
  if (kind === 'preview') return options.penalties.preview;
  if (kind === 'opinion') return options.penalties.opinion;
  return 1;
}

/**
 * The articles that carry a chosen line: those the corroboration names, and every other article with a sentence
 * that states the same fact (`sameFact`: paraphrases the wording missed), in article order.
 */
function factSupport(
  articles: readonly AnalysedArticle[],
  s: Scored,
  sameFact: (a: Carrier, b: Carrier) => boolean,
  sameFactAs?: (a: Carrier) => readonly Carrier[],
): number[] {
  const own: Carrier = { article: s.candidate.article, sentence: s.candidate.position };
  const found = new Set(s.support);
  if (sameFactAs !== undefined) {
    for (const at of sameFactAs(own)) if (at.article !== own.article) found.add(at.article);
    return [...found].sort((x, y) => x - y);
  }
  articles.forEach((a, article) => {
    if (article === own.article || found.has(article)) return;
    if (a.sentences.some((_, sentence) => sameFact(own, { article, sentence }))) found.add(article);
  });
  return [...found].sort((x, y) => x - y);
}

/**
 * Extractive multi-document summary of one story: candidates scored by centrality over stemmed TF-IDF, by how
 * many other sources carry the same content (the story's `corroboration`, computed by the story stage), by
 * position and by the kind of their article (`kinds`, decided by the story stage: a preview's and an opinion
 * piece's lines count less); chosen greedily without redundancy under the word budget — a preview's line that
 * a later article carries is left to that article, and each line of a report written after the event
 * (`afterEvent`) makes that report's other lines count less, so that every such report is heard; no two lines
 * state the same fact (`hints.sameFact`), and a line's support names every article that states its fact; shown
 * outcome first (see `displayOrder`, by independent publishers when `hints.publishers` counts them), lines of
 * previews and opinion pieces labelled. Every line points at its article and character range. With a `memo`, each
 * article's candidate sentences are taken from it (the same summary).
 */
export function summarise(
  articles: readonly AnalysedArticle[],
  options: NormalisedSummaryOptions,
  titleTerms: TitleTerms,
  corroboration: Corroboration,
  kinds: readonly ArticleKind[] = [],
  afterEvent: readonly boolean[] = [],
  hints: StoryHints = {},
  memo?: CandidateMemo,
): StorySummary {
  const candidates = collectCandidates(articles, options.minWords, MAX_CANDIDATES, memo);
  const graph = similarityGraph(candidates);
  const support = candidates.map((c) => carrierArticles(corroboration[c.article]?.[c.position] ?? NONE));
  const factors = articles.map((_, a) => articleFactor(kinds[a], options));
  const scored = scoreCandidates(candidates, graph, support, articles.length, options, factors);
  // A preview's line that a report, an analysis or any other non-preview carries is said there, after the event.
  const replaced = (s: Scored): boolean =>
    kinds[s.candidate.article] === 'preview' && s.support.some((a) => kinds[a] !== 'preview');
  const at = (s: Scored): Carrier => ({ article: s.candidate.article, sentence: s.candidate.position });
  const { sameFact } = hints;
  const same = sameFact !== undefined ? (a: Scored, b: Scored) => sameFact(at(a), at(b)) : undefined;
  const chosen = selectSentences(scored, options, replaced, (a) => afterEvent[a] === true, same).map((s) =>
    sameFact !== undefined ? { ...s, support: factSupport(articles, s, sameFact, hints.sameFactAs) } : s,
  );
  const { publisherOf } = hints;
  const sourcesOf = (s: Scored): string[] =>
    publisherOf === undefined
      ? []
      : [
          ...new Set(
            [s.candidate.article, ...s.support].map(publisherOf).filter((p): p is string => p !== undefined),
          ),
        ];
  const ordered = displayOrder(
    chosen,
    kinds,
    (s) => sourcesOf(s).length,
    (s) => weakLead(articles[s.candidate.article] as AnalysedArticle, s.candidate.sentence),
    (s) => {
      const article = articles[s.candidate.article] as AnalysedArticle;
      const { start, end } = s.candidate.sentence;
      return isBackground(article.text.slice(start, end), rulesFor(article.language).lines);
    },
    (s) =>
      inBackHalf(articles, [at(s), ...(corroboration[s.candidate.article]?.[s.candidate.position] ?? NONE)]),
  );
  const sentences = ordered.map((s): BriefSentence => {
    const article = articles[s.candidate.article] as AnalysedArticle;
    const { start, end } = s.candidate.sentence;
    const label = lineLabelOf(kinds[s.candidate.article]);
    return {
      text: article.text.slice(start, end),
      article: article.id,
      start,
      end,
      ...(label !== undefined ? { label } : {}),
      support: s.support.map((i) => (articles[i] as AnalysedArticle).id),
      ...(publisherOf !== undefined ? { sources: sourcesOf(s) } : {}),
      score: Math.round(s.score * 1e4) / 1e4,
    };
  });
  const termOf = (c: Candidate): readonly string[] => contentTerms(c.sentence);
  const headline = chooseHeadline(articles, chosen, termOf, titleTerms, {
    kinds,
    ...(ordered[0] !== undefined ? { lead: ordered[0] } : {}),
  });
  return { headline, sentences, shown: ordered.map(at) };
}
