import type { LanguageRules } from '../types.js';
import { clean } from './clean.js';
import { cluster } from './cluster.js';
import { compare } from './compare.js';
import { facts } from './facts.js';
import { COMPOUNDS } from './compounds.js';
import { ROLE_ENDINGS } from './entity-names.js';
import { kinds } from './kinds.js';
import { messages } from './messages.js';
import { sentences } from './sentences.js';

export const de: LanguageRules = {
  code: 'de',
  name: 'german',
  sentences,
  clean,
  // The entity tables' role endings (entity-names.ts) join those of compare.ts.
  compare: {
    ...compare,
    entities: { ...compare.entities, titleEndings: [...compare.entities.titleEndings, ...ROLE_ENDINGS] },
  },
  cluster,
  kinds,
  compounds: COMPOUNDS,
  messages,
  facts,
};
