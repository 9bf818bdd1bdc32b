import type { RoleNoun, RoleRules } from '../role-rules.js';

/**
 * Titles abbreviated before a name ("Sen. Harry Reid", "Rep. Nancy Pelosi", "Sgt. Joe Smith"), without their full
 * stop: a person's title for the entity rules and an honorific for the speaker rules, never a name alone.
 */
export const ABBREVIATED_TITLES: readonly string[] = [
  'sen',
  'rep',
  'gov',
  'sgt',
  'capt',
  'lt',
  'col',
  'det',
  'rev',
];

const NOUNS: readonly string[] = [
  'president',
  'leader',
  'chairman',
  'chairwoman',
  'minister',
  'secretary',
  'adviser',
  'advisor',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chancellor',
  'premier',
  'dictator',
  'ambassador',
  'general',
  'senator',
  'representative',
  'governor',
  'mayor',
  'king',
  'queen',
  'pope',
  'director',
  'chief',
  'officer',
  'official',
  'commissioner',
  'prosecutor',
  'attorney',
  'judge',
  'coach',
  'professor',
  'analyst',
  'expert',
  'economist',
  'executive',
  'founder',
  'diplomat',
  'lawmaker',
  'candidate',
  'banker',
  'monarch',
  'prince',
  'princess',
  'duke',
  'duchess',
];

/** Abbreviated forms of some nouns ("Sen. Mitch McConnell"). */
const FORMS: Readonly<Record<string, readonly string[]>> = {
  senator: ['sen'],
  representative: ['rep'],
  governor: ['gov'],
};

const nouns: RoleNoun[] = NOUNS.map((noun) => {
  const forms = FORMS[noun];
  return forms ? { noun, forms } : { noun };
});

export const roles: RoleRules = {
  nouns,
  compounds: false,
  determiners: ['the', 'a', 'an'],
  modifiers: [
    'former',
    'deputy',
    'acting',
    'senior',
    'chief',
    'foreign',
    'prime',
    'top',
    'vice',
    'interim',
    'press',
    'presidential',
    'personal',
    'special',
    'assistant',
    'associate',
    'executive',
    'general',
    'national',
    'security',
    'campaign',
    'state',
    'federal',
    'majority',
    'minority',
  ],
  adjectiveEndings: [],
  capitalisedModifiers: true,
  genitiveEndings: ["'s", '’s'],
  // And titles abbreviated before a name ("said Sgt. Ron Galaviz", "Rep. Jackie Speier said").
  honorifics: ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'lord', 'lady', 'dame', ...ABBREVIATED_TITLES],
  complementWords: ['of', 'for'],
  lowerCaseNoun: true,
};
