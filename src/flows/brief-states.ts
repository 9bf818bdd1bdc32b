/**
 * Brief states kept between refreshes of the stories a store holds (issue 14): when a story gained one article since
 * its brief was last made here, its brief is updated from the kept state (`updateBrief`: only the new article is
 * scanned) instead of being made from scratch; otherwise it is made from scratch and its state kept. The brief is the
 * same either way (`updateBrief` equals `briefFromArticles`). An article added at the end also continues the kept
 * corroboration (src/brief/lexical.ts); one inserted before the end makes it again. Kept in memory, per repository,
 * for the few most recently refreshed stories of at least `MIN_STATE_ARTICLES` articles (a small story is cheap to
 * brief again).
 */
import { briefState, updateBrief, type Brief, type BriefOptions, type BriefState } from '../brief/index.js';
import type { AnalysedArticle } from '../core/types.js';

/** Stories whose state is kept at most, per repository (the most recently refreshed). */
export const MAX_STATES = 4;
/** Stories of fewer articles keep no state. */
export const MIN_STATE_ARTICLES = 20;

const kept = new WeakMap<object, Map<string, BriefState>>();

/** Whether two analysed articles are the same for the brief (an article the store analysed again is not). */
function sameArticle(a: AnalysedArticle, b: AnalysedArticle): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.language === b.language &&
      a.text === b.text &&
      a.sentences.length === b.sentences.length &&
      JSON.stringify(a.meta) === JSON.stringify(b.meta) &&
      JSON.stringify(a.blocks) === JSON.stringify(b.blocks) &&
      JSON.stringify(a.removed) === JSON.stringify(b.removed))
  );
}

/** The state updated by the one article `articles` has beyond the state's (at its place), or undefined. */
function grownByOne(state: BriefState, articles: readonly AnalysedArticle[]): BriefState | undefined {
  if (articles.length !== state.articles.length + 1) return undefined;
  let at = 0;
  while (
    at < state.articles.length &&
    sameArticle(state.articles[at] as AnalysedArticle, articles[at] as AnalysedArticle)
  )
    at++;
  for (let i = at; i < state.articles.length; i++)
    if (!sameArticle(state.articles[i] as AnalysedArticle, articles[i + 1] as AnalysedArticle))
      return undefined;
  const added = articles[at] as AnalysedArticle;
  if (state.articles.some((a) => a.id === added.id)) return undefined;
  return updateBrief(state, added, at);
}

/**
 * The brief of story `id` of `owner` (the repository) from its analysed articles, updated from the state kept for it
 * when it gained one article since (see above). `how` says which: `updated` or `made`.
 */
export function storyBrief(
  owner: object,
  id: string,
  articles: readonly AnalysedArticle[],
  options: BriefOptions,
): { brief: Brief; how: 'updated' | 'made' } {
  let states = kept.get(owner);
  if (states === undefined) kept.set(owner, (states = new Map()));
  const previous = states.get(id);
  const updated =
    previous !== undefined && previous.options === options ? grownByOne(previous, articles) : undefined;
  const state = updated ?? briefState(articles, options);
  states.delete(id);
  if (articles.length >= MIN_STATE_ARTICLES) states.set(id, state);
  for (const key of states.keys()) {
    if (states.size <= MAX_STATES) break;
    states.delete(key);
  }
  return { brief: state.brief, how: updated !== undefined ? 'updated' : 'made' };
}
