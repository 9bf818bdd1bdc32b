/** Name normalisation for consolidating variants across articles. */

// Module constants (`replace` starts each from the text's start): a regular expression literal makes a new object
// each time it is evaluated.
const MARKS = /\p{M}/gu;
const TYPOGRAPHIC_APOSTROPHE = /’/gu;
const HYPHENS_AND_SPACES = /[-\s]+/gu;

/**
 * Comparison key: lower-case, hyphens as spaces, accents dropped ("Kim Jong-un" = "Kim Jong Un"), a typographic
 * apostrophe as a straight one ("O’Leary" = "O'Leary").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(TYPOGRAPHIC_APOSTROPHE, "'")
    .toLowerCase()
    .replace(HYPHENS_AND_SPACES, ' ')
    .trim();
}

export { genitiveBase } from '../lang/gazetteer-index.js';

/** Levenshtein distance, with early exit once it exceeds `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}
