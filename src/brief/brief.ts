import { analyseArticle, normaliseAnalyseOptions, tokenize, type AnalyseOptions } from '../analyse/index.js';
import { cleanDocuments, cleanDocumentsWithin, normaliseCleanOptions } from '../clean/index.js';
import { tooSlowReason, type Budget } from '../core/budget.js';
import { mapped } from '../core/kept.js';
import { compareStory, findEvidence, normaliseCompareOptions } from '../compare/index.js';
import {
  lineLabelOf,
  type AnalysedArticle,
  type ArticleKind,
  type BriefArticle,
  type Carrier,
  type InputError,
  type SourceDocument,
} from '../core/types.js';
import { normaliseSummaryOptions, summarise } from '../summarise/index.js';
import { commonTerms, corroborate, storyTermCounts } from './corroborate.js';
import { sameFactAs, sameFactAt, someSameFact, storyFacts } from './facts.js';
import { articleOutlet, independentPublishers, type ArticleOutlet } from './publishers.js';
import { storyKinds, type StoryKinds } from './kinds.js';
import { withReferents } from './referents.js';
import type { BriefOptions } from './options.js';
import type { BriefMemo } from './memo.js';
import { BRIEF_SCHEMA, type Brief } from './types.js';

/** The language most articles are in (ties: the first article's). */
export function storyLanguage(articles: readonly AnalysedArticle[]): string {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.language, (counts.get(a.language) ?? 0) + 1);
  let best = articles[0]?.language ?? 'und';
  for (const [lang, n] of counts) if (n > (counts.get(best) ?? 0)) best = lang;
  return best;
}

function toBriefArticle(
  a: AnalysedArticle,
  kind: ArticleKind,
  published: StoryKinds['published'][number],
  outlet: ArticleOutlet,
  publisher: string | undefined,
): BriefArticle {
  const { meta } = a;
  const { entry } = outlet;
  return {
    id: a.id,
    ...(a.file !== undefined ? { file: a.file } : {}),
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(outlet.name !== undefined ? { source: outlet.name } : {}),
    ...(outlet.via !== undefined ? { sourceVia: outlet.via } : {}),
    ...(entry !== undefined
      ? {
          outlet: {
            ...(entry.family !== undefined ? { family: entry.family } : {}),
            country: entry.country,
            kind: entry.kind,
          },
        }
      : {}),
    ...(outlet.wire !== undefined ? { wire: outlet.wire } : {}),
    ...(publisher !== undefined ? { publisher } : {}),
    ...(meta.author !== undefined ? { author: meta.author } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    ...(published !== undefined ? { published: published.date } : {}),
    ...(published?.inferred === true ? { publishedInferred: true } : {}),
    kind,
    language: a.language,
    text: a.text,
    blocks: a.blocks,
    removed: a.removed,
  };
}

/** Clean and analyse the documents of one story (the stages before the story stage). */
export function prepareArticles(
  docs: readonly SourceDocument[],
  options: BriefOptions = {},
): AnalysedArticle[] {
  const cleanOptions = normaliseCleanOptions(options);
  const analyseOptions: AnalyseOptions = options.language !== undefined ? { language: options.language } : {};
  const normalised = normaliseAnalyseOptions(analyseOptions);
  return cleanDocuments(docs, cleanOptions).map((article) => analyseArticle(article, normalised));
}

/**
 * `prepareArticles` with a time budget per document (src/core/budget.ts): its cleaning and then its analysis are
 * measured together, checked after each stage, and a document over the budget is refused alone as `too slow to
 * read` (an error with its file); the others are prepared as `prepareArticles` prepares them.
 */
export function prepareArticlesWithin(
  docs: readonly SourceDocument[],
  options: BriefOptions,
  budget: Budget,
): { articles: AnalysedArticle[]; errors: InputError[] } {
  const cleaned = cleanDocumentsWithin(docs, normaliseCleanOptions(options), budget);
  const analyseOptions: AnalyseOptions = options.language !== undefined ? { language: options.language } : {};
  const normalised = normaliseAnalyseOptions(analyseOptions);
  const articles: AnalysedArticle[] = [];
  const errors = [...cleaned.errors];
  cleaned.articles.forEach((article, i) => {
    const started = budget.now();
    const analysed = analyseArticle(article, normalised);
    if ((cleaned.spentMs[i] ?? 0) + budget.now() - started <= budget.budgetMs) articles.push(analysed);
    else errors.push({ file: article.file ?? article.id, reason: tooSlowReason(budget.budgetMs) });
  });
  return { articles, errors };
}

/**
 * The pure core of `lagebild brief`: documents of one story in, one brief out. No I/O; same input, same output.
 * Articles whose cleaned text is empty are reported in `errors` and left out.
 */
export function briefFromDocuments(
  docs: readonly SourceDocument[],
  options: BriefOptions = {},
  inputErrors: readonly InputError[] = [],
): Brief {
  return briefFromArticles(prepareArticles(docs, options), options, inputErrors);
}

/**
 * The story stage: articles already cleaned and analysed in, one brief out (what a store that keeps analysed
 * articles calls, so that refreshing a story does not clean its documents again). Empty articles are reported.
 * The story's corroboration — which other articles carry each sentence — is computed once, from the wording and
 * the compare stage's evidence links, and both the summary (support) and the analysis (coverage) read it. The
 * kind of each article (report, preview, opinion, …) is decided here against the story's event date, with the
 * day an undated article was published when its text allows (`publishedInferred`).
 */
export function briefFromArticles(
  prepared: readonly AnalysedArticle[],
  options: BriefOptions = {},
  inputErrors: readonly InputError[] = [],
): Brief {
  return briefWithMemo(prepared, options, inputErrors);
}

/**
 * `briefFromArticles` with what each article shows on its own taken from (and kept in) `memo`: the same brief (see
 * `BriefMemo`); the story state of `updateBrief` keeps one.
 */
export function briefWithMemo(
  prepared: readonly AnalysedArticle[],
  options: BriefOptions,
  inputErrors: readonly InputError[],
  memo?: BriefMemo,
): Brief {
  const summaryOptions = normaliseSummaryOptions(options);
  const compareOptions = normaliseCompareOptions(options);
  const errors: InputError[] = [...inputErrors];
  const articles = prepared.filter((a) => {
    if (a.text.trim() !== '') return true;
    errors.push({
      file: a.file ?? a.id,
      reason: 'nothing left after cleaning (only navigation, credits or boilerplate)',
    });
    return false;
  });
  const titleTerms = (title: string, language: string): string[] =>
    tokenize(title, 0, title.length, language)
      .filter((t) => !t.stop)
      .map((t) => t.stem);
  // The evidence is found even without the analysis: its links decide support, which must not depend on it.
  const evidence = findEvidence(articles, memo?.evidence);
  // The story's own terms (in at least 80% of its articles): the corroboration and the fact matcher read them.
  const termCounts = storyTermCounts(articles, memo?.lexical);
  const common = commonTerms(termCounts, articles.length);
  const corroboration = corroborate(articles, evidence.links, compareOptions, memo?.lexical, common);
  // The kind of each article (report, preview, opinion, …) relative to the story's event date.
  const told = storyKinds(articles, evidence.dates, memo?.cues);
  // Who the sources are, and which count as independent publishers (unknown outlets: none).
  // Lists that other steps read are pushed, not mapped (see `mapped`).
  const outlets = mapped(articles, (a) => {
    const kept = memo?.outlets.get(a);
    if (kept !== undefined) return kept;
    const found = articleOutlet(a);
    memo?.outlets.set(a, found);
    return found;
  });
  const publishers = independentPublishers(articles, outlets, memo?.copies);
  // One line per fact: the fact matcher finds paraphrases the wording misses.
  const facts = storyFacts(articles, common, memo?.facts);
  const summary = summarise(
    articles,
    summaryOptions,
    titleTerms,
    corroboration,
    told.kinds,
    told.afterEvent,
    {
      sameFact: (x, y) => sameFactAt(facts, x, y),
      sameFactAs: (x) => sameFactAs(facts, x),
      publisherOf: (i) => publishers[i],
    },
    memo?.candidates,
  );
  return {
    schema: BRIEF_SCHEMA,
    headline: summary.headline,
    language: storyLanguage(articles),
    // A line opening with "Er" shows whom it means (the person the sentence before it names first), a line that is
    // only a quotation who said it.
    sentences: withReferents(summary.sentences, articles, evidence.entities, evidence.quotes),
    articles: articles.map((a, i) =>
      toBriefArticle(a, told.kinds[i] ?? 'report', told.published[i], outlets[i] ?? {}, publishers[i]),
    ),
    errors,
    ...(options.analysis === false
      ? {}
      : {
          analysis: compareStory(
            articles,
            evidence,
            corroboration,
            compareOptions,
            {
              publishers,
              weights: mapped(told.kinds, (kind) =>
                kind === 'preview'
                  ? summaryOptions.penalties.preview
                  : kind === 'opinion'
                    ? summaryOptions.penalties.opinion
                    : 1,
              ),
              labels: mapped(told.kinds, lineLabelOf),
              sameFact: (x: Carrier, y: Carrier) => sameFactAt(facts, x, y),
              sameFactAs: (x: Carrier) => sameFactAs(facts, x),
              someSameFact: (x: Carrier, wanted: (at: Carrier) => boolean) => someSameFact(facts, x, wanted),
              termCounts,
              shown: summary.shown,
            },
            memo?.coverage,
          ),
        }),
  };
}
