/** Site and date tails of a page title: "Kim trifft Putin | SZ.de", "… | DW | 28.04.2023". */
import { normaliseDate } from './dates.js';
import { firstFrom } from '../core/ordered.js';

const TITLE_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u;
/** Characters that separate a title from its tails; a tail holds none of the strong ones (a hyphen it may). */
const TAIL_SEPARATORS = '|–—-·•»';
const STRONG_SEPARATORS = '|–—·•»';
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

function namesSite(tail: string, sites: readonly string[]): boolean {
  const t = tail.toLowerCase();
  return sites.some((site) => {
    const s = site.toLowerCase();
    return t === s || t.startsWith(s) || s.startsWith(t);
  });
}

/** A separator with white space on both sides: where the head before it ends and the tail after it starts. */
interface TailCut {
  readonly at: number;
  readonly headEnd: number;
  readonly tailStart: number;
}

/** Every separator standing between white space, in order, in one pass over the title. */
function tailCuts(title: string): TailCut[] {
  const n = title.length;
  const runStart: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++)
    runStart[i] = isSpace(title[i]) ? (i > 0 && isSpace(title[i - 1]) ? (runStart[i - 1] ?? i) : i) : i;
  const runEnd: number[] = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--)
    runEnd[i] = isSpace(title[i]) ? (i + 1 < n && isSpace(title[i + 1]) ? (runEnd[i + 1] ?? i) : i + 1) : i;
  const cuts: TailCut[] = [];
  for (let i = 1; i + 1 < n; i++) {
    if (!TAIL_SEPARATORS.includes(title[i] ?? '') || !isSpace(title[i - 1]) || !isSpace(title[i + 1]))
      continue;
    const headEnd = runStart[i - 1] ?? i;
    if (headEnd > 0) cuts.push({ at: i, headEnd, tailStart: runEnd[i + 1] ?? i + 1 });
  }
  return cuts;
}

/** The index of the first cut at or after `position` (binary search; the cuts are in order). */
function firstCutFrom(cuts: readonly TailCut[], position: number): number {
  return firstFrom(cuts, position, atOf);
}

const atOf = (cut: TailCut): number => cut.at;

/**
 * "Kim trifft Putin | SZ.de" → "Kim trifft Putin" when the tail is the site's name; a date tail goes with it
 * ("Ziele, Chancen, Risiken | DW | 28.04.2023"). `site`: the site's names (og:site_name, publisher, outlet).
 */
export function stripSiteSuffix(
  title: string | undefined,
  site: string | readonly (string | undefined)[] | undefined,
): string | undefined {
  return splitTitle(title, site).title;
}

/**
 * The title without site and date tails, and the date a tail gave (ISO day). The tail is what follows the first
 * separator after the last strong one (`|`, dashes, bullets, `»`), or else what follows the last separator;
 * tails are cut from the end while they name the site (or, once, give a date). One pass to find the separators,
 * then each step looks at its own tails only: linear in the title's length (a binary search per step).
 */
export function splitTitle(
  title: string | undefined,
  site: string | readonly (string | undefined)[] | undefined,
): { title: string | undefined; date?: string } {
  const sites = (typeof site === 'string' ? [site] : (site ?? [])).filter(
    (s): s is string => s !== undefined && s.trim() !== '',
  );
  if (title === undefined || sites.length === 0) return { title };
  const cuts = tailCuts(title);
  // strongBelow[i]: the index of the last strong separator before position i (-1: none).
  const strongBelow: number[] = [-1];
  for (let i = 0; i < title.length; i++)
    strongBelow.push(STRONG_SEPARATORS.includes(title[i] ?? '') ? i : (strongBelow[i] ?? -1));
  let end = title.length;
  let date: string | undefined;
  // The tail of `title.slice(0, end)` follows the first cut at or after its last strong separator.
  let k = cuts.length - 1;
  for (;;) {
    while (k >= 0 && (cuts[k]?.tailStart ?? end) >= end) k--;
    const limit = strongBelow[end] ?? -1;
    if (k < 0 || (cuts[k]?.at ?? -1) < limit) break;
    const chosen = firstCutFrom(cuts, limit);
    // The last tail alone may name the site where the whole tail does not: the headline itself holds a hyphen
    // ("Die Eisheiligen: Wann sie sind - und wie das Wetter wird - Ruhr Nachrichten").
    const last = cuts[k];
    if (chosen < k && last !== undefined && namesSite(title.slice(last.tailStart, end).trim(), sites)) {
      end = last.headEnd;
      k--;
      continue;
    }
    const cut = cuts[chosen];
    if (cut === undefined) break;
    const tail = title.slice(cut.tailStart, end).trim();
    const d = TITLE_DATE.exec(tail);
    if (d && date === undefined) date = normaliseDate(`${d[3]}-${d[2]}-${d[1]}`) ?? date;
    else if (!namesSite(tail, sites)) break;
    end = cut.headEnd;
    k = chosen - 1;
  }
  if (end === title.length) return { title };
  const rest = title.slice(0, end);
  return date === undefined ? { title: rest } : { title: rest, date };
}
