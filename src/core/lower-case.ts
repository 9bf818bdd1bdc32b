/**
 * `s.toLowerCase()`, without a new string when `s` is lower-case ASCII already (`toLowerCase` makes one even
 * then): what most words of a text are.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) return s.toLowerCase();
  }
  return s;
}
