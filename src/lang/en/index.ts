import type { LanguageRules } from '../types.js';
import { clean } from './clean.js';
import { sentences } from './sentences.js';

export const en: LanguageRules = { code: 'en', name: 'english', sentences, clean };
