/** The few API calls the page makes; responses are typed by the store's contract. */
import { fill, type MessageTable } from '../../src/lang/messages.js';
import type {
  BriefVersion,
  StoryChanges,
  StoryDetail,
  StoryListItem,
  StoryVersions,
} from '../../src/store/types.js';
import type { ListState } from './list-state.js';

export interface StoryPage {
  readonly items: readonly StoryListItem[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

/** A failed call: the HTTP status (0 when the server was not reached) and the API's error code. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`${String(status)} ${code}`);
    this.name = 'ApiFailure';
  }
}

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ApiFailure(0, 'network');
  }
  if (!response.ok) {
    let code = 'unknown';
    try {
      const body = (await response.json()) as { error?: { code?: string } };
      if (typeof body.error?.code === 'string') code = body.error.code;
    } catch {
      // not JSON: the status tells
    }
    throw new ApiFailure(response.status, code);
  }
  return (await response.json()) as T;
}

/**
 * What the reader is told, in the page's language: by the cause, never the server's (English) message.
 */
export function errorText(error: unknown, table: MessageTable): string {
  const { errors } = table;
  if (!(error instanceof ApiFailure)) return fill(errors.other, { status: '–' });
  const status = error.status;
  if (status === 0) return errors.network;
  if (status === 404) return errors.notFound;
  if (status === 400) return fill(errors.badRequest, { status });
  if (status === 503) return fill(errors.unavailable, { status });
  if (status >= 500) return fill(errors.server, { status });
  return fill(errors.other, { status });
}

export const PAGE_SIZE = 20;

export function fetchStories(state: ListState, signal: AbortSignal): Promise<StoryPage> {
  const params = new URLSearchParams({
    limit: String(PAGE_SIZE),
    offset: String((state.page - 1) * PAGE_SIZE),
    minSources: String(state.min),
  });
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  if (state.lang !== '') params.set('lang', state.lang);
  if (state.span !== 'all') params.set('span', state.span);
  return getJson<StoryPage>(`/api/stories?${params.toString()}`, signal);
}

export function fetchStory(id: string, signal: AbortSignal): Promise<StoryDetail> {
  return getJson<StoryDetail>(`/api/stories/${encodeURIComponent(id)}`, signal);
}

/** What is new in a story since `since` (ISO time): its new articles and new or changed brief lines. */
export function fetchChanges(id: string, since: string, signal: AbortSignal): Promise<StoryChanges> {
  const params = new URLSearchParams({ since });
  return getJson<StoryChanges>(`/api/stories/${encodeURIComponent(id)}/changes?${params.toString()}`, signal);
}

export function fetchVersions(id: string, signal: AbortSignal): Promise<StoryVersions> {
  return getJson<StoryVersions>(`/api/stories/${encodeURIComponent(id)}/versions`, signal);
}

export function fetchVersion(id: string, version: number, signal: AbortSignal): Promise<BriefVersion> {
  return getJson<BriefVersion>(`/api/stories/${encodeURIComponent(id)}/versions/${String(version)}`, signal);
}
