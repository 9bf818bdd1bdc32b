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

/** Editors' initials or an agency code in parentheses: "(nz)", "(kas)", "(ssi, dan)", "(dpa/lno)", "(AFP)". */
const TRAILING_CODES = /\s*\((\p{Ll}{2,4}(?:\s*[,/]\s*\p{Ll}{2,4}){0,3})\)\s*$/u;
const TRAILING_GROUP = /\s*\(([^()]{2,40})\)\s*$/u;

/**
 * The initials that sign off the article's last paragraph: "… Der Autor ist 2017 verstorben. (nz)". Lower-case
 * codes of two to four letters, or a wire service's name ("(AFP)", "(dpa/lno)"), only at the end of the last line
 * a reader still sees: inside the text a bracketed abbreviation is the text's own ("Friedrich Merz (CDU)").
 */
export const initialsSignoff: CleanRule = {
  name: 'initials-signoff',
  apply(ctx) {
    const out = new Map<number, Decision>();
    const last = visibleLines(ctx).at(-1);
    if (last === undefined) return out;
    const codes = TRAILING_CODES.exec(last.text);
    const group = codes ?? TRAILING_GROUP.exec(last.text);
    const inner = group?.[1];
    if (group === null || inner === undefined) return out;
    const agencies = new Set(ctx.tables.agencies.map((a) => a.toLowerCase()));
    const wire = inner
      .split(/\s*[,/]\s*/u)
      .every((code, i) => (i > 0 && /^\p{L}{2,4}$/u.test(code)) || agencies.has(code.toLowerCase()));
    if (codes === null && !wire) return out;
    const part = { start: group.index, end: last.text.length };
    out.set(
      last.index,
      part.start === 0
        ? { reason: 'signoff', rule: this.name }
        : { reason: 'signoff', rule: this.name, parts: [part] },
    );
    return out;
  },
};
