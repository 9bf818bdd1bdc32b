/**
 * Counts the character work of a synchronous call, without a clock: every `charCodeAt`/`codePointAt`/`at`/index
 * read counts 1, every `slice`/`substring` counts the characters it copies, every `indexOf`/`includes`/… counts the
 * characters it scans, and every regular-expression match (`exec`, through which `test`, `match`, `replace` and
 * `split` run) counts the characters from its start position to the end of the match (to the end of the input
 * when it fails; a sticky one only where it starts). A loop that reads the text again at each position
 * shows up as quadratic growth of this count, whatever the machine's load.
 */
export function countCharacterSteps(run: () => void): number {
  let steps = 0;
  const proto = String.prototype;
  const original = {
    charCodeAt: proto.charCodeAt,
    codePointAt: proto.codePointAt,
    at: proto.at,
    slice: proto.slice,
    substring: proto.substring,
    indexOf: proto.indexOf,
    lastIndexOf: proto.lastIndexOf,
    includes: proto.includes,
    startsWith: proto.startsWith,
    endsWith: proto.endsWith,
    exec: RegExp.prototype.exec,
  };
  const scanned = (length: number, from: number, found: number): number =>
    found < 0 ? Math.max(0, length - from) : found - from + 1;
  proto.charCodeAt = function (this: string, index: number) {
    steps++;
    return original.charCodeAt.call(this, index);
  };
  proto.codePointAt = function (this: string, index: number) {
    steps++;
    return original.codePointAt.call(this, index);
  };
  proto.at = function (this: string, index: number) {
    steps++;
    return original.at.call(this, index);
  };
  proto.slice = function (this: string, start?: number, end?: number) {
    const out = original.slice.call(this, start, end);
    steps += out.length + 1;
    return out;
  };
  proto.substring = function (this: string, start: number, end?: number) {
    const out = original.substring.call(this, start, end);
    steps += out.length + 1;
    return out;
  };
  proto.indexOf = function (this: string, search: string, from?: number) {
    const found = original.indexOf.call(this, search, from);
    steps += scanned(this.length, from ?? 0, found);
    return found;
  };
  proto.lastIndexOf = function (this: string, search: string, from?: number) {
    const found = original.lastIndexOf.call(this, search, from);
    const start = Math.min(from ?? this.length, this.length);
    steps += found < 0 ? start + 1 : start - found + 1;
    return found;
  };
  proto.includes = function (this: string, search: string, from?: number) {
    steps += scanned(this.length, from ?? 0, original.indexOf.call(this, search, from));
    return original.includes.call(this, search, from);
  };
  proto.startsWith = function (this: string, search: string, from?: number) {
    steps += search.length + 1;
    return original.startsWith.call(this, search, from);
  };
  proto.endsWith = function (this: string, search: string, end?: number) {
    steps += search.length + 1;
    return original.endsWith.call(this, search, end);
  };
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const found = original.exec.call(this, input);
    // Scanned: up to the end of the match, or to the end of the input when there is none. (Counting to the end
    // always would make a linear `replace`/`matchAll` with many matches look quadratic: each match is an exec.)
    // A sticky expression is tried at its start position only (`split` tries one at every position).
    const failed = this.sticky ? 1 : String(input).length - from;
    steps += Math.max(1, found === null ? failed : found.index + found[0].length - from);
    return found;
  };
  try {
    run();
  } finally {
    Object.assign(proto, {
      charCodeAt: original.charCodeAt,
      codePointAt: original.codePointAt,
      at: original.at,
      slice: original.slice,
      substring: original.substring,
      indexOf: original.indexOf,
      lastIndexOf: original.lastIndexOf,
      includes: original.includes,
      startsWith: original.startsWith,
      endsWith: original.endsWith,
    });
    RegExp.prototype.exec = original.exec;
  }
  return steps;
}
