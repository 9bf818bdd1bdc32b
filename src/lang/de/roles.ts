import type { RoleNoun, RoleRules } from '../role-rules.js';
import { ARTICLE_CONTRACTIONS, ARTICLES } from './articles.js';

/** Masculine role nouns with their feminine form ("-in") and the masculine forms beside the nominative. */
const PAIRED: readonly (readonly [string, readonly string[]])[] = [
  ['Präsident', ['präsidenten']],
  ['Vizepräsident', ['vizepräsidenten']],
  ['Kanzler', ['kanzlers']],
  ['Minister', ['ministers']],
  ['Staatschef', ['staatschefs']],
  ['Regierungschef', ['regierungschefs']],
  ['Parteichef', ['parteichefs']],
  ['Premierminister', ['premierministers']],
  ['Ministerpräsident', ['ministerpräsidenten']],
  ['Bürgermeister', ['bürgermeisters']],
  ['Berater', ['beraters']],
  ['Botschafter', ['botschafters']],
  ['Generalsekretär', ['generalsekretärs']],
  ['Vorsitzende', ['vorsitzender', 'vorsitzenden']],
  ['Abgeordnete', ['abgeordneter', 'abgeordneten']],
  ['Chef', ['chefs']],
  ['Direktor', ['direktors']],
  ['Leiter', ['leiters']],
  ['Gouverneur', ['gouverneurs']],
  ['Senator', ['senators']],
  ['Diplomat', ['diplomaten']],
  ['Experte', ['experten']],
  ['Analyst', ['analysten']],
  ['Banker', ['bankers']],
  ['Diktator', ['diktators']],
  ['Führer', ['führers']],
  ['Machthaber', ['machthabers']],
  ['Anwalt', ['anwalts']],
  ['Richter', ['richters']],
  ['Trainer', ['trainers']],
  ['Professor', ['professors']],
  ['Politiker', ['politikers']],
  ['Staatssekretär', ['staatssekretärs']],
  ['Intendant', ['intendanten']],
  ['Kommissar', ['kommissars']],
  ['Oberbürgermeister', ['oberbürgermeisters']],
  ['Fraktionschef', ['fraktionschefs']],
  ['Geschäftsführer', ['geschäftsführers']],
  ['Sprecher', ['sprechers']],
  ['Sondergesandte', ['sondergesandter', 'sondergesandten']],
  ['Gesandte', ['gesandter', 'gesandten']],
  ['Gast', ['gasts', 'gastes']],
  ['Gastgeber', ['gastgebers']],
  ['Besucher', ['besuchers']],
];

/** Paired nouns in "-e" that decline as nouns, not as adjectives ("der Experte", "ein Experte"; "die Expertin"). */
const WEAK = new Set(['Experte']);

/** Whether a paired noun is made of an adjective ("Vorsitzende", "Abgeordnete": one form for both genders). */
const adjectival = (noun: string): boolean => noun.endsWith('e') && !WEAK.has(noun);

/** The feminine of a paired noun: "Präsident" → "Präsidentin", "Experte" → "Expertin", "Vorsitzende" (same form). */
const feminine = (noun: string): string =>
  adjectival(noun) ? noun : `${WEAK.has(noun) ? noun.slice(0, -1) : noun}in`;

const nouns: RoleNoun[] = [
  ...PAIRED.map(([noun, forms]) => ({
    noun,
    forms,
    gender: 'm' as const,
    ...(adjectival(noun) ? { adjectival: true } : {}),
  })),
  ...PAIRED.filter(([noun]) => !adjectival(noun)).map(([noun]) => ({
    noun: feminine(noun),
    forms: [`${feminine(noun).toLowerCase()}nen`],
    gender: 'f' as const,
  })),
  { noun: 'General', forms: ['generals'], gender: 'm' },
  { noun: 'Papst', forms: ['papstes'], gender: 'm' },
  { noun: 'König', forms: ['königs'], gender: 'm' },
  { noun: 'Königin', gender: 'f' },
  { noun: 'Staatsoberhaupt', forms: ['staatsoberhaupts'], gender: 'n' },
  { noun: 'Mitglied', forms: ['mitglieds'], gender: 'n' },
  // A trainer in sport, also in compounds ("der Interimscoach", "Nationalcoach").
  { noun: 'Coach', forms: ['coachs', 'coaches'], gender: 'm' },
  // Members of the Swiss and Austrian chambers ("der Tessiner Ständerat", "Nationalrätin X"); the feminine with an
  // umlaut. The chamber is written so too ("Der Ständerat stimmte zu"): a person only where the text names one.
  { noun: 'Ständerat', forms: ['ständerats', 'ständerates'], gender: 'm' },
  { noun: 'Ständerätin', forms: ['ständerätinnen'], gender: 'f' },
  { noun: 'Nationalrat', forms: ['nationalrats', 'nationalrates'], gender: 'm' },
  { noun: 'Nationalrätin', forms: ['nationalrätinnen'], gender: 'f' },
];

export const roles: RoleRules = {
  nouns,
  compounds: true,
  // Contractions of preposition and article ("zum russischen Präsidenten") open a role phrase too.
  determiners: [...ARTICLES, ...ARTICLE_CONTRACTIONS],
  modifiers: [],
  adjectiveEndings: ['en', 'em', 'es', 'er', 'e'],
  capitalisedModifiers: false,
  genitiveEndings: ['s'],
  strongEndings: { m: 'er', f: 'e', n: 'es' },
  honorifics: ['herr', 'herrn', 'frau', 'dr', 'prof'],
  feminineArticles: ['die', 'eine'],
  feminineEnding: 'in',
  complementWords: ['des', 'der'],
  lowerCaseNoun: false,
};
