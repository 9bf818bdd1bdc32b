/** The few API calls the page makes; responses are typed by the store's contract. */
import type { StoryDetail, StoryListItem } from '../../src/store/types.js';

export interface StoryPage {
  readonly items: readonly StoryListItem[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface StoryFilter {
  readonly q: string;
  readonly offset: number;
  readonly limit: number;
}

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    let message = `${String(response.status)} ${response.statusText}`;
    try {
      const body = (await response.json()) as { error?: { message?: string } };
      if (typeof body.error?.message === 'string') message = body.error.message;
    } catch {
      // not JSON: keep the status line
    }
    throw new Error(message);
  }
  return (await response.json()) as T;
}

export function fetchStories(filter: StoryFilter, signal: AbortSignal): Promise<StoryPage> {
  const params = new URLSearchParams({ limit: String(filter.limit), offset: String(filter.offset) });
  if (filter.q.trim() !== '') params.set('q', filter.q.trim());
  return getJson<StoryPage>(`/api/stories?${params.toString()}`, signal);
}

export function fetchStory(id: string, signal: AbortSignal): Promise<StoryDetail> {
  return getJson<StoryDetail>(`/api/stories/${encodeURIComponent(id)}`, signal);
}
