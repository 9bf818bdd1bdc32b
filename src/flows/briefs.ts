/**
 * Brief refresh: a stale story's brief made again from the analysed articles the store kept (no document is
 * cleaned again), saved only if the story did not change meanwhile. A refresh that fails is reported — returned,
 * logged, and written to the story (`briefError`; the story stays stale) — never swallowed.
 */
import { messageOf, type Problem } from '../core/result.js';
import type { AnalysedArticle } from '../core/types.js';
import { prepareArticles } from '../brief/index.js';
import { storyBrief } from './brief-states.js';
import type { StoreRepository, StoryForBrief } from '../store/types.js';
import { STORE_BRIEF_OPTIONS } from './prepare.js';

export interface RefreshOutcome {
  readonly refreshed: number;
  readonly failed: readonly Problem[];
}

/** The story's analysed articles (an article stored before they were kept is cleaned and analysed from its document). */
function articlesOf(story: StoryForBrief): AnalysedArticle[] {
  return story.articles.flatMap((a) =>
    a.analysed !== null ? [a.analysed] : prepareArticles([a.document], STORE_BRIEF_OPTIONS),
  );
}

/** Makes one story's brief again; false when the story changed meanwhile (it stays stale) or is gone. */
export async function refreshStory(repo: StoreRepository, id: string): Promise<boolean> {
  const story = await repo.storyForBrief(id);
  if (story === undefined) return false;
  // Updated from the story's kept state when it gained one article since its last refresh (src/flows/brief-states.ts).
  const { brief } = storyBrief(repo, id, articlesOf(story), STORE_BRIEF_OPTIONS);
  return repo.saveBrief(id, story.version, brief);
}

/**
 * Makes every stale story's brief again (awaiting `between`, when given, before each). A failure is returned as a problem (`story <id>`), given to `log`, and
 * recorded on the story; the other stories go on.
 */
export async function refreshStale(
  repo: StoreRepository,
  log: (line: string) => void = () => undefined,
  between?: () => Promise<void>,
): Promise<RefreshOutcome> {
  let refreshed = 0;
  const failed: Problem[] = [];
  // a story another worker is refreshing is left to it, then looked at again once that worker is done with it
  // (its refresh may have come too late for an article stored meanwhile): nothing made twice, none left stale
  const busy: string[] = [];
  for (const [pass, ids] of [await repo.staleStories(), busy].entries()) {
    for (const id of ids) {
      // a server lets other requests (reads of the old briefs) in between two stories' refreshes
      if (between !== undefined) await between();
      try {
        const done = await repo.claimBrief(id, () => refreshStory(repo, id), pass === 1);
        if (done === 'busy') busy.push(id);
        else if (done !== 'fresh' && done.value) refreshed++;
      } catch (error) {
        const reason = `brief not recomputed: ${messageOf(error)}`;
        failed.push({ file: `story ${id}`, reason });
        log(`lagebild: story ${id}: ${reason}`);
        try {
          await repo.markBriefFailed(id, reason);
        } catch (markError) {
          const why = `brief error not recorded: ${messageOf(markError)}`;
          failed.push({ file: `story ${id}`, reason: why });
          log(`lagebild: story ${id}: ${why}`);
        }
      }
    }
  }
  return { refreshed, failed };
}
