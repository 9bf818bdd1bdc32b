/** A story's storyline on its page: the earlier and the later chapters (other stories of the storyline), as links. */
import type { StorylineChapter, StoryDetail } from '../../src/store/types.js';
import type { Words } from './words.js';

function day(iso: string | null): string {
  return iso === null ? '' : iso.slice(0, 10);
}

function Chapters({
  title,
  chapters,
  kind,
}: {
  readonly title: string;
  readonly chapters: readonly StorylineChapter[];
  readonly kind: 'earlier' | 'later';
}) {
  if (chapters.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ol class={`chapters ${kind}`}>
        {chapters.map((c) => (
          <li key={c.id}>
            <a href={`#/story/${encodeURIComponent(c.id)}`}>{c.headline}</a>{' '}
            <time dateTime={c.first ?? ''}>{day(c.first)}</time>
          </li>
        ))}
      </ol>
    </>
  );
}

/** Nothing when the story is its storyline's only chapter. */
export function StorylineChapters({
  detail,
  words,
}: {
  readonly detail: StoryDetail;
  readonly words: Words;
}) {
  const chapters = detail.storyline.chapters;
  const at = chapters.findIndex((c) => c.id === detail.story.id);
  if (chapters.length < 2 || at < 0) return null;
  return (
    <nav class="storyline" aria-label={words.storyline}>
      <h2>{words.storyline}</h2>
      <Chapters title={words.earlierChapters} chapters={chapters.slice(0, at)} kind="earlier" />
      <Chapters title={words.laterChapters} chapters={chapters.slice(at + 1)} kind="later" />
    </nav>
  );
}
