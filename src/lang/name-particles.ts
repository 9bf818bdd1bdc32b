/**
 * Name particles as names from many languages write them ("von der Leyen", "van den Berg", "Ali al-Nuaimi"): German
 * and English texts write the same names, so both tables take this one list (`EntityRules.nameParticles`).
 */
import type { NameParticles } from './compare-rules.js';

export const NAME_PARTICLES: NameParticles = {
  first: ['von', 'van', 'de', 'di', 'da', 'du', 'del', 'zu', 'ten', 'ter', 'le', 'la'],
  second: ['der', 'den', 'dem', 'de', 'la', 'zu'],
  articles: ['der', 'den', 'dem'],
  articleless: ['zu'],
  continuing: [
    'von',
    'van',
    'vom',
    'de',
    'di',
    'da',
    'du',
    'del',
    'della',
    'dos',
    'zu',
    'ten',
    'ter',
    'le',
    'la',
    'al',
    'el',
    'bin',
    'ibn',
    'ben',
  ],
};
