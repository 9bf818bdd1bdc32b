/** The story list: search box, one row per story (headline, sources, languages, last update), paging. */
import { useEffect, useState } from 'preact/hooks';
import type { StoryListItem } from '../../src/store/types.js';
import { fetchStories, type StoryPage } from './api.js';
import { wordsFor, type Words } from './words.js';

const PAGE = 20;

/** "2024-05-01T10:00:00.000Z" → "2024-05-01 10:00" (UTC, as stored). */
export function shortTime(iso: string | null): string {
  if (iso === null) return '–';
  return iso.replace('T', ' ').replace(/:\d{2}(\.\d+)?Z$/u, '');
}

export function StoryFacts({ story, words }: { readonly story: StoryListItem; readonly words: Words }) {
  return (
    <p class="facts">
      <span class="sources-count">
        {story.sources} {words.sources}
      </span>{' '}
      · {story.articles} {words.articles} · {words.languages}: {story.languages.join(', ')} · {words.updated}{' '}
      <time dateTime={story.updated}>{shortTime(story.updated)}</time>
    </p>
  );
}

function Row({ story, words }: { readonly story: StoryListItem; readonly words: Words }) {
  return (
    <li class="story-row">
      <a href={`#/story/${encodeURIComponent(story.id)}`}>{story.headline}</a>
      <StoryFacts story={story} words={words} />
    </li>
  );
}

function Pager({
  page,
  onOffset,
  words,
}: {
  readonly page: StoryPage;
  readonly onOffset: (o: number) => void;
  readonly words: Words;
}) {
  if (page.total <= page.limit) return null;
  return (
    <nav class="pager">
      <button
        type="button"
        disabled={page.offset === 0}
        onClick={() => onOffset(Math.max(0, page.offset - page.limit))}
      >
        {words.previous}
      </button>{' '}
      {words.page} {Math.floor(page.offset / page.limit) + 1} / {Math.ceil(page.total / page.limit)}{' '}
      <button
        type="button"
        disabled={page.offset + page.limit >= page.total}
        onClick={() => onOffset(page.offset + page.limit)}
      >
        {words.next}
      </button>
    </nav>
  );
}

export function StoryList() {
  const words = wordsFor(navigator.language);
  const [draft, setDraft] = useState('');
  const [filter, setFilter] = useState({ q: '', offset: 0 });
  const [state, setState] = useState<{ page?: StoryPage; error?: string }>({});
  useEffect(() => {
    const controller = new AbortController();
    fetchStories({ ...filter, limit: PAGE }, controller.signal).then(
      (page) => setState({ page }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [filter]);
  useEffect(() => {
    document.title = 'Lagebild';
  }, []);
  return (
    <main>
      <h1>Lagebild</h1>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter({ q: draft, offset: 0 });
        }}
      >
        <label>
          {words.search}{' '}
          <input
            type="search"
            name="q"
            value={draft}
            maxLength={200}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit">{words.searchButton}</button>
      </form>
      {state.error !== undefined ? (
        <p role="alert" class="error">
          {state.error}
        </p>
      ) : null}
      {state.page === undefined ? (
        <p aria-busy="true">{words.loading}</p>
      ) : state.page.items.length === 0 ? (
        <p>{words.noStories}</p>
      ) : (
        <>
          <ul class="stories">
            {state.page.items.map((s) => (
              <Row key={s.id} story={s} words={words} />
            ))}
          </ul>
          <Pager page={state.page} words={words} onOffset={(offset) => setFilter({ ...filter, offset })} />
        </>
      )}
    </main>
  );
}
