/**
 * The next offset of `mark` at or after `from` (−1: none), remembered so that calls with growing `from` scan the
 * text once (a scanner that asks again and again for the next closing mark stays linear in the text).
 */
export function nextOf(text: string, mark: string): (from: number) => number {
  let found = -2;
  let searchedFrom = 0;
  return (from) => {
    if (found === -2 || from < searchedFrom || (found >= 0 && found < from)) {
      found = text.indexOf(mark, from);
      searchedFrom = from;
    }
    return found;
  };
}
