/**
 * The writing system of each language's running text (ISO 15924 codes), for the clusterer: two articles whose
 * languages are written in different scripts cannot share words, so their words are no evidence either way
 * (`src/cluster/scoring.ts`). Languages not listed are written in Latin script.
 */
const SCRIPTS: Readonly<Record<string, string>> = {
  zh: 'Hani',
  ja: 'Jpan',
  ko: 'Kore',
  ru: 'Cyrl',
  uk: 'Cyrl',
  be: 'Cyrl',
  bg: 'Cyrl',
  mk: 'Cyrl',
  sr: 'Cyrl',
  kk: 'Cyrl',
  ky: 'Cyrl',
  mn: 'Cyrl',
  tg: 'Cyrl',
  ar: 'Arab',
  fa: 'Arab',
  ur: 'Arab',
  ps: 'Arab',
  he: 'Hebr',
  yi: 'Hebr',
  el: 'Grek',
  hy: 'Armn',
  ka: 'Geor',
  hi: 'Deva',
  mr: 'Deva',
  ne: 'Deva',
  bn: 'Beng',
  ta: 'Taml',
  te: 'Telu',
  th: 'Thai',
  km: 'Khmr',
  lo: 'Laoo',
  my: 'Mymr',
  am: 'Ethi',
};

/** The script a language (ISO 639-1 code) is written in; `Latn` for any other code, `und` included. */
export function scriptOf(language: string): string {
  return SCRIPTS[language] ?? 'Latn';
}
