import { addDays, isoDay } from '../analyse/dates.js';
import {
  articleCues,
  kindCues,
  type ArticleCues,
  type KindCues,
  type TimelineEvent,
} from '../compare/index.js';
import type { AnalysedArticle, ArticleKind } from '../core/types.js';

/** What the story stage decides about each article relative to the story's event. */
export interface StoryKinds {
  /** The day most articles point at (`YYYY-MM-DD`), when any points at a day. */
  readonly eventDate?: string;
  readonly kinds: readonly ArticleKind[];
  /** Each article's publication date: its own, or a day inferred from its text and the event date. */
  readonly published: readonly ({ readonly date: string; readonly inferred: boolean } | undefined)[];
  /** Whether each article is a report published (stated or inferred) on or after the event date. */
  readonly afterEvent: readonly boolean[];
}

const DAY = /^\d{4}-\d{2}-\d{2}/u;
/** Sentences in the first person before an article without a marker counts as opinion: at least 3 and 15 %. */
const OPINION_MIN = 3;
const OPINION_SHARE = 0.15;
/**
 * Future sentences before an article whose days say nothing counts as a preview: at least 3, twice the past, and a
 * fifth of its sentences (a report with a paragraph on what comes next is still a report).
 */
const FUTURE_MIN = 3;
const FUTURE_SHARE = 0.2;

/**
 * The story's event date: the day-precise date that the most articles refer to in their text (each article
 * counting once per day); ties go to the earlier day. It takes two articles to name it (one in a one-article
 * story); undefined when none is named by enough.
 */
export function storyEventDate(timeline: readonly TimelineEvent[], articleCount = 2): string | undefined {
  const byDay = new Map<string, Set<string>>();
  for (const e of timeline) {
    if (e.precision !== 'day') continue;
    const set = byDay.get(e.date) ?? new Set<string>();
    set.add(e.article);
    byDay.set(e.date, set);
  }
  let best: string | undefined;
  for (const [day, set] of [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)))
    if (best === undefined || set.size > (byDay.get(best)?.size ?? 0)) best = day;
  const needed = Math.min(2, Math.max(1, articleCount));
  return best !== undefined && (byDay.get(best)?.size ?? 0) >= needed ? best : undefined;
}

const ownDay = (published: string | undefined): string | undefined =>
  published !== undefined && DAY.test(published) ? published.slice(0, 10) : undefined;

/**
 * The kind of one article: a marker in its head decides ("Ein Kommentar."), then live-blog time stamps; then its
 * date against the event date (before: a preview; after: a report); then the tense of its sentences that name the
 * event day (future or present for a day ahead: a preview; past: a report) — not when the event day is the
 * article's own day, where the present tense is what happens as it is written ("Die Gemeinde räumt heute
 * Versäumnisse ein"); then first-person evaluative writing (opinion) and a text mostly in the future (preview); a
 * report otherwise. An article without sentences: other.
 */
export function decideKind(
  cues: KindCues,
  published: string | undefined,
  eventDate: string | undefined,
): ArticleKind {
  if (cues.sentences === 0) return 'other';
  if (cues.marker !== undefined) return cues.marker;
  if (cues.liveStamps >= 3) return 'live';
  const opinionated = cues.firstPerson >= OPINION_MIN && cues.firstPerson >= OPINION_SHARE * cues.sentences;
  const after: ArticleKind = opinionated ? 'opinion' : 'report';
  const own = ownDay(published);
  if (eventDate !== undefined && own !== undefined && own !== eventDate)
    return own < eventDate ? (opinionated ? 'opinion' : 'preview') : after;
  if (eventDate !== undefined && own !== eventDate) {
    const refs = cues.days.filter((d) => d.date === eventDate);
    const ahead = refs.filter((d) => d.tense === 'future' || d.tense === 'present').length;
    const behind = refs.filter((d) => d.tense === 'past').length;
    if (ahead > behind) return opinionated ? 'opinion' : 'preview';
    if (behind > ahead) return after;
  }
  if (opinionated) return 'opinion';
  if (
    cues.future >= FUTURE_MIN &&
    cues.future > 2 * cues.past &&
    cues.future >= FUTURE_SHARE * cues.sentences
  )
    return 'preview';
  return 'report';
}

/** The ISO day `n` days from `day`. */
const dayFrom = (day: string, n: number): string => isoDay(addDays(new Date(`${day}T00:00:00Z`), n));

/**
 * The day an article without a day-precise date was most likely published, when its text names the event day:
 * a preview the latest earlier day it tells of in the past ("ist am Mittwoch eingetroffen"), else the day before
 * the event; any other article the latest day from the event on it tells of in the past, else the event day.
 * Only a day that fits what the article's own date says (its year or month).
 */
export function inferPublished(
  cues: KindCues,
  kind: ArticleKind,
  published: string | undefined,
  eventDate: string | undefined,
): string | undefined {
  if (eventDate === undefined || ownDay(published) !== undefined) return undefined;
  if (!cues.days.some((d) => d.date === eventDate)) return undefined;
  const pastDays = cues.days.filter((d) => d.tense === 'past').map((d) => d.date);
  const day =
    kind === 'preview'
      ? (pastDays
          .filter((d) => d < eventDate)
          .sort()
          .at(-1) ?? dayFrom(eventDate, -1))
      : (pastDays
          .filter((d) => d >= eventDate)
          .sort()
          .at(-1) ?? eventDate);
  return published === undefined || day.startsWith(published) ? day : undefined;
}

/** What each article shows of its kind on its own, kept between briefs of a growing story (by article object). */
export type CuesMemo = Map<AnalysedArticle, ArticleCues>;

/**
 * The kinds and (stated or inferred) dates of a story's articles, from their cues and the story's timeline; with a
 * `memo`, what each article shows on its own is taken from it (and put there when not).
 */
export function storyKinds(
  articles: readonly AnalysedArticle[],
  timeline: readonly TimelineEvent[],
  memo?: CuesMemo,
): StoryKinds {
  const eventDate = storyEventDate(timeline, articles.length);
  const kinds: ArticleKind[] = [];
  const published: StoryKinds['published'][number][] = [];
  // Each article's day-precise dates (the only ones its cues read).
  const days = new Map<string, TimelineEvent[]>();
  for (const e of timeline) {
    if (e.precision !== 'day') continue;
    const list = days.get(e.article);
    if (list === undefined) days.set(e.article, [e]);
    else list.push(e);
  }
  for (const a of articles) {
    let own = memo?.get(a);
    if (own === undefined) {
      own = articleCues(a);
      memo?.set(a, own);
    }
    const cues = kindCues(a, days.get(a.id) ?? [], own);
    const kind = decideKind(cues, a.meta.published, eventDate);
    kinds.push(kind);
    const inferred = inferPublished(cues, kind, a.meta.published, eventDate);
    published.push(
      inferred !== undefined
        ? { date: inferred, inferred: true }
        : a.meta.published !== undefined
          ? { date: a.meta.published, inferred: false }
          : undefined,
    );
  }
  const afterEvent = kinds.map((kind, i) => {
    const day = ownDay(published[i]?.date);
    return kind === 'report' && eventDate !== undefined && day !== undefined && day >= eventDate;
  });
  return { ...(eventDate !== undefined ? { eventDate } : {}), kinds, published, afterEvent };
}
