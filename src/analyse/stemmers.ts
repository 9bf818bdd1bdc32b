import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as armenian } from '@orama/stemmers/armenian';
import { stemmer as bulgarian } from '@orama/stemmers/bulgarian';
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as greek } from '@orama/stemmers/greek';
import { stemmer as hungarian } from '@orama/stemmers/hungarian';
import { stemmer as indian } from '@orama/stemmers/indian';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import { stemmer as irish } from '@orama/stemmers/irish';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as lithuanian } from '@orama/stemmers/lithuanian';
import { stemmer as nepali } from '@orama/stemmers/nepali';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as serbian } from '@orama/stemmers/serbian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as tamil } from '@orama/stemmers/tamil';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';

export type Stemmer = (word: string) => string;

/** Snowball stemmers of @orama/stemmers by ISO 639-1 code (`hi`: the package's "indian" stemmer). */
const STEMMERS: Readonly<Record<string, Stemmer>> = {
  ar: arabic,
  hy: armenian,
  bg: bulgarian,
  da: danish,
  nl: dutch,
  en: english,
  fi: finnish,
  fr: french,
  de: german,
  el: greek,
  hu: hungarian,
  hi: indian,
  id: indonesian,
  ga: irish,
  it: italian,
  lt: lithuanian,
  ne: nepali,
  no: norwegian,
  pt: portuguese,
  ro: romanian,
  ru: russian,
  sr: serbian,
  es: spanish,
  sv: swedish,
  ta: tamil,
  tr: turkish,
  uk: ukrainian,
};

/** Stems kept per language before the cache is emptied (bounds memory on very large runs). */
export const MAX_CACHED = 200_000;

const cache = new Map<string, Stemmer>();

const identity: Stemmer = (word) => word;

/**
 * The stemmer of a language, with a cache of stems (the same words come back in every article). Languages without
 * a stemmer get the identity.
 */
export function stemmerFor(language: string): Stemmer {
  let cached = cache.get(language);
  if (cached) return cached;
  const stem = STEMMERS[language];
  if (!stem) cached = identity;
  else {
    const stems = new Map<string, string>();
    cached = (word) => {
      let s = stems.get(word);
      if (s === undefined) {
        if (stems.size >= MAX_CACHED) stems.clear();
        s = stem(word);
        stems.set(word, s);
      }
      return s;
    };
  }
  cache.set(language, cached);
  return cached;
}

/** The stemmer of a language without a cache (for a caller that keeps its own); the identity when there is none. */
export function uncachedStemmerFor(language: string): Stemmer {
  return STEMMERS[language] ?? identity;
}

/** Languages with a stemmer. */
export const STEMMED_LANGUAGES: readonly string[] = Object.keys(STEMMERS);
