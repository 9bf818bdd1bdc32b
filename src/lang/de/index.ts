import type { LanguageRules } from '../types.js';
import { clean } from './clean.js';
import { sentences } from './sentences.js';

export const de: LanguageRules = { code: 'de', name: 'german', sentences, clean };
