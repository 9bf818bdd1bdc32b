import type { LanguageRules } from '../types.js';
import { clean } from './clean.js';
import { cluster } from './cluster.js';
import { compare } from './compare.js';
import { facts } from './facts.js';
import { COMPOUNDS } from './compounds.js';
import { kinds } from './kinds.js';
import { messages } from './messages.js';
import { roles } from './roles.js';
import { sentences } from './sentences.js';

export const de: LanguageRules = {
  code: 'de',
  name: 'german',
  sentences,
  clean,
  compare,
  cluster,
  kinds,
  compounds: COMPOUNDS,
  messages,
  roles,
  facts,
};
