/**
 * The story every article of a run ends in: the assignments in order, with the merges and splits each reported
 * applied after it (merges first, then splits, as the clusterer made them).
 */
import type { Assignment } from './types.js';

/** The final story of each assignment (by position: an article id that comes twice is followed each time). */
export function finalStories(assignments: readonly Assignment[]): string[] {
  const storyOf: string[] = [];
  const members = new Map<string, Set<number>>();
  const byId = new Map<string, number[]>();
  const alias = new Map<string, string>();
  const resolve = (story: string): string => {
    let id = story;
    for (let next = alias.get(id); next !== undefined && next !== id; next = alias.get(id)) id = next;
    return id;
  };
  const put = (i: number, story: string): void => {
    storyOf[i] = story;
    let set = members.get(story);
    if (!set) members.set(story, (set = new Set()));
    set.add(i);
  };
  assignments.forEach((a, i) => {
    put(i, a.story);
    const seen = byId.get(a.article);
    if (seen) seen.push(i);
    else byId.set(a.article, [i]);
    for (const merge of a.merges) {
      // a story merged away earlier stands for the one it went into
      const into = resolve(merge.into);
      const from = resolve(merge.from);
      if (from !== into) alias.set(from, into);
      if (merge.from !== into) alias.set(merge.from, into);
      const moved = members.get(from);
      if (!moved || from === into) continue;
      members.delete(from);
      for (const j of moved) put(j, into);
    }
    for (const split of a.splits ?? []) {
      const left = members.get(split.from);
      for (const id of [...split.articles, ...split.duplicates])
        for (const j of byId.get(id) ?? []) {
          if (storyOf[j] !== split.from) continue;
          left?.delete(j);
          put(j, split.into);
        }
    }
  });
  return assignments.map((a, i) => storyOf[i] ?? a.story);
}
