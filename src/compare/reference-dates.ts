import type { AnalysedArticle } from '../core/types.js';
import { mapped } from '../core/kept.js';

/** The date an article's relative expressions are resolved against, and which parts of it are its own. */
export interface ReferenceDate {
  /** UTC midnight. */
  readonly date: Date;
  /** Whether the year / the day come from the article's own metadata (else from the story's other articles). */
  readonly ownYear: boolean;
  readonly ownDay: boolean;
  /** Whether the day is known at all (own or from another article); day-relative phrases need it. */
  readonly dayKnown: boolean;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;

interface Parsed {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

function parse(published: string | undefined): Parsed | undefined {
  const m = ISO.exec(published ?? '');
  if (!m) return undefined;
  return {
    year: Number(m[1]),
    ...(m[2] !== undefined ? { month: Number(m[2]) } : {}),
    ...(m[3] !== undefined ? { day: Number(m[3]) } : {}),
  };
}

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/**
 * Reference dates per article: its own full date when it has one; otherwise the earliest full date of the
 * story's other articles that fits what it does know (e.g. the month "2019-04"); undefined when there is none.
 */
export function referenceDates(articles: readonly AnalysedArticle[]): (ReferenceDate | undefined)[] {
  // Pushed, not mapped (see `mapped`): the story's steps read these lists right after.
  const parsed = mapped(articles, (a) => parse(a.meta.published));
  const full = parsed
    .filter((p): p is Required<Parsed> => p?.month !== undefined && p.day !== undefined)
    .map((p) => utc(p.year, p.month, p.day))
    .sort((a, b) => a.getTime() - b.getTime());
  return mapped(parsed, (p) => {
    if (p?.month !== undefined && p.day !== undefined)
      return { date: utc(p.year, p.month, p.day), ownYear: true, ownDay: true, dayKnown: true };
    const fits = full.find(
      (d) =>
        !p || (d.getUTCFullYear() === p.year && (p.month === undefined || d.getUTCMonth() + 1 === p.month)),
    );
    if (fits) return { date: fits, ownYear: p !== undefined, ownDay: false, dayKnown: true };
    if (p) return { date: utc(p.year, p.month ?? 1, 1), ownYear: true, ownDay: false, dayKnown: false };
    return undefined;
  });
}
