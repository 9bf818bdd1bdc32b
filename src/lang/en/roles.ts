import type { RoleNoun, RoleRules } from '../role-rules.js';

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
  determiners: ['the', 'a', 'an'],
  modifiers: ['former', 'deputy', 'acting', 'senior', 'chief', 'foreign', 'prime', 'top', 'vice', 'interim'],
  adjectiveEndings: [],
  capitalisedModifiers: true,
  genitiveEndings: ["'s", '’s'],
  complementWords: ['of', 'for'],
  lowerCaseNoun: true,
};
