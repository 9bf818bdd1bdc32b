/** A story row as the story list shows it (shared by the read side and the storyline side). */
import { num, optStr, str, type Row } from './dialect.js';
import type { StoryListItem } from './types.js';

export const STORY_COLUMNS =
  's.id, s.headline, s.article_count, s.source_count, s.languages, s.first_at, s.last_at, s.updated_at, s.storyline, ' +
  's.sort_key, s.outlets, s.unknown_outlets, s.kinds';

function json<T>(value: unknown, fallback: T): T {
  const text = optStr(value);
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function storyItem(row: Row): StoryListItem {
  const languages = str(row.languages);
  return {
    id: str(row.id),
    headline: str(row.headline),
    sources: num(row.source_count),
    outlets: json<string[]>(row.outlets, []),
    unknownOutlets: num(row.unknown_outlets),
    kinds: json<StoryListItem['kinds']>(row.kinds, null),
    articles: num(row.article_count),
    languages: languages === '' ? [] : languages.split(','),
    first: optStr(row.first_at),
    last: optStr(row.last_at),
    updated: str(row.updated_at),
    news: str(row.sort_key),
    dated: optStr(row.last_at) !== null,
    storyline: optStr(row.storyline) ?? str(row.id),
  };
}
