/**
 * Storyline links in `eval cluster` (issue 13, item 5): the predicted stories are linked into storylines as
 * `lagebild cluster` links a batch (src/flows/storylines.ts: the gap starts at the clustering window). A link
 * between two stories whose articles come mostly from different gold stories is false: on pooled Multi-News,
 * whose gold stories are unrelated events, every link across gold stories is false. A link between two predicted
 * parts of one gold story is true (a story the clusterer cut in two, joined again as chapters).
 */
import {
  DEFAULT_CLUSTER_OPTIONS,
  parseTime,
  type ClusterOptions,
  type StreamArticle,
} from '../cluster/index.js';
import {
  DEFAULT_STORYLINE_OPTIONS,
  linkStorylines,
  normaliseStorylineOptions,
  summariseStory,
} from '../cluster/storylines.js';

export interface StorylineCheck {
  /** Predicted stories linked (refused articles left out). */
  readonly stories: number;
  /** Stories that continue an earlier one. */
  readonly links: number;
  /** Links between stories of different (majority) gold stories. */
  readonly falseLinks: number;
}

/** The gold story most of `gold`'s entries name (ties: the smallest id). */
function majority(gold: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const g of gold) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}

/**
 * Links the predicted stories (`predicted[i]` the story of `articles[i]`, refused ones named with
 * `refusedPrefix`) and counts the links against `gold`.
 */
export function storylineCheck(
  articles: readonly StreamArticle[],
  predicted: readonly string[],
  gold: readonly string[],
  refusedPrefix: string,
  options: ClusterOptions = {},
): StorylineCheck {
  const members = new Map<string, number[]>();
  predicted.forEach((story, i) => {
    if (story.startsWith(refusedPrefix)) return;
    const list = members.get(story);
    if (list) list.push(i);
    else members.set(story, [i]);
  });
  const windowHours = options.windowHours ?? DEFAULT_CLUSTER_OPTIONS.windowHours;
  const storylines = normaliseStorylineOptions({
    minGapHours: windowHours,
    horizonDays: Math.max(DEFAULT_STORYLINE_OPTIONS.horizonDays, (2 * windowHours) / 24),
  });
  const summaries = [...members].map(([story, idx]) =>
    summariseStory(
      story,
      idx.flatMap((i) => {
        const article = articles[i];
        return article === undefined ? [] : [{ article, time: parseTime(article.published) }];
      }),
      storylines,
    ),
  );
  const goldOf = new Map(
    [...members].map(([story, idx]) => [story, majority(idx.map((i) => gold[i] ?? ''))]),
  );
  let links = 0;
  let falseLinks = 0;
  for (const [story, link] of linkStorylines(summaries, storylines)) {
    if (link.continues === undefined) continue;
    links++;
    if (goldOf.get(story) !== goldOf.get(link.continues.story)) falseLinks++;
  }
  return { stories: members.size, links, falseLinks };
}
