/** Milliseconds since the epoch of an ISO 8601 date (`2019-04`, `2019-04-25`, full timestamps); undefined if none. */
export function parseTime(published: string | undefined): number | undefined {
  if (published === undefined || published.trim() === '') return undefined;
  const ms = Date.parse(published.trim());
  return Number.isFinite(ms) ? ms : undefined;
}
