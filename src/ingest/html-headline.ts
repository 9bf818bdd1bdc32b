/**
 * The headline left at the top of the main text. Readability drops an `<h1>` only when it repeats the title it
 * found; a page whose article header shows the headline as an `<h2>`, as a kicker and a headline glued together
 * ("StadtratNeue Brücke: Ahlbach plant …"), in another wording than its meta title, or as a kicker
 * line above it, keeps those lines at the top of the text. They are the title (metadata), not the article, and
 * go: from the top of the text, before its first other line, a line goes when
 *
 * - it contains a title the page states (og, twitter, JSON-LD, `<title>`, `<meta name="title">`, the chosen one;
 *   of at least {@link MIN_PART_WORDS} words), or is contained in one and has at least that many words (the headline of a "Kicker: Headline"
 *   title, or a title with a site tail);
 * - or it is a line of an `<h1>`/`<h2>` of the article's content (its headline, its kicker);
 *
 * and a short line (a kicker, at most {@link MAX_KICKER_WORDS} words, no full stop) right before such a line goes
 * with it. At most {@link MAX_HEADLINE_LINES} lines go, each at most {@link MAX_HEADLINE_WORDS} words long.
 */
import { blockText } from './html-blocks.js';
import { titleKey } from './html-title.js';
import type { DomElement } from './dom.js';

export const MAX_HEADLINE_LINES = 4;
export const MAX_HEADLINE_WORDS = 30;
export const MAX_KICKER_WORDS = 5;
export const MIN_PART_WORDS = 3;
/** Headings of the content looked at (the headline is near the top). */
const MAX_HEADINGS = 10;

const words = (line: string): number => line.split(/\s+/u).filter((w) => w !== '').length;

/** Keys of the lines of the content's first `<h1>`/`<h2>` headings. */
export function headingLineKeys(content: DomElement): Set<string> {
  const keys = new Set<string>();
  const headings = content.querySelectorAll('h1, h2');
  for (let i = 0; i < Math.min(headings.length, MAX_HEADINGS); i++) {
    const heading = headings[i];
    if (heading === undefined) continue;
    for (const line of blockText(heading).split('\n')) {
      const key = titleKey(line);
      if (key !== '') keys.add(key);
    }
  }
  return keys;
}

/** Whether a line (its key) is a stated title, holds one, or is a part of one (see the module comment). */
function namesTitle(key: string, lineWords: number, titles: readonly string[]): boolean {
  return titles.some(
    (t) => t !== '' && (key.includes(t) || (lineWords >= MIN_PART_WORDS && t.includes(key))),
  );
}

/**
 * `text` (one block per line) without the headline lines at its top; `titles` are the titles the page states,
 * `headings` the keys of `headingLineKeys`.
 */
export function dropLeadingHeadline(
  text: string,
  titles: readonly (string | undefined)[],
  headings: ReadonlySet<string>,
): string {
  // a title of one or two words may be the site's name alone
  const titleKeys = titles
    .filter((t): t is string => t !== undefined && words(t) >= MIN_PART_WORDS)
    .map(titleKey);
  const lines = text.split('\n');
  const filled: number[] = [];
  for (let i = 0; i < lines.length && filled.length <= MAX_HEADLINE_LINES; i++)
    if ((lines[i] ?? '').trim() !== '') filled.push(i);
  const headline = (at: number | undefined): boolean => {
    if (at === undefined) return false;
    const line = lines[at] ?? '';
    const n = words(line);
    if (n > MAX_HEADLINE_WORDS || /\.$/u.test(line.trim())) return false;
    const key = titleKey(line);
    return headings.has(key) || namesTitle(key, n, titleKeys);
  };
  const kicker = (at: number | undefined): boolean => {
    if (at === undefined) return false;
    const line = (lines[at] ?? '').trim();
    return words(line) <= MAX_KICKER_WORDS && /\p{L}/u.test(line) && !/[.!?]$/u.test(line);
  };
  let dropped = 0;
  let k = 0;
  while (k < filled.length && dropped < MAX_HEADLINE_LINES) {
    if (headline(filled[k])) {
      dropped = k + 1;
      k++;
    } else if (kicker(filled[k]) && headline(filled[k + 1])) {
      dropped = k + 2;
      k += 2;
    } else break;
  }
  if (dropped === 0) return text;
  const cut = filled[dropped - 1] ?? -1;
  return lines
    .slice(cut + 1)
    .join('\n')
    .replace(/^\n+/u, '');
}
