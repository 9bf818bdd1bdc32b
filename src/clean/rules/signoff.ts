import { findDate } from '../dates.js';
import { looksLikeNameList } from '../names.js';
import { perLine, visibleLines, type CleanRule, type Decision } from './types.js';

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

/** A bracketed group closing a line: "(nz)", "(ssi, dan)", "(dpa/lno)", "(AFP)" (the line is trimmed). */
const TRAILING_GROUP = /\(([^()]{2,40})\)$/u;
/** One editor's code: two to four lower-case letters. */
const CODE = /^\p{Ll}{2,4}$/u;

/**
 * The initials that sign off the article's last paragraph: "… Der Autor ist 2017 verstorben. (nz)". One to four
 * codes of two to four lower-case letters, or a wire service's name first ("(AFP)", "(dpa/lno)"), only at the end of
 * the last line a reader still sees: inside the text a bracketed abbreviation is the text's own ("Friedrich Merz
 * (CDU)").
 */
export const initialsSignoff: CleanRule = {
  name: 'initials-signoff',
  apply(ctx) {
    const out = new Map<number, Decision>();
    const last = visibleLines(ctx).at(-1);
    const group = last === undefined ? null : TRAILING_GROUP.exec(last.text);
    const inner = group?.[1];
    if (last === undefined || group === null || inner === undefined) return out;
    const codes = inner.split(/[,/]/u).map((c) => c.trim());
    const agencies = new Set(ctx.tables.agencies.map((a) => a.toLowerCase()));
    const initials = codes.length <= 4 && codes.every((c) => CODE.test(c));
    const wire =
      agencies.has((codes[0] ?? '').toLowerCase()) && codes.slice(1).every((c) => /^\p{L}{2,4}$/u.test(c));
    if (!initials && !wire) return out;
    let start = group.index;
    while (start > 0 && last.text.charAt(start - 1) === ' ') start--;
    out.set(
      last.index,
      start === 0
        ? { reason: 'signoff', rule: this.name }
        : { reason: 'signoff', rule: this.name, parts: [{ start, end: last.text.length }] },
    );
    return out;
  },
};
