/** `text` with every regular-expression metacharacter escaped, to match it literally inside a pattern. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * "Ends in one of `endings` right after `before`" (a pattern source, empty for any start), longest ending first;
 * never matches when there are none (or no list). The one builder of the ending tables' patterns.
 */
export function endingIn(endings: readonly string[] = [], before = ''): RegExp {
  if (endings.length === 0) return /(?!)/u;
  const sorted = [...endings].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`${before}(?:${sorted.join('|')})$`, 'u');
}
