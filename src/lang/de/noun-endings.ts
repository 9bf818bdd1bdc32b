import type { NounEndings } from '../noun-rules.js';

/**
 * German noun endings, lower case: written from general knowledge of German word formation (no evaluation data).
 */

/** The items of a whitespace-separated list. */
const list = (text: string): string[] => text.split(/\s+/u).filter((w) => w !== '');

/** Derivational endings and the feminine "-e" ("Tausende", "Physik", "Partei", "Konkurrenz", "Eigentum", "Flüchtling"). */
export const DERIVATIONAL: readonly string[] = list(`e ik ei enz anz ur tum ling`);

/** The abstract endings of the singular ("Forderung", "Minderheit", "Gesellschaft", "Ergebnis", "Populismus"). */
export const ABSTRACT_SINGULAR: readonly string[] = list(`ung heit keit schaft tion tät nis ismus`);

export const NOUN_ENDINGS: NounEndings = {
  // "Forderung(en)", "Minderheit(en)", "Einigkeit", "Gesellschaft(en)", "Organisation(en)", "Realität(en)",
  // "Ergebnis(se)", "Populismus".
  abstract: [...ABSTRACT_SINGULAR, ...list(`ungen heiten keiten schaften tionen täten nisse`)],
  // Plurals in -en/-er/-e, diminutives, loan words ("Ländern", "Angaben", "Mädchen", "Studium", "Senat").
  common: [...DERIVATIONAL, ...list(`en er ern el eln ie ion tur eur ist chen lein ium at us`)],
  derivational: DERIVATIONAL,
  // Place names that end like common nouns ("Göttingen", "Bremerhaven", "Gelsenkirchen").
  placeNames: list(`ingen hausen hofen kirchen haven bergen hagen stetten weiler leben stedt rode see`),
  // Last parts of place names that are also common nouns ("Weinsberg", "Oberstdorf", "Sauerland").
  placeParts: list(`berg burg dorf heim stadt feld felde felden hafen hof hofen haus hausen markt brück brücke
    brücken wald see tor land kreis tal thal ufer platz kirch kirche kirchen mühle garten grund gau moor heide horst
    bruch stein bach au aue rode hagen born brunn brunnen hütte insel werder damm ried mark zell eck egg`),
};
