/**
 * Which stories an article can join, by the article's own time (issue 13): a story is within reach of an article at
 * time `t` when `t` lies within one window of the story's span — after its first article minus the window, before
 * its last article plus the window. The time decay is by the distance from `t` to that span (0 inside it). In time
 * order `t` is the latest time seen, so this is the old rule (quiet for longer than the window → out of reach;
 * decay by the time since the last article); an article that comes late is compared with the stories of its own
 * time, not with a "now" that is days later.
 */

/** Distance in ms from `time` to the span [first, last] (0 inside it, or when the time or the span is unknown). */
export function reachGap(time: number | undefined, first: number, last: number): number {
  if (time === undefined || !Number.isFinite(last) || !Number.isFinite(first)) return 0;
  if (time > last) return time - last;
  return time < first ? first - time : 0;
}

/** True when `time` lies within `windowMs` of the span [first, last] (an unknown span is always within reach). */
export function withinReach(time: number, first: number, last: number, windowMs: number): boolean {
  if (!Number.isFinite(last) || !Number.isFinite(first)) return true;
  return time - last <= windowMs && first - time <= windowMs;
}
