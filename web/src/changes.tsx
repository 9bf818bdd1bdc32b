/**
 * What is new in a story since the reader's last visit (issue 16): the time of each story's last visit is kept in
 * the browser (localStorage), the server tells what changed since then (`GET /api/stories/:id/changes`), and the
 * page marks the brief lines that are new or changed and lists the new articles. The earlier versions of the brief
 * can be opened from a list (`GET /api/stories/:id/versions`).
 */
import { useEffect, useState } from 'preact/hooks';
import { fill } from '../../src/lang/messages.js';
import type { BriefVersion, ChangedLine, StoryChanges, StoryVersions } from '../../src/store/types.js';
import { fetchChanges, fetchVersion, fetchVersions } from './api.js';
import { newsTime } from './format.js';
import type { Words } from './words.js';

const KEY = 'lagebild:lastVisit:';

/** The time of the reader's last visit of a story, when the browser kept one. */
export function lastVisit(story: string): string | undefined {
  try {
    return localStorage.getItem(KEY + story) ?? undefined;
  } catch {
    return undefined; // storage refused (private mode): every visit is a first one
  }
}

function remember(story: string, time: string): void {
  try {
    localStorage.setItem(KEY + story, time);
  } catch {
    // storage refused: nothing is marked next time
  }
}

/** A brief line's key: its source span, as the changes API gives it. */
export function lineKey(line: {
  readonly article: string;
  readonly start: number;
  readonly end: number;
}): string {
  return `${line.article}:${String(line.start)}:${String(line.end)}`;
}

/**
 * The changes since the last visit of `story` (undefined on a first visit, or while loading, or when the server
 * could not say), and the time of that visit. The visit is recorded once the answer is in (the server's `as_of`),
 * so the next visit marks what came after this one.
 */
export function useChanges(story: string): { changes?: StoryChanges; since?: string } {
  const [state, setState] = useState<{ changes?: StoryChanges; since?: string }>({});
  useEffect(() => {
    const controller = new AbortController();
    const since = lastVisit(story);
    setState({});
    if (since === undefined) {
      remember(story, new Date().toISOString());
      return () => controller.abort();
    }
    fetchChanges(story, since, controller.signal).then(
      (changes) => {
        remember(story, changes.as_of);
        setState({ changes, since });
      },
      () => {
        // the marks are an extra: without an answer the page shows the brief unmarked, and the visit stays as it was
      },
    );
    return () => controller.abort();
  }, [story]);
  return state;
}

/** The changed lines by their source span. */
export function marksOf(changes: StoryChanges | undefined): ReadonlyMap<string, ChangedLine> {
  return new Map((changes?.lines ?? []).map((l) => [lineKey(l), l]));
}

export function NewSinceVisit({
  changes,
  since,
  words,
  language,
}: {
  readonly changes: StoryChanges | undefined;
  readonly since: string | undefined;
  readonly words: Words;
  readonly language: string;
}) {
  if (changes === undefined || since === undefined) return null;
  const date = newsTime(since, language);
  if (changes.articles.length === 0 && changes.lines.length === 0) {
    return <p class="since-visit">{fill(words.nothingNew, { date })}</p>;
  }
  return (
    <section class="since-visit" aria-label={fill(words.sinceLastVisit, { date })}>
      <h2>{fill(words.sinceLastVisit, { date })}</h2>
      {changes.articles.length > 0 ? (
        <>
          <h3>{words.newArticles}</h3>
          <ul class="new-articles">
            {changes.articles.map((a) => (
              <li key={a.id}>
                <span class="mark mark-new">{words.newMark}</span>{' '}
                <strong>{a.outlet ?? words.unknownOutlet}</strong>
                {a.title !== null ? <>: „{a.title}“</> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The mark on a brief line, when it is new or changed since the last visit. */
export function LineMark({ line, words }: { readonly line: ChangedLine | undefined; readonly words: Words }) {
  if (line === undefined) return null;
  return line.status === 'new' ? (
    <span class="mark mark-new">{words.newMark}</span>
  ) : (
    <span class="mark mark-changed" title={`${words.previously}: ${line.previous ?? ''}`}>
      {words.changedMark}
    </span>
  );
}

/** The brief's earlier versions, each opened on demand. */
export function EarlierVersions({
  story,
  words,
  language,
}: {
  readonly story: string;
  readonly words: Words;
  readonly language: string;
}) {
  const [versions, setVersions] = useState<StoryVersions | undefined>(undefined);
  const [open, setOpen] = useState<BriefVersion | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    setVersions(undefined);
    setOpen(undefined);
    fetchVersions(story, controller.signal).then(setVersions, () => undefined);
    return () => controller.abort();
  }, [story]);
  const earlier = versions?.versions.slice(0, -1) ?? [];
  if (earlier.length === 0) return null;
  const show = (n: number): void => {
    fetchVersion(story, n, new AbortController().signal).then(setOpen, () => undefined);
  };
  return (
    <details class="versions">
      <summary>{words.earlierVersions}</summary>
      <ul>
        {[...earlier].reverse().map((v) => (
          <li key={v.version}>
            {fill(words.versionEntry, { n: v.version, date: newsTime(v.created, language) })}{' '}
            <button type="button" onClick={() => show(v.version)}>
              {words.showVersion}
            </button>
            {open?.version === v.version ? (
              <ol class="version-lines">
                {open.brief.sentences.map((s) => (
                  <li key={lineKey(s)}>{s.text}</li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
