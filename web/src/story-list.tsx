/**
 * The front page: stories in news order with their time, independent sources (with outlets), languages and kinds;
 * filters for a minimum of sources, language and time span; the total; paging. Search, filters and page live in
 * the address (list-state.ts): a change pushes a history entry, Back restores it.
 */
import { useEffect, useState } from 'preact/hooks';
import { countText, fill, plural, type MessageTable } from '../../src/lang/messages.js';
import type { StoryListItem } from '../../src/store/types.js';
import { errorText, fetchStories, PAGE_SIZE, type StoryPage } from './api.js';
import { kindList, languageName, outletList, storyTime } from './format.js';
import { Headline } from './headline.js';
import { MIN_SOURCES, SPANS, type ListState, type Span } from './list-state.js';
import { tableFor } from './words.js';

/** Languages offered by the filter (a language in the address that is not here is offered too). */
const LANGUAGES = ['de', 'en'];

export function StoryFacts({
  story,
  table,
}: {
  readonly story: StoryListItem;
  readonly table: MessageTable;
}) {
  const kinds = kindList(story, table);
  const languages = story.languages.map((l) => languageName(l, table.code)).join(', ');
  return (
    <p class="facts">
      <time dateTime={story.news} class={story.dated ? 'news-time' : 'news-time ingested'}>
        {storyTime(story, table)}
      </time>
      {' · '}
      <span class="sources-count">{countText(table, 'source', story.sources)}</span>
      {story.outlets.length + story.unknownOutlets > 0 ? (
        <span class="outlets">{outletList(story, table)}</span>
      ) : null}
      {' · '}
      <span class="articles-count">{countText(table, 'article', story.articles)}</span>
      {languages !== '' ? <span class="languages"> · {languages}</span> : null}
      {kinds !== '' ? <span class="kinds"> · {kinds}</span> : null}
    </p>
  );
}

function Row({ story, table }: { readonly story: StoryListItem; readonly table: MessageTable }) {
  return (
    <li class="story-row">
      <Headline text={story.headline} href={`#/story/${encodeURIComponent(story.id)}`} words={table.web} />
      <StoryFacts story={story} table={table} />
    </li>
  );
}

function Pager({
  page,
  table,
  onPage,
}: {
  readonly page: StoryPage;
  readonly table: MessageTable;
  readonly onPage: (n: number) => void;
}) {
  if (page.total <= page.limit) return null;
  const current = Math.floor(page.offset / page.limit) + 1;
  const pages = Math.ceil(page.total / page.limit);
  return (
    <nav class="pager">
      <button type="button" disabled={current <= 1} onClick={() => onPage(current - 1)}>
        {table.web.previous}
      </button>{' '}
      <span class="page-of">{fill(table.web.page, { page: current, pages })}</span>{' '}
      <button type="button" disabled={current >= pages} onClick={() => onPage(current + 1)}>
        {table.web.next}
      </button>
    </nav>
  );
}

function Filters({
  state,
  table,
  onChange,
}: {
  readonly state: ListState;
  readonly table: MessageTable;
  readonly onChange: (next: ListState) => void;
}) {
  const { web } = table;
  const [draft, setDraft] = useState(state.q);
  useEffect(() => setDraft(state.q), [state.q]);
  const languages =
    state.lang !== '' && !LANGUAGES.includes(state.lang) ? [...LANGUAGES, state.lang] : LANGUAGES;
  return (
    <form
      role="search"
      class="filters"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ ...state, q: draft, page: 1 });
      }}
    >
      <label class="search">
        {web.search}{' '}
        <input
          type="search"
          name="q"
          value={draft}
          maxLength={200}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
      </label>{' '}
      <button type="submit">{web.searchButton}</button>
      <div class="filter-row">
        <label>
          {web.minSources}{' '}
          <select
            name="min"
            value={String(state.min)}
            onChange={(e) => onChange({ ...state, min: Number(e.currentTarget.value), page: 1 })}
          >
            {[...new Set([...MIN_SOURCES, state.min])].map((n) => (
              <option key={n} value={String(n)}>
                {plural(table, web.minSourcesChoice, n)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {web.language}{' '}
          <select
            name="lang"
            value={state.lang}
            onChange={(e) => onChange({ ...state, lang: e.currentTarget.value, page: 1 })}
          >
            <option value="">{web.allLanguages}</option>
            {languages.map((l) => (
              <option key={l} value={l}>
                {languageName(l, table.code)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {web.span}{' '}
          <select
            name="span"
            value={state.span}
            onChange={(e) => onChange({ ...state, span: e.currentTarget.value as Span, page: 1 })}
          >
            {SPANS.map((s) => (
              <option key={s} value={s}>
                {web.spans[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </form>
  );
}

export function StoryList({
  state,
  onChange,
}: {
  readonly state: ListState;
  readonly onChange: (next: ListState) => void;
}) {
  const table = tableFor(navigator.language);
  const { web } = table;
  const [result, setResult] = useState<{ page?: StoryPage; error?: string }>({});
  useEffect(() => {
    const controller = new AbortController();
    fetchStories(state, controller.signal).then(
      (page) => setResult({ page }),
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ error: errorText(error, table) });
      },
    );
    return () => controller.abort();
  }, [state.q, state.min, state.lang, state.span, state.page]);
  useEffect(() => {
    document.title = 'Lagebild';
    document.documentElement.lang = table.code;
  }, [table.code]);
  const page = result.page;
  return (
    <main lang={table.code}>
      <h1>Lagebild</h1>
      <Filters state={state} table={table} onChange={onChange} />
      {result.error !== undefined ? (
        <p role="alert" class="error">
          {result.error}
        </p>
      ) : null}
      {page === undefined ? (
        result.error === undefined ? (
          <p aria-busy="true">{web.loading}</p>
        ) : null
      ) : (
        <>
          <p class="total" aria-live="polite">
            {countText(table, 'story', page.total)}
          </p>
          {page.items.length === 0 ? (
            <p>{web.noStories}</p>
          ) : (
            <ul class="stories">
              {page.items.map((s) => (
                <Row key={s.id} story={s} table={table} />
              ))}
            </ul>
          )}
          <Pager
            page={{ ...page, limit: PAGE_SIZE }}
            table={table}
            onPage={(n) => onChange({ ...state, page: n })}
          />
        </>
      )}
    </main>
  );
}
