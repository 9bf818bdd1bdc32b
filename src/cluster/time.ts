/** A date at least as precise as a day: `2019-04-25`, `2019-04-25T10:00:00Z`, … */
const DAY_OR_BETTER = /^\d{4}-\d{2}-\d{2}/u;

/**
 * Milliseconds since the epoch of an ISO 8601 date; undefined when there is none or it is less precise than a day
 * (`2019` or `2019-04` says too little to place an article in a stream: such articles count as undated).
 */
export function parseTime(published: string | undefined): number | undefined {
  const value = published?.trim() ?? '';
  if (!DAY_OR_BETTER.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}
