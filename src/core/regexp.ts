/** `text` with every regular-expression metacharacter escaped, to match it literally inside a pattern. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The endings (or words) as one alternation (a pattern source), longest first, each matched literally. */
export function alternatives(endings: readonly string[]): string {
  return [...endings]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/**
 * "Ends in one of `endings` right after `before`" (a pattern source, empty for any start), longest ending first;
 * never matches when there are none (or no list). The one builder of the ending tables' patterns, with
 * `endingInGroups`.
 */
export function endingIn(endings: readonly string[] = [], before = ''): RegExp {
  if (endings.length === 0) return /(?!)/u;
  return new RegExp(`${before}(?:${alternatives(endings)})$`, 'u');
}

/**
 * "Ends in one of a group's endings, after at least its `after` lower-case letters", for any of the groups (the
 * `notNameEndings` tables); never matches when no group has an ending.
 */
export function endingInGroups(
  groups: readonly { readonly after: number; readonly endings: readonly string[] }[],
): RegExp {
  const parts = groups
    .filter((g) => g.endings.length > 0)
    .map((g) => `${g.after > 0 ? `\\p{Ll}{${String(g.after)}}` : ''}(?:${alternatives(g.endings)})`);
  return parts.length === 0 ? /(?!)/u : new RegExp(`(?:${parts.join('|')})$`, 'u');
}

/**
 * Where the matches of a word pattern are in `text[from, to)`: offsets into `text`, two per match (start, end, start,
 * end, …), the matches `text.slice(from, to).matchAll(…)` finds — found with `test` and `lastIndex`, so no match
 * array or matched text is made per word. `word` is the pattern, sticky (`y`) and unicode; `first` (global and
 * unicode) matches the one character a match of `word` begins with, and `word` matches wherever that character
 * stands (its first part is a run of that character class, the rest optional), so the leftmost match starts at
 * the first such character.
 */
export function wordSpans(text: string, first: RegExp, word: RegExp, from = 0, to = text.length): number[] {
  const out: number[] = [];
  // the part is searched on its own, as a match of the slice cannot run past its end
  const part = text.slice(from, to);
  first.lastIndex = 0;
  while (first.test(part)) {
    // back over the character found: two code units when it is outside the Basic Multilingual Plane
    const after = first.lastIndex;
    const start = (part.charCodeAt(after - 1) & 0xfc00) === 0xdc00 ? after - 2 : after - 1;
    word.lastIndex = start;
    // (a `word` that does not match where `first` found its character would be a wrong pair of patterns: the
    // character is passed over, never searched again from the start)
    if (!word.test(part)) {
      first.lastIndex = after;
      continue;
    }
    out.push(from + start, from + word.lastIndex);
    first.lastIndex = word.lastIndex;
  }
  return out;
}

/**
 * How many matches a global pattern that never matches the empty string has in `text`: `text.match(pattern)`'s
 * length, counted with `test` and `lastIndex` (no array of the matched texts).
 */
export function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.test(text)) n++;
  return n;
}

/**
 * Whether a global pattern that never matches the empty string matches `text` at least `n` times: `text.split(p,
 * n + 1).length > n` for a separator pattern, without the pieces (stops counting at `n`).
 */
export function atLeastMatches(pattern: RegExp, text: string, n: number): boolean {
  pattern.lastIndex = 0;
  let found = 0;
  while (found < n && pattern.test(text)) found++;
  pattern.lastIndex = 0;
  return found >= n;
}
