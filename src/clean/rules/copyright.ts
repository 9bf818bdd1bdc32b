import { findDate } from '../dates.js';
import { perLine } from './types.js';

const COPYRIGHT = /^(?:©|\(c\)|copyright\b)\s*/iu;

/**
 * Lines that open with ©: a copyright notice with an outlet and date ("© SZ vom 26.04.2019 - Rechte am Artikel …"
 * gives source `SZ` and published 2019-04-26) or a photo credit ("© Alexey NIKOLSKY / SPUTNIK / AFP").
 */
export const copyright = perLine('copyright', (line, { tables }) => {
  const m = COPYRIGHT.exec(line.text);
  if (!m || line.words > 25) return undefined;
  const rest = line.text.slice(m[0].length);
  const date = findDate(rest, tables.months);
  if (!date) return { reason: 'credit' };
  const link = tables.dateLinkWords.map((w) => w.toLowerCase());
  const words = rest.split(/\s+/u);
  const linkAt = words.findIndex((w) => link.includes(w.toLowerCase()));
  const source = linkAt > 0 ? words.slice(0, linkAt).join(' ') : undefined;
  return {
    reason: 'copyright',
    meta: { published: date.iso, ...(source !== undefined && source.length <= 40 ? { source } : {}) },
  };
});
