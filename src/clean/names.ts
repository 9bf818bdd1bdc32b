/** Shape tests for person names in bylines and sign-offs (no gazetteer: shape and position only). */

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*\.?$/u;
const INITIAL = /^\p{Lu}\.$/u;
const PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'al',
  'el',
  'bin',
  'ten',
  'zu',
  'le',
  'la',
]);

/** "Silke Bigalke", "André Ballin", "Kim Jong-un", "Ursula von der Leyen", "J. R. Smith". */
export function looksLikePersonName(text: string): boolean {
  // six pieces at most: a longer line is no name, and is not split into all its words
  const words = text.trim().split(/\s+/u, 6);
  if (words.length < 2 || words.length > 5) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (!(NAME_WORD.test(first) || INITIAL.test(first)) || !NAME_WORD.test(last) || last.endsWith('.'))
    return false;
  return words.every((w) => NAME_WORD.test(w) || INITIAL.test(w) || PARTICLES.has(w));
}

/** Several names joined by `und`/`and`/`,`/`&`: "Anna Roth und Max Weber". */
export function looksLikeNameList(text: string): boolean {
  const parts = text.split(/\s*(?:,|&|\bund\b|\band\b)\s*/u).filter((p) => p !== '');
  return parts.length > 0 && parts.length <= 4 && parts.every(looksLikePersonName);
}
