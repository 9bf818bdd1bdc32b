import type { AnalysedArticle, InputError } from '../core/types.js';
import { briefWithMemo } from './brief.js';
import { briefMemo, pruneBriefMemo, type BriefMemo } from './memo.js';
import type { BriefOptions } from './options.js';
import type { Brief } from './types.js';

/** The version of `BriefState`: a state of another version is not updated but made again (`briefState`). */
export const BRIEF_STATE_VERSION = 2;

/**
 * A story's brief with what it was made from, kept so that adding an article updates it (`updateBrief`) without
 * scanning the story's other articles again: the analysed articles, the options, and what each article showed on its
 * own (`BriefMemo`: its words, dated mentions, figures, kind cues, outlet, fact terms, and which articles copy
 * which). In memory only (the memo holds the articles' objects).
 */
export interface BriefState {
  readonly version: typeof BRIEF_STATE_VERSION;
  readonly articles: readonly AnalysedArticle[];
  readonly options: BriefOptions;
  readonly inputErrors: readonly InputError[];
  readonly memo: BriefMemo;
  readonly brief: Brief;
}

/** A story's brief and its state: the brief is `briefFromArticles(articles, options, inputErrors)`. */
export function briefState(
  articles: readonly AnalysedArticle[],
  options: BriefOptions = {},
  inputErrors: readonly InputError[] = [],
): BriefState {
  const memo = briefMemo();
  const brief = briefWithMemo(articles, options, inputErrors, memo);
  return { version: BRIEF_STATE_VERSION, articles: [...articles], options, inputErrors, memo, brief };
}

/**
 * The brief of the story with one more article — at `at` (default: the end), or in place of the article with its id
 * — from the state of the story without it: what the other articles showed on their own is taken from the state,
 * only the new article is scanned (and the dated mentions of an article whose reference date or place changed), and
 * the story-wide steps (corroboration, centrality, selection, coverage) run again. The brief is the brief
 * `briefFromArticles` makes of all the articles in that order (tested). The new state shares the given state's memo.
 */
export function updateBrief(state: BriefState, article: AnalysedArticle, at?: number): BriefState {
  const same = state.articles.findIndex((a) => a.id === article.id);
  const articles = [...state.articles];
  if (same >= 0) articles[same] = article;
  else articles.splice(Math.max(0, Math.min(at ?? articles.length, articles.length)), 0, article);
  if (state.version !== BRIEF_STATE_VERSION) return briefState(articles, state.options, state.inputErrors);
  pruneBriefMemo(state.memo, articles);
  const brief = briefWithMemo(articles, state.options, state.inputErrors, state.memo);
  return { ...state, articles, brief };
}
