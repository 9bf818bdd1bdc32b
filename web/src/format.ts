/** Times, language names and headlines as the page shows them, in the page's language (pure). */
import { countText, fill, type MessageTable } from '../../src/lang/messages.js';
import type { StoryListItem } from '../../src/store/types.js';

/** Headlines longer than this are cut at a word, with "…"; the full text is one click away. */
export const HEADLINE_MAX = 120;

/** The headline cut at the last word boundary before `max` characters (with "…"), or as it is when short. */
export function shortHeadline(text: string, max = HEADLINE_MAX): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–-]+$/u, '')}…`;
}

/**
 * An ISO time as the reader's language writes it: "26. Apr. 2019", "26 Apr 2019", with the hour when the value
 * has one ("5. Dez., 19:10"); the year only when it is not this year; "Apr. 2019" and "2019" for partial dates.
 */
export function newsTime(iso: string, language: string, now = new Date()): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(T.*)?)?)?$/u.exec(iso);
  if (m === null) return iso;
  const [, y, mo, d, time] = m;
  if (mo === undefined) return y ?? iso;
  if (d === undefined)
    return new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(Number(y), Number(mo) - 1, 1)),
    );
  const at = time === undefined ? new Date(`${y ?? ''}-${mo}-${d}T00:00:00Z`) : new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const sameYear = at.getUTCFullYear() === now.getUTCFullYear();
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    ...(time === undefined ? { timeZone: 'UTC' } : { hour: '2-digit', minute: '2-digit' }),
  }).format(at);
}

/** The story's time as its row shows it: the publication date, or "eingelesen …" when it has none. */
export function storyTime(story: StoryListItem, table: MessageTable): string {
  const date = newsTime(story.news, table.code);
  return fill(story.dated ? table.web.published : table.web.ingested, { date });
}

/** "Deutsch", "Englisch" (the language's name in the page's language), else the code. */
export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * What follows the count of sources in a story row: ": SZ, ORF · dazu 2 Artikel unbekannter Herkunft" — the known
 * outlets, then the articles whose outlet is unknown, counted as articles (not as more sources); "" for neither.
 */
export function outletList(story: StoryListItem, table: MessageTable): string {
  const known = story.outlets.length > 0 ? `: ${story.outlets.join(', ')}` : '';
  if (story.unknownOutlets <= 0) return known;
  const key = known !== '' ? 'unknownOrigin' : 'unknownOriginAlone';
  return `${known} · ${countText(table, key, story.unknownOutlets)}`;
}

/** "2 Berichte, 1 Meinung" (most first), or "" before the story's first brief. */
export function kindList(story: StoryListItem, table: MessageTable): string {
  const kinds = Object.entries(story.kinds ?? {}) as [string, number][];
  return kinds
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, n]) =>
      `kind.${kind}` in table.counts
        ? countText(table, `kind.${kind}` as Parameters<typeof countText>[1], n)
        : `${String(n)} ${kind}`,
    )
    .join(', ');
}
