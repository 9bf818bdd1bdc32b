/**
 * A clusterer for the store's tests whose grouping does not depend on arrival order: the story of an article
 * is given by its id (`topic(id)`), named after the topic's first article; an article whose id starts with
 * `merge:<a>:<b>:` joins topic `a` and merges topic `b`'s story into it. Replay re-creates the same state.
 */
import type { Assignment, Clusterer, StoryInfo, StreamArticle } from '../../src/cluster/types.js';

export function topicOf(id: string): string {
  if (/^\d{3}_/u.test(id)) return 'kim-putin';
  const merge = /^merge:([^:]+):/u.exec(id);
  if (merge) return merge[1] ?? id;
  return id.split('-')[0] ?? id;
}

export function topicClusterer(): Clusterer {
  const storyOfTopic = new Map<string, string>();
  const members = new Map<string, string[]>();
  const apply = (a: Assignment): void => {
    members.set(a.story, [...(members.get(a.story) ?? []), a.article]);
    for (const m of a.merges) {
      members.set(m.into, [...(members.get(m.into) ?? []), ...(members.get(m.from) ?? [])]);
      members.delete(m.from);
      for (const [topic, story] of storyOfTopic) if (story === m.from) storyOfTopic.set(topic, m.into);
    }
  };
  return {
    add(article: StreamArticle): Assignment {
      const topic = topicOf(article.id);
      const known = storyOfTopic.get(topic);
      const story = known ?? `s:${article.id}`;
      if (!known) storyOfTopic.set(topic, story);
      const merge = /^merge:[^:]+:([^:]+):/u.exec(article.id);
      const from = merge ? storyOfTopic.get(merge[1] ?? '') : undefined;
      const merges = from !== undefined && from !== story ? [{ from, into: story, score: 1 }] : [];
      const assignment = { article: article.id, story, score: known ? 1 : 0, isNew: !known, merges };
      apply(assignment);
      return assignment;
    },
    replay(article: StreamArticle, assignment: Assignment): void {
      const topic = topicOf(article.id);
      if (!storyOfTopic.has(topic)) storyOfTopic.set(topic, assignment.story);
      apply(assignment);
    },
    stories(): readonly StoryInfo[] {
      return [...members].map(([id, articles]) => ({
        id,
        articles,
        languages: [],
        first: '',
        last: '',
        headline: id,
        open: true,
      }));
    },
  };
}
