import type { LanguageRules } from '../types.js';
import { clean } from './clean.js';
import { cluster } from './cluster.js';
import { ADJECTIVE_ENDINGS, compare } from './compare.js';
import { facts } from './facts.js';
import { COMPOUNDS } from './compounds.js';
import { ARTICLE_CONTRACTIONS } from './articles.js';
import {
  ADJECTIVE_ORGANISATION_HEADS,
  ADJECTIVE_PLACE_HEADS,
  NOT_GIVEN_NAME_ENDINGS,
  ORGANISATION_NOUN_ENDINGS,
  YEAR_JOINERS,
  GENITIVE_NAMES,
  GOVERNED_NAMES,
  GOVERNED_GENITIVES,
  GENITIVE_NAME_ENDINGS,
  MEDIUM_NAME_TAILS,
  ROLE_ENDINGS,
  ROLE_TITLES,
} from './entity-names.js';
import { kinds } from './kinds.js';
import { NAME_PARTICLES } from '../name-particles.js';
import { NOUN_ENDINGS } from './noun-endings.js';
import { messages } from './messages.js';
import { roles } from './roles.js';
import {
  INDEFINITE_ARTICLES,
  NAME_JOINERS,
  PASSIVE_AUXILIARIES,
  PREDICATE_COPULAS,
  STATIVE_AUXILIARIES,
  SHORT_NOUN_HEADS,
  RELATIVE_NOUNS,
  SENTENCE_OPENERS,
  OPENING_PRONOUNS,
  SINGULAR_VERBS,
  SINGULAR_VERB_SHAPES,
  PARTICIPLE_SHAPE,
  NOT_NAME_ENDINGS,
  SUBJECT_PRONOUNS,
  REFLEXIVE_PRONOUNS,
} from './subject-words.js';
import { sentences } from './sentences.js';
import {
  ADVERBIAL_GENITIVES,
  AFTER_QUOTE_VERBS,
  CITING_VERBS,
  COORDINATORS,
  INSTITUTION_ENDINGS,
  DOCUMENT_ADVERBS,
  GENERIC_DETERMINERS,
  GROUP_OPENER_ENDINGS,
  JOINED_SPEECH_VERBS,
  PLURAL_AUXILIARIES,
  MEDIUM_ARTICLES,
  GENITIVE_FORMS,
  POSSESSIVE_LABELS,
  QUESTION_WORDS,
  PERSON_NOUNS,
  CONTINUING_LEADS,
  QUOTE_POINTERS,
  SUBJECT_INDEFINITES,
  SPEAKER_NOUNS,
  SPEECH_NOUNS,
  TIME_NOUNS,
  UNREAL_COMPARISONS,
} from './quote-words.js';

export const de: LanguageRules = {
  code: 'de',
  name: 'german',
  sentences,
  clean,
  // The entity tables of entity-names.ts that compare.ts does not take yet (role endings join its own).
  compare: {
    ...compare,
    // The quote tables of quote-words.ts.
    quotes: {
      ...compare.quotes,
      reportingVerbs: [...compare.quotes.reportingVerbs, ...JOINED_SPEECH_VERBS],
      coordinators: COORDINATORS,
      continuingLeads: CONTINUING_LEADS,
      quotePointers: QUOTE_POINTERS,
      subjectIndefinites: SUBJECT_INDEFINITES,
      genericDeterminers: GENERIC_DETERMINERS,
      groupOpenerEndings: GROUP_OPENER_ENDINGS,
      verbFirstOpeners: PLURAL_AUXILIARIES,
      documentAdverbs: DOCUMENT_ADVERBS,
      speechNouns: SPEECH_NOUNS,
      unrealComparisons: UNREAL_COMPARISONS,
      afterQuoteVerbs: AFTER_QUOTE_VERBS,
      citingVerbs: CITING_VERBS,
      genitiveForms: GENITIVE_FORMS,
      possessiveLabels: POSSESSIVE_LABELS,
      questionWords: QUESTION_WORDS,
      personNouns: PERSON_NOUNS,
      speakerNouns: SPEAKER_NOUNS,
      adverbialGenitives: ADVERBIAL_GENITIVES,
      mediumArticles: MEDIUM_ARTICLES,
      timeNouns: TIME_NOUNS,
      // A coordinator opening the sentence ("Und könnte fragen: „…“", "Oder, um es mit X zu sagen: „…“") is no speaker.
      institutionEndings: INSTITUTION_ENDINGS,
      openingNonSpeakers: [
        ...SENTENCE_OPENERS,
        ...QUESTION_WORDS,
        ...SINGULAR_VERBS,
        ...PLURAL_AUXILIARIES,
        ...COORDINATORS,
      ],
    },
    entities: {
      ...compare.entities,
      titles: [...compare.entities.titles, ...ROLE_TITLES],
      titleEndings: [...compare.entities.titleEndings, ...ROLE_ENDINGS],
      organisationNounEndings: ORGANISATION_NOUN_ENDINGS,
      mediumNameTails: MEDIUM_NAME_TAILS,
      adjectiveOrganisationHeads: ADJECTIVE_ORGANISATION_HEADS,
      adjectivePlaceHeads: ADJECTIVE_PLACE_HEADS,
      sentenceOpeners: [...SENTENCE_OPENERS, ...OPENING_PRONOUNS],
      singularVerbs: SINGULAR_VERBS,
      singularVerbShapes: SINGULAR_VERB_SHAPES,
      participleShape: PARTICIPLE_SHAPE,
      notNameEndings: NOT_NAME_ENDINGS,
      relativeNouns: RELATIVE_NOUNS,
      passiveAuxiliaries: PASSIVE_AUXILIARIES,
      articleContractions: ARTICLE_CONTRACTIONS,
      stativeAuxiliaries: STATIVE_AUXILIARIES,
      predicateCopulas: PREDICATE_COPULAS,
      notGivenNameEndings: NOT_GIVEN_NAME_ENDINGS,
      subjectPronouns: SUBJECT_PRONOUNS,
      reflexivePronouns: REFLEXIVE_PRONOUNS,
      indefiniteArticles: INDEFINITE_ARTICLES,
      nameJoiners: NAME_JOINERS,
      nameParticles: NAME_PARTICLES,
      adjectiveEndings: ADJECTIVE_ENDINGS,
      yearJoiners: YEAR_JOINERS,
      genitiveNames: GENITIVE_NAMES,
      governedNames: GOVERNED_NAMES,
      governedGenitives: GOVERNED_GENITIVES,
      genitiveNameEndings: { ...GENITIVE_NAME_ENDINGS, adjective: ADJECTIVE_ENDINGS },
      // "zwischen Düren und Eregli": the words joining names join a name to a place
      placeJoiners: NAME_JOINERS,
      shortNounHeads: SHORT_NOUN_HEADS,
    },
  },
  cluster,
  kinds,
  compounds: COMPOUNDS,
  nounEndings: NOUN_ENDINGS,
  messages,
  roles,
  // A brief line opening with one of these is shown with the person it stands for (src/brief/referents.ts).
  lines: {
    personPronouns: ['er'],
    backPronouns: ['sie'],
    // "sie" and "ihr" are also "they" and "their": no word tells a woman for sure.
    genderWords: {
      male: ['er', 'ihm', 'ihn', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines'],
      female: [],
    },
    noComment: [
      'für eine stellungnahme nicht zu erreichen',
      'für eine stellungnahme zunächst nicht zu erreichen',
      'zunächst nicht zu erreichen',
      'wollte sich nicht äußern',
      'wollte sich dazu nicht äußern',
      'wollte sich zunächst nicht äußern',
      'wollte sich auf anfrage nicht äußern',
      'äußerte sich zunächst nicht',
      'ließ eine anfrage unbeantwortet',
      'ließ anfragen unbeantwortet',
      'reagierte nicht auf eine anfrage',
      'reagierte zunächst nicht auf eine anfrage',
      'lehnte eine stellungnahme ab',
    ],
  },
  facts,
};
