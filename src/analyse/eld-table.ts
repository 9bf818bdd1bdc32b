/**
 * eld's small n-gram database, read from its source text instead of evaluated: evaluating the 1.6 MB object
 * literal (81 206 n-grams, each its own object) costs about 0.8 CPU-s and 150 MB, while an index of where each
 * n-gram's scores are in the text takes a few milliseconds; an n-gram's scores are decoded when detection first asks
 * for them. The result is the same database: a test compares every n-gram with eld's own module.
 *
 * The text is `export const ngramsData = {type:'S60',languages:{0:'am',…},ngrams:{' de':{9:123,11:45},…}}`; keys
 * are bare (`L_QL`), or quoted with `'` or `"` and `\` escapes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The shape eld's `loadData` takes. */
export interface NgramData {
  readonly type: string;
  readonly languages: Record<string, string>;
  readonly ngrams: Record<string, Record<string, number>>;
}

/** The part of an eld instance this project uses. */
export interface EldResult {
  readonly language: string;
  isReliable(): boolean;
  getScores(): Record<string, number>;
}
export interface Eld {
  detect(text: string): EldResult;
}

function fail(what: string, at: number): never {
  throw new Error(`eld n-gram table: ${what} at character ${String(at)}`);
}

/** A quoted or bare key starting at `at`; returns it and the position after it. */
function readKey(text: string, at: number): [string, number] {
  const quote = text[at];
  if (quote !== "'" && quote !== '"') {
    const colon = text.indexOf(':', at);
    if (colon < 0) fail('key without a colon', at);
    return [text.slice(at, colon), colon];
  }
  let i = at + 1;
  let key = '';
  let from = i;
  for (; i < text.length && text[i] !== quote; i++) {
    if (text[i] === '\\') {
      key += text.slice(from, i) + (text[i + 1] ?? '');
      i++;
      from = i + 1;
    }
  }
  if (i >= text.length) fail('unclosed key', at);
  return [key + text.slice(from, i), i + 1];
}

/** `{9:123,11:45}` at `at` → `{ '9': 123, '11': 45 }`. */
function decodeScores(text: string, at: number): Record<string, number> {
  const end = text.indexOf('}', at);
  const scores: Record<string, number> = {};
  for (const pair of text.slice(at + 1, end).split(',')) {
    const colon = pair.indexOf(':');
    if (colon > 0) scores[pair.slice(0, colon)] = Number(pair.slice(colon + 1));
  }
  return scores;
}

/** `{0:'am',1:'ar',…}` at `at`. */
function decodeLanguages(text: string, at: number): Record<string, string> {
  const end = text.indexOf('}', at);
  const languages: Record<string, string> = {};
  for (const pair of text.slice(at + 1, end).split(',')) {
    const [index, code] = pair.split(':');
    if (index !== undefined && code !== undefined)
      languages[index.trim()] = code.trim().replace(/^'|'$/gu, '');
  }
  return languages;
}

/** The database in `text` (eld's `ngrams/small.js`), its n-grams decoded on first use. */
export function readNgramTable(text: string): NgramData {
  const typeAt = text.indexOf("type:'");
  const languagesAt = text.indexOf('languages:{');
  const ngramsAt = text.indexOf('ngrams:{');
  if (typeAt < 0 || languagesAt < 0 || ngramsAt < 0) fail('no type, languages or ngrams', 0);
  const type = text.slice(typeAt + 6, text.indexOf("'", typeAt + 6));
  const languages = decodeLanguages(text, languagesAt + 'languages:'.length);
  const offsets = new Map<string, number>();
  let i = ngramsAt + 'ngrams:{'.length;
  while (text[i] !== '}') {
    const [key, after] = readKey(text, i);
    if (text[after] !== ':' || text[after + 1] !== '{') fail(`no scores after ${JSON.stringify(key)}`, after);
    offsets.set(key, after + 1);
    i = text.indexOf('}', after + 1) + 1;
    if (text[i] === ',') i++;
    else if (text[i] !== '}') fail('expected , or }', i);
  }
  const decoded = new Map<string, Record<string, number>>();
  const lookup = (key: string): Record<string, number> | undefined => {
    let scores = decoded.get(key);
    if (scores === undefined) {
      const at = offsets.get(key);
      if (at === undefined) return undefined;
      scores = decodeScores(text, at);
      decoded.set(key, scores);
    }
    return scores;
  };
  const ngrams = new Proxy(Object.create(null) as Record<string, Record<string, number>>, {
    get: (_target, key) => (typeof key === 'string' ? lookup(key) : undefined),
    has: (_target, key) => typeof key === 'string' && offsets.has(key),
    ownKeys: () => [...offsets.keys()],
    getOwnPropertyDescriptor: (_target, key) => {
      const value = typeof key === 'string' ? lookup(key) : undefined;
      return value === undefined
        ? undefined
        : { value, enumerable: true, configurable: true, writable: false };
    },
  });
  return { type, languages, ngrams };
}

/** eld's entry `eld/small` (resolved through its package exports); its other files sit beside it. */
function eldFile(relative: string): string {
  return fileURLToPath(new URL(relative, import.meta.resolve('eld/small')));
}

/**
 * A new eld instance holding the small database read by {@link readNgramTable}: the same detector as `eld/small`
 * (eld 2.1.0's `createEld` and `loadData`, loaded synchronously — Node ≥ 20.19 requires ES modules).
 */
export function loadSmallEld(): Eld {
  const require = createRequire(import.meta.url);
  const { createEld } = require(eldFile('../languageDetector.js')) as {
    createEld: () => { instance: Eld; loadData: (data: NgramData) => string };
  };
  const { instance, loadData } = createEld();
  if (!loadData(readNgramTable(readFileSync(eldFile('../ngrams/small.js'), 'utf8'))))
    throw new Error('eld did not take the small n-gram table');
  return instance;
}
