/**
 * Runs of characters at the end (or both ends) of a text, read by one pass back from the end. A pattern anchored at
 * the end (`/[…]+$/u`) tries every start of such a run that is not at the end, so it is quadratic in one; these
 * are linear.
 */

/** Whether a character belongs to the run being read. */
export type CharTest = (char: string) => boolean;

/** Where the run of characters `edge` accepts that ends at `to` starts, reading back no further than `floor`. */
export function runStartBefore(text: string, to: number, edge: CharTest, floor = 0): number {
  let at = to;
  while (at > floor && edge(text.charAt(at - 1))) at--;
  return at;
}

/** `text` without the characters `edge` accepts at its end. */
export function withoutTrailing(text: string, edge: CharTest): string {
  return text.slice(0, runStartBefore(text, text.length, edge));
}

/** `text` without the characters `edge` accepts at either end. */
export function withoutEdges(text: string, edge: CharTest): string {
  let from = 0;
  while (from < text.length && edge(text.charAt(from))) from++;
  return text.slice(from, runStartBefore(text, text.length, edge, from));
}
