import type { LanguageRules } from '../types.js';
import { clean } from './clean.js';
import { cluster } from './cluster.js';
import { compare } from './compare.js';
import { kinds } from './kinds.js';
import { NOUN_ENDINGS } from './noun-endings.js';
import { messages } from './messages.js';
import { roles } from './roles.js';
import { sentences } from './sentences.js';

export const en: LanguageRules = {
  code: 'en',
  name: 'english',
  sentences,
  clean,
  compare,
  cluster,
  kinds,
  nounEndings: NOUN_ENDINGS,
  messages,
  roles,
  // A brief line opening with one of these is shown with the person it stands for (src/brief/referents.ts).
  lines: {
    personPronouns: ['he', 'she'],
    backPronouns: ['they'],
    backConnectives: [
      'however',
      'but',
      'and',
      'also',
      'still',
      'yet',
      'instead',
      'meanwhile',
      'nevertheless',
      'nonetheless',
      'moreover',
      'furthermore',
      'besides',
      'otherwise',
      'likewise',
      'similarly',
      'therefore',
      'thus',
    ],
    backgroundPhrases: [
      'is known for',
      'was known for',
      'is best known for',
      'was best known for',
      'has long been',
      'had long been',
      'for years',
      'for decades',
      'in recent years',
      'over the years',
    ],
    pluperfect: {
      auxiliaries: ['had'],
      // irregular participles; regular ones end in -ed
      participles:
        `been done gone seen made said taken given known shown begun written spoken told held left met won
        lost built brought thought found become come run sent spent paid put set kept led fled fallen risen grown thrown
        drawn driven broken chosen stolen forgotten gotten got hidden beaten fought caught taught sought bought sold
        struck stood understood sat heard felt meant shot cut hit hurt let quit shut spread`.split(/\s+/u),
      participleShapes: [/^\p{Ll}{2,}ed$/u],
      // "had already been", "had not yet signed"
      reach: 3,
      subordinators:
        `than if what how where who whom whose which that when whether because after before until though
        although as once unless while why`.split(/\s+/u),
    },
    captionMarks: [
      ', left,',
      ', right,',
      ', center,',
      ', centre,',
      ', from left,',
      ' (left)',
      ' (right)',
      ' (center)',
    ],
    genderWords: { male: ['he', 'him', 'his', 'himself'], female: ['she', 'her', 'hers', 'herself'] },
    readerWords: ['you', 'your', 'yours', 'yourself', 'yourselves'],
    noComment: [
      'declined to comment',
      'declined comment',
      'did not respond to requests for comment',
      'did not respond to a request for comment',
      'did not immediately respond to',
      'did not return calls',
      'did not return messages',
      'did not return a call',
      'did not return a message',
      'did not immediately return',
      'was not immediately returned',
      'were not immediately returned',
      'could not be reached for comment',
      'could not immediately be reached',
      'not immediately available for comment',
      'would not comment',
      'referred comment to',
      'referred questions to',
    ],
  },
};
