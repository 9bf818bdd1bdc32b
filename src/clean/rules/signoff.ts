import { findDate } from '../dates.js';
import { looksLikeNameList } from '../names.js';
import { perLine } from './types.js';

const TRAILING_PAREN = /\s*\(([^()]{3,90})\)\s*$/u;

/**
 * A sign-off at the end of a paragraph: "… vorgesehen. (André Ballin aus Moskau, 25.4.2019)". The name, place
 * and date are taken off the line and become `author` and `published`.
 */
export const signoff = perLine('signoff', (line, { tables }) => {
  const m = TRAILING_PAREN.exec(line.text);
  if (!m || m[1] === undefined) return undefined;
  const inner = m[1];
  const date = findDate(inner, tables.months);
  const beforeComma = inner.split(',')[0]?.trim() ?? '';
  const preps = tables.placePrepositions.map((p) => ` ${p} `);
  const prep = preps.find((p) => beforeComma.includes(p));
  const name = prep === undefined ? beforeComma : beforeComma.slice(0, beforeComma.indexOf(prep));
  if (!looksLikeNameList(name) || (date === undefined && prep === undefined)) return undefined;
  const part = { start: m.index, end: line.text.length };
  const meta = { author: name, ...(date ? { published: date.iso } : {}) };
  // A line that is nothing but the sign-off goes whole.
  return part.start === 0 ? { reason: 'signoff', meta } : { reason: 'signoff', meta, parts: [part] };
});
